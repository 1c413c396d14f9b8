import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5166:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9604);

await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./src/shared/log-text.ts
var log_text = __nccwpck_require__(407);
;// CONCATENATED MODULE: ./src/actions/shared/toolkit.ts
// The runner protocol, from @actions/core's own modules (workflow commands, file
// commands); the job summary is appended here (appendSummary). Importing the package root
// also loads its OIDC client, which pulls in @actions/http-client and undici: about 1 MB to
// compile and 50 ms on every cold start, for a feature no deploy-guards action uses. These
// functions mirror core.js (same names and signatures), with one difference: `info` and the
// annotation messages go through the one path for text an action did not write itself
// (src/shared/log-text.ts), so no caller can let a file name, a commit subject or a
// served body start a workflow command. There is no other way to stdout.






function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
}
function saveState(name, value) {
    issueFileCommand('STATE', prepareKeyValueMessage(name, value));
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), (0,log_text/* safeAnnotationText */.sq)(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), (0,log_text/* safeAnnotationText */.sq)(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), (0,log_text/* safeAnnotationText */.sq)(message));
}
/** A log line (or lines): each one inert, whatever text it quotes. */
function info(message) {
    process.stdout.write((0,log_text/* safeLogText */.Ht)(message) + external_node_os_namespaceObject.EOL);
}
/** Another program's output, streamed verbatim with its workflow commands switched off. */
function untrustedOutput() {
    return new UntrustedStream((chunk) => process.stdout.write(chunk), { guard: true });
}
/**
 * Appends markdown to the job summary, as core.summary.addRaw(markdown).write() does, in its
 * words for a missing variable or a file that cannot be opened (a folder included). Not core's
 * Summary class: it loads node:fs/promises (and with it readline) at start, ~1.5 ms of every
 * action's cold start, for one append at the end.
 */
function appendSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_WRONLY | external_node_fs_namespaceObject.constants.O_APPEND); // the runner creates the file: never a new one elsewhere
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(fd, markdown, 'utf8');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}


;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/shared/errors.ts
/**
 * A problem the user can fix (bad input, a checkout that lacks history, a missing
 * token). Adapters print only its one-line message, never a stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value: the message names the input, the problem and a good example. */
class InputError extends UserError {
    name = 'InputError';
    input;
    constructor(input, problem, example) {
        super(`Input '${input}': ${problem}. Example: ${example}`);
        this.input = input;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/shared/duration.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `500ms`, `30s`, `3m`, `1h`, or a bare number of seconds; undefined when malformed. */
function parseDurationMs(text) {
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
    if (!match)
        return undefined;
    const ms = Number(match[1]) * UNIT_MS[match[2] ?? 's'];
    return Number.isFinite(ms) ? Math.round(ms) : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes}m${Math.round((ms % 60_000) / 1000)}s`;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/shared/exec.ts


const DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;
/** A program printed more than the caller can take whole: failing beats using a cut output. */
class OutputTooLargeError extends UserError {
    name = 'OutputTooLargeError';
    stream;
    limit;
    constructor(program, stream, limit) {
        super(`'${program}' printed more than ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`} on ${stream}, past the limit this call allows: its output is not used rather than used cut`);
        this.stream = stream;
        this.limit = limit;
    }
}
/** How a command is named in errors: `git log` for git (its -C <dir> skipped), else the program. */
function programName(command, args) {
    if (command !== 'git')
        return command;
    let i = 0;
    while (i < args.length && args[i].startsWith('-'))
        i += args[i] === '-C' || args[i] === '-c' ? 2 : 1;
    return args[i] ? `git ${args[i]}` : 'git';
}
/**
 * The one way this project runs programs: an argument array (no shell unless the
 * caller runs `bash` explicitly for user-written build lines), its own process group
 * so a timeout kills every child it spawned, and bounded buffers.
 */
function exec(command, args, options = {}) {
    const started = performance.now();
    const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: process.platform !== 'win32',
        });
        const chunks = { stdout: [], stderr: [] };
        const sizes = { stdout: 0, stderr: 0 };
        let overflow;
        let timedOut = false;
        let killTimer;
        let leftoverProcesses = false;
        let drainTimer;
        const killGroup = (signal) => {
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                // already gone
            }
        };
        const stop = () => {
            killGroup('SIGTERM');
            // A second stop (timeout, then cancel) keeps the first deadline: one timer, cleared on close.
            if (killTimer)
                return;
            killTimer = setTimeout(() => killGroup('SIGKILL'), 2000);
            killTimer.unref();
        };
        const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        const onAbort = () => stop();
        // An abort listener added after the abort never fires: stop a pre-cancelled run at once.
        if (options.signal?.aborted)
            stop();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
        const streamTo = { stdout: options.streamStdout, stderr: options.streamStderr };
        for (const stream of ['stdout', 'stderr']) {
            child[stream].on('data', (chunk) => {
                options.onOutput?.(chunk, stream);
                const consumer = streamTo[stream];
                if (consumer)
                    return consumer(chunk);
                if (overflow)
                    return;
                if (sizes[stream] + chunk.length > maxBuffer) {
                    overflow = stream;
                    stop();
                    return;
                }
                sizes[stream] += chunk.length;
                chunks[stream].push(chunk);
            });
        }
        child.stdin.on('error', () => { }); // a child that exits without reading stdin
        child.stdin.end(options.input);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error.code === 'ENOENT' ? new Error(`'${command}' was not found on PATH`) : error);
        });
        child.on('exit', () => {
            if (!options.killGroupOnExit || child.pid === undefined || process.platform === 'win32')
                return;
            // The command finished in time; the drain wait below is bounded by its own timer.
            if (timer)
                clearTimeout(timer);
            try {
                process.kill(-child.pid, 0); // throws when the group is empty
                leftoverProcesses = true;
                stop();
            }
            catch {
                // nothing left behind
            }
            // A process that left the group (setsid) may still hold the pipes: stop waiting for it.
            drainTimer = setTimeout(() => {
                child.stdout.destroy();
                child.stderr.destroy();
            }, 5000);
            drainTimer.unref();
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (drainTimer)
                clearTimeout(drainTimer);
            options.signal?.removeEventListener('abort', onAbort);
            // The direct child is done; make sure nothing it left behind outlives it.
            if (timedOut || options.signal?.aborted || leftoverProcesses || overflow)
                killGroup('SIGKILL');
            if (killTimer)
                clearTimeout(killTimer);
            if (overflow)
                return reject(new OutputTooLargeError(programName(command, args), overflow, maxBuffer));
            resolve({
                code,
                signal,
                stdout: Buffer.concat(chunks.stdout).toString('utf8'),
                stderr: Buffer.concat(chunks.stderr).toString('utf8'),
                timedOut,
                durationMs: performance.now() - started,
                ...(options.killGroupOnExit ? { leftoverProcesses } : {}),
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/git/git.ts




/** No git command may hang a job: fetches get the long deadline, local commands the short one. */
const FETCH_TIMEOUT_MS = 10 * 60_000;
const LOCAL_TIMEOUT_MS = 3 * 60_000;
/**
 * What git said when it failed, for one line of a message: its `fatal:`/`error:` lines (the
 * cause; the hints and blank lines it prints after them are not), else its last lines. A
 * remote's words can be among them, so the text goes through oneLine (bounded, no line
 * break, nothing hidden).
 */
function gitSaid(result) {
    const lines = result.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    const failures = lines.filter((line) => /^(fatal|error):/.test(line));
    const said = (failures.length > 0 ? failures : lines).slice(-3).join(' / ');
    if (said)
        return (0,log_text/* oneLine */.TN)(said, 500);
    return result.signal ? `stopped by ${result.signal}` : `exit code ${result.code}`;
}
/** git said no, or ran out of time: its own words are the message (dubious ownership, missing ref …). */
class GitError extends UserError {
    name = 'GitError';
    result;
    args;
    /** The message without its `git <command> failed: ` prefix: git's words, or the deadline it ran past. */
    detail;
    constructor(args, result, timeoutMs = defaultTimeout(args)) {
        const detail = result.timedOut ? `did not finish within ${formatDuration(timeoutMs)}` : gitSaid(result);
        super(`git ${args[0]} failed: ${detail}`);
        this.args = args;
        this.result = result;
        this.detail = detail;
    }
}
/** Environment that keeps git from prompting or paging in CI and tests. */
const QUIET_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
/** Commands that talk to a remote: they get the long deadline and the remote's credentials. */
const REMOTE_COMMANDS = new Set(['fetch', 'clone', 'ls-remote']);
function defaultTimeout(args) {
    return REMOTE_COMMANDS.has(args[0] ?? '') ? FETCH_TIMEOUT_MS : LOCAL_TIMEOUT_MS;
}
/** The header actions/checkout configures for a token (`x-access-token:<token>`, Basic). */
function tokenAuth(serverUrl, token) {
    const url = new URL(serverUrl);
    return { serverUrl: `${url.protocol}//${url.host}/`, header: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` };
}
/** Adds config entries after any the environment already holds (GIT_CONFIG_COUNT is one list). */
function withConfig(env, entries) {
    const given = Number(env.GIT_CONFIG_COUNT ?? 0);
    const start = Number.isInteger(given) && given > 0 ? given : 0;
    const result = { ...env, GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([key, value], i) => {
        result[`GIT_CONFIG_KEY_${start + i}`] = key;
        result[`GIT_CONFIG_VALUE_${start + i}`] = value;
    });
    return result;
}
/** A repository handle: every call is `git -C <dir> <args…>` with an argument array. */
class Git {
    dir;
    auth;
    constructor(dir, options = {}) {
        this.dir = dir;
        this.auth = options.auth;
    }
    /** Runs git; returns the raw result whatever the exit code. */
    run(args, options = {}) {
        const timeoutMs = options.timeoutMs ?? defaultTimeout(args);
        let env = { ...process.env, ...QUIET_ENV, ...options.env };
        if (this.auth && REMOTE_COMMANDS.has(args[0] ?? '')) {
            const key = `http.${this.auth.serverUrl}.extraheader`;
            // The empty value first: it clears a header a persisted checkout left for the same server, so one Authorization is sent.
            env = withConfig(env, [[key, ''], [key, this.auth.header]]);
        }
        return exec('git', ['-C', this.dir, ...args], { ...options, timeoutMs, env });
    }
    /** Runs git and returns stdout; throws GitError on a non-zero exit or a timeout. */
    async output(args, options = {}) {
        const result = await this.run(args, options);
        if (result.code !== 0)
            throw new GitError(args, result, options.timeoutMs ?? defaultTimeout(args));
        return result.stdout;
    }
    /** True when the command exits 0. */
    async succeeds(args) {
        return (await this.run(args)).code === 0;
    }
    async revParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        return result.code === 0 ? result.stdout.trim() : undefined;
    }
    /**
     * Several revisions and the shallow flag in one process (each git start costs a few
     * ms of every cold start); undefined when any revision does not resolve.
     */
    async revParseAll(revs) {
        // Without --verify, rev-parse would read a leading '-' as an option (and git 2.39 prints --end-of-options back).
        if (revs.some((rev) => rev.startsWith('-')))
            return undefined;
        const result = await this.run(['rev-parse', '--is-shallow-repository', ...revs.map((rev) => `${rev}^{commit}`)]);
        if (result.code !== 0)
            return undefined;
        const [shallow, ...shas] = result.stdout.trim().split('\n');
        return shas.length === revs.length ? { shas, shallow: shallow === 'true' } : undefined;
    }
    /**
     * Absolute paths of files git keeps for itself (`objects`, `shallow`, `index`): worktrees
     * and GIT_DIR move them, so only git can say where they are.
     */
    async gitPaths(names) {
        const lines = (await this.output(['rev-parse', '--path-format=absolute', ...names.flatMap((name) => ['--git-path', name])])).trim().split('\n');
        return Object.fromEntries(names.map((name, i) => [name, lines[i]]));
    }
    async isShallow() {
        return (await this.output(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    async topLevel() {
        return (await this.output(['rev-parse', '--show-toplevel'])).trim();
    }
}

;// CONCATENATED MODULE: ./src/git/lock-file.ts


/**
 * Replaces one of git's files by git's own lock-file protocol: the new text goes to
 * `<file>.lock`, created only if absent (a git command holding it is changing the file),
 * then renamed over the file. A write or rename that fails removes the lock it made: a
 * lock left behind stops every later git command that takes it ("Unable to create
 * '….lock': File exists").
 */
async function replaceLocked(file, text) {
    const lock = `${file}.lock`;
    try {
        await (0,promises_namespaceObject.writeFile)(lock, text, { flag: 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            throw new UserError(`${lock} exists: another git process is changing ${file}, or one was stopped and left its lock (remove it once no git command runs in this repository)`);
        }
        await (0,promises_namespaceObject.rm)(lock, { force: true }); // created, then the write failed (a full disk)
        throw error;
    }
    try {
        await (0,promises_namespaceObject.rename)(lock, file);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(lock, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/commits/commit-object.ts
/** Displayed subjects, author names and markers are cut here (a hostile commit can make them megabytes). */
const MAX_SUBJECT = 1000;
const MAX_AUTHOR = 300;
const MAX_MARKER = 200;
// git's isspace (ctype.c): tab, LF, CR and space only.
const isSpace = (byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x20;
/** The length of a line including its LF, stopping at NUL (pretty.c get_one_line). */
function lineLength(bytes, start) {
    let i = start;
    while (i < bytes.length && bytes[i] !== 0) {
        i++;
        if (bytes[i - 1] === 0x0a)
            break;
    }
    return i - start;
}
/** The line's length once its trailing white space is dropped (pretty.c is_blank_line). */
function trimmedLength(bytes, start, length) {
    while (length > 0 && isSpace(bytes[start + length - 1]))
        length--;
    return length;
}
function subjectOf(bytes, start) {
    let at = start;
    for (;;) {
        const length = lineLength(bytes, at);
        if (length === 0 || trimmedLength(bytes, at, length) !== 0)
            break;
        at += length;
    }
    const parts = [];
    for (;;) {
        const length = lineLength(bytes, at);
        const kept = trimmedLength(bytes, at, length);
        if (length === 0 || kept === 0)
            break;
        if (parts.length > 0)
            parts.push(Buffer.from(' '));
        parts.push(bytes.subarray(at, at + kept));
        at += length;
    }
    return Buffer.concat(parts);
}
/** %an: before the first '<' of the ident line, trailing white space dropped; empty without a '<'. */
function nameOf(ident) {
    const lt = ident.indexOf(0x3c);
    if (lt < 0)
        return Buffer.alloc(0);
    let end = lt;
    while (end > 0 && isSpace(ident[end - 1]))
        end--;
    return ident.subarray(0, end);
}
function dateOf(ident) {
    const match = />\s*(\d+)\s+([+-])(\d\d)(\d\d)/.exec(ident.toString('latin1'));
    if (!match)
        return '';
    const offset = (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
    const local = new Date((Number(match[1]) + offset * 60) * 1000);
    if (Number.isNaN(local.getTime()))
        return '';
    return `${local.toISOString().slice(0, 19)}${match[2]}${match[3]}:${match[4]}`;
}
function decoder(encoding) {
    if (encoding && !/^utf-?8$/i.test(encoding)) {
        try {
            const decode = new TextDecoder(encoding);
            return (bytes) => decode.decode(bytes);
        }
        catch {
            // an encoding this runtime does not know: read it as UTF-8, as git does when iconv fails
        }
    }
    return (bytes) => bytes.toString('utf8');
}
const cut = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
/**
 * What flag-messages matched in a whole message, cut for display: the regex is the team's
 * (`skip-checks:.*`), the message the pull request's, so a match can run to megabytes.
 */
function markerOf(message, flag) {
    const match = flag?.exec(message)?.[0];
    return match === undefined ? undefined : cut(match, MAX_MARKER);
}
function parseCommitObject(bytes) {
    const nul = bytes.indexOf(0);
    const visible = nul < 0 ? bytes.length : nul; // git's view ends at the first NUL
    let author = Buffer.alloc(0);
    const parents = [];
    let encoding;
    let at = 0;
    let messageStart = visible;
    let rawMessageStart = bytes.length;
    while (at < visible) {
        let eol = bytes.indexOf(0x0a, at);
        if (eol < 0 || eol > visible)
            eol = visible;
        if (eol === at) {
            messageStart = at; // the empty line: the message follows it
            rawMessageStart = at + 1;
            break;
        }
        const line = bytes.subarray(at, eol);
        if (line.subarray(0, 7).toString('latin1') === 'author ')
            author = line.subarray(7);
        else if (line.subarray(0, 7).toString('latin1') === 'parent ')
            parents.push(line.subarray(7).toString('latin1'));
        else if (line.subarray(0, 9).toString('latin1') === 'encoding ')
            encoding = line.subarray(9).toString('latin1').trim();
        at = eol + 1;
    }
    const decode = decoder(encoding);
    return {
        author: cut(decode(nameOf(author)), MAX_AUTHOR),
        date: dateOf(author),
        parents,
        subject: cut(decode(subjectOf(bytes.subarray(0, visible), messageStart)), MAX_SUBJECT),
        message: decode(bytes.subarray(Math.min(rawMessageStart, bytes.length))),
    };
}

;// CONCATENATED MODULE: ./src/commits/log.ts




const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** `git log --raw -z` entry head: `:<mode> <mode> <oid> <oid> <status>`; its one path is the next field. */
const RAW_ENTRY = /^\n?:[0-7]{6} [0-7]{6} [0-9a-f]+ [0-9a-f]+ [A-Z][0-9]*$/;
/** One commit object is read whole; a message larger than this fails the count instead of being cut. */
const MAX_COMMIT_BYTES = 16 * 1024 * 1024;
/**
 * Every commit in `base..head` (or all of head's history without a base), in git's order,
 * with its author, subject, parents, watched files and message marker. Nothing a commit
 * says can be mistaken for structure, and nothing is ever read cut:
 * - the commits and their files come from `git log -z --raw --format=%H`, where a field is a
 *   SHA or a raw entry head, and the one path after an entry head is taken by position, so
 *   a file name cannot pose as either (file names hold no NUL);
 * - authors and messages come from `git cat-file --batch`, which prefixes every object with
 *   its size in bytes: a message holding any byte (\x1e, \x1f, NUL, newlines) stays inside
 *   its commit;
 * - both outputs are streamed (no cap to hit: a log of 300 MB is counted whole).
 */
async function listCommits(git, baseSha, headSha, options = {}) {
    const range = [...(baseSha ? [`${baseSha}..${headSha}`] : [headSha]), ...(options.exclude ?? []).map((sha) => `^${sha}`)];
    const order = options.keepFile ? await commitsWithFiles(git, range, options.keepFile) : await commitsOnly(git, range);
    const objects = await readCommitObjects(git, order.map((entry) => entry.sha), options.flag);
    return order.map((entry) => ({ ...objects.get(entry.sha), sha: entry.sha, files: entry.files }));
}
function unexpected(what, detail) {
    return new UserError(`git ${what} printed output deploy-guards cannot read (${(0,log_text/* oneLine */.TN)(detail, 80)}); nothing was counted rather than a guess`);
}
async function commitsOnly(git, range) {
    const commits = [];
    let pending = '';
    const take = (line) => {
        if (!SHA.test(line))
            throw unexpected('rev-list', line);
        commits.push({ sha: line, files: [] });
    };
    const failure = await streamLines(git, ['rev-list', ...range, '--'], '\n', (line) => take(line), (rest) => (pending = rest));
    if (pending !== '')
        take(pending);
    if (failure)
        throw failure;
    return commits;
}
async function commitsWithFiles(git, range, keepFile) {
    const commits = [];
    let pathNext = false;
    const take = (field) => {
        if (pathNext) {
            pathNext = false;
            if (keepFile(field))
                commits.at(-1).files.push(field);
        }
        else if (SHA.test(field)) {
            commits.push({ sha: field, files: [] });
        }
        else if (RAW_ENTRY.test(field) && commits.length > 0) {
            pathNext = true;
        }
        else {
            throw unexpected('log', JSON.stringify(field));
        }
    };
    // Fixed output whatever the user's config says: no colour, signatures, relative paths or renames.
    const args = ['log', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-color', '--no-show-signature', '--no-relative', '--format=%H', ...range, '--'];
    let pending = '';
    const failure = await streamLines(git, args, '\0', take, (rest) => (pending = rest));
    if (pending !== '')
        take(pending);
    if (failure)
        throw failure;
    if (pathNext)
        throw unexpected('log', 'a raw entry without its path');
    return commits;
}
/**
 * Runs git with stdout split on `separator` as it streams (a piece split across chunks is
 * joined first); `rest` gets the unterminated tail. Resolves with git's failure instead
 * of throwing, so the caller finishes its parse first.
 */
async function streamLines(git, args, separator, take, rest) {
    let tail = Buffer.alloc(0);
    const code = separator.charCodeAt(0);
    let parseError;
    const stop = new AbortController();
    const result = await git.run(args, {
        signal: stop.signal,
        streamStdout: (chunk) => {
            if (parseError)
                return;
            const data = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
            let start = 0;
            try {
                for (let end = data.indexOf(code, start); end >= 0; end = data.indexOf(code, start)) {
                    take(data.toString('utf8', start, end));
                    start = end + 1;
                }
            }
            catch (error) {
                parseError = error;
                stop.abort();
            }
            tail = Buffer.from(data.subarray(start));
        },
    });
    if (parseError)
        throw parseError;
    rest(tail.toString('utf8'));
    return result.code === 0 ? undefined : new GitError(args, result);
}
/** Bytes arriving in chunks, taken off the front without copying more than once. */
class ByteQueue {
    chunks = [];
    length = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
    }
    indexOf(byte) {
        let offset = 0;
        for (const chunk of this.chunks) {
            const at = chunk.indexOf(byte);
            if (at >= 0)
                return offset + at;
            offset += chunk.length;
        }
        return -1;
    }
    take(count) {
        const parts = [];
        let left = count;
        while (left > 0) {
            const chunk = this.chunks[0];
            if (chunk.length <= left) {
                parts.push(chunk);
                this.chunks.shift();
                left -= chunk.length;
            }
            else {
                parts.push(chunk.subarray(0, left));
                this.chunks[0] = chunk.subarray(left);
                left = 0;
            }
        }
        this.length -= count;
        return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    }
}
/** `git cat-file --batch`: each commit object whole, framed by its byte size. */
async function readCommitObjects(git, shas, flag) {
    const objects = new Map();
    if (shas.length === 0)
        return objects;
    const queue = new ByteQueue();
    let need;
    let parseError;
    const stop = new AbortController();
    const consume = () => {
        for (;;) {
            if (!need) {
                const eol = queue.indexOf(0x0a);
                if (eol < 0)
                    return;
                const header = queue.take(eol + 1).toString('utf8', 0, eol);
                const match = /^([0-9a-f]{40,64}) commit (\d+)$/.exec(header);
                if (!match)
                    throw unexpected('cat-file', header);
                const size = Number(match[2]);
                if (size > MAX_COMMIT_BYTES)
                    throw new UserError(`commit ${match[1].slice(0, 12)} is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_COMMIT_BYTES / 1024 / 1024} MB deploy-guards reads of one commit: nothing was counted rather than a commit read cut`);
                need = { sha: match[1], size };
            }
            if (queue.length < need.size + 1)
                return;
            const object = parseCommitObject(queue.take(need.size + 1).subarray(0, need.size));
            objects.set(need.sha, { ...object, marker: markerOf(object.message, flag), message: '' });
            need = undefined;
        }
    };
    const args = ['cat-file', '--batch'];
    const result = await git.run(args, {
        input: `${shas.join('\n')}\n`,
        signal: stop.signal,
        streamStdout: (chunk) => {
            if (parseError)
                return;
            queue.push(chunk);
            try {
                consume();
            }
            catch (error) {
                parseError = error;
                stop.abort();
            }
        },
    });
    if (parseError)
        throw parseError;
    if (result.code !== 0)
        throw new GitError(args, result);
    for (const sha of shas)
        if (!objects.has(sha))
            throw unexpected('cat-file', `no object for ${sha}`);
    return objects;
}

;// CONCATENATED MODULE: ./src/shared/github-api.ts


/**
 * The standard reason phrase of an HTTP status ('Not Found'), or undefined, for GitHub's and
 * the event sinks' answers. node:http is loaded only to word a failure (most bundles never need
 * it otherwise); it lives here, not in http-client.ts, whose import loads undici.
 */
function statusText(status) {
    return process.getBuiltinModule('node:http').STATUS_CODES[status];
}
const MAX_PAGES = 50;
/** Bytes of one answer past which it is refused: a page of 100 deployments is well under 1 MB. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** GitHub's `message` is server text: shown on one line, cut here. */
const MAX_REASON = 200;
/**
 * The API answered with an error status. `reason` is GitHub's own `message` field,
 * bounded and on one line with nothing hidden (oneLine), or '' when the answer held none
 * (a proxy's page is never quoted); the message adds which permission to check.
 */
class GitHubApiError extends UserError {
    name = 'GitHubApiError';
    status;
    reason;
    constructor(what, status, reason, permission) {
        const hint = status === 401 ? ' (the token is invalid or expired)'
            : status === 403 || status === 404 ? ` (check that the token can read this repository and has ${permission ?? 'the permission this call needs'})`
                : '';
        super(`GitHub API ${what} answered ${status}: ${reason || statusText(status) || 'an error status'}${hint}`);
        this.status = status;
        this.reason = reason;
    }
    /** Whether another attempt may succeed: a server error, a timeout (408) or a rate limit (429). */
    get retryable() {
        return isRetryableStatus(this.status);
    }
}
/** 5xx, 408 and 429 may pass on another attempt; any other 4xx fails the same way again. */
function isRetryableStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
/** GitHub's error `message`, made safe to show; '' when the body is not a JSON error. */
function reasonOf(text) {
    if (!text)
        return '';
    try {
        const message = JSON.parse(text).message;
        return typeof message === 'string' ? (0,log_text/* oneLine */.TN)(message, MAX_REASON) : '';
    }
    catch {
        return '';
    }
}
/**
 * Minimal GitHub REST client on undici (the project's one HTTP client): the
 * documented headers, Link-header pagination and errors that say which token
 * permission is missing.
 */
class GitHubApi {
    token;
    apiUrl;
    timeoutMs;
    signal;
    permission;
    constructor(options) {
        this.token = options.token;
        this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.signal = options.signal;
        this.permission = options.permission;
    }
    async get(path, query = {}) {
        return (await this.send('GET', this.url(path, query))).body;
    }
    async post(path, body, accept) {
        return (await this.send('POST', this.url(path, {}), body, accept)).body;
    }
    /**
     * The pages of a list endpoint, following `Link: rel="next"` (bounded); stop early by
     * breaking out. `key` picks the array from wrapped responses. A next link to another
     * origin than the API's is not followed (the request would carry the token there):
     * the listing fails, since a partial list is not the list. So does a listing that still
     * has a next page after MAX_PAGES pages: the bound is named, never passed off as the end.
     */
    async *pages(path, query = {}, key) {
        let url = this.url(path, { per_page: 100, ...query });
        for (let page = 1; url; page++) {
            const response = await this.send('GET', url);
            yield (key ? response.body[key] : response.body) ?? [];
            url = response.next;
            if (url === undefined)
                return;
            if (!this.sameOrigin(url)) {
                throw new UserError(`GitHub API GET ${path}: the answer links its next page on another origin than ${new URL(this.apiUrl).origin}; not followed (the request would carry the token there), so the list is incomplete`);
            }
            if (page >= MAX_PAGES) {
                throw new UserError(`GitHub API GET ${path}: the list goes on past ${MAX_PAGES} pages (the bound); the items after them were not read, so the list is incomplete`);
            }
        }
    }
    sameOrigin(url) {
        try {
            return new URL(url).origin === new URL(this.apiUrl).origin;
        }
        catch {
            return false;
        }
    }
    /** All items of a list endpoint. */
    async paginate(path, query = {}, key) {
        const items = [];
        for await (const page of this.pages(path, query, key))
            items.push(...page);
        return items;
    }
    url(path, query) {
        const url = new URL(`${this.apiUrl}${path}`);
        for (const [name, value] of Object.entries(query))
            url.searchParams.set(name, String(value));
        return url.toString();
    }
    async send(method, url, body, accept = 'application/vnd.github+json') {
        const path = new URL(url).pathname;
        // Loaded on first use: most runs of the git-only actions never call the API, and
        // undici is the largest module of their bundles (ncc puts it in its own chunk).
        const { RequestFailed, requestText } = await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(553)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7553));
        let answer;
        try {
            answer = await requestText(url, {
                method: method,
                headers: {
                    accept,
                    authorization: `Bearer ${this.token}`,
                    'x-github-api-version': '2022-11-28',
                    'user-agent': 'deploy-guards',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal: this.signal,
                deadlineMs: this.timeoutMs,
                maxBytes: MAX_ANSWER_BYTES,
            });
        }
        catch (error) {
            throw new UserError(`GitHub API ${method} ${path} failed: ${error instanceof RequestFailed ? error.reason : 'request error'}`);
        }
        const { status, text, headers } = answer;
        if (status >= 400)
            throw new GitHubApiError(`${method} ${path}`, status, reasonOf(text), this.permission);
        if (text === undefined)
            throw new UserError(`GitHub API ${method} ${path} answered more than ${MAX_ANSWER_BYTES / 1024 / 1024} MB; refused`);
        const link = headers.link;
        const next = typeof link === 'string' ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
        try {
            return { body: (text === '' ? undefined : JSON.parse(text)), next };
        }
        catch {
            throw new UserError(`GitHub API ${method} ${path} answered ${status} with a body that is not JSON (is GITHUB_API_URL the API's URL?)`);
        }
    }
}
/**
 * The latest status of a deployment: GitHub lists statuses newest first, so one item of
 * one page is it. Undefined when the deployment has none yet (pending).
 */
async function latestDeploymentStatus(api, repository, deploymentId) {
    const [latest] = (await api.get(`/repos/${repository}/deployments/${deploymentId}/statuses`, { per_page: 1 })) ?? [];
    if (typeof latest !== 'object' || latest === null || typeof latest.state !== 'string')
        return undefined;
    return latest;
}

;// CONCATENATED MODULE: ./src/commits/deployments.ts


/**
 * The SHA of the newest deployment of `environment` whose latest status is `success`.
 * The deployments list is newest first; statuses too, so one status per deployment decides.
 */
async function lastSuccessfulDeployment(api, repository, environment) {
    let seen = 0;
    // Page by page: the answer is usually among the newest few, so stop as soon as it is found.
    for await (const page of api.pages(`/repos/${repository}/deployments`, { environment })) {
        for (const deployment of page) {
            seen++;
            if ((await latestDeploymentStatus(api, repository, deployment.id))?.state === 'success')
                return deployment;
        }
    }
    throw new UserError(seen === 0
        ? `base 'last-deployment': the repository has no deployments to environment '${environment}'; deploy once, or give base a ref (base: origin/main)`
        : `base 'last-deployment': none of the ${seen} deployments to '${environment}' has a latest status of success; give base a ref (base: origin/main)`);
}

;// CONCATENATED MODULE: ./src/commits/range.ts



const ZERO_SHA = /^0+$/;
async function defaultBranchRef(git, context, remote) {
    const fromEvent = context.payload.repository?.default_branch;
    if (typeof fromEvent === 'string' && fromEvent)
        return `${remote}/${fromEvent}`;
    const symbolic = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
    if (symbolic.code === 0)
        return symbolic.stdout.trim();
    return `${remote}/main`;
}
/** A commit the checkout lacks and the remote did not give: git's words, and the checkout settings that fix it. */
function notFetched(end, ref, source, remote, said) {
    const why = said ? ` (git: ${said})` : '';
    return new UserError(`The ${end} commit ${ref} (${source}) is not in this checkout and could not be fetched from '${remote}'${why}; use actions/checkout with fetch-depth: 0, or for a private repository checked out with persist-credentials: false give this step \`token\` (default github.token, needs contents: read)`);
}
/** `origin/main` and `refs/remotes/origin/main` name the remote's branch `main`. */
function remoteBranchOf(ref, remote) {
    if (ref.startsWith(`${remote}/`))
        return ref.slice(remote.length + 1);
    if (ref.startsWith(`refs/remotes/${remote}/`))
        return ref.slice(`refs/remotes/${remote}/`.length);
    return undefined;
}
/** Decides base and head as DESIGN.md specifies for each event, and makes both present locally. */
async function resolveRange(git, request, log) {
    const { context, remote } = request;
    const pr = context.payload.pull_request;
    let baseRef;
    let baseSource;
    let baseBranch;
    let headRef = request.head || 'HEAD';
    if (request.base === 'last-deployment') {
        if (!request.api)
            throw new InputError('token', "is needed to look up base 'last-deployment'", 'token: ${{ github.token }}');
        if (!context.repository)
            throw new UserError("base 'last-deployment' needs GITHUB_REPOSITORY (owner/name) to query deployments");
        const deployment = await lastSuccessfulDeployment(request.api, context.repository, request.environment);
        baseRef = deployment.sha;
        baseSource = `last successful deployment to ${request.environment} (#${deployment.id}, ${deployment.created_at})`;
    }
    else if (request.base) {
        baseRef = request.base;
        baseSource = `input base '${request.base}'`;
    }
    else if (pr && (context.eventName.startsWith('pull_request'))) {
        // The checkout is the merge commit; the PR's own commits are base.sha..head.sha.
        baseRef = pr.base.sha;
        if (typeof pr.base.ref === 'string' && pr.base.ref)
            baseBranch = pr.base.ref;
        if (headRef === 'HEAD')
            headRef = pr.head.sha;
        baseSource = `pull request #${pr.number} base (${pr.base.ref})`;
    }
    else if (context.eventName === 'push' && typeof context.payload.before === 'string' && !ZERO_SHA.test(context.payload.before)) {
        baseRef = context.payload.before;
        baseSource = 'push event before';
    }
    else {
        baseRef = await defaultBranchRef(git, context, remote);
        baseSource = context.eventName === 'push' ? `new branch: compared with ${baseRef}` : `default branch ${baseRef}`;
    }
    baseBranch ??= remoteBranchOf(baseRef, remote);
    const local = await git.revParseAll([headRef, baseRef]);
    const ensured = local ? undefined : await ensureCommits(git, [headRef, baseRef], remote, log);
    const [head, base] = ensured ? ensured.commits : [{ sha: local.shas[0] }, { sha: local.shas[1] }];
    if (head.fetchFailure)
        throw notFetched('head', headRef, pr ? `pull request #${pr.number} head` : "input 'head'", remote, head.fetchFailure);
    const headSha = head.sha;
    if (!headSha)
        throw new InputError('head', `'${headRef}' is not a commit or ref in this repository`, 'head: HEAD');
    const baseSha = base.sha;
    if (!baseSha) {
        if (request.base && request.base !== 'last-deployment' && !base.fetchFailure) {
            throw new InputError('base', `'${request.base}' is not a commit or ref in this repository (nor fetchable from ${remote})`, 'base: origin/main');
        }
        throw notFetched('base', baseRef, baseSource, remote, base.fetchFailure);
    }
    // A new branch whose head is the default branch itself: everything on it is new.
    const shallow = local?.shallow ?? ensured?.shallow;
    if (baseSha === headSha && baseSource.startsWith('new branch'))
        return { baseSha: undefined, headSha, baseSource: 'new repository: all commits', shallow };
    return { baseSha, headSha, baseSource, shallow, baseBranch };
}

;// CONCATENATED MODULE: ./src/commits/history.ts






const history_SHA = /^[0-9a-f]{7,64}$/i;
/** `git rev-list base --not <bottom>` runs at once for this many bottoms of the head side. */
const CHECKS_AT_ONCE = 4;
/** How a ref the user named can be fetched when the checkout does not hold it. */
function refspecFor(ref, remote) {
    if (history_SHA.test(ref) && ref.length >= 40)
        return ref;
    // Another remote's branch (refs/remotes/upstream/main) is not fetched into this remote's.
    const remoteBranch = remoteBranchOf(ref, remote);
    if (remoteBranch)
        return `+refs/heads/${remoteBranch}:refs/remotes/${remote}/${remoteBranch}`;
    if (ref.startsWith('refs/'))
        return `+${ref}:${ref}`;
    return undefined;
}
/** The shallow file of each repository, asked of git once (its place depends on the layout: worktrees, GIT_DIR). */
const shallowFiles = new WeakMap();
function shallowFile(git) {
    let file = shallowFiles.get(git);
    if (!file) {
        file = git.gitPaths(['shallow']).then((paths) => paths.shallow);
        shallowFiles.set(git, file);
    }
    return file;
}
async function shallowCommits(git) {
    const file = await shallowFile(git);
    try {
        return new Set((await (0,promises_namespaceObject.readFile)(file, 'utf8')).split('\n').filter(Boolean));
    }
    catch {
        return new Set();
    }
}
async function hasRemote(git, remote) {
    return (await git.run(['remote', 'get-url', remote])).code === 0;
}
/**
 * The one way this module fetches: quiet, no tags, nothing written to FETCH_HEAD. A
 * failure is git's own (GitError). Whether the remote exists is asked only when the
 * fetch failed: a fetch that works costs no process more.
 */
async function fetchFrom(git, remote, options, wants) {
    const args = ['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...options, remote, ...wants];
    const result = await git.run(args);
    if (result.code === 0)
        return {};
    return { failure: new GitError(args, result), noRemote: !(await hasRemote(git, remote)) };
}
/**
 * Makes each ref resolvable, fetching what the checkout lacks from the remote in one
 * fetch (one at a time only when that fails, to tell which one the remote refused).
 * A ref neither the repository nor the remote has comes back without a SHA.
 */
async function ensureCommits(git, refs, remote, log) {
    const results = [];
    for (const ref of refs)
        results.push({ sha: await git.revParse(ref) });
    const missing = refs.map((ref, i) => ({ ref, i, refspec: refspecFor(ref, remote) })).filter(({ i, refspec }) => !results[i].sha && refspec);
    if (missing.length === 0)
        return { commits: results };
    const shallow = await git.isShallow();
    const depth = shallow ? ['--depth=1'] : [];
    for (const { ref } of missing)
        log(`'${ref}' is not in this checkout; fetching it from ${remote}.`);
    const fetch = (refspecs) => fetchFrom(git, remote, depth, refspecs);
    const together = missing.length > 1 ? await fetch(missing.map(({ refspec }) => refspec)) : undefined;
    // No such remote: the refs stay unresolved, and the caller says that neither the checkout nor the remote has them.
    if (together?.noRemote)
        return { commits: results, shallow };
    for (const { i, refspec } of missing) {
        const fetched = together && !together.failure ? together : await fetch([refspec]);
        if (fetched.noRemote)
            return { commits: results, shallow };
        if (fetched.failure)
            results[i] = { fetchFailure: fetched.failure.detail };
    }
    // Every ref in one process when all resolve now (the usual case), else one by one.
    const all = await git.revParseAll(refs);
    for (const [i, ref] of refs.entries()) {
        if (results[i].fetchFailure === undefined && !results[i].sha)
            results[i] = { sha: all ? all.shas[i] : await git.revParse(ref) };
    }
    return { commits: results, shallow };
}
/**
 * A shallow checkout cuts history, and `git rev-list base..head` over a cut history
 * silently miscounts. This fetches what the count needs, and not much more, until the
 * local history proves the count exact (`inspect`):
 * 1. when the base is still the tip of its branch on the remote, the remote itself lists
 *    head's own commits (`negotiate`): a few small fetches, whatever the base's history;
 * 2. else both sides are deepened together, each fetch aimed by commit dates at where the
 *    other side has reached (as git's merge-base walks both sides in date order), until
 *    they meet: a branch of 8 commits whose base moved on by 2,000 fetches about that
 *    many commits of the base side, not the whole history;
 * 3. the full history only when the answer needs it (head's whole history without a
 *    base; sides that still do not meet after the last round), said so with the number
 *    of objects fetched.
 * Only depth fetches change the shallow boundary here: git answers a date or exclusion
 * fetch (`--shallow-since`, `--shallow-exclude`) across a merge with boundary commits it
 * never sends, which breaks every later fetch of the checkout ("error in object:
 * unshallow"); the one exclusion fetch `negotiate` makes is followed by dropping them.
 */
async function ensureCompleteRange(git, request) {
    const { baseSha, headSha, remote, log } = request;
    const result = { notes: [], exclude: [] };
    if (!(request.shallow ?? (await git.isShallow())))
        return result;
    let state = await inspect(git, baseSha, headSha);
    if (state.complete)
        return result;
    const fetches = new Fetches(git, remote);
    await fetches.start();
    const say = async (note) => {
        result.notes.push(`shallow checkout: ${note} (${await fetches.summary()})`);
        log(result.notes.at(-1));
    };
    if (baseSha && request.baseBranch) {
        const negotiated = await negotiate(git, fetches, baseSha, headSha, request.baseBranch, log);
        if (negotiated) {
            result.exclude = negotiated.exclude;
            await say(`${request.baseBranch} on ${remote} is still at the base, so ${remote} listed the ${negotiated.own} commit${negotiated.own === 1 ? '' : 's'} of head it does not hold`);
            return result;
        }
        state = await inspect(git, baseSha, headSha);
    }
    if (baseSha) {
        const depth = new Map([[headSha, 1], [baseSha, 1]]);
        for (let round = 1; round <= DEPTH_ROUNDS && !state.complete; round++) {
            const shallow = await shallowCommits(git);
            const [head, base] = [await reach(git, headSha, shallow), await reach(git, baseSha, shallow)];
            // The side that has reached less far back in time goes next, aimed at where the other one is
            // (a side whose history is whole has nowhere to go: clock skew can date a cut commit older than any).
            const baseFirst = state.headCut ? base.cut && head.oldest <= base.oldest : true;
            let [side, target] = baseFirst ? [baseSha, state.headCut ? head.oldest : state.edgeTime] : [headSha, base.oldest];
            const reached = side === headSha ? head : base;
            if (target >= reached.oldest)
                target = reached.oldest - 1; // already that far: go further back
            const next = Math.max(2 * depth.get(side), reached.commitsPerSecond ? Math.ceil((reached.newest - target) * reached.commitsPerSecond * 1.15) + 1 : FIRST_DEEPEN);
            depth.set(side, next);
            const fetched = await fetches.run([`--depth=${next}`], [side]);
            if (!fetched.ok) {
                log(`shallow checkout: deepening failed (${fetched.said}); fetching the full history instead`);
                break;
            }
            state = await inspect(git, baseSha, headSha);
            if (state.complete) {
                await say(`deepened base to ${depth.get(baseSha)} and head to ${depth.get(headSha)} commits, where they meet`);
                return result;
            }
        }
    }
    const why = baseSha ? `base and head did not meet within ${DEPTH_ROUNDS} rounds of deepening` : 'every commit of head is counted (no base)';
    const unshallow = await fetches.run(['--unshallow'], [headSha, ...(baseSha ? [baseSha] : [])]);
    state = unshallow.ok ? await inspect(git, baseSha, headSha) : state;
    if (!unshallow.ok || !state.complete) {
        throw new UserError(`Could not fetch the history between ${baseSha?.slice(0, 12) ?? 'the root'} and ${headSha.slice(0, 12)} to count it exactly${unshallow.ok ? '' : ` (git fetch: ${unshallow.said})`}; use actions/checkout with fetch-depth: 0`);
    }
    await say(`fetched the full history of ${baseSha ? 'base and head' : 'head'} (unshallow): ${why}`);
    return result;
}
const FIRST_DEEPEN = 100;
/** Rounds of deepening before the full history is fetched (each at least doubles a side's depth). */
const DEPTH_ROUNDS = 12;
/** Every fetch this check makes, and how many objects they brought (git count-objects before and after). */
class Fetches {
    git;
    remote;
    objectsBefore = 0;
    count = 0;
    constructor(git, remote) {
        this.git = git;
        this.remote = remote;
    }
    async objects() {
        const result = await this.git.run(['count-objects', '-v']);
        let total = 0;
        for (const match of result.stdout.matchAll(/^(?:count|in-pack): (\d+)$/gm))
            total += Number(match[1]);
        return total;
    }
    async start() {
        this.objectsBefore = await this.objects();
    }
    async run(options, wants) {
        this.count++;
        const { failure, noRemote } = await fetchFrom(this.git, this.remote, options, wants);
        if (noRemote) {
            throw new UserError(`The checkout is shallow and has no '${this.remote}' remote to fetch more history from; check out with full history (actions/checkout with fetch-depth: 0)`);
        }
        return { ok: !failure, said: failure?.detail ?? '' };
    }
    async summary() {
        const objects = (await this.objects()) - this.objectsBefore;
        return `${this.count} fetch${this.count === 1 ? '' : 'es'}, ${objects.toLocaleString('en-US')} object${objects === 1 ? '' : 's'}`;
    }
}
/** The smallest and largest of `values` in one pass (a spread into Math.min overflows the stack past ~125,000 commits). */
function extent(values) {
    let min = Infinity;
    let max = -Infinity;
    for (const value of values) {
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    return { min, max };
}
/** How far back a side's local history reaches, and how densely it was committed (to aim the next depth). */
async function reach(git, sha, shallow) {
    const lines = (await git.output(['rev-list', '--timestamp', sha, '--'])).split('\n').filter(Boolean);
    const times = lines.map((line) => Number(line.slice(0, line.indexOf(' '))));
    const { min: oldest, max: newest } = extent(times);
    const cut = lines.some((line) => shallow.has(line.slice(line.indexOf(' ') + 1)));
    return { newest, oldest, cut, commitsPerSecond: times.length >= 2 && newest > oldest ? (times.length - 1) / (newest - oldest) : undefined };
}
/**
 * Whether the cut history still counts base..head exactly. With H = the commits
 * `rev-list base..head` lists here, the count is exact when
 *  (a) no commit of H is a shallow boundary: then every commit truly in base..head is in
 *      H (a walk from head reaches each of them through commits whose parents are all here);
 *  (b) every shallow boundary reachable from base is an ancestor of each bottom of H
 *      (a commit of H with no parent in H): then no commit of H is truly reachable from
 *      base. Were one, a true path from base to it would leave the local history at a
 *      boundary X below which it lies; but X is an ancestor of a bottom below that commit,
 *      so the commit would be its own ancestor.
 * (b) is what a walk that merely found a common commit misses: a boundary shared by both
 * sides can hide that an older commit of H is also behind base.
 */
async function inspect(git, baseSha, headSha) {
    const shallow = await shallowCommits(git);
    if (shallow.size === 0)
        return { complete: true, headCut: false };
    const range = baseSha ? [`${baseSha}..${headSha}`] : [headSha];
    const own = new Map();
    const edge = [];
    for (const line of (await git.output(['rev-list', '--timestamp', '--parents', '--boundary', ...range, '--'])).split('\n')) {
        if (!line)
            continue;
        const [time, sha, ...parents] = line.split(' ');
        if (sha.startsWith('-'))
            edge.push(Number(time));
        else
            own.set(sha, { time: Number(time), parents });
    }
    if ([...own.keys()].some((sha) => shallow.has(sha)))
        return { complete: false, headCut: true };
    if (!baseSha || own.size === 0)
        return { complete: true, headCut: false };
    const bottoms = [...own].filter(([, commit]) => !commit.parents.some((parent) => own.has(parent)));
    const edgeTime = extent(edge.length > 0 ? edge : bottoms.map(([, commit]) => commit.time)).min;
    const queue = bottoms.map(([sha]) => sha);
    let baseCut = false;
    await Promise.all(Array.from({ length: Math.min(CHECKS_AT_ONCE, queue.length) }, async () => {
        for (let bottom = queue.shift(); bottom && !baseCut; bottom = queue.shift()) {
            const behind = await git.output(['rev-list', baseSha, '--not', bottom, '--']);
            if (behind.split('\n').some((sha) => shallow.has(sha)))
                baseCut = true;
        }
    }));
    return { complete: !baseCut, headCut: false, edgeTime };
}
/** The commits of the list that this repository does not hold. */
async function absent(git, shas) {
    if (shas.length === 0)
        return new Set();
    const answer = await git.output(['cat-file', '--batch-check=%(objectname)'], { input: `${shas.join('\n')}\n` });
    return new Set(answer.split('\n').filter((line) => line.endsWith(' missing')).map((line) => line.slice(0, line.indexOf(' '))));
}
/**
 * Drops the shallow entries of commits this repository does not hold. An exclusion fetch
 * across a merge makes git list boundary commits it never sends (pack-objects stops at
 * the merge, which is itself a boundary); a later fetch that extends history through one
 * of them dies with "error in object: unshallow <sha>". Without its object such an entry
 * means nothing, so the file is rewritten without it, by git's lock-file protocol (replaceLocked).
 */
async function dropAbsentShallowEntries(git) {
    const entries = [...(await shallowCommits(git))];
    const missing = await absent(git, entries);
    if (missing.size === 0)
        return;
    const file = await shallowFile(git);
    const kept = entries.filter((sha) => !missing.has(sha));
    await replaceLocked(file, kept.map((sha) => `${sha}\n`).join(''));
}
/**
 * When the base is still the tip of `branch` on the remote, the remote knows which
 * commits of head are not behind it: `fetch --shallow-exclude=refs/heads/<branch>` sends
 * head's commits that are not ancestors of the branch tip, each one whose parent is
 * behind the tip marked as a boundary. When every boundary has one parent, that parent
 * is behind the tip and the commits are exactly head's own; a boundary merge could have
 * a parent of either kind (git stops at the merge without saying which), so such a
 * history goes the deepening way. `ls-remote` then confirms the tip is still the base,
 * which makes head's own commits exactly base..head (the tip moving away and back
 * within the second in between is the one case it does not rule out). A last depth
 * fetch from head, deep enough to hold them all, brings the parents they leave from, so
 * each counted commit lists its files against its real parent; those parents are behind
 * the base and are excluded from the count.
 */
async function negotiate(git, fetches, baseSha, headSha, branch, log) {
    const ref = `refs/heads/${branch}`;
    const fetched = await fetches.run([`--shallow-exclude=${ref}`], [headSha]);
    await dropAbsentShallowEntries(git);
    if (!fetched.ok) {
        log(`shallow checkout: ${fetches.remote} did not list head's own commits against ${branch} (${fetched.said}); deepening instead`);
        return undefined;
    }
    const own = (await git.output(['rev-list', headSha, '--'])).split('\n').filter(Boolean);
    const shallow = await shallowCommits(git);
    const boundary = await readCommitObjects(git, own.filter((sha) => shallow.has(sha)));
    if ([...boundary.values()].some((commit) => commit.parents.length !== 1)) {
        log(`shallow checkout: head's own commits leave ${branch} at a merge; deepening both sides instead`);
        return undefined;
    }
    // Both at once: the depth fetch only brings the parents, wanted either way; ls-remote decides.
    const [listed, deepened] = await Promise.all([git.run(['ls-remote', fetches.remote, ref]), fetches.run([`--depth=${own.length + 1}`], [headSha])]);
    const tip = listed.stdout.split('\n').map((line) => line.split('\t')).find(([, name]) => name === ref)?.[0];
    if (listed.code !== 0 || tip !== baseSha) {
        log(`shallow checkout: ${branch} on ${fetches.remote} is ${tip ? `at ${tip.slice(0, 12)}, no longer at the base` : 'not listed'}; deepening both sides instead`);
        return undefined;
    }
    const after = await shallowCommits(git);
    if (!deepened.ok || own.some((sha) => after.has(sha)))
        return undefined;
    const mine = new Set(own);
    const exclude = new Set([...boundary.values()].map((commit) => commit.parents[0]).filter((parent) => !mine.has(parent)));
    return { exclude: [...exclude], own: own.length };
}

;// CONCATENATED MODULE: ./src/commits/commit-count.ts



async function countCommits(git, options) {
    const log = options.log ?? (() => { });
    const range = await resolveRange(git, options, log);
    const history = await ensureCompleteRange(git, { ...range, remote: options.remote, log });
    const raw = await listCommits(git, range.baseSha, range.headSha, {
        exclude: history.exclude,
        keepFile: options.watchPaths.isEmpty ? undefined : (file) => options.watchPaths.matches(file),
        flag: options.flagMessages,
    });
    const commits = raw.map((commit) => {
        const watched = commit.files;
        const flags = [];
        if (watched.length > 0)
            flags.push('watched');
        if (commit.marker !== undefined)
            flags.push(`message: ${commit.marker}`);
        return { sha: commit.sha, subject: commit.subject, author: commit.author, date: commit.date, watched, flags };
    });
    const watchedCount = commits.filter((commit) => commit.watched.length > 0).length;
    const flaggedCount = commits.filter((commit) => commit.flags.some((flag) => flag.startsWith('message'))).length;
    const count = commits.length;
    const violations = [];
    if (options.expected !== undefined && count !== options.expected) {
        violations.push(`announced ${options.expected} commit${options.expected === 1 ? '' : 's'}, found ${count}`);
    }
    if (options.maxCommits > 0 && count > options.maxCommits)
        violations.push(`${count} commits is over max-commits ${options.maxCommits}`);
    if (options.maxWatched !== undefined && watchedCount > options.maxWatched) {
        violations.push(`${watchedCount} commit${watchedCount === 1 ? '' : 's'} touch watched paths, over max-watched ${options.maxWatched}`);
    }
    const findings = commits
        .filter((commit) => commit.flags.length > 0)
        .map((commit) => ({
        severity: 'warning',
        code: 'flagged-commit',
        title: `Risky commit ${commit.sha.slice(0, 7)}`,
        message: `${commit.sha.slice(0, 7)} ${commit.subject} — ${commit.flags.map((flag) => (flag === 'watched' ? `touches ${commit.watched.slice(0, 3).join(', ')}${commit.watched.length > 3 ? ' …' : ''}` : flag)).join('; ')}`,
    }));
    const { baseSha, headSha, baseSource } = range;
    return { count, baseSha, headSha, baseSource, commits, watchedCount, flaggedCount, historyNotes: history.notes, violations, findings };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/shared/markdown.ts

/**
 * Markdown for job summaries, which GitHub renders as GFM. Untrusted text (commit
 * subjects, file names, compose content, bodies a server sent) is everywhere in them, so
 * the summary as a whole goes through `inertMarkdown` before it is written: nothing in it
 * can become a link, an image or HTML, whoever wrote which part. What the reports mean as
 * markup (tables, headings, emphasis, code) is untouched, and so is the inside of every
 * `code()` span, which renders literally and stays copy-pastable.
 */
// Marks the regions `code()` and `details()` wrote. The token is random per process: text
// from elsewhere cannot know it, so it cannot claim a region (and with it, raw HTML).
const TOKEN = (0,external_node_crypto_.randomBytes)(6).toString('hex');
const OPEN = `\uE000${TOKEN}`;
const CLOSE = `\uE001${TOKEN}`;
const TRUSTED = new RegExp(`${OPEN}([\\s\\S]*?)${CLOSE}`, 'g');
/** U+2060 WORD JOINER: invisible, yet it breaks every pattern below in GitHub's renderer (cmark-gfm). */
const JOIN = '\u2060';
/**
 * What GFM turns into links, images or HTML, and where a joiner breaks it:
 * `[text](url)`, `![alt](src)` and `[label]: url` (reference definitions), `<tag`,
 * `</tag`, `<!--`, `<?`, `<https://…>` (HTML and autolinks; a bare `<sub>`, which holds no
 * link and which the reports use for their footnotes, stays), and the extended autolinks
 * `https://`, `www.`, `mailto:`/`xmpp:` and `name@domain.tld`.
 */
function defang(text) {
    return text
        .replace(/\]([(:])/g, `]${JOIN}$1`)
        .replace(/<(?=[A-Za-z/!?])(?!\/?sub>)/g, `<${JOIN}`)
        .replace(/:\/\//g, `:${JOIN}//`)
        .replace(/\b(www)\./gi, `$1${JOIN}.`)
        .replace(/\b(mailto|xmpp):/gi, `$1${JOIN}:`)
        .replace(/([A-Za-z0-9._+-])@(?=[A-Za-z0-9_-])/g, `$1@${JOIN}`);
}
/** The summary as written to GITHUB_STEP_SUMMARY: every part inert but the regions this module made. */
function inertMarkdown(markdown) {
    let out = '';
    let last = 0;
    for (const match of markdown.matchAll(TRUSTED)) {
        out += defang(markdown.slice(last, match.index)) + match[1];
        last = match.index + match[0].length;
    }
    return out + defang(markdown.slice(last));
}
/** A table cell: its text cannot end the cell or the row. */
function escapeCell(value) {
    return String(value ?? '')
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/\r\n|\r|\n/g, ' ');
}
function table(headers, rows) {
    const lines = [`| ${headers.map(escapeCell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    for (const row of rows)
        lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
/**
 * A code span that shows `text` literally, whatever it holds: fenced by more backticks
 * than any run inside it (padded when it starts or ends with one), line breaks as spaces.
 */
function code(text) {
    const flat = String(text).replace(/\r\n|\r|\n/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^`|`$/.test(flat) || (/^ .*[^ ].* $/.test(flat)) ? ' ' : '';
    return `${OPEN}${fence}${pad}${flat}${pad}${fence}${CLOSE}`;
}
/** A collapsible block, for long lists that would drown the verdict. */
function details(summary, body) {
    return `${OPEN}<details><summary>${CLOSE}${escapeCell(summary)}${OPEN}</summary>${CLOSE}\n\n${body}\n${OPEN}</details>${CLOSE}\n`;
}

;// CONCATENATED MODULE: ./src/commits/report.ts

const SUMMARY_ROWS = 300;
function verdictLine(result) {
    const range = `${result.baseSha?.slice(0, 7) ?? 'root'}..${result.headSha.slice(0, 7)}`;
    return result.violations.length > 0
        ? `commit-count: ${result.violations.join('; ')} (${range})`
        : `commit-count: ${result.count} commit${result.count === 1 ? '' : 's'} in ${range}, ${result.watchedCount} touching watched paths, ${result.flaggedCount} flagged`;
}
/** The job summary: verdict, where the base came from, and every commit with its flags. */
function summaryMarkdown(result) {
    const icon = result.violations.length > 0 ? '❌' : '✅';
    const parts = [`## ${icon} commit-count: ${result.count} commit${result.count === 1 ? '' : 's'} to ship\n`];
    parts.push(table(['Range', ''], [
        ['Base', `${code(result.baseSha?.slice(0, 12) ?? '(root)')} — ${result.baseSource}`],
        ['Head', code(result.headSha.slice(0, 12))],
        ['Commits', result.count],
        ['Touching watched paths', result.watchedCount],
        ['Flagged by message', result.flaggedCount],
    ]));
    if (result.violations.length > 0)
        parts.push(`\n**Failed:** ${result.violations.join('; ')}\n`);
    for (const note of result.historyNotes)
        parts.push(`\n> ${note}\n`);
    const rows = result.commits.slice(0, SUMMARY_ROWS).map((commit) => [
        code(commit.sha.slice(0, 7)),
        commit.subject,
        commit.author,
        commit.watched.slice(0, 5).join(', ') + (commit.watched.length > 5 ? ` (+${commit.watched.length - 5})` : ''),
        commit.flags.map((flag) => (flag === 'watched' ? '⚠️ watched' : `🚩 ${flag}`)).join(', '),
    ]);
    if (rows.length > 0) {
        const more = result.commits.length > SUMMARY_ROWS ? `\n…and ${result.commits.length - SUMMARY_ROWS} more (see the \`commits\` output)\n` : '';
        const list = table(['Commit', 'Subject', 'Author', 'Watched paths', 'Flags'], rows) + more;
        parts.push('\n', result.commits.length > 30 ? details(`All ${result.commits.length} commits`, list) : list);
    }
    return parts.join('');
}
/** One log line per commit: short SHA, subject, author and flags. */
function commitLine(commit) {
    return `${commit.sha.slice(0, 10)} ${commit.subject} (${commit.author})${commit.flags.length ? `  [${commit.flags.join(', ')}]` : ''}`;
}
/** The `commits` output: what a later step needs to see, not the whole message. */
function commitsJson(result) {
    return JSON.stringify(result.commits.map(({ sha, subject, author, watched, flags }) => ({ sha, subject, author, watched, flags })));
}

;// CONCATENATED MODULE: ./src/commits/settings.ts


const DEFAULT_FLAG_MESSAGES = String.raw `\[(skip ci|ci skip|no ci|skip actions|actions skip)\]|\bskip-checks: ?true\b|--no-verify`;
/** Every commit-count input, validated; shared by the action and the CLI. */
function readCommitCountSettings(inputs, context) {
    const token = inputs.secret('token');
    const auth = token ? tokenAuth(context.serverUrl, token) : undefined;
    if (auth)
        inputs.source.mask(auth.header.slice(auth.header.lastIndexOf(' ') + 1)); // the Base64 form of the token
    const expectedText = inputs.string('expected');
    return {
        base: inputs.string('base'),
        head: inputs.string('head', 'HEAD'),
        maxCommits: inputs.integer('max-commits', 0, { example: '20 (0 = no limit)' }),
        expected: expectedText === '' ? undefined : inputs.integer('expected', undefined, { example: '3' }),
        watchPaths: inputs.globs('watch-paths'),
        maxWatched: inputs.integer('max-watched', undefined, { example: '1' }),
        flagMessages: inputs.regex('flag-messages', DEFAULT_FLAG_MESSAGES),
        environment: inputs.string('environment', 'production'),
        fail: inputs.boolean('fail', true),
        context,
        api: token ? new GitHubApi({ token, apiUrl: context.apiUrl }) : undefined,
        remote: 'origin',
        auth,
    };
}

;// CONCATENATED MODULE: ./src/shared/github-context.ts

function readGitHubContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
}
function runUrl(context) {
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/shared/inputs.ts



const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/**
 * Upper bounds, so an absurd value fails at once instead of waiting until the job's own
 * timeout: whole numbers (counts, limits) up to a million, and durations up to 6 hours,
 * the longest a GitHub-hosted job runs. An input that means more (a look-back window, a
 * backup's age) passes its own `max`.
 */
const MAX_INTEGER = 1_000_000;
const MAX_DURATION_MS = 6 * 3_600_000;
/** Ages and look-backs (a watchdog's lookback, host-canary's window, backup-max-age, min-uptime) are not waits: up to 30 days. */
const MAX_LOOK_BACK_MS = (/* unused pure expression or super */ null && (30 * 86_400_000));
/** 6h, 30m, 45s: a limit as a user would write it. */
function durationText(ms) {
    for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]])
        if (ms % size === 0)
            return `${ms / size}${unit}`;
    return `${ms}ms`;
}
/** Typed, validated reads; every failure is one line naming the input and a good example. YAML inputs: yamlInput (./yaml-input.ts). */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    string(name, fallback = '') {
        const value = this.source.get(name).trim();
        return value === '' ? fallback : value;
    }
    required(name, example) {
        const value = this.string(name);
        if (value === '')
            throw new InputError(name, 'is required but was not given', example);
        return value;
    }
    /** A secret: masked before anything else can print it. */
    secret(name) {
        const value = (this.source.secret ? this.source.secret(name) : this.source.get(name)).trim();
        if (value !== '')
            this.source.mask(value);
        return value;
    }
    /** YAML 1.2 core-schema booleans, as @actions/core getBooleanInput accepts. */
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new InputError(name, `'${value}' is not a boolean`, `${name}: ${fallback ? 'false' : 'true'}`);
    }
    integer(name, fallback, { min = 0, max = MAX_INTEGER, example = '10' } = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (!/^-?\d+$/.test(value))
            throw new InputError(name, `'${value}' is not a whole number`, `${name}: ${example}`);
        const number = Number(value);
        if (number < min)
            throw new InputError(name, `${number} is below the minimum of ${min}`, `${name}: ${example}`);
        if (number > max)
            throw new InputError(name, `${value.length > 20 ? `${value.slice(0, 20)}…` : value} is above the maximum of ${max}`, `${name}: ${example}`);
        return number;
    }
    number(name, fallback, { min = 0, max = MAX_INTEGER, example = '0.5' } = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        const number = Number(value);
        if (Number.isFinite(number) && number > max)
            throw new InputError(name, `'${value}' is above the maximum of ${max}`, `${name}: ${example}`);
        if (!Number.isFinite(number) || number < min) {
            throw new InputError(name, `'${value}' is not a number from ${min} to ${max}`, `${name}: ${example}`);
        }
        return number;
    }
    durationMs(name, fallback, { min = 0, max = MAX_DURATION_MS } = {}) {
        const value = this.string(name, fallback);
        const ms = parseDurationMs(value);
        if (ms === undefined)
            throw new InputError(name, `'${value}' is not a duration`, `${name}: 30s (also 500ms, 3m, 1h; a bare number means seconds)`);
        if (ms < min)
            throw new InputError(name, `'${value}' is shorter than the minimum of ${min}ms`, `${name}: ${fallback}`);
        if (ms > max)
            throw new InputError(name, `'${value.length > 20 ? `${value.slice(0, 20)}…` : value}' is longer than the maximum of ${durationText(max)}`, `${name}: ${fallback}`);
        return ms;
    }
    /** One item per line (commas also separate, as many actions accept); blank lines and `#` comments dropped. */
    list(name, { splitCommas = false } = {}) {
        return splitList(this.source.get(name), splitCommas);
    }
    regex(name, fallback = '') {
        const value = this.string(name, fallback);
        if (value === '')
            return undefined;
        try {
            return new RegExp(value, 'i');
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid';
            throw new InputError(name, `the regular expression does not compile (${reason})`, `${name}: '\\[(skip ci|ci skip)\\]'`);
        }
    }
    /** Glob patterns, one per line; `!pattern` excludes. */
    globs(name) {
        const patterns = this.list(name);
        for (const pattern of patterns) {
            try {
                picomatch_default().makeRe(pattern.replace(/^!/, ''));
            }
            catch {
                throw new InputError(name, `'${pattern}' is not a valid glob`, `${name}: 'db/migrations/**'`);
            }
        }
        return new GlobSet(patterns);
    }
}
function splitList(text, splitCommas = false) {
    const items = text.split(/\r?\n/).flatMap((line) => (splitCommas ? line.split(',') : [line]));
    return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}
/** Include/exclude glob list with gitignore-like `!` negation: the last matching pattern wins. */
class GlobSet {
    patterns;
    matchers;
    constructor(patterns) {
        this.patterns = patterns;
        this.matchers = patterns.map((pattern) => {
            const negate = pattern.startsWith('!');
            return { negate, test: picomatch_default()(negate ? pattern.slice(1) : pattern, { dot: true }) };
        });
    }
    get isEmpty() {
        return this.matchers.length === 0;
    }
    matches(path) {
        // picomatch's regexes use `.`, which no line terminator matches: a file named
        // "db/migrations/1\n.sql" would slip past db/migrations/**. As far as a glob is
        // concerned they are ordinary characters.
        const subject = path.replace(/[\n\r\u2028\u2029]/g, '\uFFFD');
        let matched = false;
        for (const matcher of this.matchers)
            if (matcher.test(subject))
                matched = !matcher.negate;
        return matched;
    }
}

;// CONCATENATED MODULE: ./src/actions/shared/action.ts




/** Inputs read from the runner (INPUT_* variables), secrets masked through core.setSecret. */
function actionInputs() {
    return new Inputs({ get: (name) => getInput(name), mask: (value) => setSecret(value) });
}
/**
 * Runs an action's body: a user error fails the step with its one line, anything
 * else also fails it, with the stack only in debug logs.
 */
async function runAction(name, body) {
    try {
        await body();
    }
    catch (error) {
        const message = error instanceof UserError ? error.message : `${name}: unexpected error: ${errorMessage(error)}`;
        setFailed(message);
        if (!(error instanceof UserError) && error instanceof Error && error.stack)
            debug(error.stack);
        // A summary on every run, so the failed step's page says why without opening the log.
        await writeSummary(`## ❌ ${name}\n\n${escapeCell(message)}\n`).catch(() => { });
    }
}
const ANNOTATE = { error: error, warning: warning, notice: notice };
/** One annotation per finding, pointing at the file and line when the finding has one. */
function annotate(findings, { demoteErrors = false } = {}) {
    for (const finding of findings) {
        const severity = demoteErrors && finding.severity === 'error' ? 'warning' : finding.severity;
        ANNOTATE[severity](finding.message, {
            title: finding.title ?? finding.code,
            file: finding.file,
            startLine: finding.line,
            startColumn: finding.column,
        });
    }
}
/** Fails the step with a one-line verdict, or only warns when the user set `fail: false`. */
function concludeFailure(verdict, fail) {
    if (fail)
        setFailed(verdict);
    else
        warning(`${verdict} (not failing the step: fail is false)`);
}
/** The one way to the job summary: whatever text the markdown quotes, none of it renders as a link, an image or HTML. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // not on a runner: nothing to write to
    appendSummary(inertMarkdown(markdown));
}

;// CONCATENATED MODULE: ./src/actions/commit-count/run.ts







async function run() {
    await runAction('commit-count', async () => {
        const context = readGitHubContext();
        const settings = readCommitCountSettings(actionInputs(), context);
        const result = await countCommits(new Git(context.workspace, { auth: settings.auth }), { ...settings, log: info });
        startGroup(`${result.count} commits in ${result.baseSha?.slice(0, 7) ?? 'root'}..${result.headSha.slice(0, 7)} (base: ${result.baseSource})`);
        for (const commit of result.commits)
            info(commitLine(commit));
        endGroup();
        setOutput('count', result.count);
        setOutput('base-sha', result.baseSha ?? '');
        setOutput('commits', commitsJson(result));
        setOutput('watched-count', result.watchedCount);
        setOutput('flagged-count', result.flaggedCount);
        annotate(result.findings);
        await writeSummary(summaryMarkdown(result));
        if (result.violations.length > 0)
            concludeFailure(verdictLine(result), settings.fail);
        else
            info(verdictLine(result));
    });
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ safeLogText),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   sq: () => (/* binding */ safeAnnotationText)
/* harmony export */ });
/* unused harmony export UntrustedStream */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The one path by which text reaches a log a GitHub runner reads (the actions' `info`,
 * the CLI's lines): nothing in it can start a workflow command, whoever wrote it.
 *
 * What the runner executes, read from actions/runner (ProcessInvoker, OutputManager,
 * ActionCommand, ActionCommandManager), for stdout and stderr alike:
 * - lines are cut as .NET StreamReader.ReadLine cuts them: at \n, \r and \r\n;
 * - a line whose text, after .NET white space is trimmed from its start, begins with `::`
 *   is a command (`::name props::data`);
 * - failing that, `##[name props]data` ANYWHERE in a line is a command (the legacy form).
 * So each line is made safe on its own: a line that would begin with `::` gets a `\`
 * first, `##[` becomes `##[\` (the runner's own defence for its markers), and characters
 * that move or hide text (controls other than tab, bidirectional overrides, U+2028/29
 * and U+0085, which a browser may show as a line break) are written as visible escapes.
 */
// C0 controls but tab (line breaks are handled as lines), DEL, C1, bidi embeddings,
// overrides and isolates, the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const LINE_BREAK = /\r\n|\r|\n/;
function visible(char) {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One line (no line break in it) that the runner reads as text, never as a command. */
function safeLine(line) {
    const shown = line.replace(HIDDEN, visible).replaceAll('##[', '##[\\');
    // JavaScript's \s covers every character .NET's TrimStart removes (and U+FEFF besides).
    return /^\s*::/.test(shown) ? `\\${shown}` : shown;
}
/** Text for the log: its own line breaks kept (as \n), every line inert. */
function safeLogText(text) {
    return text.split(LINE_BREAK).map(safeLine).join('\n');
}
/**
 * Untrusted text shown inside one line (a file name or specifier in a finding): line
 * breaks written as `\n`/`\r`, hidden characters escaped as in every log line, and a
 * text longer than `max` cut, so one finding stays one line of the log and the summary.
 */
function oneLine(text, max) {
    const shown = text.length > max ? `${text.slice(0, max)}…` : text;
    return shown.replace(/[\r\n]/g, (lineBreak) => (lineBreak === '\n' ? '\\n' : '\\r')).replace(HIDDEN, visible);
}
/** An annotation message: core escapes its line breaks; controls that hide text are shown. */
function safeAnnotationText(text) {
    return text.replace(HIDDEN, visible);
}
/**
 * Output a program we run produced (a build's), streamed as it comes: shown verbatim,
 * inside `::stop-commands::<token>` … `::<token>::` so the runner executes none of its
 * workflow commands (the token is random, so the output cannot end the block itself).
 * `write` receives the bytes to send to stdout. Off a runner (`GITHUB_ACTIONS` unset)
 * nothing reads commands, and the output passes through untouched.
 */
class UntrustedStream {
    write;
    guard;
    token;
    atLineStart = true;
    constructor(write, { guard = process.env.GITHUB_ACTIONS === 'true' } = {}) {
        this.write = write;
        this.guard = guard;
    }
    chunk(data) {
        if (data.length === 0)
            return;
        if (this.guard && this.token === undefined) {
            this.token = randomBytes(16).toString('hex');
            this.write(`::stop-commands::${this.token}\n`);
        }
        this.write(data);
        const last = data[data.length - 1];
        this.atLineStart = last === 0x0a || last === 0x0d;
    }
    /** Ends the block (and a last line without a line break), so commands work again. */
    end() {
        if (!this.atLineStart)
            this.write('\n');
        this.atLineStart = true;
        if (this.token !== undefined)
            this.write(`::${this.token}::\n`);
        this.token = undefined;
    }
}


/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5166);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
