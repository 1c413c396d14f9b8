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

/***/ 6537:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9641);

await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: post

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
function command_issue(name, message = '') {
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




function issueFileCommand(command, message) {
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
function prepareKeyValueMessage(key, value) {
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
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
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

;// CONCATENATED MODULE: ./src/events/context.ts


/**
 * The run's identity as events carry it. Outside a workflow run (the CLI) there is
 * no run URL: the source names the machine. Ids differ per deployment anyway (see
 * `deploymentKey`), on a runner and from the CLI alike.
 */
function eventContext(context, environment) {
    return {
        environment,
        sha: context.sha,
        ref: context.ref,
        repository: context.repository,
        runId: context.runId,
        runAttempt: context.runAttempt,
        workflow: context.workflow,
        actor: context.actor,
        source: context.runId !== '' ? runUrl(context) : `urn:deploy-guards:${(0,external_node_os_namespaceObject.hostname)() || 'localhost'}`,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/events/event.ts

const DEPLOYMENT_EVENT_TYPES = ['deployment.started', 'deployment.complete', 'deployment.failed', 'canary.passed', 'canary.failed'];
const hash = (parts) => (0,external_node_crypto_.createHash)('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
/**
 * One deployment (or one probe window): the run, the environment and a nonce drawn
 * when it starts. The nonce is what tells two jobs of one run apart (a matrix, or two
 * jobs deploying the same environment name); it is kept in runner state and the
 * journal, so the later steps and the post step of the same job name the same key.
 */
function deploymentKey(context, nonce = (0,external_node_crypto_.randomUUID)()) {
    return hash([context.repository, context.runId, context.runAttempt, context.environment, nonce]);
}
/**
 * Event ids derive from the deployment key. A deployment has one started and one
 * terminal event: complete and failed share the terminal id, so whichever step sends
 * the end (the canary, a post step, the watchdog), a receiver that de-duplicates on
 * `id` keeps exactly one. Retries and re-deliveries send the same id.
 */
function eventId(key, type) {
    return hash([key, isTerminal(type) && type.startsWith('deployment.') ? 'deployment.end' : type]);
}
function buildEvent(type, context, key, details = {}) {
    return {
        specversion: '1.0',
        id: eventId(key, type),
        source: context.source,
        type,
        subject: context.environment,
        time: (details.time ?? new Date()).toISOString(),
        datacontenttype: 'application/json',
        partitionkey: key,
        data: {
            environment: context.environment,
            sha: context.sha,
            ref: context.ref,
            repository: context.repository,
            run_id: context.runId,
            run_attempt: context.runAttempt,
            workflow: context.workflow,
            actor: context.actor,
            deployment_id: details.deploymentId ?? null,
            url: details.url ?? null,
            reason: details.reason ?? null,
            duration_ms: details.durationMs ?? null,
        },
    };
}
function isTerminal(type) {
    return type !== 'deployment.started';
}

;// CONCATENATED MODULE: ./src/shared/errors.ts
/**
 * A problem the user can fix (bad input, a checkout that lacks history, a missing
 * token). Adapters print only its one-line message, never a stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value: the message names the input, the problem and a good example. */
class errors_InputError extends UserError {
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

;// CONCATENATED MODULE: ./src/shared/pause.ts
/** Waits `ms`, or less when `signal` aborts (a cancellation ends the wait, never the caller). */
function pause(ms, signal) {
    return new Promise((done) => {
        if (signal?.aborted || ms <= 0)
            return done();
        const timer = setTimeout(finish, ms);
        function finish() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', finish);
            done();
        }
        signal?.addEventListener('abort', finish, { once: true });
    });
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/shared/regex.ts
/**
 * Text matched literally inside a regular expression (a JavaScript one, or RE2's in LogQL):
 * every character with a meaning in either is escaped. Names read from files and inputs
 * (folder names, environments, keys) go through it, so none can change the pattern.
 */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/events/sinks.ts





function sinkKey(name, ...destination) {
    return `${name}:${(0,external_node_crypto_.createHash)('sha256').update(destination.join('\n')).digest('hex').slice(0, 16)}`;
}
/**
 * A failure that another attempt will not fix (a 4xx other than 408/429; the GitHub
 * sink's GitHubApiError says so itself, see `retryable`). `wholeSink`:
 * the destination itself is unusable (a local file that cannot be written), so no later
 * event is tried there either; an HTTP refusal is about one request, and the next event
 * (the verdict after a refused started) is still tried.
 */
class PermanentSinkError extends Error {
    name = 'PermanentSinkError';
    wholeSink;
    constructor(message, { wholeSink = false } = {}) {
        super(message);
        this.wholeSink = wholeSink;
    }
}
/** The first existing ancestor of `path` that is not a directory, if any: the real cause of EEXIST/ENOTDIR. */
function fileInTheWay(path) {
    for (let current = path;; current = (0,external_node_path_namespaceObject.dirname)(current)) {
        try {
            return (0,external_node_fs_namespaceObject.statSync)(current).isDirectory() ? undefined : current;
        }
        catch {
            if ((0,external_node_path_namespaceObject.dirname)(current) === current)
                return undefined;
        }
    }
}
/** The largest events file read whole (the sink's `has`, the watchdog's starteds). */
const MAX_EVENTS_FILE_BYTES = 64 * 1024 * 1024;
/** A local file: its errors are deterministic (another attempt fails the same way), so permanent. */
class EventsFileSink {
    name = 'events-file';
    path;
    key;
    constructor(path) {
        this.path = path;
        this.key = sinkKey(this.name, path);
    }
    /**
     * The event ids the file held when first asked, plus those this sink appended since:
     * the file (up to 64 MB) is read once per step, however many events the step asks about.
     * Undefined until asked; null when the file is unreadable or too large to scan
     * (then an event is delivered again: at least once, with the same id).
     */
    ids;
    has(event) {
        if (this.ids === undefined)
            this.ids = this.readIds();
        return this.ids?.has(event.id) ?? false;
    }
    readIds() {
        try {
            if ((0,external_node_fs_namespaceObject.statSync)(this.path).size > MAX_EVENTS_FILE_BYTES)
                return null;
            return new Set(Array.from((0,external_node_fs_namespaceObject.readFileSync)(this.path, 'utf8').matchAll(/"id":"([^"\\]*)"/g), (match) => match[1]));
        }
        catch (error) {
            return error.code === 'ENOENT' ? new Set() : null; // no file yet holds no event
        }
    }
    async send(event) {
        try {
            (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(this.path), { recursive: true });
            (0,external_node_fs_namespaceObject.appendFileSync)(this.path, `${JSON.stringify(event)}\n`);
            this.ids?.add(event.id);
        }
        catch (error) {
            const code = error.code ?? '';
            const blocker = code === 'EEXIST' || code === 'ENOTDIR' ? fileInTheWay((0,external_node_path_namespaceObject.dirname)(this.path)) : undefined;
            const cause = blocker ? `${blocker} is a file, not a directory`
                : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
                    : code === 'EISDIR' ? 'the path is a directory'
                        : code === 'ENOSPC' ? 'no space left on the device'
                            : code === 'EROFS' ? 'the file system is read-only'
                                : error.message;
            throw new PermanentSinkError(`cannot append to ${this.path}: ${cause}`, { wholeSink: true });
        }
    }
}
/** What a failed answer is reported as: the status line only. */
function statusLine(status) {
    const text = statusText(status);
    return `answered ${status}${text ? ` ${text}` : ''}`;
}
/**
 * POSTs a body; a status of 400 or more is an error (permanent for 4xx except 408 and
 * 429). The answer's body is never echoed: every sink request carries a credential (a
 * token, a password, a secret webhook path) that a reflecting server could send back.
 */
async function post(url, headers, body, timeoutMs, signal) {
    // Loaded on first use: deploy-start with only the log or an events file never needs it.
    const { request } = await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(553)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7553));
    const response = await request(url, {
        method: 'POST',
        headers: { 'user-agent': 'deploy-guards', ...headers },
        body,
        signal: signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), signal]) : AbortSignal.timeout(timeoutMs),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
    });
    await response.body.dump();
    const status = response.statusCode;
    if (status < 400)
        return;
    const message = statusLine(status);
    throw isRetryableStatus(status) ? new Error(message) : new PermanentSinkError(message);
}
/** CloudEvents HTTP binding, structured content mode. */
class WebhookSink {
    name = 'webhook';
    key;
    url;
    token;
    constructor(url, token = '') {
        this.url = url;
        this.token = token;
        this.key = sinkKey(this.name, url);
    }
    async send(event, timeoutMs, signal) {
        const headers = { 'content-type': 'application/cloudevents+json; charset=utf-8' };
        if (this.token)
            headers.authorization = `Bearer ${this.token}`;
        await post(this.url, headers, JSON.stringify(event), timeoutMs, signal);
    }
}
/** The `service` label of every stream the Loki sink writes. */
const LOKI_SERVICE = 'deployment';
/** The Loki push API in JSON: one stream of low-cardinality labels, the event as the line. */
class LokiSink {
    name = 'loki';
    key;
    /** The Authorization value: derived from the password, so it is a secret of its own to mask. */
    authorization;
    options;
    constructor(options) {
        this.options = options;
        this.key = sinkKey(this.name, LokiSink.pushUrl(options.url), options.tenant ?? '');
        if (options.username || options.password)
            this.authorization = `Basic ${Buffer.from(`${options.username ?? ''}:${options.password ?? ''}`).toString('base64')}`;
    }
    /**
     * The LogQL stream selector of what this sink writes: its `service` label and the
     * loki-labels it was given (`env` and `app` vary, so they are left out), and with
     * `environments` an `env` matcher of any of them. The watchdog's query and the alert
     * rules both select with it.
     */
    static selector(lokiLabels, environments = []) {
        const labels = { service: LOKI_SERVICE, ...lokiLabels };
        const matchers = Object.entries(labels).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
        if (environments.length > 0)
            matchers.push(`env=~${JSON.stringify(environments.map(escapeRegExp).join('|'))}`);
        return `{${matchers.join(', ')}}`;
    }
    static pushUrl(url) {
        return /\/loki\/api\/v1\/push\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/loki/api/v1/push`;
    }
    static body(event, labels) {
        const nanoseconds = (BigInt(Date.parse(event.time)) * 1000000n).toString();
        return JSON.stringify({ streams: [{ stream: labels, values: [[nanoseconds, JSON.stringify(event)]] }] });
    }
    async send(event, timeoutMs, signal) {
        const { url, labels, tenant } = this.options;
        const headers = { 'content-type': 'application/json' };
        if (tenant)
            headers['x-scope-orgid'] = tenant;
        if (this.authorization)
            headers.authorization = this.authorization;
        await post(LokiSink.pushUrl(url), headers, LokiSink.body(event, labels), timeoutMs, signal);
    }
}
const STATE = {
    'deployment.started': 'in_progress',
    'deployment.complete': 'success',
    'deployment.failed': 'failure',
};
/** GitHub's documented deployment status states that end a deployment. */
const ENDED_STATES = new Set(['success', 'failure', 'error', 'inactive']);
/** The deployment key in a deployment's payload (an object, or a JSON string from older API versions). */
function payloadKey(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return null;
        }
    }
    const ours = value?.deploy_guards;
    const key = ours?.partition_key;
    return typeof key === 'string' && /^[0-9a-f]{32}$/.test(key) ? { key, runUrl: typeof ours?.run_url === 'string' ? ours.run_url : '' } : null;
}
/**
 * GitHub Deployments: creates the deployment (once; its id goes to runner state at
 * once) and posts one status per lifecycle event. Canary events are not deployments.
 */
class GitHubDeploymentSink {
    name = 'github-deployment';
    key;
    options;
    deploymentId;
    /** A create POST may have reached GitHub without its answer reaching this process. */
    mayExist = false;
    constructor(options) {
        this.options = options;
        this.deploymentId = options.deploymentId;
        this.key = sinkKey(this.name, options.apiUrl, options.repository, options.environment);
    }
    api(timeoutMs, signal) {
        return new GitHubApi({ token: this.options.token, apiUrl: this.options.apiUrl, timeoutMs, signal, permission: 'deployments: write' });
    }
    /**
     * POST /repos/{owner}/{repo}/deployments; kept for every later status. A create POST is
     * not idempotent: once one was sent and its answer lost (a 502 from a proxy after GitHub
     * stored it, a timeout), the deployment may exist, so it is looked up by key and run
     * before another is created.
     */
    async createDeployment(timeoutMs, signal) {
        if (this.deploymentId !== null)
            return this.deploymentId;
        const key = this.options.payload?.deploy_guards.partition_key;
        if (this.mayExist && key) {
            const found = await this.findDeployment(key, timeoutMs, signal);
            if (found !== null) {
                this.deploymentId = found;
                this.options.onCreated?.(found);
                return found;
            }
        }
        this.mayExist = true;
        const { repository, ref, environment, description } = this.options;
        const created = await this.api(timeoutMs, signal).post(`/repos/${repository}/deployments`, {
            ref, environment, description, auto_merge: false, required_contexts: [], payload: this.options.payload ?? {},
        });
        this.deploymentId = created.id;
        this.options.onCreated?.(created.id);
        return created.id;
    }
    /**
     * The deployment this run created for `key`, found through the API (its payload names
     * the key and this run), never by an id another step could have written; null if none.
     */
    async findDeployment(key, timeoutMs, signal) {
        const { repository, ref, environment, logUrl } = this.options;
        const query = /^[0-9a-f]{40}$/.test(ref) ? { environment, sha: ref } : { environment, ref };
        for await (const page of this.api(timeoutMs, signal).pages(`/repos/${repository}/deployments`, query)) {
            for (const deployment of page) {
                const ours = payloadKey(deployment.payload);
                if (ours?.key === key && ours.runUrl === logUrl && Number.isSafeInteger(deployment.id))
                    return deployment.id;
            }
        }
        return null;
    }
    /** The state of the deployment's latest status ('' when it has none yet). */
    async latestState(timeoutMs) {
        if (this.deploymentId === null)
            return '';
        return (await latestDeploymentStatus(this.api(timeoutMs), this.options.repository, this.deploymentId))?.state ?? '';
    }
    async send(event, timeoutMs, signal) {
        const state = STATE[event.type];
        if (!state)
            return;
        const id = await this.createDeployment(timeoutMs, signal);
        const { repository, environment, environmentUrl, logUrl } = this.options;
        const reason = event.data.reason ? ` (${event.data.reason})` : '';
        await this.api(timeoutMs, signal).post(`/repos/${repository}/deployments/${id}/statuses`, {
            state, environment, environment_url: environmentUrl, log_url: logUrl,
            description: `${event.type}${reason}`.slice(0, 140),
        });
    }
}

;// CONCATENATED MODULE: ./src/events/emit.ts




const CANCELLED = 'cut short by the cancellation';
/**
 * Runs `call` until it succeeds, a permanent error, the attempts run out or `signal`
 * aborts. Bounded: at most attempts × timeout plus the backoff pauses.
 */
async function withRetries(sink, call, options) {
    const attempts = options.attempts ?? 3;
    const { signal } = options;
    let backoff = options.backoffMs ?? 250;
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            return { sink, ok: false, attempts: attempt - 1, error: CANCELLED, cancelled: true };
        try {
            await withDeadline(call(options.timeoutMs, signal), options.timeoutMs, signal);
            return { sink, ok: true, attempts: attempt };
        }
        catch (error) {
            if (signal?.aborted)
                return { sink, ok: false, attempts: attempt, error: CANCELLED, cancelled: true };
            if (error instanceof PermanentSinkError)
                return { sink, ok: false, attempts: attempt, error: errorMessage(error), permanent: true, ...(error.wholeSink ? { wholeSink: true } : {}) };
            if (error instanceof GitHubApiError && !error.retryable)
                return { sink, ok: false, attempts: attempt, error: errorMessage(error), permanent: true };
            if (attempt >= attempts)
                return { sink, ok: false, attempts: attempt, error: errorMessage(error) };
            await pause(backoff, signal);
            backoff *= 2;
        }
    }
}
/** The log line of an event: written before any sink is tried, so no event is ever lost from the log. */
function eventLine(event) {
    return `event ${event.type} ${JSON.stringify(event)}`;
}
/**
 * The one way an event goes to a sink: `sink.send` with retries (withRetries), and a
 * warning naming the sink when it failed. Every step and the watchdog deliver through it.
 */
async function deliver(sink, event, delivery, warn) {
    const outcome = await withRetries(sink.name, (timeoutMs, signal) => sink.send(event, timeoutMs, signal), delivery);
    if (!outcome.ok)
        warn(failureWarning(outcome, event.type));
    return outcome;
}
/** A sink must not outlive its deadline, whatever its client does, nor a cancellation. */
function withDeadline(work, ms, signal) {
    let timer;
    let onAbort = () => { };
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms + 100);
        onAbort = () => reject(new Error(CANCELLED));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
    return Promise.race([work, deadline]).finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    });
}
/** The warning for a sink that failed: names it, the cause, and that nothing else changed. */
function failureWarning(outcome, type) {
    if (outcome.cancelled)
        return `Event sink '${outcome.sink}': the delivery of ${type} was cut short by the cancellation; the post step delivers it (it is in the log; the verdict is unchanged)`;
    const how = outcome.wholeSink ? 'failed (not retried, and this step writes no later event there)'
        : outcome.permanent ? 'failed (not retried: another attempt would fail the same way)'
            : `failed after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}`;
    return `Event sink '${outcome.sink}' ${how}: ${outcome.error} (${type} is in the log; the verdict is unchanged)`;
}

;// CONCATENATED MODULE: ./src/events/journal.ts




function journalPath(dir, environment) {
    const key = (0,external_node_crypto_.createHash)('sha256').update(environment).digest('hex').slice(0, 16);
    return (0,external_node_path_namespaceObject.join)(dir, 'deploy-guards', `deployment-${key}.json`);
}
const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
/** Event entries, keeping only well-typed fields: from the journal, or from a step's own runner state. */
function parseEntries(value) {
    const events = [];
    for (const item of Array.isArray(value) ? value : []) {
        if (!item || !DEPLOYMENT_EVENT_TYPES.includes(item.type) || typeof item.time !== 'string' || Number.isNaN(Date.parse(item.time)))
            continue;
        events.push({
            type: item.type, id: String(item.id ?? ''), time: item.time,
            reason: typeof item.reason === 'string' ? item.reason.slice(0, 40) : null,
            durationMs: typeof item.durationMs === 'number' ? item.durationMs : null,
            delivered: strings(item.delivered), rejected: strings(item.rejected),
        });
    }
    return events;
}
/** Reads only the fields it knows, checking each: the file is written by whoever can write RUNNER_TEMP. */
function readJournal(path) {
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (raw?.version !== 3 || typeof raw.key !== 'string' || typeof raw.environment !== 'string')
        return undefined;
    const events = parseEntries(raw.events);
    return {
        version: 3, environment: raw.environment, runId: String(raw.runId ?? ''), runAttempt: String(raw.runAttempt ?? ''), key: raw.key,
        environmentUrl: typeof raw.environmentUrl === 'string' ? raw.environmentUrl : '',
        deploymentId: Number.isSafeInteger(raw.deploymentId) ? raw.deploymentId : null, events,
    };
}
/** Written whole and renamed into place, so a step killed mid-write leaves the old record. */
function writeJournal(path, record) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.join)(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_namespaceObject.writeFileSync)(temporary, JSON.stringify(record, null, 2), { mode: 0o600 });
    (0,external_node_fs_namespaceObject.chmodSync)(temporary, 0o600);
    (0,external_node_fs_namespaceObject.renameSync)(temporary, path);
}

;// CONCATENATED MODULE: ./src/events/lifecycle.ts




const CANCELLED_TIMEOUT_MS = 3000;
const KEY = /^[0-9a-f]{32}$/;
/** Low-cardinality Loki labels: what a dashboard groups by, never ids or SHAs. */
function defaultLokiLabels(context) {
    return { service: LOKI_SERVICE, env: context.environment, app: context.repository.split('/').pop() || 'unknown' };
}
/** Sinks built from a step's own settings; the same destination twice is one sink. */
function buildSinks(settings, context, extra, mask) {
    const sinks = [];
    if (settings.eventsFile)
        sinks.push(new EventsFileSink(settings.eventsFile));
    if (settings.webhookUrl)
        sinks.push(new WebhookSink(settings.webhookUrl, settings.webhookToken));
    if (settings.lokiUrl) {
        const loki = new LokiSink({
            url: settings.lokiUrl, labels: { ...defaultLokiLabels(context), ...settings.lokiLabels },
            tenant: settings.lokiTenant, username: settings.lokiUsername, password: settings.lokiPassword,
        });
        if (loki.authorization)
            mask?.(loki.authorization.slice('Basic '.length));
        sinks.push(loki);
    }
    let github;
    if (settings.githubDeployment) {
        github = new GitHubDeploymentSink({
            token: settings.token, apiUrl: extra.apiUrl, repository: context.repository, ref: context.sha || context.ref,
            environment: context.environment, environmentUrl: extra.environmentUrl, logUrl: extra.logUrl,
            description: `deploy-guards: ${context.workflow} run ${context.runId}`.slice(0, 140), deploymentId: extra.deploymentId,
            payload: extra.key ? { deploy_guards: { partition_key: extra.key, run_url: extra.logUrl } } : undefined, onCreated: extra.onCreated,
        });
        sinks.push(github);
    }
    return { sinks, github };
}
/**
 * The events of one deployment (or one probe window) as one step sends them.
 *
 * Trust: what this step sends — which events, their content, their verdict — comes from
 * its own inputs and from its runner state (`saveState` / `STATE_*`, which only this
 * action's steps see). The journal in RUNNER_TEMP, which every later step of the job can
 * rewrite, is read for three hints only: the key of a deployment deploy-start began
 * (unless the `deployment-key` input names it), its started time, and — for a post step
 * with no verdict of its own — whether another step's end already reached a webhook or
 * Loki (sinks that cannot be asked), so that it does not send a second end there. A
 * terminal event found only in the journal is never sent, and no step skips its own.
 */
class DeploymentEvents {
    key;
    environment;
    /** Events this step sent in this process (the summary's "failed" column). */
    sent = [];
    /** What this step noticed and the summary should say. */
    notes = [];
    /** The deployment was begun by another step (deploy-start): this step takes part in it. */
    joined;
    own;
    /** The journal as this step read it, when it names this deployment: hints only (see the class comment). */
    hint;
    options;
    path;
    sinkList;
    github;
    /** Whether the key came from elsewhere than a fresh draw: then a sink may already hold the started. */
    knownKey;
    /** Post steps do not write runner state: nothing would read it. */
    persist;
    constructor(options, own, extra) {
        this.options = options;
        this.own = own;
        this.key = own.key;
        this.environment = options.context.environment;
        this.hint = extra.hint;
        this.joined = extra.joined;
        this.knownKey = extra.knownKey;
        this.persist = extra.persist;
        this.path = options.journalDir ? journalPath(options.journalDir, options.context.environment) : undefined;
        const { sinks, github } = buildSinks(options.sinks, options.context, {
            apiUrl: options.apiUrl, logUrl: options.logUrl, environmentUrl: options.environmentUrl, deploymentId: own.deploymentId, key: own.key,
            onCreated: (id) => this.adopt(id),
        }, options.mask);
        this.sinkList = sinks;
        this.github = github;
    }
    /**
     * A main step: the deployment of the `deployment-key` input, else the one deploy-start
     * began in this job (the journal's key), else a new one with a fresh key.
     */
    static open(options) {
        const { context } = options;
        const path = options.journalDir ? journalPath(options.journalDir, context.environment) : undefined;
        const journal = path ? readJournal(path) : undefined;
        const sameJob = journal && KEY.test(journal.key) && journal.environment === context.environment && journal.runId === context.runId && journal.runAttempt === context.runAttempt ? journal : undefined;
        const given = options.deploymentKey ?? '';
        const key = given || sameJob?.key || deploymentKey(context);
        const hint = sameJob?.key === key ? sameJob : undefined;
        const started = hint?.events.find((entry) => entry.type === 'deployment.started');
        const events = new DeploymentEvents(options, { key, startedAt: started?.time ?? '', deploymentId: null, events: [], closed: [] }, {
            hint, joined: started !== undefined, knownKey: given !== '' || hint !== undefined, persist: true,
        });
        if (given && sameJob && sameJob.key !== given)
            events.notes.push('The deployment journal in RUNNER_TEMP names another deployment than the deployment-key input: it was ignored.');
        return events;
    }
    /**
     * A post step: the deployment its main step took part in, entirely from runner state.
     * Undefined when the main step took part in no deployment.
     */
    static openForPost(options) {
        const state = options.state;
        const key = state?.get('key') ?? '';
        if (!KEY.test(key))
            return undefined;
        let saved = {};
        try {
            saved = JSON.parse(state?.get('events') || '{}');
        }
        catch {
            saved = {};
        }
        const startedAt = state?.get('started-at') ?? '';
        const deploymentId = Number(state?.get('deployment-id') || NaN);
        const path = options.journalDir ? journalPath(options.journalDir, options.context.environment) : undefined;
        const journal = path ? readJournal(path) : undefined;
        return new DeploymentEvents(options, {
            key, startedAt: Number.isNaN(Date.parse(startedAt)) ? '' : startedAt, deploymentId: Number.isSafeInteger(deploymentId) ? deploymentId : null,
            events: parseEntries(saved.events), closed: Array.isArray(saved.closed) ? saved.closed.filter((item) => typeof item === 'string') : [],
        }, { hint: journal?.key === key ? journal : undefined, joined: false, knownKey: true, persist: false });
    }
    get sinkNames() {
        return ['log', ...this.sinkList.map((sink) => sink.name)];
    }
    /** Sinks that have this deployment's started from another step (deploy-start) and that this step was not given. */
    get otherStepSinks() {
        const own = new Set(this.sinkList.map((sink) => sink.key));
        const started = this.hint?.events.find((entry) => entry.type === 'deployment.started');
        const keys = [...(started?.delivered ?? []), ...(started?.rejected ?? [])].filter((key) => !own.has(key));
        return [...new Set(keys.map((key) => key.split(':')[0]))];
    }
    /** The started id (the same whichever step sent it). */
    get startedId() {
        return eventId(this.key, 'deployment.started');
    }
    get deploymentId() {
        return this.own.deploymentId;
    }
    /** The events this step sent; for a step that joined, the started as the journal tells it first. */
    get timeline() {
        const started = this.ownStarted ? undefined : this.hint?.events.find((entry) => entry.type === 'deployment.started');
        return [...(started ? [started] : []), ...this.own.events];
    }
    get ownStarted() {
        return this.own.events.find((entry) => entry.type === 'deployment.started');
    }
    get ownTerminal() {
        return this.own.events.find((entry) => isTerminal(entry.type) && entry.type.startsWith('deployment.'));
    }
    /** Ends of this deployment the journal tells of that this step did not send. */
    get otherTerminals() {
        return (this.hint?.events ?? []).filter((entry) => isTerminal(entry.type) && !this.own.events.some((own) => own.type === entry.type && own.time === entry.time));
    }
    /**
     * `deployment.started`, unless the deployment was begun by another step: then this
     * step joins it. Either way the key and the started time go to runner state first, so
     * a step killed while delivering still leaves its post step a deployment to end.
     */
    async start() {
        if (this.joined) {
            await this.join();
            return undefined;
        }
        const time = new Date();
        this.own.startedAt = time.toISOString();
        this.saveState('key', this.key);
        this.saveState('started-at', this.own.startedAt);
        this.save();
        let sinks = this.sinkList;
        const github = this.github;
        if (github && this.own.deploymentId === null) {
            // The deployment id belongs in the started event itself, so find or create it first.
            if (this.knownKey)
                await this.findGitHubDeployment(github);
            if (this.own.deploymentId === null && !this.own.closed.includes(github.key)) {
                const created = await withRetries(github.name, async (timeoutMs, signal) => void (await github.createDeployment(timeoutMs, signal)), this.delivery());
                if (!created.ok) {
                    if (created.permanent)
                        this.own.closed.push(github.key);
                    this.options.warn(`Event sink 'github-deployment' could not create the deployment${created.permanent ? '' : ` after ${created.attempts} attempt${created.attempts === 1 ? '' : 's'}`}: ${created.error} (the verdict is unchanged)`);
                    sinks = sinks.filter((sink) => sink !== github);
                }
            }
        }
        return this.send('deployment.started', { time }, sinks, this.delivery());
    }
    /** Takes part in a deployment another step began: its post step will end it if nothing does. */
    async join() {
        this.saveState('key', this.key);
        if (this.own.startedAt)
            this.saveState('started-at', this.own.startedAt);
        if (this.github)
            await this.findGitHubDeployment(this.github);
        this.save();
    }
    /**
     * The GitHub deployment of this key, found through the API (never by an id from the
     * journal). None: one is created when this step first posts a status. Unknown (the
     * API failed): this step posts no status; deploy-start's post step ends it there.
     */
    async findGitHubDeployment(github) {
        try {
            const found = await github.findDeployment(this.key, this.options.sinks.sinkTimeoutMs, this.options.signal);
            if (found !== null) {
                github.deploymentId = found;
                this.adopt(found);
            }
        }
        catch (error) {
            this.own.closed.push(github.key);
            this.options.warn(`Event sink 'github-deployment' could not look up this job's GitHub deployment: ${error.message} (this step posts no status; the verdict is unchanged)`);
        }
    }
    /** A GitHub deployment id is saved the moment it is known. */
    adopt(id) {
        this.own.deploymentId = id;
        this.saveState('deployment-id', String(id));
        this.save();
    }
    /**
     * This step's verdict: always sent, whatever the journal says (a note says when it
     * tells of another end). A sink that has not taken this step's started gets it first,
     * so no receiver sees the end before the start; after a cancellation there is no time
     * for that, and the verdict gets one short attempt per sink.
     */
    async finish(type, details) {
        const other = this.otherTerminals[0];
        if (other) {
            this.notes.push(`The deployment journal says this deployment already ended with ${other.type}${other.reason ? ` (${other.reason})` : ''}; any step of the job can write the journal, so this step sent its own verdict, with the deployment's one terminal id (a receiver that de-duplicates on id keeps the first end).`);
        }
        if (this.ownTerminal)
            return undefined;
        const durationMs = this.own.startedAt ? Date.now() - Date.parse(this.own.startedAt) : details.durationMs;
        const { event, entry } = this.record(type, { reason: details.reason, durationMs });
        const delivery = details.cancelled ? this.lastChance() : this.delivery();
        const started = this.ownStarted;
        const outcomes = await Promise.all(this.sinkList.map(async (sink) => {
            if (!details.cancelled && started && sink !== this.github && this.pending(started, sink)) {
                const catchUp = await this.deliverTo(sink, this.rebuild(started), started, { ...delivery, attempts: 1 });
                if (catchUp)
                    this.sent.push({ event: this.rebuild(started), outcomes: [catchUp] });
            }
            return this.deliverTo(sink, event, entry, delivery);
        }));
        const emitted = { event, outcomes: outcomes.filter((outcome) => outcome !== undefined) };
        this.sent.push(emitted);
        return emitted;
    }
    /**
     * Post step: a deployment nothing ended gets `deployment.failed` (`reason`), and what
     * this step sent but a sink has not acknowledged is sent again, with its id, started
     * before end. The end is sent only to sinks that have none: this step's own
     * acknowledgements, the events file and the GitHub deployment's latest status say so
     * for themselves; for a webhook and Loki, which cannot be asked, the journal's word
     * that another step's end reached them is taken (it can only make this step send less).
     */
    async close(reason) {
        const started = this.ownStarted;
        let terminal = this.ownTerminal;
        if (!this.own.startedAt && !started)
            return { events: this, redelivered: [], superseded: [] };
        // The main step may have been killed after GitHub created its deployment and before the id
        // reached runner state: find it (by key and run) rather than leave it open or create another.
        if (this.github && this.own.deploymentId === null && !this.own.closed.includes(this.github.key))
            await this.findGitHubDeployment(this.github);
        const ends = await Promise.all(this.sinkList.map(async (sink) => ({ sink, end: await this.endAt(sink, terminal) })));
        const lacking = ends.filter((item) => item.end === 'none').map((item) => item.sink);
        const other = this.otherTerminals[0];
        const outcome = { events: this, redelivered: [], superseded: [], endedElsewhere: terminal ? undefined : other };
        const anyEnd = ends.some((item) => item.end === 'own' || item.end === 'seen');
        let fresh;
        if (!terminal && (lacking.length > 0 || (!anyEnd && !other))) {
            const durationMs = this.own.startedAt ? Date.now() - Date.parse(this.own.startedAt) : undefined;
            const { event, entry } = this.record('deployment.failed', { reason, durationMs });
            terminal = fresh = entry;
            outcome.ended = { event, outcomes: [] };
            this.sent.push(outcome.ended);
            if (other)
                outcome.notForwarded = lacking.map((sink) => sink.name);
            const unasked = lacking.filter((sink) => sink instanceof WebhookSink || sink instanceof LokiSink);
            if (!this.hint && unasked.length > 0) {
                this.options.warn(`The deployment journal in RUNNER_TEMP is gone or names another deployment, so this step cannot tell whether another step's end of it reached ${unasked.map((sink) => sink.name).join(', ')}: sent deployment.failed (${reason}) there, with the deployment's one terminal id (a receiver that de-duplicates on id keeps the first end).`);
            }
        }
        for (const { sink, end } of ends)
            if (end !== 'none' && started && this.pending(started, sink))
                outcome.superseded.push(sink.name);
        const redelivered = new Map();
        await Promise.all(lacking.map(async (sink) => {
            for (const entry of [started, terminal]) {
                // A post step never posts in_progress to GitHub: an end supersedes it, and GitHub keeps the latest status.
                if (!entry || !this.pending(entry, sink) || (entry === started && sink === this.github))
                    continue;
                const event = this.rebuild(entry);
                if (sink.has?.(event)) {
                    // Delivered before the step that sent it could record it (killed in between).
                    entry.delivered.push(sink.key);
                    this.save();
                    continue;
                }
                if (entry !== fresh)
                    this.options.print(`re-delivering event ${entry.type} ${event.id} to ${sink.name}`);
                const result = await this.deliverTo(sink, event, entry, this.delivery());
                if (!result)
                    continue;
                if (entry === fresh)
                    outcome.ended.outcomes.push(result);
                else
                    redelivered.set(entry, [...(redelivered.get(entry) ?? []), result]);
            }
        }));
        for (const [entry, outcomes] of redelivered) {
            const emitted = { event: this.rebuild(entry), outcomes };
            outcome.redelivered.push(emitted);
            this.sent.push(emitted);
        }
        return outcome;
    }
    /** Canary events (`mode: probe`): no lifecycle, no journal. */
    async probeVerdict(type, details) {
        return this.send(type, details, this.sinkList.filter((sink) => sink !== this.github), this.delivery());
    }
    /** Whether a sink already has an end of this deployment, and how this step knows. */
    async endAt(sink, terminal) {
        if (this.own.closed.includes(sink.key) || terminal?.rejected.includes(sink.key))
            return 'closed';
        if (terminal?.delivered.includes(sink.key))
            return 'own';
        const endId = eventId(this.key, 'deployment.failed');
        if (sink instanceof EventsFileSink)
            return sink.has({ id: endId }) ? 'seen' : 'none';
        if (sink === this.github) {
            if (this.own.deploymentId === null)
                return terminal ? 'none' : 'closed'; // no deployment to end
            try {
                return ENDED_STATES.has(await this.github.latestState(this.options.sinks.sinkTimeoutMs)) ? 'seen' : 'none';
            }
            catch {
                return !terminal && this.endInJournal(sink) ? 'seen' : 'none';
            }
        }
        return !terminal && this.endInJournal(sink) ? 'seen' : 'none';
    }
    endInJournal(sink) {
        return this.otherTerminals.some((entry) => entry.delivered.includes(sink.key));
    }
    build(type, details) {
        return buildEvent(type, this.options.context, this.key, {
            deploymentId: this.own.deploymentId,
            url: this.options.environmentUrl || null,
            reason: details.reason ?? null,
            durationMs: details.durationMs ?? null,
            time: details.time,
        });
    }
    /** An event this step sent, built again from its record: the same id, time and content. */
    rebuild(entry) {
        return this.build(entry.type, { reason: entry.reason, durationMs: entry.durationMs, time: new Date(entry.time) });
    }
    /** Claims an event in runner state (and the journal) before any delivery, and logs it. */
    record(type, details) {
        const event = this.build(type, details);
        const entry = { type, id: event.id, time: event.time, reason: event.data.reason, durationMs: event.data.duration_ms, delivered: [], rejected: [] };
        this.own.events.push(entry);
        this.save();
        // The log first and always, so no event is ever lost from it.
        this.options.print(eventLine(event));
        return { event, entry };
    }
    async send(type, details, sinks, delivery) {
        const { event, entry } = this.record(type, details);
        const outcomes = await Promise.all(sinks.map((sink) => {
            // A key from elsewhere (an input, the journal): the events file may already hold this event.
            if (this.knownKey && sink.has?.(event)) {
                entry.delivered.push(sink.key);
                this.save();
                return undefined;
            }
            return this.deliverTo(sink, event, entry, delivery);
        }));
        const emitted = { event, outcomes: outcomes.filter((outcome) => outcome !== undefined) };
        this.sent.push(emitted);
        return emitted;
    }
    /** A sink still owes this event: not acknowledged, not refused for good. */
    pending(entry, sink) {
        return !entry.delivered.includes(sink.key) && !entry.rejected.includes(sink.key) && !this.own.closed.includes(sink.key);
    }
    /** One event to one sink, with retries; the outcome is recorded the moment it is known. Undefined: not tried. */
    async deliverTo(sink, event, entry, delivery) {
        if (!this.pending(entry, sink))
            return undefined;
        const outcome = await deliver(sink, event, delivery, this.options.warn);
        if (outcome.ok)
            entry.delivered.push(sink.key);
        else if (outcome.permanent)
            entry.rejected.push(sink.key);
        if (outcome.wholeSink)
            this.own.closed.push(sink.key);
        this.save();
        return outcome;
    }
    saveState(name, value) {
        if (this.persist)
            this.options.state?.save(name, value);
    }
    /** This step's record to runner state, and to the journal for the steps after it. */
    save() {
        this.saveState('events', JSON.stringify({ events: this.own.events, closed: this.own.closed }));
        if (!this.path)
            return;
        const { context } = this.options;
        const others = (this.hint?.events ?? []).filter((entry) => !this.own.events.some((own) => own.type === entry.type && own.time === entry.time));
        const record = {
            version: 3, environment: context.environment, runId: context.runId, runAttempt: context.runAttempt, key: this.key,
            environmentUrl: '', deploymentId: this.own.deploymentId, events: [...others, ...this.own.events],
        };
        writeJournal(this.path, record);
    }
    delivery() {
        return { timeoutMs: this.options.sinks.sinkTimeoutMs, attempts: 3, backoffMs: 250, signal: this.options.signal };
    }
    /**
     * After a cancellation the runner sends SIGTERM 7.5 s after SIGINT: one short
     * attempt per sink, so delivery ends well before it (the post step re-delivers).
     */
    lastChance() {
        return { timeoutMs: Math.min(this.options.sinks.sinkTimeoutMs, CANCELLED_TIMEOUT_MS), attempts: 1, backoffMs: 0 };
    }
}
/**
 * The post step of deploy-start and of deploy-canary: end the deployment its main step
 * took part in where nothing did (`job-ended`), and deliver what this step's sinks still
 * owe. Undefined when the main step took part in no deployment.
 */
async function lifecycle_closeDeployment(options) {
    const events = DeploymentEvents.openForPost(options);
    if (!events)
        return undefined;
    return events.close('job-ended');
}

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

;// CONCATENATED MODULE: ./src/events/report.ts

/** The events timeline and the sinks line: shared by deploy-start, the post steps and deploy-canary. */
function eventsTable(timeline, sent, sinks) {
    const rows = timeline.map((entry) => [entry.time, entry.type, entry.reason ?? '', code(entry.id.slice(0, 12))]);
    const failed = sent.flatMap(({ event, outcomes }) => outcomes.filter((outcome) => !outcome.ok).map((outcome) => `${outcome.sink} (${event.type}): ${outcome.error}`));
    return `${table(['Time', 'Event', 'Reason', 'Id'], rows)}\nSinks: ${sinks.join(', ')}${failed.length ? `; failed: ${failed.join('; ')}` : ''}\n`;
}
/** The deploy-start / post-step summary: what was sent, to where, and what failed. */
function eventsSummary(title, timeline, sent, sinks, notes = []) {
    const parts = [`## ${title}\n\n`];
    for (const note of notes)
        parts.push(`> ${note}\n\n`);
    parts.push(eventsTable(timeline, sent, sinks));
    return parts.join('');
}
/** What a post step (deploy-start's or deploy-canary's) tells the log, as warnings, and in the summary. */
function report_postReport(step, outcome) {
    if (!outcome)
        return { info: [`${step}: the main step took part in no deployment: nothing to end.`], warnings: [] };
    const { events, ended, redelivered, superseded, endedElsewhere, notForwarded } = outcome;
    const { environment } = events;
    const info = [];
    const warnings = [];
    const terminal = events.ownTerminal;
    if (ended) {
        const where = ended.outcomes.length > 0 ? ` to ${ended.outcomes.map((item) => item.sink).join(', ')}` : '';
        if (endedElsewhere && notForwarded?.length) {
            warnings.push(`${step}: the deployment journal says another step ended ${environment} with ${endedElsewhere.type}${endedElsewhere.reason ? ` (${endedElsewhere.reason})` : ''}, but not at ${notForwarded.join(', ')}; a verdict read from the journal is never forwarded (any step of the job can write it), so this step sent deployment.failed (job-ended)${where}. Give deploy-canary the same sink inputs as deploy-start to deliver its verdict there.`);
        }
        else {
            const hint = step.startsWith('deploy-canary') ? 'The canary step did not finish (killed, or its runner process lost).' : 'Run deploy-canary after the deploy step to end it with a verdict.';
            warnings.push(`${step}: the job ended without deployment.complete or deployment.failed for ${environment}; sent deployment.failed (job-ended)${where}. ${hint}`);
        }
    }
    else if (terminal)
        info.push(`${step}: this deployment already ended with ${terminal.type}${terminal.reason ? ` (${terminal.reason})` : ''}; nothing to end.`);
    else if (endedElsewhere)
        info.push(`${step}: the deployment already ended with ${endedElsewhere.type}${endedElsewhere.reason ? ` (${endedElsewhere.reason})` : ''} at every sink of this step; nothing to end.`);
    else if (!events.timeline.length)
        info.push(`${step}: no deployment.started was recorded for ${environment}: nothing to end.`);
    for (const { event, outcomes } of redelivered) {
        const ok = outcomes.filter((item) => item.ok).map((item) => item.sink);
        if (ok.length > 0)
            info.push(`${step}: delivered ${event.type} (id ${event.id}) to ${ok.join(', ')}, which had not acknowledged it.`);
    }
    if (superseded.length > 0)
        info.push(`${step}: ${superseded.join(', ')} never took deployment.started and already ${superseded.length === 1 ? 'has' : 'have'} the deployment's end: the started is not sent after it.`);
    if (!ended && redelivered.length === 0)
        return { info, warnings };
    const title = ended ? `⚠️ ${step}: ${environment} ended without a verdict (job-ended)` : `${step}: ${environment}: events re-delivered`;
    return { info, warnings, summary: eventsSummary(title, events.timeline, events.sent, events.sinkNames) };
}

;// CONCATENATED MODULE: ./src/events/settings.ts


/** `secret`: the URL may carry a credential in its path (Slack, Discord), so it is masked and never echoed. */
function httpUrl(inputs, name, example, secret = false) {
    const value = secret ? inputs.secret(name) : inputs.string(name);
    if (value === '')
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors_InputError(name, secret ? 'is not a URL' : `'${value}' is not a URL`, `${name}: ${example}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors_InputError(name, `'${url.protocol}' is not http or https`, `${name}: ${example}`);
    if (url.username || url.password)
        throw new errors_InputError(name, 'must not carry credentials in the URL (they would be logged)', `${name}: ${example}`);
    return value;
}
/** `key=value` per line or comma; label names as Loki (Prometheus) allows them. */
function lokiLabels(inputs) {
    const labels = {};
    for (const item of inputs.list('loki-labels', { splitCommas: true })) {
        const match = /^([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*(.*)$/.exec(item);
        if (!match)
            throw new errors_InputError('loki-labels', `'${item}' is not name=value with a Loki label name`, 'loki-labels: app=shop, team=payments');
        labels[match[1]] = match[2];
    }
    return labels;
}
function readSinkSettings(inputs, workspace) {
    const eventsFile = inputs.string('events-file');
    const githubDeployment = inputs.boolean('github-deployment', false);
    const token = inputs.secret('token');
    if (githubDeployment && token === '')
        throw new errors_InputError('token', 'is empty but github-deployment is true (it needs deployments: write)', 'token: ${{ github.token }}');
    return {
        eventsFile: eventsFile === '' || (0,external_node_path_namespaceObject.isAbsolute)(eventsFile) ? eventsFile : (0,external_node_path_namespaceObject.resolve)(workspace, eventsFile),
        webhookUrl: httpUrl(inputs, 'webhook-url', 'https://hooks.example.com/deployments', true),
        webhookToken: inputs.secret('webhook-token'),
        lokiUrl: httpUrl(inputs, 'loki-url', 'https://logs-prod-eu-west-0.grafana.net'),
        lokiLabels: lokiLabels(inputs),
        lokiTenant: inputs.string('loki-tenant'),
        lokiUsername: inputs.string('loki-username'),
        lokiPassword: inputs.secret('loki-password'),
        githubDeployment,
        token,
        sinkTimeoutMs: inputs.durationMs('sink-timeout', '5s', { min: 100 }),
    };
}
/**
 * `deployment-key`: the deployment a step ends or watches, as deploy-start's output of that
 * name gives it (or as a deploy script draws it: `openssl rand -hex 16`). Empty: none given.
 */
function readDeploymentKey(inputs) {
    const key = inputs.string('deployment-key');
    if (key !== '' && !/^[0-9a-f]{32}$/.test(key)) {
        throw new InputError('deployment-key', `'${key.slice(0, 40)}' is not a deployment key (32 lowercase hex characters)`, 'deployment-key: ${{ steps.start.outputs.deployment-key }} (or "$(openssl rand -hex 16)" from a deploy script)');
    }
    return key;
}
/** Whether the step was given any sink besides the log. */
function hasSinks(settings) {
    return settings.eventsFile !== '' || settings.webhookUrl !== '' || settings.lokiUrl !== '' || settings.githubDeployment;
}
/** deploy-start's inputs (its post step reads the same ones). */
function readDeployStartSettings(inputs, workspace) {
    return {
        environment: inputs.string('environment', 'production'),
        environmentUrl: inputs.string('environment-url'),
        sinks: readSinkSettings(inputs, workspace),
    };
}
/** The event inputs of a scheduled canary that is not a deployment (host-canary). */
function readCanaryEventSettings(inputs, workspace) {
    return { environment: inputs.string('environment', 'production'), sinks: readSinkSettings(inputs, workspace) };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
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
            throw new errors_InputError(name, 'is required but was not given', example);
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
        throw new errors_InputError(name, `'${value}' is not a boolean`, `${name}: ${fallback ? 'false' : 'true'}`);
    }
    integer(name, fallback, { min = 0, max = MAX_INTEGER, example = '10' } = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (!/^-?\d+$/.test(value))
            throw new errors_InputError(name, `'${value}' is not a whole number`, `${name}: ${example}`);
        const number = Number(value);
        if (number < min)
            throw new errors_InputError(name, `${number} is below the minimum of ${min}`, `${name}: ${example}`);
        if (number > max)
            throw new errors_InputError(name, `${value.length > 20 ? `${value.slice(0, 20)}…` : value} is above the maximum of ${max}`, `${name}: ${example}`);
        return number;
    }
    number(name, fallback, { min = 0, max = MAX_INTEGER, example = '0.5' } = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        const number = Number(value);
        if (Number.isFinite(number) && number > max)
            throw new errors_InputError(name, `'${value}' is above the maximum of ${max}`, `${name}: ${example}`);
        if (!Number.isFinite(number) || number < min) {
            throw new errors_InputError(name, `'${value}' is not a number from ${min} to ${max}`, `${name}: ${example}`);
        }
        return number;
    }
    durationMs(name, fallback, { min = 0, max = MAX_DURATION_MS } = {}) {
        const value = this.string(name, fallback);
        const ms = parseDurationMs(value);
        if (ms === undefined)
            throw new errors_InputError(name, `'${value}' is not a duration`, `${name}: 30s (also 500ms, 3m, 1h; a bare number means seconds)`);
        if (ms < min)
            throw new errors_InputError(name, `'${value}' is shorter than the minimum of ${min}ms`, `${name}: ${fallback}`);
        if (ms > max)
            throw new errors_InputError(name, `'${value.length > 20 ? `${value.slice(0, 20)}…` : value}' is longer than the maximum of ${durationText(max)}`, `${name}: ${fallback}`);
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
            throw new errors_InputError(name, `the regular expression does not compile (${reason})`, `${name}: '\\[(skip ci|ci skip)\\]'`);
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
                throw new errors_InputError(name, `'${pattern}' is not a valid glob`, `${name}: 'db/migrations/**'`);
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
async function action_runAction(name, body) {
    try {
        await body();
    }
    catch (error) {
        const message = error instanceof UserError ? error.message : `${name}: unexpected error: ${errorMessage(error)}`;
        setFailed(message);
        if (!(error instanceof UserError) && error instanceof Error && error.stack)
            debug(error.stack);
        // A summary on every run, so the failed step's page says why without opening the log.
        await action_writeSummary(`## ❌ ${name}\n\n${escapeCell(message)}\n`).catch(() => { });
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
        core.setFailed(verdict);
    else
        core.warning(`${verdict} (not failing the step: fail is false)`);
}
/** The one way to the job summary: whatever text the markdown quotes, none of it renders as a link, an image or HTML. */
async function action_writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return; // not on a runner: nothing to write to
    appendSummary(inertMarkdown(markdown));
}

;// CONCATENATED MODULE: ./src/actions/shared/journal-dir.ts


/**
 * Where deploy-start, deploy-canary and the post step keep the deployment journal:
 * RUNNER_TEMP (emptied by the runner after the job), else the system temp dir.
 * One fallback for every step, so they always find each other's journal.
 */
function journalDir() {
    return process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)();
}
/** The runner-kept state of an action (saveState / STATE_*): the post step reads what its main step saved. */
const runnerState = { get: getState, save: (name, value) => saveState(name, value) };

;// CONCATENATED MODULE: ./src/actions/deploy-start/run.ts








function eventsOptions() {
    const context = readGitHubContext();
    const settings = readDeployStartSettings(actionInputs(), context.workspace);
    return {
        context: eventContext(context, settings.environment), sinks: settings.sinks, environmentUrl: settings.environmentUrl,
        logUrl: runUrl(context), apiUrl: context.apiUrl, journalDir: journalDir(), state: runnerState,
        print: info, warn: warning, mask: setSecret,
    };
}
/** Main step: `deployment.started` (and the GitHub deployment), kept in runner state and told to later steps through the journal. */
async function run() {
    await action_runAction('deploy-start', async () => {
        const events = DeploymentEvents.open(eventsOptions());
        // start() saves the deployment key in runner state before delivery, and the GitHub
        // deployment id the moment it exists: a cancellation during delivery still leaves the
        // post step something to end, and no second deployment to create.
        const sent = await events.start();
        setOutput('event-id', events.startedId);
        setOutput('deployment-id', events.deploymentId ?? '');
        setOutput('deployment-key', events.key);
        const notes = sent ? [] : ['deployment.started was already sent for this environment in this job; not sent again.'];
        info(`deploy-start: deployment to ${events.environment} started (event ${events.startedId}); sinks: ${events.sinkNames.join(', ')}`);
        await action_writeSummary(eventsSummary(`🚀 deploy-start: ${events.environment}`, events.timeline, events.sent, events.sinkNames, [...events.notes, ...notes]));
    });
}
/**
 * Post step (always runs): a started without an end gets `deployment.failed`
 * (job-ended), so a job that died or was cancelled before the canary still closes it;
 * then every event of the deployment that one of this step's sinks has not
 * acknowledged is delivered again, with its id.
 */
async function run_post() {
    await runAction('deploy-start post', async () => {
        if (core.getState('key') === '')
            return core.info('deploy-start post: the main step started no deployment: nothing to end.');
        const report = postReport('deploy-start post', await closeDeployment(eventsOptions()));
        for (const line of report.info)
            core.info(line);
        for (const line of report.warnings)
            core.warning(line);
        if (report.summary)
            await writeSummary(report.summary);
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
/******/ var __webpack_exports__ = __nccwpck_require__(6537);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
