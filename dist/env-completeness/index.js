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

/***/ 7921:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(245);

await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 245:
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


;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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

;// CONCATENATED MODULE: ./src/compose/check.ts
/** Set by the container runtime or the language itself, never by a compose file. */
const RUNTIME_NAMES = new Set(['PATH', 'HOME', 'HOSTNAME', 'PWD', 'USER', 'SHELL', 'TERM', 'LANG', 'TZ', 'NODE_ENV', 'CI']);
function findMissing(input) {
    const found = [];
    const seen = new Map();
    /** Findings at one place (an anchored entry several services merge, a shared image) are one finding naming every service. */
    const atPlace = new Map();
    const add = (entry) => {
        const key = `${entry.service}\0${entry.variable}\0${entry.reason}`;
        if (input.ignore.has(entry.variable))
            return;
        const earlier = seen.get(key);
        if (earlier) {
            // One finding per service, variable and reason: the harmful place wins (`${X}` in an image over its notice in an environment value).
            if (earlier.severity !== 'notice' || entry.severity !== 'error')
                return;
            if (earlier.services.length <= 1) {
                for (const [place, finding] of atPlace)
                    if (finding === earlier)
                        atPlace.delete(place);
                Object.assign(earlier, entry, { services: earlier.services });
                if (entry.file && entry.service)
                    atPlace.set(placeOf(earlier), earlier);
                return;
            }
            // A notice several services share: this one leaves it for its own error.
            earlier.services.splice(earlier.services.indexOf(entry.service), 1);
            earlier.service = earlier.services[0];
        }
        const services = entry.services ?? (entry.service ? [entry.service] : []);
        const place = placeOf(entry);
        const same = entry.file && entry.service ? atPlace.get(place) : undefined;
        if (same) {
            for (const service of services) {
                if (!same.services.includes(service))
                    same.services.push(service);
                seen.set(`${service}\0${entry.variable}\0${entry.reason}`, same);
            }
            return;
        }
        const finding = { ...entry, services };
        for (const service of services.length > 0 ? services : [entry.service])
            seen.set(`${service}\0${entry.variable}\0${entry.reason}`, finding);
        if (entry.file && entry.service)
            atPlace.set(place, finding);
        found.push(finding);
    };
    const needsOf = imageNeeds(input);
    const exampleNeed = exampleNeeds(input);
    for (const use of input.project.uses)
        interpolationFinding(use, '', { where: wherePath(use), need: undefined, fatal: true }, input, add);
    for (const facts of input.facts) {
        const { service } = facts;
        // What the bundler inlines while building is no need of the container: its environment entries and pass-throughs are judged without it.
        const needs = new Map([...(needsOf.get(service.name) ?? [])].filter(([, need]) => !need.inlined));
        for (const name of [...(input.required['*'] ?? []), ...(input.required[service.name] ?? [])])
            needs.set(name, { source: 'required input', phase: 'run', strength: 'required' });
        const official = facts.unmetImageRequirement;
        for (const name of official?.oneOf ?? [])
            needs.set(name, { source: official.source, phase: 'run', strength: 'required', nonEmpty: true });
        const before = found.length;
        for (const use of service.uses)
            interpolationFinding(use, service.name, judgeUse(use, facts, needs, exampleNeed), input, add);
        for (const name of facts.unprovided) {
            const entry = service.environment.get(name);
            const need = needs.get(name)?.strength === 'required' ? needs.get(name) : exampleNeed(service.name, name) ?? needs.get(name);
            const shown = need?.strength === 'required';
            add({
                service: service.name, variable: name, reason: 'unset', severity: shown ? 'error' : 'notice', file: entry.file, line: entry.line,
                hint: shown
                    ? `a pass-through entry (${name} with no value) takes it from the environment of \`docker compose up\`, nothing provides it, and ${service.name} needs it (${need.source})`
                    : `a pass-through entry (${name} with no value) takes it from the environment of \`docker compose up\`; nothing provides it, so the container does not get it (no need for it shown)`,
            });
        }
        buildArgFindings(facts, input, add);
        if (official)
            officialImageFinding(facts, official, found.slice(before), add);
        // Names the `required` input asks for; reads of the image's code are judged per image below.
        for (const name of [...(input.required['*'] ?? []), ...(input.required[service.name] ?? [])]) {
            if (RUNTIME_NAMES.has(name) || facts.unprovided.has(name))
                continue;
            const definition = facts.defined.get(name);
            if (definition?.empty) {
                add({ service: service.name, variable: name, reason: 'empty-value', severity: 'notice', file: service.file, line: service.line, hint: `${service.name} must get ${name} (required input), and it is set empty on purpose (${definition.at})` });
            }
            else if (!definition) {
                add({ service: service.name, variable: name, reason: 'not-passed', severity: 'error', file: service.file, line: service.line, hint: `${service.name} needs ${name} (required input); ${definedElsewhere(name, [service.name], input)}: add it to ${service.name}'s environment or env_file` });
            }
        }
    }
    for (const image of input.images)
        imageFindings(image, input, add);
    if (input.example) {
        const optionalOnly = namesWithDefaultsOnly(input);
        const reported = new Set(found.map((entry) => entry.variable));
        for (const { key, line, empty } of input.example.keys) {
            if (input.provided(key) || optionalOnly.has(key) || reported.has(key))
                continue;
            // A started service that sets the key itself (not from the .env: `KEY: ${KEY}` is a use) gives it to its container.
            if (input.facts.some((facts) => facts.defined.has(key) && !facts.service.uses.some((use) => use.name === key && use.path[2] === 'environment' && use.path[3] === key)))
                continue;
            const users = input.facts.filter((facts) => exampleNeed(facts.service.name, key)).map((facts) => facts.service.name);
            add({
                service: '', variable: key, reason: 'example-missing', severity: users.length > 0 ? 'error' : 'notice', file: input.example.file, line,
                hint: users.length > 0
                    ? `${input.example.file} lists ${key} but nothing provides it (environment, env-files, provided or secrets), and ${users.join(', ')} ${users.length === 1 ? 'uses' : 'use'} it`
                    : empty
                        ? `${input.example.file} lists ${key} with an empty value and nothing provides it: optional by the example's own word`
                        : exampleUnusedHint(input.example, key),
            });
        }
    }
    return found.sort((a, b) => compare(a.service, b.service) || compare(a.variable, b.variable) || compare(a.reason, b.reason));
}
/** An example key nothing provides and no started service is shown to need: what can and cannot be said. */
function exampleUnusedHint(example, key) {
    const readers = example.templateOf?.readBy ?? [];
    if (readers.length === 0)
        return `${example.file} lists ${key} but nothing provides it; no started service uses it (no interpolation, pass-through entry or read of its image's code), so no container lacks it`;
    // The containers reading the templated file as env_file do run without it; whether their images need it is not shown.
    return `${example.file} lists ${key} but nothing provides it, so ${readers.join(', ')} (env_file ${example.templateOf.file}) ${readers.length === 1 ? 'runs' : 'run'} without it; no need for it is shown (no interpolation, pass-through entry or read of a scanned image's code), so whether ${readers.length === 1 ? 'its image needs' : 'their images need'} it cannot be judged`;
}
/** Where a finding is: findings at one place are one finding naming every service. */
function placeOf(entry) {
    return `${entry.variable}\0${entry.reason}\0${entry.severity}\0${entry.file}\0${entry.line}`;
}
/** Code-unit order: stable across machines, and no ICU collator to start up. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Build args: a pass-through arg (`- NAME`, `NAME:`) takes its value from the environment
 * of `docker compose build`; a FROM that uses an ARG with no default fails the build
 * without it.
 */
function buildArgFindings(facts, input, add) {
    const { service } = facts;
    const build = service.build;
    if (!build)
        return;
    for (const arg of build.passThroughArgs) {
        if (input.provided(arg.name))
            continue;
        const fatal = facts.fromArgs.has(arg.name);
        add({
            service: service.name, variable: arg.name, reason: 'unset', severity: fatal ? 'error' : 'notice', file: arg.file, line: arg.line,
            hint: fatal
                ? `build arg ${arg.name} takes its value from the environment of \`docker compose build\` and nothing provides it; the Dockerfile's FROM uses it (an ARG with no default): the build fails`
                : `build arg ${arg.name} takes its value from the environment of \`docker compose build\`; nothing provides it, so the build gets none`,
        });
    }
    for (const name of facts.fromArgs) {
        if (build.args.includes(name))
            continue;
        add({ service: service.name, variable: name, reason: 'not-passed', severity: 'error', file: service.file, line: service.line, hint: `the Dockerfile's FROM uses ARG ${name}, which has no default, and ${service.name}'s build does not pass it: the build fails; pass it as a build arg of ${service.name}` });
    }
}
/** Per service, the needs its image's reads show (the strongest read of each name). */
function imageNeeds(input) {
    const byService = new Map();
    for (const image of input.images) {
        const needs = readNeeds(image.reads);
        for (const facts of image.services)
            byService.set(facts.service.name, needs);
    }
    return byService;
}
/** The needs a body of code shows: the strongest read of each name (optional reads are none). */
function readNeeds(reads) {
    const needs = new Map();
    for (const read of reads) {
        if (read.strength === 'optional')
            continue;
        const current = needs.get(read.name);
        // A read of the running code outweighs any inlined one; among reads of one kind, the strongest.
        if (current && !(current.inlined && !read.inlined) && (read.inlined && !current.inlined || current.strength === 'required' || read.strength === 'unguarded'))
            continue;
        const need = { source: `read at ${read.file}:${read.line}${read.phase === 'build' ? ' while building' : ''}`, phase: read.phase, strength: read.strength };
        if (read.inlined)
            need.inlined = true;
        if (read.standalone)
            need.unjudged = `, a standalone script (a #! line) that nothing the image runs names (CMD, ENTRYPOINT, command, another file of the image): whether the container runs it cannot be judged`;
        needs.set(read.name, need);
    }
    return needs;
}
/**
 * One finding per variable for an image, naming the services that run it without the
 * variable: an error when none of them gets a name its code requires, a notice when
 * the read is unguarded or when only some of the services get it (they may run other
 * code paths of the same image).
 */
function imageFindings(image, input, add) {
    for (const [name, need] of imageNeeds({ ...input, images: [image] }).get(image.services[0].service.name) ?? []) {
        if (RUNTIME_NAMES.has(name))
            continue;
        if (need.inlined) {
            inlinedFinding(image, name, need, add);
            continue;
        }
        const buildTime = need.phase === 'build';
        const gets = (facts) => facts.defined.has(name) || (buildTime && facts.buildDefined.has(name));
        // A pass-through entry nothing provides was reported on its own line already.
        const candidates = image.services.filter((facts) => !facts.unprovided.has(name));
        const lacking = candidates.filter((facts) => !gets(facts));
        const names = (list) => list.map((facts) => facts.service.name).join(', ');
        const first = lacking[0] ?? candidates[0];
        if (!first)
            continue;
        const place = { service: first.service.name, services: (lacking.length > 0 ? lacking : candidates).map((facts) => facts.service.name), variable: name, file: first.service.file, line: first.service.line };
        if (lacking.length === 0) {
            const empty = candidates.filter((facts) => facts.defined.get(name)?.empty);
            if (empty.length > 0 && need.strength === 'required') {
                add({ ...place, service: empty[0].service.name, services: empty.map((facts) => facts.service.name), reason: 'empty-value', severity: 'notice', hint: `${names(empty)} ${empty.length === 1 ? 'gets' : 'get'} ${name} set empty on purpose (${empty[0].defined.get(name).at}), and the code ${need.source} has no fallback` });
            }
            continue;
        }
        const who = image.services.length === 1 ? first.service.name : `${names(lacking)} (running the image built from ${image.context})`;
        const fix = buildTime ? `pass it as a build arg of ${names(lacking)}` : `add it to the environment or env_file of ${names(lacking)}`;
        if (lacking.length < candidates.length) {
            add({ ...place, reason: 'not-passed', severity: 'notice', hint: `${who} ${lacking.length === 1 ? 'does' : 'do'} not get ${name}, which the image's code reads (${need.source}); ${names(candidates.filter(gets))} ${candidates.filter(gets).length === 1 ? 'gets' : 'get'} it: if ${lacking.length === 1 ? 'it runs' : 'they run'} that code, ${fix}` });
            continue;
        }
        const severity = need.strength === 'required' ? 'error' : 'notice';
        const judged = need.strength === 'required' ? '' : need.unjudged ?? ' without a fallback; whether the code needs it cannot be judged from the read';
        const verb = need.strength === 'required' ? (lacking.length === 1 ? 'needs' : 'need') : lacking.length === 1 ? 'reads' : 'read';
        add({ ...place, reason: 'not-passed', severity, hint: `${who} ${verb} ${name} (${need.source}${judged}); ${definedElsewhere(name, lacking.map((facts) => facts.service.name), input)}: ${fix}` });
    }
}
/**
 * The hint of an `import.meta.env` read that nothing the build sees sets, for a compose
 * service and a Fly app alike: `runtime` is the environment that never reaches it,
 * `looked` where the build could have set it, `fix` where to set it.
 */
function inlinedHint(who, name, need, runtime, looked, fix) {
    return `${who} ${need.strength === 'required' ? 'needs' : 'reads'} ${name} through import.meta.env (${need.source}); the bundler replaces import.meta.env reads as it builds, never from ${runtime}: neither ${looked} nor a build arg or Dockerfile ARG/ENV sets it, so the built code gets undefined unless the build command or the bundler config (define, envPrefix) sets it, which is not judged: ${fix}`;
}
/**
 * An `import.meta.env` read: the bundler replaces it while building, from the mode .env
 * files of the build context and the build's environment (build args, Dockerfile
 * ARG/ENV), never from the container's environment (vite.dev/guide/env-and-mode). Set
 * nowhere the build sees, it is a notice at most: the build command or the bundler's
 * `define` may still set it, which the scan does not follow.
 */
function inlinedFinding(image, name, need, add) {
    const files = image.buildEnvFiles.filter((file) => file.keys.includes(name));
    if (files.length > 0)
        return;
    const lacking = image.services.filter((facts) => !facts.buildDefined.has(name));
    const first = lacking[0];
    if (!first)
        return;
    const names = lacking.map((facts) => facts.service.name).join(', ');
    const who = image.services.length === 1 ? first.service.name : `${names} (running the image built from ${image.context})`;
    const looked = image.buildEnvFiles.length > 0 ? `the build context's mode .env files (${image.buildEnvFiles.map((file) => file.file).join(', ')})` : `a mode .env file (the build context ${image.context} has none)`;
    add({
        service: first.service.name, services: lacking.map((facts) => facts.service.name), variable: name, reason: 'not-passed', severity: 'notice', file: first.service.file, line: first.service.line,
        hint: inlinedHint(who, name, need, "the container's environment", looked, `set it in a mode .env file of the build context or pass it as a build arg of ${names}`),
    });
}
function definedElsewhere(name, lacking, input) {
    const others = input.allFacts.filter((other) => !lacking.includes(other.service.name) && other.defined.has(name));
    return others.length > 0
        ? `defined for ${others.map((other) => `${other.service.name} (${other.defined.get(name).at})`).join(', ')} but not for ${lacking.join(', ')}`
        : 'no service defines it';
}
/**
 * Per service, the example file's keys that are a need: the example sets a value (a key
 * it leaves empty is optional by its own word) and the compose file hands it to the
 * service, by an interpolation with no usable default or a pass-through entry. A read
 * of the image's code is a need by its own strength, whatever the example says:
 * hoppscotch's example sets "(Optional)" links its code reads without a fallback.
 */
function exampleNeeds(input) {
    const example = input.example;
    if (!example)
        return () => undefined;
    const listed = new Map(example.keys.filter((entry) => !entry.empty).map((entry) => [entry.key, entry.line]));
    const byService = new Map(input.facts.map((facts) => [facts.service.name, facts]));
    return (service, key) => {
        const line = listed.get(key);
        const facts = byService.get(service);
        if (line === undefined || !facts)
            return undefined;
        const interpolated = facts.service.uses.some((use) => use.name === key && !use.usedDefault && use.operator !== ':+' && use.operator !== '+');
        const passedThrough = facts.service.environment.get(key)?.passThrough === true;
        return interpolated || passedThrough ? { source: `listed in ${example.file}:${line}`, phase: 'run', strength: 'required' } : undefined;
    };
}
/** A use's place below the service (or the top level), as shown in hints. */
function wherePath(use) {
    return (use.path[0] === 'services' ? use.path.slice(2) : use.path).map(String).join('.');
}
/**
 * Where an interpolation sits decides what an empty string does. In an `environment`
 * value the container gets `KEY=`: harmful only where a need for KEY is shown (or the
 * example file sets the interpolated name). A build arg the Dockerfile's FROM does not
 * use gives the build an empty arg. Anywhere else the empty string changes what Compose
 * creates (an image reference, a port, a mount, the command's arguments, a label read by
 * another container): an error.
 */
function judgeUse(use, facts, needs, exampleNeed) {
    const where = wherePath(use);
    const listed = exampleNeed(facts.service.name, use.name);
    if (use.path[2] === 'environment' && typeof use.path[3] === 'string') {
        const key = use.path[3];
        const need = needs.get(key);
        if (need?.strength === 'required')
            return { where, fatal: false, need: { key, need } };
        if (listed)
            return { where, fatal: false, need: { key, need: listed } };
        return { where, fatal: false, need: need ? { key, need } : undefined };
    }
    if (use.path[2] === 'build' && use.path[3] === 'args' && typeof use.path[4] === 'string') {
        return { where, fatal: facts.fromArgs.has(use.path[4]) };
    }
    return { where, fatal: true };
}
function interpolationFinding(use, service, context, input, add) {
    const at = { service, variable: use.name, file: use.file, line: use.line };
    const deliberate = use.state === 'empty' && input.deliberatelyEmpty(use.name);
    const feeds = context.need;
    const shown = feeds?.need.strength === 'required';
    if (use.requiredMissing) {
        add({ ...at, reason: 'required-unset', severity: 'error', hint: `\${${use.name}${use.operator}…} requires ${use.name}${use.operator === ':?' ? ' to be non-empty' : ''}; \`docker compose up\` stops with an error` });
    }
    else if (deliberate) {
        // `KEY=` in an env file: an empty value on purpose; an error only where the image refuses an empty value.
        if (feeds)
            add({ ...at, reason: 'empty-value', severity: feeds.need.nonEmpty ? 'error' : 'notice', hint: `${use.name} is set empty on purpose in an env file, and gives ${feeds.key} an empty value; ${service || 'the service'} needs ${feeds.key} (${feeds.need.source})` });
    }
    else if (use.operator === '' && (use.state === 'unset' || use.state === 'empty')) {
        const why = use.state === 'unset' ? `nothing provides ${use.name}` : `${use.name} is set but empty in the environment (a deleted secret reads as an empty string)`;
        if (context.fatal) {
            add({ ...at, reason: 'unset', severity: 'error', hint: `\${${use.name}} has no default and ${why}; Compose substitutes an empty string in ${context.where}` });
        }
        else if (shown) {
            add({ ...at, reason: 'unset', severity: 'error', hint: `\${${use.name}} has no default and ${why}; Compose substitutes an empty string, so ${feeds.key} is empty, and ${service || 'the service'} needs ${feeds.key} (${feeds.need.source})` });
        }
        else {
            add({ ...at, reason: 'unset', severity: 'notice', hint: `\${${use.name}} has no default and ${why}; Compose substitutes an empty string, so ${context.where} is empty (no need for it shown)` });
        }
    }
    else if (use.emptyDefault && feeds) {
        add({ ...at, reason: 'empty-default', severity: shown ? 'error' : 'notice', hint: `\${${use.name}${use.operator}} gives ${feeds.key} an empty value because nothing provides ${use.name}, and ${service || 'the service'} needs ${feeds.key} (${feeds.need.source})` });
    }
}
/**
 * An official image whose documented required variables the service does not get: one
 * error, unless an entry's own finding (a pass-through or interpolation nothing
 * provides) already says so.
 */
function officialImageFinding(facts, requirement, own, add) {
    const { service } = facts;
    const entryOf = (finding) => [...service.environment.values()].find((entry) => entry.file === finding.file && entry.line === finding.line)?.key;
    if (own.some((finding) => finding.severity === 'error' && (requirement.oneOf.includes(finding.variable) || requirement.oneOf.includes(entryOf(finding) ?? ''))))
        return;
    const alternatives = `${requirement.oneOf.length === 2 ? requirement.oneOf.join(' or ') : `one of ${requirement.oneOf.join(', ')}`}`;
    const given = requirement.oneOf.find((name) => facts.defined.has(name));
    const entry = requirement.oneOf.map((name) => service.environment.get(name)).find(Boolean);
    if (given) {
        const place = entry ?? service;
        add({ service: service.name, variable: given, reason: 'empty-value', severity: 'error', file: place.file, line: place.line, hint: `${service.name} gets ${given} with an empty value (${facts.defined.get(given).at}), and its image refuses to initialise a new database without a non-empty ${alternatives} (${requirement.source})` });
        return;
    }
    add({ service: service.name, variable: requirement.oneOf[0], reason: 'not-passed', severity: 'error', file: service.file, line: service.line, hint: `${service.name}'s image refuses to initialise a new database without ${alternatives} (${requirement.source}); neither its environment nor its env_file gives one: add it to ${service.name}'s environment or env_file` });
}
/** Names every interpolation of which has a non-empty default: optional by design. */
function namesWithDefaultsOnly(input) {
    const all = [...input.project.uses, ...input.facts.flatMap((facts) => facts.service.uses)];
    const withDefault = new Set();
    const without = new Set();
    for (const use of all) {
        if ((use.operator === ':-' || use.operator === '-') && (use.usedDefault || use.state === 'set'))
            withDefault.add(use.name);
        else
            without.add(use.name);
    }
    return new Set([...withDefault].filter((name) => !without.has(name)));
}

;// CONCATENATED MODULE: ./src/compose/defaults.ts

const DEFAULT_ENV_FILE = '.env';
/**
 * Templates of the project `.env`, in the order they are looked for: `.env.example`, then
 * `.env.sample` (the two names dotenv-safe reads a template under: its `example` option
 * and the `sample` alias).
 */
const DEFAULT_EXAMPLE_FILES = ['.env.example', '.env.sample'];
const DEFAULT_FLY_CONFIG = 'fly.toml';
/**
 * A default file of the project. Kept out of line on purpose: ncc copies every file a
 * literal `resolve(dir, '.env')` could match into the bundle as an asset.
 */
function inProject(directory, name) {
    return (0,external_node_path_namespaceObject.resolve)(directory, name);
}
/** A path as messages show it: relative to `root` when inside it ('.' for root itself), else absolute. */
function shownPath(root, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? path : rel;
}

;// CONCATENATED MODULE: ./src/shared/line-index.ts
// Offset → 1-based line number for one text, the one way the project does it.
// Built once per text (one pass collecting newline offsets), then every lookup
// is a binary search, so many lookups into one large file stay cheap.
/**
 * Lines of one text: a string (offsets in UTF-16 code units) or bytes such as a
 * Buffer (offsets in bytes). A line ends at `\n`, so `\r\n` text works as is;
 * the newline itself belongs to the line it ends.
 */
class LineIndex {
    /** Offsets of every `\n`, ascending. */
    newlines = [];
    constructor(text) {
        if (typeof text === 'string') {
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                this.newlines.push(i);
        }
        else {
            for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1))
                this.newlines.push(i);
        }
    }
    /** How many lines the text has (an empty text, or one without `\n`, has 1). */
    get lineCount() {
        return this.newlines.length + 1;
    }
    /** The 1-based line holding `offset`: 1 + the newlines before it. Offsets past the end count as the last line. */
    lineAt(offset) {
        let low = 0;
        let high = this.newlines.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (this.newlines[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low + 1;
    }
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts
/**
 * Compose interpolation as the Compose Specification defines it: `$VAR`, `${VAR}`,
 * `${VAR:-d}` `${VAR-d}` `${VAR:?e}` `${VAR?e}` `${VAR:+a}` `${VAR+a}`, nesting in the
 * word after the operator (evaluated lazily: only when it is used), `$$` for a literal
 * `$`, and a `$` that starts neither a name nor `${` kept as it is.
 */
/** A template Compose rejects ("invalid interpolation format"). */
class TemplateError extends Error {
    name = 'TemplateError';
    column;
    constructor(message, column) {
        super(message);
        this.column = column;
    }
}
/** [_a-zA-Z] */
function isNameStart(code) {
    return code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** [_a-zA-Z0-9] */
function isNameChar(code) {
    return isNameStart(code) || (code >= 48 && code <= 57);
}
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'];
function interpolate(template, lookup) {
    const uses = [];
    // Fast path: most scalars hold no `$` at all.
    if (!template.includes('$'))
        return { value: template, uses };
    return { value: substitute(template, 0, template.length, lookup, uses), uses };
}
/** The names a template could read, whatever the environment: for listing, not for values. */
function referencedNames(template) {
    const names = [];
    const everything = () => undefined;
    try {
        // With nothing set every default is evaluated, so nested names are reached too.
        for (const use of interpolate(template, everything).uses)
            names.push(use.name);
    }
    catch {
        // invalid templates are reported where they are loaded
    }
    return names;
}
function substitute(text, start, end, lookup, uses) {
    let out = '';
    let i = start;
    while (i < end) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0 || dollar >= end) {
            out += text.slice(i, end);
            break;
        }
        out += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (dollar + 1 >= end) {
            out += '$';
            i = dollar + 1;
        }
        else if (next === '$') {
            out += '$';
            i = dollar + 2;
        }
        else if (isNameStart(text.charCodeAt(dollar + 1))) {
            let j = dollar + 2;
            while (j < end && isNameChar(text.charCodeAt(j)))
                j++;
            const name = text.slice(dollar + 1, j);
            const value = lookup(name);
            uses.push(use(name, '', value, dollar));
            out += value ?? '';
            i = j;
        }
        else if (next === '{') {
            const close = closingBrace(text, dollar + 2, end);
            if (close < 0)
                throw new TemplateError(`invalid interpolation format: unterminated '\${' (no closing '}')`, dollar);
            out += braced(text, dollar, close, lookup, uses);
            i = close + 1;
        }
        else {
            out += '$'; // not a variable: Compose keeps it
            i = dollar + 1;
        }
    }
    return out;
}
/** Index of the `}` closing a `${` whose body starts at `from`; nested `${…}` and `$$` skipped. */
function closingBrace(text, from, end) {
    let depth = 1;
    for (let i = from; i < end; i++) {
        const ch = text[i];
        if (ch === '$') {
            if (text[i + 1] === '$')
                i++;
            else if (text[i + 1] === '{') {
                depth++;
                i++;
            }
        }
        else if (ch === '}') {
            if (--depth === 0)
                return i;
        }
    }
    return -1;
}
function braced(text, dollar, close, lookup, uses) {
    const bodyStart = dollar + 2;
    let j = bodyStart;
    if (j < close && isNameStart(text.charCodeAt(j))) {
        j++;
        while (j < close && isNameChar(text.charCodeAt(j)))
            j++;
    }
    const name = text.slice(bodyStart, j);
    // Messages never quote the template: it may be part of a secret value.
    if (name === '')
        throw new TemplateError(`invalid interpolation format: expected a variable name after '\${'`, dollar);
    const operator = j === close ? '' : OPERATORS.find((op) => text.startsWith(op, j));
    if (operator === undefined) {
        throw new TemplateError(`invalid interpolation format for \${${name}…}: supported after the name are :- - :? ? :+ +`, dollar);
    }
    const wordStart = j + operator.length;
    const value = lookup(name);
    const record = use(name, operator, value, dollar);
    uses.push(record);
    const word = () => substitute(text, wordStart, close, lookup, uses);
    const isSet = value !== undefined;
    const nonEmpty = isSet && value !== '';
    switch (operator) {
        case '':
            return value ?? '';
        case ':-':
        case '-': {
            if (operator === ':-' ? nonEmpty : isSet)
                return value;
            const fallback = word();
            if (fallback === '')
                record.emptyDefault = true;
            else
                record.usedDefault = true;
            return fallback;
        }
        case ':?':
        case '?':
            if (operator === ':?' ? nonEmpty : isSet)
                return value;
            record.requiredMissing = true;
            word(); // nested names in the message are read too, as Compose evaluates it
            return '';
        case ':+':
            return nonEmpty ? word() : '';
        case '+':
            return isSet ? word() : '';
    }
}
function use(name, operator, value, column) {
    return {
        name,
        operator,
        state: value === undefined ? 'unset' : value === '' ? 'empty' : 'set',
        emptyDefault: false,
        usedDefault: false,
        requiredMissing: false,
        column,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/compose/yaml-file.ts
/**
 * Reads one compose file: size, binary and nesting limits BEFORE the parser runs, the
 * `yaml` parser with line numbers and unique keys, then a walk that turns the document
 * into plain values, expanding aliases against a node budget (alias bombs) and a depth
 * limit, keeping the line of every mapping key, and interpolating every string scalar
 * where it stands so each variable use has a line.
 */





const LIMITS = {
    /** Real compose files are kilobytes; anything this big is a mistake or an attack. */
    maxBytes: 4 * 1024 * 1024,
    maxDepth: 64,
    /** Nodes visited including alias expansions: bounds time and memory of an alias bomb. */
    maxNodes: 250_000,
};
/** Compose's merge tags, on mappings, sequences and scalars: known to the parser, kept on the node. */
const COMPOSE_TAGS = ['!reset', '!override'].flatMap((tag) => [
    { tag, collection: 'map', nodeClass: dist/* YAMLMap */.CA, resolve: (map) => map },
    { tag, collection: 'seq', nodeClass: dist/* YAMLSeq */.Rw, resolve: (seq) => seq },
    { tag, resolve: (text) => text },
]);
/** `!reset` / `!override` on a value: the merge of several files treats it specially. */
class Tagged {
    tag;
    value;
    constructor(tag, value) {
        this.tag = tag;
        this.value = value;
    }
}
/** A compose file that cannot be read: one line, `file:line: problem`. */
class ComposeFileError extends UserError {
    name = 'ComposeFileError';
    constructor(file, line, problem) {
        super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    }
}
/**
 * `file` is the path as the user sees it (messages), `path` where to read it.
 * `lookup` gives interpolation values; they never leave this module except inside the returned value.
 */
function readComposeYaml(path, file, lookup) {
    let size;
    try {
        const stat = (0,external_node_fs_namespaceObject.statSync)(path);
        if (!stat.isFile())
            throw new ComposeFileError(file, undefined, 'is not a file');
        size = stat.size;
    }
    catch (error) {
        if (error instanceof ComposeFileError)
            throw error;
        const code = error.code;
        throw new ComposeFileError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`);
    }
    if (size > LIMITS.maxBytes) {
        throw new ComposeFileError(file, undefined, `is ${(size / 1024 / 1024).toFixed(1)} MB; compose files over ${LIMITS.maxBytes / 1024 / 1024} MB are refused`);
    }
    return parseComposeYaml((0,external_node_fs_namespaceObject.readFileSync)(path), file, lookup);
}
function parseComposeYaml(bytes, file, lookup) {
    const text = typeof bytes === 'string' ? bytes : decodeText(bytes, file);
    if (text.length > LIMITS.maxBytes)
        throw new ComposeFileError(file, undefined, `is over ${LIMITS.maxBytes / 1024 / 1024} MB; compose files that big are refused`);
    checkFlowDepth(text, file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, customTags: COMPOSE_TAGS });
    const error = doc.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new ComposeFileError(file, line, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    const walker = new Walker(doc, file, lineCounter, lookup);
    const value = doc.contents ? walker.walk(doc.contents, [], 0) : {};
    if (value === null || value === undefined)
        return { file, value: {}, uses: walker.uses, lines: walker.lines, templates: walker.templates };
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Tagged) {
        throw new ComposeFileError(file, 1, 'is not a compose file: the top level must be a mapping (services: …)');
    }
    return { file, value: value, uses: walker.uses, lines: walker.lines, templates: walker.templates };
}
/** UTF-8 text of a configuration file, or a one-line `file:line` error at its first binary or invalid byte. */
function decodeText(bytes, file) {
    const probe = bytes.subarray(0, 64 * 1024);
    const nul = probe.indexOf(0);
    if (nul >= 0)
        throw new ComposeFileError(file, new LineIndex(probe).lineAt(nul), 'is not a text file (binary data)');
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        throw new ComposeFileError(file, new LineIndex(bytes).lineAt(bad), 'is not valid UTF-8 text (binary data?)');
    }
}
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let low = 0;
    let high = bytes.length;
    // Binary search for the shortest prefix that fails to decode (incomplete tails are fine to miss by a few bytes).
    while (low < high) {
        const mid = (low + high) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid), { stream: true });
            low = mid + 1;
        }
        catch {
            high = mid;
        }
    }
    return Math.max(0, low - 1);
}
/** Flow collections (`[[[[…`) nest without indentation; refuse deep ones before the parser recurses. */
function checkFlowDepth(text, file) {
    let depth = 0;
    let line = 1;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10) {
            line++;
            if (quote === "'")
                continue;
        }
        else if (quote) {
            if (ch === 92 && quote === '"')
                i++;
            else if (text[i] === quote)
                quote = '';
        }
        else if (ch === 91 || ch === 123) {
            if (++depth > LIMITS.maxDepth)
                throw new ComposeFileError(file, line, `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
        }
        else if (ch === 93 || ch === 125) {
            if (depth > 0)
                depth--;
        }
        else if (ch === 35 && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
            const end = text.indexOf('\n', i);
            i = (end < 0 ? text.length : end) - 1;
        }
        else if ((ch === 34 || ch === 39) && depth > 0) {
            quote = text[i];
        }
    }
}
/** services.<name>.build.args.<NAME> is as deep as any check looks; deeper nodes share their parent's path. */
const PATH_DEPTH = 5;
class Walker {
    uses = [];
    lines = new WeakMap();
    templates = new WeakMap();
    /** The text of the scalar just interpolated, when it held a variable (read by the collection holding it). */
    lastTemplate;
    nodes = 0;
    file;
    counter;
    lookup;
    /** Anchored nodes by name, in document order (Alias.resolve would walk the whole document per alias). */
    anchors;
    doc;
    constructor(doc, file, counter, lookup) {
        this.file = file;
        this.counter = counter;
        this.lookup = lookup;
        this.doc = doc;
    }
    anchorMap() {
        if (this.anchors)
            return this.anchors;
        const anchors = new Map();
        (0,dist/* visit */.YR)(this.doc, (_key, node) => {
            const anchor = node?.anchor;
            if (anchor) {
                const list = anchors.get(anchor) ?? [];
                list.push(node);
                anchors.set(anchor, list);
            }
        });
        this.anchors = anchors;
        return anchors;
    }
    /** The node an alias names: the last anchor of that name before it, as YAML defines. */
    resolveAlias(alias) {
        const candidates = this.anchorMap().get(alias.source);
        const at = alias.range?.[0] ?? Infinity;
        let found;
        for (const node of candidates ?? [])
            if ((node.range?.[0] ?? Infinity) < at)
                found = node;
        return found;
    }
    lineOf(node) {
        return node?.range ? this.counter.linePos(node.range[0]).line : 0;
    }
    walk(node, path, depth) {
        if (!node)
            return null;
        if (++this.nodes > LIMITS.maxNodes) {
            throw new ComposeFileError(this.file, this.lineOf(node), `YAML aliases expand to more than ${LIMITS.maxNodes} nodes (an alias bomb?)`);
        }
        if (depth > LIMITS.maxDepth)
            throw new ComposeFileError(this.file, this.lineOf(node), `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = this.resolveAlias(node);
            if (!target)
                throw new ComposeFileError(this.file, this.lineOf(node), `unknown alias *${node.source}`);
            return this.walk(target, path, depth + 1);
        }
        const tag = node.tag === '!reset' || node.tag === '!override' ? node.tag : undefined;
        const value = this.plain(node, path, depth);
        return tag ? new Tagged(tag, value) : value;
    }
    plain(node, path, depth) {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (typeof node.value !== 'string')
                return node.value ?? null;
            return this.interpolateScalar(node.value, this.lineOf(node), path);
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const list = [];
            const lines = new Map();
            node.items.forEach((item, index) => {
                lines.set(index, this.lineOf(item));
                this.lastTemplate = undefined;
                list.push(this.walk(item, path.length < PATH_DEPTH ? [...path, index] : path, depth + 1));
                this.keepTemplate(list, index);
            });
            this.lines.set(list, lines);
            return list;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const map = Object.create(null);
            const lines = new Map();
            // Only the entries that win are walked: an anchored entry a mapping overrides reads no variable.
            for (const entry of this.mapEntries(node, depth)) {
                lines.set(entry.key, this.lineOf(entry.keyNode));
                this.lastTemplate = undefined;
                map[entry.key] = this.walk(entry.value, path.length < PATH_DEPTH ? [...path, entry.key] : path, depth + 1);
                this.keepTemplate(map, entry.key);
            }
            this.lines.set(map, lines);
            return map;
        }
        return null;
    }
    keepTemplate(holder, key) {
        if (this.lastTemplate === undefined)
            return;
        let templates = this.templates.get(holder);
        if (!templates)
            this.templates.set(holder, (templates = new Map()));
        templates.set(key, this.lastTemplate);
        this.lastTemplate = undefined;
    }
    /** A mapping's entries after YAML merge keys (`<<`): explicit keys win, then earlier merged mappings win. */
    mapEntries(node, depth) {
        if (depth > LIMITS.maxDepth)
            throw new ComposeFileError(this.file, this.lineOf(node), `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
        const entries = [];
        const sources = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if ((0,dist/* isScalar */.jn)(keyNode) && (typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === 'PLAIN'))) {
                const value = this.deref(pair.value);
                const parts = (0,dist/* isSeq */.oP)(value) ? value.items.map((item) => this.deref(item)) : [value];
                for (const part of parts) {
                    if (!(0,dist/* isMap */.jh)(part))
                        throw new ComposeFileError(this.file, this.lineOf(keyNode), 'a merge key (<<) must point at a mapping or a list of mappings');
                    sources.push(part);
                }
                continue;
            }
            if ((0,dist/* isMap */.jh)(keyNode) || (0,dist/* isSeq */.oP)(keyNode))
                throw new ComposeFileError(this.file, this.lineOf(keyNode), 'a mapping key must be a plain value');
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : (0,dist/* isAlias */.Vj)(keyNode) ? String(this.resolveAlias(keyNode)?.value) : '';
            entries.push({ key, keyNode, value: pair.value });
        }
        const seen = new Set(entries.map((entry) => entry.key));
        for (const source of sources) {
            for (const entry of this.mapEntries(source, depth + 1)) {
                if (++this.nodes > LIMITS.maxNodes)
                    throw new ComposeFileError(this.file, this.lineOf(entry.keyNode), `YAML aliases expand to more than ${LIMITS.maxNodes} nodes (an alias bomb?)`);
                if (seen.has(entry.key))
                    continue;
                seen.add(entry.key);
                entries.push(entry);
            }
        }
        return entries;
    }
    /** The node itself, or the node an alias names. */
    deref(node) {
        if (!node)
            return null;
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        const target = this.resolveAlias(node);
        if (!target)
            throw new ComposeFileError(this.file, this.lineOf(node), `unknown alias *${node.source}`);
        return target;
    }
    interpolateScalar(text, line, path) {
        if (!text.includes('$'))
            return text;
        try {
            const result = interpolate(text, this.lookup);
            for (const use of result.uses)
                this.uses.push({ ...use, file: this.file, line, path });
            if (result.uses.length > 0)
                this.lastTemplate = text;
            return result.value;
        }
        catch (error) {
            if (error instanceof TemplateError)
                throw new ComposeFileError(this.file, line, `${error.message} (at ${path.join('.') || 'top level'})`);
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/compose/dotenv.ts
/**
 * `.env` files as Docker Compose reads them: `KEY=VALUE` lines, optional `export `,
 * `#` comment lines, inline comments after a space (unquoted) or after the closing
 * quote, single quotes literal (only `\'` escaped), double quotes with `\n \r \t \\ \" \$`
 * escapes, quoted values spanning lines, and interpolation (same rules as compose
 * files) in unquoted and double-quoted values. Errors carry the line, never a value.
 */




class DotenvError extends Error {
    name = 'DotenvError';
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const KEY = /^[A-Za-z0-9_.\-[\]]+$/;
/**
 * Entries in file order; a repeated key keeps its last value. `${VAR}` reads `lookup`
 * (the environment) first, then the keys defined earlier in the same file. `expand: false` reads keys and raw
 * values only (when only the names matter, a `${X:?}` must not stop the check).
 */
function parseDotenv(text, lookup = () => undefined, { expand: expandValues = true } = {}) {
    const entries = new Map();
    // Compose (compose-go since 2023): the environment wins over the file, also inside it.
    const local = (name) => lookup(name) ?? entries.get(name)?.value;
    const length = text.length;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    while (pos < length) {
        const lineEnd = endOfLine(text, pos);
        const startLine = line;
        const raw = text.slice(pos, lineEnd);
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#')) {
            pos = lineEnd + 1;
            line++;
            continue;
        }
        const body = trimmed.startsWith('export ') || trimmed.startsWith('export\t') ? trimmed.slice(7).trimStart() : trimmed;
        const eq = body.indexOf('=');
        if (eq < 0) {
            const key = body.split(/\s+#/)[0].trim();
            checkKey(key, startLine);
            entries.delete(key);
            entries.set(key, { key, value: lookup(key), line: startLine });
            pos = lineEnd + 1;
            line++;
            continue;
        }
        const key = body.slice(0, eq).trim();
        checkKey(key, startLine);
        // Where the value starts in the whole text (a quoted value may run over several lines).
        const valueStart = pos + raw.indexOf('=') + 1;
        let v = valueStart;
        while (v < lineEnd && (text[v] === ' ' || text[v] === '\t'))
            v++;
        const quote = text[v];
        let value;
        if (quote === '"' || quote === "'") {
            const close = closingQuote(text, v + 1, quote);
            if (close < 0)
                throw new DotenvError(`unterminated ${quote === '"' ? 'double' : 'single'}-quoted value for ${key}`, startLine);
            const inner = text.slice(v + 1, close);
            line += countNewlines(inner);
            const after = endOfLine(text, close + 1);
            const rest = text.slice(close + 1, after).trim();
            if (rest !== '' && !rest.startsWith('#'))
                throw new DotenvError(`unexpected text after the closing quote of ${key}`, line);
            value = quote === "'" ? inner.replace(/\\'/g, "'") : expandValues ? expand(unescapeDouble(inner), local, key, startLine) : unescapeDouble(inner);
            pos = after + 1;
            line++;
        }
        else {
            let unquoted = text.slice(valueStart, lineEnd);
            const comment = /[ \t]#/.exec(unquoted);
            if (comment)
                unquoted = unquoted.slice(0, comment.index);
            value = expandValues ? expand(unquoted.trim(), local, key, startLine) : unquoted.trim();
            pos = lineEnd + 1;
            line++;
        }
        entries.delete(key);
        entries.set(key, { key, value, line: startLine });
    }
    return [...entries.values()];
}
function checkKey(key, line) {
    if (key === '')
        throw new DotenvError('a line with no variable name before "="', line);
    if (!KEY.test(key)) {
        const bad = [...key].find((ch) => !KEY.test(ch)) ?? '?';
        throw new DotenvError(`unexpected character ${JSON.stringify(bad)} in a variable name`, line);
    }
}
function endOfLine(text, from) {
    const newline = text.indexOf('\n', from);
    return newline < 0 ? text.length : newline;
}
function closingQuote(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\')
            i++;
        else if (ch === quote)
            return i;
    }
    return -1;
}
function countNewlines(text) {
    let count = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'" };
/** Double-quoted escapes; an escaped `$` becomes `$$` so interpolation keeps it literal. */
function unescapeDouble(text) {
    if (!text.includes('\\'))
        return text;
    return text.replace(/\\([\s\S])/g, (whole, ch) => (ch === '$' ? '$$' : ESCAPES[ch] ?? whole));
}
function expand(text, lookup, key, line) {
    try {
        const result = interpolate(text, lookup);
        const missing = result.uses.find((use) => use.requiredMissing);
        if (missing)
            throw new DotenvError(`required variable ${missing.name} is missing a value (in the value of ${key})`, line);
        return result.value;
    }
    catch (error) {
        if (error instanceof TemplateError)
            throw new DotenvError(`${error.message} (in the value of ${key})`, line);
        throw error;
    }
}
const MAX_DOTENV_BYTES = 4 * 1024 * 1024;
/**
 * The one way to read a `.env` file from disk (the project's, a service's env_file, an
 * include's env_file, the example): size limit, binary check, and every problem as a
 * one-line ComposeFileError naming `file` (as shown) and the line, never a value.
 */
function readDotenvFile(path, file, lookup, expand = true) {
    let text;
    try {
        if ((0,external_node_fs_namespaceObject.statSync)(path).size > MAX_DOTENV_BYTES)
            throw new ComposeFileError(file, undefined, `is over ${MAX_DOTENV_BYTES / 1024 / 1024} MB; env files that big are refused`);
        const bytes = (0,external_node_fs_namespaceObject.readFileSync)(path);
        const nul = bytes.indexOf(0);
        if (nul >= 0)
            throw new ComposeFileError(file, new LineIndex(bytes).lineAt(nul), 'is not a text file (binary data)');
        text = bytes.toString('utf8');
    }
    catch (error) {
        if (error instanceof ComposeFileError)
            throw error;
        throw new ComposeFileError(file, undefined, error.code === 'ENOENT' ? 'no such file' : 'cannot be read');
    }
    try {
        return parseDotenv(text, lookup, { expand });
    }
    catch (error) {
        if (error instanceof DotenvError)
            throw new ComposeFileError(file, error.line, error.message);
        throw error;
    }
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

;// CONCATENATED MODULE: ./src/compose/github-names.ts


/**
 * Secret and variable NAMES the workflow can use: repository, the deployment
 * environment, and organization ones shared with the repository. GITHUB_TOKEN cannot
 * list secrets: the token needs Secrets and Variables read access.
 */
async function listGitHubNames(api, repository, environment) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new UserError(`secrets-token is set but GITHUB_REPOSITORY ('${repository}') is not owner/name`);
    const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    const listings = [
        { source: 'repository secrets', path: `${base}/actions/secrets`, key: 'secrets', optional: false },
        { source: 'repository variables', path: `${base}/actions/variables`, key: 'variables', optional: false },
        { source: 'organization secrets', path: `${base}/actions/organization-secrets`, key: 'secrets', optional: true },
        { source: 'organization variables', path: `${base}/actions/organization-variables`, key: 'variables', optional: true },
    ];
    if (environment) {
        const env = `${base}/environments/${encodeURIComponent(environment)}`;
        listings.push({ source: `environment ${environment} secrets`, path: `${env}/secrets`, key: 'secrets', optional: true }, { source: `environment ${environment} variables`, path: `${env}/variables`, key: 'variables', optional: true });
    }
    const result = { names: new Set(), sources: [], notes: [] };
    for (const listing of listings) {
        let items;
        try {
            items = await api.paginate(listing.path, {}, listing.key);
        }
        catch (error) {
            if (listing.optional && error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
                result.notes.push(`${listing.source}: not listed (${error.status === 404 ? 'none, or not visible to this token' : 'the token may not read them'})`);
                continue;
            }
            throw error;
        }
        let count = 0;
        for (const item of items) {
            if (typeof item.name === 'string' && item.name !== '') {
                result.names.add(item.name);
                count++;
            }
        }
        result.sources.push({ source: listing.source, count });
    }
    return result;
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

;// CONCATENATED MODULE: ./src/compose/report.ts


const SUMMARY_ROWS = 300;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/**
 * A note as one line: notes name files of the repository (scripts, env files), and a
 * name with a line break must not start a line of its own in the log or the summary.
 */
function noteLine(note) {
    return (0,log_text/* oneLine */.TN)(note, 4000);
}
function verdictLine(result) {
    const count = result.missing.length;
    const composeServices = result.services.filter((service) => service.kind !== 'fly').length;
    const subjects = [composeServices > 0 || result.services.length === 0 ? plural(composeServices, 'service') : '', ...result.services.filter((service) => service.kind === 'fly').map((service) => `Fly app ${service.name}`)].filter(Boolean).join(' and ');
    const extra = [
        result.notices.length > 0 ? plural(result.notices.length, 'notice') : '',
        result.notStarted.length > 0 ? `${result.notStarted.length} not started: ${result.notStarted.slice(0, 5).map((entry) => entry.service).join(', ')}${result.notStarted.length > 5 ? ` and ${result.notStarted.length - 5} more` : ''}` : '',
    ].filter(Boolean).join('; ');
    if (count === 0)
        return noteLine(`env-completeness: every variable needed by ${subjects} is provided${extra ? ` (${extra})` : ''}`);
    const listed = result.missing.slice(0, 5).map((entry) => `${entry.variable} (${entry.reason}${entry.service ? `, ${entry.service}` : ''})`).join(', ');
    return noteLine(`env-completeness: ${count} missing variable${count === 1 ? '' : 's'}: ${listed}${count > 5 ? ` and ${count - 5} more` : ''}`);
}
/** A finding as one log line (the CLI's): file names, keys and service names come from the repository, so line breaks are shown, never printed. */
function findingLine(entry) {
    return noteLine(`${entry.file}${entry.line ? `:${entry.line}` : ''}: ${entry.severity === 'notice' ? 'notice: ' : ''}${entry.service ? `${servicesShown(entry)}: ` : ''}${entry.variable} [${entry.reason}] ${entry.hint}`);
}
/** The services of a finding, at most five by name. */
function servicesShown(entry) {
    const { services } = entry;
    if (services.length === 0)
        return '';
    return services.length <= 5 ? services.join(', ') : `${services.slice(0, 5).join(', ')} and ${services.length - 5} more`;
}
function findingsTable(entries, output) {
    const rows = entries.slice(0, SUMMARY_ROWS).map((entry) => [servicesShown(entry) || '—', code(entry.variable), code(entry.reason), `${entry.file}${entry.line ? `:${entry.line}` : ''}`, entry.hint]);
    const more = entries.length > SUMMARY_ROWS ? `\n…and ${entries.length - SUMMARY_ROWS} more (see the \`${output}\` output)\n` : '';
    return `${table(['Service', 'Variable', 'Reason', 'Where', 'Hint'], rows)}${more}`;
}
/** The job summary: verdict, errors, notices, the services checked and not started, Compose's settings. Names only. */
function summaryMarkdown(result) {
    const failed = result.missing.length > 0;
    const parts = [`## ${failed ? '❌' : '✅'} env-completeness: ${failed ? `${result.missing.length} missing variable${result.missing.length === 1 ? '' : 's'}` : 'every needed variable is provided'}\n`];
    if (failed)
        parts.push('\n', findingsTable(result.missing, 'missing'));
    if (result.notices.length > 0) {
        parts.push('\n', details(`${plural(result.notices.length, 'notice')} (not failing: nothing shows the container needs these)`, findingsTable(result.notices, 'notices')));
    }
    parts.push(`\n**Checked** (${result.services.length}):\n\n`, table(['Service', 'Defined in', 'Variables given', 'Variables read by its code', 'Source files scanned'], result.services.map((service) => [service.kind === 'fly' ? `${service.name} (Fly app)` : service.name, `${service.file}:${service.line}`, service.defined, service.reads, service.filesScanned])));
    parts.push(`\n**Not started** (${result.notStarted.length}): ${result.notStarted.length > 0 ? result.notStarted.map((entry) => `${code(entry.service)} (${entry.why})`).join(', ') : 'none'}\n`);
    const { settings } = result;
    if (settings.files.value.length === 0)
        parts.push('\nNo compose file: the Fly app only.\n');
    else
        parts.push('\n', table(['Compose setting', 'Value', 'From'], [
            ['Compose files', settings.files.value.map(code).join(', '), settings.files.from],
            ['Env files', settings.envFiles.map(code).join(', ') || 'none', settings.envFiles.length > 0 ? 'read for interpolation and pass-through' : '—'],
            ['Profiles', settings.profiles.value.map(code).join(', ') || 'none', settings.profiles.from],
            ['Project name', 'set', settings.projectName.from],
        ]));
    parts.push('\n', details('Where provided names came from', table(['Source', 'Names'], result.provided.map((source) => [source.source, source.count]))));
    for (const note of result.notes)
        parts.push(`\n> ${noteLine(note)}\n`);
    return parts.join('');
}
function entriesJson(entries) {
    return JSON.stringify(entries.map(({ service, services, variable, reason, severity, file, line, hint }) => ({ service, services, variable, reason, severity, file, line, hint })));
}
/** The `missing` output: errors. */
function missingJson(result) {
    return entriesJson(result.missing);
}
/** The `notices` output. */
function noticesJson(result) {
    return entriesJson(result.notices);
}
/** The `services` output: which services were checked and which are not started, and why. */
function servicesJson(result) {
    return JSON.stringify({ checked: result.services.map((service) => service.name), 'not-started': result.notStarted });
}

;// CONCATENATED MODULE: ./src/compose/project.ts
/**
 * A compose project as Docker Compose v2 loads it: each file read and interpolated on
 * its own, `extends` (same file or another) resolved per file, `include`d projects
 * added, then the files merged in order: services by name, `environment` and
 * `env_file` per key (the later file wins), `!reset` removes a value, `!override`
 * replaces it instead of merging. Only what the environment check needs is kept.
 *
 * A path that interpolation built (`env_file: ./${NAME}.env`, a build context, an
 * include) is shown as written, never evaluated: its value may come from a secret.
 */





const MAX_EXTENDS_DEPTH = 32;
const MAX_INCLUDE_DEPTH = 16;
function loadProject(options) {
    return new Loader(options.workingDirectory).project(options.files, (0,external_node_path_namespaceObject.dirname)(options.files[0]), options.lookup, 0);
}
class Loader {
    cwd;
    cache = new Map();
    /** Where each file was read from (its `file` may be shown as written). */
    paths = new WeakMap();
    /** Files whose own path interpolation built: every path under them is shown under that text too. */
    templated = new WeakSet();
    files = [];
    constructor(cwd) {
        this.cwd = cwd;
    }
    shown(path) {
        return shownPath(this.cwd, path);
    }
    read(path, lookup, shown = this.shown(path)) {
        let yaml = this.cache.get(path);
        if (!yaml) {
            yaml = readComposeYaml(path, shown, lookup);
            this.cache.set(path, yaml);
            this.paths.set(yaml, path);
            if (shown !== this.shown(path))
                this.templated.add(yaml);
            this.files.push(yaml.file);
        }
        return yaml;
    }
    dirOf(yaml) {
        return (0,external_node_path_namespaceObject.dirname)(this.paths.get(yaml) ?? (0,external_node_path_namespaceObject.resolve)(this.cwd, yaml.file));
    }
    /**
     * A path as messages show it: its text as written when interpolation built it
     * (prefixed with the directory of the file that wrote it), else relative to the
     * working directory.
     */
    pathShown(yaml, holder, key, path) {
        const written = yaml.templates.get(holder)?.get(key);
        const dir = (0,external_node_path_namespaceObject.dirname)(yaml.file);
        if (written === undefined) {
            if (!this.templated.has(yaml))
                return this.shown(path);
            // In a file whose own path came from interpolation: relative to it, under its path as written.
            const rel = (0,external_node_path_namespaceObject.relative)(this.dirOf(yaml), path);
            return rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? path : `${dir}/${rel || '.'}`;
        }
        return dir === '.' || written.startsWith('/') ? written : `${dir}/${written}`;
    }
    /** A path shown as written when this file or the value itself came from interpolation; undefined when it can be shown as it is. */
    writtenPath(yaml, holder, key, path) {
        return yaml.templates.get(holder)?.get(key) !== undefined || this.templated.has(yaml) ? this.pathShown(yaml, holder, key, path) : undefined;
    }
    project(files, directory, lookup, includeDepth) {
        const services = new Map();
        const uses = [];
        const included = [];
        for (const path of files) {
            const yaml = this.read(path, lookup);
            uses.push(...yaml.uses.filter((use) => use.path[0] !== 'services' && !String(use.path[0]).startsWith('x-')));
            included.push(...this.includes(yaml, lookup, includeDepth));
            const parts = this.parts(yaml, directory);
            for (const part of parts.values()) {
                const resolved = this.resolveExtends(part, parts, yaml, directory, lookup, [`${path}#${part.name}`]);
                const current = services.get(part.name);
                if (resolved.reset)
                    services.delete(part.name);
                else
                    services.set(part.name, current && !resolved.override ? mergeService(current, resolved) : toService(resolved));
            }
        }
        for (const sub of included) {
            for (const [name, service] of sub.services) {
                if (services.has(name)) {
                    throw new ComposeFileError(services.get(name).file, services.get(name).line, `service ${name} is also defined by an included project (${service.file}); Compose refuses this conflict`);
                }
                services.set(name, service);
            }
            uses.push(...sub.uses);
        }
        return { services, uses, files: this.files };
    }
    includes(yaml, lookup, depth) {
        const list = yaml.value.include;
        if (list === undefined || list === null)
            return [];
        if (!Array.isArray(list))
            throw new ComposeFileError(yaml.file, this.line(yaml, yaml.value, 'include'), 'include must be a list');
        if (depth >= MAX_INCLUDE_DEPTH)
            throw new ComposeFileError(yaml.file, this.line(yaml, yaml.value, 'include'), `include nests deeper than ${MAX_INCLUDE_DEPTH} levels (a cycle?)`);
        const base = this.dirOf(yaml);
        return list.map((entry, index) => {
            const line = this.line(yaml, list, index);
            const spec = typeof entry === 'string' ? { path: entry } : entry;
            // Each path with the object holding it, for the text as written.
            const holder = typeof entry === 'string' ? list : spec;
            const paths = !spec ? undefined
                : typeof spec.path === 'string' ? [{ path: (0,external_node_path_namespaceObject.resolve)(base, spec.path), shown: this.pathShown(yaml, holder, typeof entry === 'string' ? index : 'path', (0,external_node_path_namespaceObject.resolve)(base, spec.path)) }]
                    : Array.isArray(spec.path) ? spec.path.map((item, i) => ({ path: (0,external_node_path_namespaceObject.resolve)(base, String(item)), shown: this.pathShown(yaml, spec.path, i, (0,external_node_path_namespaceObject.resolve)(base, String(item))) })) : undefined;
            if (!paths || paths.length === 0)
                throw new ComposeFileError(yaml.file, line, 'an include entry needs a path');
            const directory = typeof spec.project_directory === 'string' ? (0,external_node_path_namespaceObject.resolve)(base, spec.project_directory) : (0,external_node_path_namespaceObject.dirname)(paths[0].path);
            const envSpec = spec.env_file;
            const envFiles = envSpec === undefined ? [] : Array.isArray(envSpec)
                ? envSpec.map((item, i) => ({ path: (0,external_node_path_namespaceObject.resolve)(base, String(item)), shown: this.pathShown(yaml, envSpec, i, (0,external_node_path_namespaceObject.resolve)(base, String(item))) }))
                : [{ path: (0,external_node_path_namespaceObject.resolve)(base, String(envSpec)), shown: this.pathShown(yaml, spec, 'env_file', (0,external_node_path_namespaceObject.resolve)(base, String(envSpec))) }];
            const own = envFiles.length > 0 ? envFiles : [inProject(directory, DEFAULT_ENV_FILE)].filter((path) => (0,external_node_fs_namespaceObject.existsSync)(path)).map((path) => ({ path, shown: this.shown(path) }));
            let values = new Map();
            for (const file of own) {
                if (!(0,external_node_fs_namespaceObject.existsSync)(file.path))
                    throw new ComposeFileError(yaml.file, line, `env_file ${file.shown} of this include does not exist`);
                values = new Map([...values, ...readDotenvFile(file.path, file.shown, lookup).map((e) => [e.key, e.value])]);
            }
            // As in Compose, the environment of the run wins over an include's env files.
            const includeLookup = (name) => lookup(name) ?? values.get(name);
            for (const file of paths)
                if (!(0,external_node_fs_namespaceObject.existsSync)(file.path))
                    throw new ComposeFileError(yaml.file, line, `included file ${file.shown} does not exist`);
            for (const file of paths)
                this.read(file.path, includeLookup, file.shown);
            return this.project(paths.map((file) => file.path), directory, includeLookup, depth + 1);
        });
    }
    line(yaml, holder, key) {
        return yaml.lines.get(holder)?.get(key) ?? 0;
    }
    /** Every service of one file, as stated there (relative paths against `directory`). */
    parts(yaml, directory) {
        const parts = new Map();
        const services = yaml.value.services;
        if (services === undefined || services === null)
            return parts;
        if (typeof services !== 'object' || Array.isArray(services) || services instanceof Tagged) {
            throw new ComposeFileError(yaml.file, this.line(yaml, yaml.value, 'services'), 'services must be a mapping of service names');
        }
        const servicesMap = services;
        const usesByService = new Map();
        for (const use of yaml.uses) {
            if (use.path[0] !== 'services')
                continue;
            const name = String(use.path[1]);
            const list = usesByService.get(name);
            if (list)
                list.push(use);
            else
                usesByService.set(name, [use]);
        }
        for (const [name, raw] of Object.entries(servicesMap)) {
            const line = this.line(yaml, servicesMap, name);
            const place = { file: yaml.file, line };
            const tagged = raw instanceof Tagged ? raw : undefined;
            const body = tagged ? tagged.value : raw;
            const definition = (body ?? {});
            if (typeof definition !== 'object' || Array.isArray(definition))
                throw new ComposeFileError(yaml.file, line, `service ${name} must be a mapping`);
            const unnamedEntries = [];
            const environment = definition.environment === undefined ? undefined : this.environment(yaml, definition.environment, place, name, unnamedEntries);
            // A use in a list-form environment entry is keyed by the entry's name, as in a mapping.
            const build = definition.build === undefined ? undefined : this.build(yaml, definition, place, directory, name);
            // A use in a list-form environment entry (or build arg) is keyed by the entry's name, as in a mapping.
            const uses = (usesByService.get(name) ?? []).map((use) => {
                if (use.path[2] === 'environment' && typeof use.path[3] === 'number') {
                    const key = environment?.indexKeys?.get(use.path[3]);
                    return key === undefined ? use : { ...use, path: [...use.path.slice(0, 3), key] };
                }
                if (use.path[2] === 'build' && use.path[3] === 'args' && typeof use.path[4] === 'number') {
                    const key = build?.indexKeys?.get(use.path[4]);
                    return key === undefined ? use : { ...use, path: [...use.path.slice(0, 4), key] };
                }
                return use;
            });
            parts.set(name, {
                name,
                ...place,
                reset: tagged?.tag === '!reset',
                override: tagged?.tag === '!override',
                uses,
                replaces: replacedPaths(definition, environment?.value),
                environment,
                envFiles: definition.env_file === undefined ? undefined : this.envFiles(yaml, definition.env_file, place, directory, name),
                build,
                image: typeof definition.image === 'string' ? definition.image : undefined,
                runs: runsOf(definition),
                profiles: Array.isArray(definition.profiles) ? definition.profiles.map(String) : definition.profiles === undefined ? undefined : [String(definition.profiles)],
                mounts: bindMounts(definition.volumes, directory),
                unnamedEntries,
                extends: this.extendsOf(yaml, definition.extends, place, name),
            });
        }
        return parts;
    }
    environment(yaml, raw, place, service, unnamed) {
        const { value, mode } = untag(raw);
        const entries = new Map();
        if (value === null || value === undefined)
            return { value: entries, mode };
        const lines = typeof value === 'object' ? yaml.lines.get(value) : undefined;
        if (Array.isArray(value)) {
            const indexKeys = new Map();
            const written = yaml.templates.get(value);
            value.forEach((item, index) => {
                const line = lines?.get(index) ?? place.line;
                const template = written?.get(index);
                // Compose interpolates `- ${A}=x` before splitting it: a name built from a value is never shown or checked.
                if (template !== undefined && (template.indexOf('=') < 0 ? template : template.slice(0, template.indexOf('='))).includes('$')) {
                    unnamed.push({ file: yaml.file, line });
                    return;
                }
                const text = String(item ?? '');
                const eq = text.indexOf('=');
                const key = (eq < 0 ? text : text.slice(0, eq)).trim();
                if (key === '')
                    throw new ComposeFileError(yaml.file, line, `services.${service}.environment has an entry with no name`);
                entries.set(key, { key, passThrough: eq < 0, value: eq < 0 ? undefined : text.slice(eq + 1), file: yaml.file, line });
                indexKeys.set(index, key);
            });
            return { value: entries, mode, indexKeys };
        }
        else if (typeof value === 'object') {
            for (const [key, item] of Object.entries(value)) {
                const passThrough = item === null || item === undefined;
                entries.set(key, { key, passThrough, value: passThrough ? undefined : String(item), file: yaml.file, line: lines?.get(key) ?? place.line });
            }
        }
        else {
            throw new ComposeFileError(yaml.file, place.line, `services.${service}.environment must be a list or a mapping`);
        }
        return { value: entries, mode };
    }
    envFiles(yaml, raw, place, directory, service) {
        const { value, mode } = untag(raw);
        if (value === null || value === undefined)
            return { value: [], mode };
        const list = Array.isArray(value) ? value : [value];
        const lines = Array.isArray(value) ? yaml.lines.get(value) : undefined;
        return {
            mode,
            value: list.map((item, index) => {
                const line = lines?.get(index) ?? place.line;
                const spec = typeof item === 'string' ? { path: item, required: true } : item;
                if (!spec || typeof spec.path !== 'string')
                    throw new ComposeFileError(yaml.file, line, `services.${service}.env_file entries need a path`);
                const path = (0,external_node_path_namespaceObject.resolve)(directory, spec.path);
                const shown = typeof item === 'string' ? this.pathShown(yaml, Array.isArray(value) ? value : raw, Array.isArray(value) ? index : 'env_file', path) : this.pathShown(yaml, spec, 'path', path);
                return { path, shown, required: spec.required !== false && spec.required !== 'false', file: yaml.file, line };
            }),
        };
    }
    /** `definition.build`: a context path, or a mapping with context, dockerfile and args. */
    build(yaml, definition, place, directory, service) {
        const { value, mode } = untag(definition.build);
        if (value === null || value === undefined)
            return { mode };
        const written = (holder, key) => yaml.templates.get(holder)?.get(key);
        if (typeof value === 'string') {
            const context = (0,external_node_path_namespaceObject.resolve)(directory, value);
            return { value: { context, shownContext: this.writtenPath(yaml, definition, 'build', context), dockerfile: 'Dockerfile', args: [], passThroughArgs: [] }, mode };
        }
        if (typeof value !== 'object' || Array.isArray(value))
            throw new ComposeFileError(yaml.file, place.line, `services.${service}.build must be a path or a mapping`);
        const spec = value;
        const args = untag(spec.args).value;
        const argNames = [];
        const passThroughArgs = [];
        const argLines = args && typeof args === 'object' ? yaml.lines.get(args) : undefined;
        const indexKeys = new Map();
        if (Array.isArray(args)) {
            args.forEach((arg, index) => {
                const text = String(arg);
                const name = text.split('=')[0].trim();
                argNames.push(name);
                indexKeys.set(index, name);
                if (!text.includes('='))
                    passThroughArgs.push({ name, file: yaml.file, line: argLines?.get(index) ?? place.line });
            });
        }
        else if (args && typeof args === 'object') {
            for (const [name, value] of Object.entries(args)) {
                argNames.push(name);
                if (value === null || value === undefined)
                    passThroughArgs.push({ name, file: yaml.file, line: argLines?.get(name) ?? place.line });
            }
        }
        const context = (0,external_node_path_namespaceObject.resolve)(directory, typeof spec.context === 'string' ? spec.context : '.');
        return {
            mode,
            indexKeys,
            value: {
                context,
                shownContext: this.writtenPath(yaml, spec, 'context', context),
                dockerfile: typeof spec.dockerfile === 'string' ? spec.dockerfile : 'Dockerfile',
                shownDockerfile: written(spec, 'dockerfile'),
                args: argNames,
                passThroughArgs,
            },
        };
    }
    extendsOf(yaml, raw, place, service) {
        if (raw === undefined || raw === null)
            return undefined;
        if (typeof raw === 'string')
            return { service: raw };
        const spec = raw;
        if (typeof spec.service !== 'string')
            throw new ComposeFileError(yaml.file, place.line, `services.${service}.extends needs a service name`);
        const written = yaml.templates.get(spec)?.get('file');
        return { service: spec.service, file: typeof spec.file === 'string' ? spec.file : undefined, shownFile: written === undefined ? undefined : this.pathShown(yaml, spec, 'file', '') };
    }
    /** The part with its `extends` chain applied: the base first, then this part on top. */
    resolveExtends(part, siblings, yaml, directory, lookup, chain) {
        if (!part.extends)
            return part;
        if (chain.length > MAX_EXTENDS_DEPTH)
            throw new ComposeFileError(part.file, part.line, `extends chain longer than ${MAX_EXTENDS_DEPTH}`);
        let baseYaml = yaml;
        let baseDir = directory;
        let baseParts = siblings;
        if (part.extends.file) {
            const path = (0,external_node_path_namespaceObject.resolve)(this.dirOf(yaml), part.extends.file);
            const shown = part.extends.shownFile ?? this.shown(path);
            if (!(0,external_node_fs_namespaceObject.existsSync)(path))
                throw new ComposeFileError(part.file, part.line, `extends file ${shown} does not exist`);
            baseYaml = this.read(path, lookup, shown);
            baseDir = (0,external_node_path_namespaceObject.dirname)(path);
            baseParts = this.parts(baseYaml, baseDir);
        }
        const key = `${this.paths.get(baseYaml) ?? baseYaml.file}#${part.extends.service}`;
        if (chain.includes(key))
            throw new ComposeFileError(part.file, part.line, `extends cycle: ${[...chain, key].map((k) => k.split('#')[1]).join(' -> ')}`);
        const base = baseParts.get(part.extends.service);
        if (!base)
            throw new ComposeFileError(part.file, part.line, `service ${part.name} extends ${part.extends.service}, which ${part.extends.file ? `${baseYaml.file} does not define` : 'is not defined in this file'}`);
        const resolvedBase = this.resolveExtends(base, baseParts, baseYaml, baseDir, lookup, [...chain, key]);
        const merged = mergeService(toService(resolvedBase), { ...part, extends: undefined });
        // The service keeps its own name and place; it inherits the base's variables.
        return {
            ...part,
            extends: undefined,
            environment: { value: merged.environment, mode: 'merge' },
            envFiles: { value: merged.envFiles, mode: 'merge' },
            build: merged.build ? { value: merged.build, mode: 'merge' } : part.build,
            image: merged.image,
            runs: { command: merged.runs[0] || undefined, entrypoint: merged.runs[1] || undefined },
            profiles: part.profiles ?? resolvedBase.profiles,
            mounts: merged.mounts,
            unnamedEntries: merged.unnamedEntries,
            uses: merged.uses,
        };
    }
}
function untag(raw) {
    if (raw instanceof Tagged)
        return { value: raw.value, mode: raw.tag === '!reset' ? 'reset' : 'override' };
    return { value: raw, mode: 'merge' };
}
function toService(part) {
    return {
        name: part.name,
        file: part.file,
        line: part.line,
        environment: part.environment?.mode === 'reset' ? new Map() : new Map(part.environment?.value ?? []),
        envFiles: part.envFiles?.mode === 'reset' ? [] : [...(part.envFiles?.value ?? [])],
        build: part.build?.mode === 'reset' ? undefined : part.build?.value,
        image: part.image,
        runs: [part.runs?.command ?? '', part.runs?.entrypoint ?? ''],
        profiles: part.profiles ?? [],
        mounts: [...part.mounts],
        unnamedEntries: [...part.unnamedEntries],
        uses: [...part.uses],
    };
}
/** A later file's part on top of the service so far (Compose v2 merge rules for what we keep). */
function mergeService(current, part) {
    // `current` is this load's own copy (toService), so merging in place is safe and keeps long override stacks linear.
    const environment = mergeWith(current.environment, part.environment, (a, b) => {
        for (const [key, entry] of b)
            a.set(key, entry);
        return a;
    }, () => new Map());
    const envFiles = mergeWith(current.envFiles, part.envFiles, (a, b) => [...a.filter((ref) => !b.some((other) => other.path === ref.path)), ...b], () => []);
    let build = current.build;
    if (part.build?.mode === 'reset')
        build = undefined;
    else if (part.build?.value) {
        const next = part.build.value;
        // Args merge by name: a later value replaces an earlier pass-through and the other way round.
        build = part.build.mode === 'override' || !build ? next : {
            ...build,
            ...next,
            args: [...new Set([...build.args, ...next.args])],
            passThroughArgs: [...build.passThroughArgs.filter((arg) => !next.args.includes(arg.name)), ...next.passThroughArgs],
        };
    }
    return {
        ...current,
        environment,
        envFiles,
        build,
        image: part.image ?? current.image,
        // `command` and `entrypoint` are replaced, not merged.
        runs: [part.runs?.command ?? current.runs[0] ?? '', part.runs?.entrypoint ?? current.runs[1] ?? ''],
        profiles: part.profiles ?? current.profiles,
        mounts: [...new Set([...current.mounts, ...part.mounts])],
        unnamedEntries: [...current.unnamedEntries, ...part.unnamedEntries],
        uses: appendAll(withoutReplaced(current.uses, part.replaces), part.uses),
    };
}
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
    return target;
}
/** Uses in what a later part sets anew (a scalar, a `command`, an environment entry) no longer shape the service. */
function withoutReplaced(uses, replaces) {
    if (replaces.length === 0)
        return uses;
    const replaced = new Set(replaces);
    return uses.filter((use) => !replaced.has(String(use.path[2])) && !(use.path.length > 3 && replaced.has(`${String(use.path[2])}\0${String(use.path[3])}`)));
}
/** Sequences Compose replaces in a merge (others are appended or merged by key). */
const REPLACED_LISTS = new Set(['command', 'entrypoint']);
/** What one file's definition of a service sets anew, for {@link withoutReplaced}. */
function replacedPaths(definition, environment) {
    const paths = [];
    for (const [field, raw] of Object.entries(definition)) {
        if (raw instanceof Tagged)
            paths.push(field);
        else if (field === 'environment')
            for (const key of environment?.keys() ?? [])
                paths.push(`environment\0${key}`);
        else if (raw === null || typeof raw !== 'object')
            paths.push(field);
        else if (Array.isArray(raw)) {
            if (REPLACED_LISTS.has(field))
                paths.push(field);
        }
        else {
            for (const [key, value] of Object.entries(raw)) {
                if (value === null || typeof value !== 'object' || (field === 'healthcheck' && key === 'test'))
                    paths.push(`${field}\0${key}`);
            }
        }
    }
    return paths;
}
/** `command` / `entrypoint` (a string or a list) as text; undefined when the part does not set it. */
function runsOf(definition) {
    const text = (raw) => {
        const { value } = untag(raw);
        if (typeof value === 'string')
            return value;
        return Array.isArray(value) ? value.map(String).join(' ') : undefined;
    };
    return { command: text(definition.command), entrypoint: text(definition.entrypoint) };
}
/** Host paths bind-mounted by `volumes` (short `./src:/dst[:mode]` or long `type: bind`), absolute. */
function bindMounts(raw, directory) {
    const { value } = untag(raw);
    if (!Array.isArray(value))
        return [];
    const mounts = [];
    for (const item of value) {
        let source;
        if (typeof item === 'string') {
            const parts = item.split(':');
            if (parts.length >= 2)
                source = parts[0];
        }
        else if (item && typeof item === 'object' && !(item instanceof Tagged)) {
            const spec = item;
            if (spec.type === 'bind' && typeof spec.source === 'string')
                source = spec.source;
        }
        // A named volume has no path; `~` is the home of whoever runs Compose, outside any build context.
        if (source !== undefined && (source.startsWith('.') || source.startsWith('/')))
            mounts.push((0,external_node_path_namespaceObject.resolve)(directory, source));
    }
    return mounts;
}
function mergeWith(current, next, merge, empty) {
    if (!next)
        return current;
    if (next.mode === 'reset')
        return empty();
    if (next.value === undefined)
        return current;
    return next.mode === 'override' ? next.value : merge(current, next.value);
}

;// CONCATENATED MODULE: ./src/shared/files.ts

/** Whether a regular file is there (a symlink is followed): a loop (ELOOP), a name too long or no entry is not a file. */
function isFile(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/compose/project-settings.ts
/**
 * Compose's own project settings, decided the way `docker compose` decides them when
 * the inputs do not (docker/compose cmd/compose/compose.go `toProjectOptions` and
 * `setEnvWithDotEnv`, compose-go cli/options.go):
 *
 * 1. The run's environment comes first and always wins.
 * 2. Env files: `env-files` (like `--env-file`), else `COMPOSE_ENV_FILES` from the
 *    environment (comma-separated; a value in .env cannot set it: Compose reads it before
 *    any .env), else `.env` in the directory of the first `compose-files` entry or the
 *    working directory, unless `COMPOSE_DISABLE_ENV_FILE` is true. Their values fill in
 *    what the environment does not set.
 * 3. Compose files: `compose-files`, else `COMPOSE_FILE` (environment or that .env), split
 *    at `COMPOSE_PATH_SEPARATOR` (default the OS path-list separator, `:` on Linux and
 *    macOS), relative to the working directory; else compose.yaml, compose.yml,
 *    docker-compose.yml, docker-compose.yaml searched from the working directory upward
 *    (here: not above the repository root), plus the first existing override file.
 * 4. Then the `.env` of the project directory (the first compose file's directory) is
 *    read too when no env file was named: values already set win.
 * 5. Profiles: `profiles`, else `COMPOSE_PROFILES` (comma-separated).
 * 6. Project name: `COMPOSE_PROJECT_NAME`, else the top-level `name:`, else the project
 *    directory's name; Compose always sets it for interpolation.
 */





const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const DEFAULT_OVERRIDE_FILES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
function resolveProjectSettings(input) {
    const { cwd, env, shown } = input;
    const fileValues = new Map();
    const envFiles = [];
    const lookup = (name) => env.get(name) ?? fileValues.get(name)?.value;
    /** One read of env files (compose-go GetEnvFromFile, then Merge): within it a later file wins; a key already known keeps its value. */
    const readPass = (paths) => {
        const pass = new Map();
        for (const path of paths) {
            if (envFiles.includes(shown(path)))
                continue;
            for (const entry of readDotenvFile(path, shown(path), (name) => lookup(name) ?? pass.get(name)?.value))
                pass.set(entry.key, { value: entry.value, file: shown(path) });
            envFiles.push(shown(path));
        }
        for (const [key, value] of pass)
            if (!fileValues.has(key))
                fileValues.set(key, value);
    };
    const given = input.envFiles.length > 0 ? input.envFiles : (env.get('COMPOSE_ENV_FILES') ?? '').split(',').filter((file) => file !== '');
    const explicit = given.map((file) => (0,external_node_path_namespaceObject.resolve)(cwd, file));
    explicit.forEach((path, index) => {
        if (!isFile(path))
            throw new UserError(`${input.envFiles.length > 0 ? 'env-files' : 'COMPOSE_ENV_FILES'}: ${given[index]} does not exist (in ${shown(cwd)})`);
    });
    const useDefault = explicit.length === 0 && !disabled(env.get('COMPOSE_DISABLE_ENV_FILE'));
    const dotenvIn = (dir) => (useDefault ? [inProject(dir, DEFAULT_ENV_FILE)].filter(isFile) : []);
    // Before the compose files are known: the named env files, or the .env where Compose starts.
    readPass(explicit.length > 0 ? explicit : dotenvIn(input.composeFiles.length > 0 ? (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(cwd, input.composeFiles[0])) : cwd));
    const source = (name) => (env.has(name) ? `${name} in the environment` : `${name} in ${fileValues.get(name)?.file ?? 'an env file'}`);
    const files = composeFiles(input, lookup, source);
    const projectDirectory = (0,external_node_path_namespaceObject.dirname)(files.value[0]);
    // Then the project directory's .env fills in what is not set yet.
    readPass(dotenvIn(projectDirectory));
    const profilesValue = lookup('COMPOSE_PROFILES');
    const profiles = input.profiles.length > 0 ? { value: input.profiles, from: 'the profiles input' }
        : profilesValue !== undefined ? { value: profilesValue.split(',').map((profile) => profile.trim()).filter(Boolean), from: source('COMPOSE_PROFILES') }
            : { value: [], from: 'none set' };
    const named = lookup('COMPOSE_PROJECT_NAME');
    const projectName = named
        ? { value: named, from: source('COMPOSE_PROJECT_NAME') }
        : { value: normalizeProjectName((0,external_node_path_namespaceObject.basename)(projectDirectory)), from: 'the project directory name' };
    return { files, envFiles, fileValues, profiles, projectName, projectDirectory };
}
function composeFiles(input, lookup, source) {
    const { cwd } = input;
    if (input.composeFiles.length > 0)
        return { value: input.composeFiles.map((file) => (0,external_node_path_namespaceObject.resolve)(cwd, file)), from: 'the compose-files input' };
    const fromEnv = lookup('COMPOSE_FILE');
    if (fromEnv) {
        const separator = lookup('COMPOSE_PATH_SEPARATOR') || external_node_path_namespaceObject.delimiter;
        const files = fromEnv.split(separator).filter((file) => file !== '').map((file) => (0,external_node_path_namespaceObject.resolve)(cwd, file));
        for (const file of files)
            if (!isFile(file))
                throw new UserError(`${source('COMPOSE_FILE')} names ${input.shown(file)}, which does not exist`);
        return { value: files, from: source('COMPOSE_FILE') };
    }
    // Like Compose, look in the working directory and then its parents (not above the repository).
    for (let dir = cwd;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        const main = DEFAULT_FILES.find((name) => isFile((0,external_node_path_namespaceObject.resolve)(dir, name)));
        if (main) {
            const override = DEFAULT_OVERRIDE_FILES.find((name) => isFile((0,external_node_path_namespaceObject.resolve)(dir, name)));
            return { value: [(0,external_node_path_namespaceObject.resolve)(dir, main), ...(override ? [(0,external_node_path_namespaceObject.resolve)(dir, override)] : [])], from: 'the default file names' };
        }
        if (dir === input.root || (0,external_node_path_namespaceObject.dirname)(dir) === dir || !isInside(dir, input.root))
            break;
    }
    throw new NoComposeFileError(`no compose file given and none of ${DEFAULT_FILES.join(', ')} exists in ${input.shown(cwd)}; set compose-files or COMPOSE_FILE`);
}
/** Neither the inputs nor the environment name a compose file, and none of the default names exists. */
class NoComposeFileError extends UserError {
    name = 'NoComposeFileError';
}
function isInside(dir, root) {
    return dir === root || dir.startsWith(root.endsWith('/') ? root : `${root}/`);
}
/** Go's strconv.ParseBool, as Compose reads COMPOSE_DISABLE_ENV_FILE. */
function disabled(value) {
    if (value === undefined)
        return false;
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value))
        return false;
    throw new UserError(`COMPOSE_DISABLE_ENV_FILE must be true or false (it is set in the environment to something else)`);
}
/** compose-go loader.NormalizeProjectName. */
function normalizeProjectName(name) {
    return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

;// CONCATENATED MODULE: ./src/compose/official-images.ts
const IMAGE_REQUIREMENTS = [
    {
        // "This environment variable is required for you to use the PostgreSQL image. It must not be empty or undefined."
        // "If you set POSTGRES_HOST_AUTH_METHOD to trust, then POSTGRES_PASSWORD is not required." `_FILE` reads it from a secret.
        images: ['postgres'],
        oneOf: ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD_FILE'],
        unless: { name: 'POSTGRES_HOST_AUTH_METHOD', value: 'trust' },
        source: 'hub.docker.com/_/postgres: "POSTGRES_PASSWORD … is required … It must not be empty or undefined", unless POSTGRES_HOST_AUTH_METHOD=trust',
    },
    {
        // "MYSQL_ROOT_PASSWORD: This variable is mandatory"; MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD are the
        // documented alternatives (the entrypoint: "You need to specify one of the following as an environment variable").
        images: ['mysql'],
        oneOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
        source: 'hub.docker.com/_/mysql: one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD is required',
    },
    {
        // "One of MARIADB_ROOT_PASSWORD_HASH, MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD, or MARIADB_RANDOM_ROOT_PASSWORD
        // (including *_FILE equivalents) is required"; the MYSQL_* names are read too.
        images: ['mariadb'],
        oneOf: [
            'MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD',
            'MARIADB_ROOT_PASSWORD_FILE', 'MARIADB_ROOT_PASSWORD_HASH_FILE',
            'MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE',
        ],
        source: 'hub.docker.com/_/mariadb: one of MARIADB_ROOT_PASSWORD(_HASH), MARIADB_ALLOW_EMPTY_ROOT_PASSWORD, MARIADB_RANDOM_ROOT_PASSWORD (or a MYSQL_* / *_FILE equivalent) is required',
    },
];
/** The repository of an image reference: `docker.io/library/postgres:16@sha256:…` → `postgres`. */
function imageRepository(reference) {
    let name = reference.trim().toLowerCase();
    const digest = name.indexOf('@');
    if (digest >= 0)
        name = name.slice(0, digest);
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    if (colon > slash)
        name = name.slice(0, colon);
    for (const prefix of ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'])
        if (name.startsWith(prefix))
            name = name.slice(prefix.length);
    if (name.startsWith('library/'))
        name = name.slice('library/'.length);
    return name;
}
/** The requirement of a published image, if the table has one. */
function requirementOf(image) {
    if (!image)
        return undefined;
    const repository = imageRepository(image);
    return IMAGE_REQUIREMENTS.find((row) => row.images.includes(repository));
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const smol_toml_dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/fly/fly-config.ts
/**
 * The parts of a Fly.io app's `fly.toml` that decide its environment (Fly's
 * configuration reference): `app` (the name flyctl uses unless `-a` says otherwise),
 * `[env]` (plain environment variables of every Machine; names starting with `FLY_`
 * are refused by Fly), and `[build]` (`image`: nothing is built here; `dockerfile`,
 * `ignorefile`, `builder`; `[build.args]`: the only variables a build gets, since "application
 * environment variables and secrets are not available to builds").
 *
 * Parsed with smol-toml (TOML 1.0/1.1; it refuses nesting deeper than it can handle).
 * A file that cannot be read fails in one line, `fly.toml:<line>: problem`, never
 * quoting its content (a value in it may be a secret pasted by mistake).
 */



/** flyctl reads fly.toml whole; no real one comes near this. */
const MAX_BYTES = 1024 * 1024;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readFlyConfig(path, file) {
    let size;
    try {
        const stat = (0,external_node_fs_namespaceObject.statSync)(path);
        if (!stat.isFile())
            throw new ComposeFileError(file, undefined, 'is not a file');
        size = stat.size;
    }
    catch (error) {
        if (error instanceof ComposeFileError)
            throw error;
        const code = error.code;
        throw new ComposeFileError(file, undefined, code === 'ENOENT' ? 'no such file (set fly-config to the app\'s fly.toml, or none)' : `cannot be read (${code ?? 'error'})`);
    }
    if (size > MAX_BYTES)
        throw new ComposeFileError(file, 1, `is ${(size / 1024 / 1024).toFixed(1)} MB; a fly.toml over ${MAX_BYTES / 1024 / 1024} MB is refused`);
    return parseFlyConfig(decodeText((0,external_node_fs_namespaceObject.readFileSync)(path), file), file);
}
function parseFlyConfig(text, file) {
    let value;
    try {
        value = parse(text);
    }
    catch (error) {
        if (!(error instanceof TomlError))
            throw new ComposeFileError(file, undefined, 'is not valid TOML');
        // smol-toml's message quotes the lines around the error: keep only what went wrong.
        const problem = error.message.replace(/^Invalid TOML document:\s*/, '').split('\n')[0].trim();
        throw new ComposeFileError(file, error.line, `invalid TOML: ${problem}`);
    }
    const lines = keyLines(text);
    const app = typeof value.app === 'string' ? value.app : undefined;
    if (value.app !== undefined && app === undefined)
        throw new ComposeFileError(file, keyLine(lines, undefined, 'app'), '`app` must be a string (the Fly app name)');
    const env = new Map();
    const envTable = value.env;
    if (envTable !== undefined) {
        if (!isTable(envTable))
            throw new ComposeFileError(file, keyLine(lines, undefined, 'env'), '`env` must be a table of NAME = "value"');
        for (const name of Object.keys(envTable)) {
            if (!NAME.test(name) || name.startsWith('FLY_'))
                continue; // Fly refuses these; they set nothing
            env.set(name, keyLine(lines, 'env', name));
        }
    }
    const buildTable = isTable(value.build) ? value.build : {};
    const text_ = (key) => (typeof buildTable[key] === 'string' && buildTable[key] !== '' ? buildTable[key] : undefined);
    const args = isTable(buildTable.args) ? Object.keys(buildTable.args).filter((name) => NAME.test(name)) : [];
    return {
        file,
        app,
        appLine: app === undefined ? 1 : keyLine(lines, undefined, 'app'),
        env,
        build: { image: text_('image'), dockerfile: text_('dockerfile'), ignorefile: text_('ignorefile'), builder: text_('builder'), args },
    };
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** Top-level keys in `KeyLines.keys` (a TOML table name is never empty). */
const TOP = '';
/** At a line's start (sticky): `[table]` or `[[table]]`, else `key =` or `table.key =` (each part bare or quoted, no escapes). */
const LINE_START = /[ \t\f\v\r]*(?:(\[\[?)\s*([^\]\n]+?)\s*\]|([A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')[ \t]*(?:\.[ \t]*([A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')[ \t]*)?=)/y;
function keyLines(text) {
    const keys = new Map();
    const headers = new Map();
    const set = (table, key, line) => {
        let lines = keys.get(table);
        if (!lines)
            keys.set(table, (lines = new Map()));
        if (!lines.has(key))
            lines.set(key, line);
    };
    let current = TOP;
    let line = 1;
    for (let at = 0; at < text.length; line++) {
        LINE_START.lastIndex = at;
        const found = LINE_START.exec(text);
        if (found?.[2] !== undefined) {
            current = found[2];
            if (found[1] === '[' && !headers.has(current))
                headers.set(current, line);
        }
        else if (found) {
            const first = unquote(found[3]);
            if (found[4] === undefined)
                set(current, first, line);
            else if (current === TOP && found[3] === first)
                set(first, unquote(found[4]), line);
        }
        const end = text.indexOf('\n', at);
        at = end < 0 ? text.length : end + 1;
    }
    return { keys, headers };
}
function unquote(key) {
    return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key;
}
/**
 * The line where `key` is set, in `[table]` or at the top level (undefined table), or
 * as a dotted key (`env.NAME = …`); the table's header line, or 1, when not found.
 */
function keyLine(lines, table, key) {
    return lines.keys.get(table ?? TOP)?.get(key) ?? lines.headers.get(table ?? key) ?? 1;
}

;// CONCATENATED MODULE: ./src/fly/secret-status.ts
const GONE = new Set(['destroyed', 'destroying']);
const BOOTS_FRESH = new Set(['stopped', 'created']);
const EPHEMERAL_GROUPS = new Set(['fly_app_release_command', 'fly_app_console', 'fly_app_test_machine_command']);
/** The Machines a secret status is judged on: those running the app now. */
function runningMachines(machines) {
    return machines.filter((machine) => !GONE.has(machine.state) && !BOOTS_FRESH.has(machine.state) && !EPHEMERAL_GROUPS.has(machine.processGroup));
}
function secretStatus(secret, running) {
    if (running.length === 0)
        return { state: 'not-running', running: 0, lacking: 0, absent: false };
    if (secret.updatedAt === undefined || running.some((machine) => machine.lastBoot === undefined))
        return { state: 'unknown', running: running.length, lacking: 0, absent: false };
    const lacking = running.filter((machine) => machine.lastBoot < secret.updatedAt);
    const absent = lacking.length > 0 && (secret.createdAt === undefined || lacking.every((machine) => machine.lastBoot < secret.createdAt));
    const state = lacking.length === 0 ? 'deployed' : lacking.length === running.length ? 'staged' : 'partial';
    return { state, running: running.length, lacking: lacking.length, absent };
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

;// CONCATENATED MODULE: ./src/compose/dockerignore.ts
/**
 * `.dockerignore` as Docker reads it for a build context: github.com/moby/patternmatcher
 * (the matcher BuildKit uses) and its ignorefile reader, ported rule for rule. Unlike
 * .gitignore, a pattern is matched against the whole path from the context root (`*.md`
 * excludes only top-level files; `**` spans directories), a pattern that matches a
 * parent directory excludes everything below it, and the last matching pattern wins
 * (`!` re-includes). Docker compiles patterns to RE2 regular expressions, which never
 * backtrack; JavaScript's would, so a pattern here runs as a small automaton in time
 * linear in the path (a hostile pattern cannot stall the scan).
 *
 * Why not an npm package: @balena/dockerignore (a port of moby 19.03) fails 3 of moby's
 * own 69 TestMatches cases and throws on `a.|)$(}+{bc` (it does not escape `|()+{}`), and
 * defaults to case-insensitive matching; @zeit/dockerignore follows .gitignore rules.
 */

/** Characters moby escapes before building its regular expression: literal here. */
const LITERAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
/** Go's filepath.Clean for slash paths. */
function clean(path) {
    const normalized = external_node_path_namespaceObject.posix.normalize(path);
    return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}
/**
 * The patterns of a .dockerignore file (moby ignorefile.ReadAll): BOM stripped, lines
 * starting with `#` skipped, whitespace trimmed, paths cleaned, a leading `/` removed.
 */
function readDockerignore(text) {
    const patterns = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const raw of lines) {
        if (raw.startsWith('#'))
            continue;
        let pattern = raw.trim();
        if (pattern === '')
            continue;
        const invert = pattern.startsWith('!');
        if (invert)
            pattern = pattern.slice(1).trim();
        if (pattern.length > 0) {
            pattern = clean(pattern);
            if (pattern.length > 1 && pattern.startsWith('/'))
                pattern = pattern.slice(1);
        }
        patterns.push(invert ? `!${pattern}` : pattern);
    }
    return patterns;
}
class DockerIgnore {
    patterns = [];
    /** Patterns Docker would refuse (the build fails there); they match nothing here. */
    invalid = [];
    constructor(patterns) {
        for (const raw of patterns) {
            let text = raw.trim();
            if (text === '')
                continue;
            text = clean(text);
            const exclusion = text.startsWith('!');
            if (exclusion)
                text = text.slice(1);
            const compiled = exclusion && text === '' ? undefined : compile(text);
            if (compiled)
                this.patterns.push({ text, exclusion, ...compiled });
            else
                this.invalid.push(raw);
        }
    }
    get size() {
        return this.patterns.length;
    }
    /** True when the context path (slash-separated, relative to the context) is left out of the build. */
    excludes(path) {
        const slash = path.lastIndexOf('/');
        const parents = slash > 0 ? path.slice(0, slash).split('/') : [];
        let matched = false;
        for (const pattern of this.patterns) {
            // An inclusion cannot change an already excluded path, an exclusion an included one.
            if (pattern.exclusion !== matched)
                continue;
            let match = matches(pattern, path);
            for (let i = 0; !match && i < parents.length; i++)
                match = matches(pattern, parents.slice(0, i + 1).join('/'));
            if (match)
                matched = !pattern.exclusion;
        }
        return matched;
    }
}
/** moby's Pattern.compile: the match type and, for globs, the tokens; undefined for a pattern RE2 would reject. */
function compile(pattern) {
    const chars = [...pattern];
    const tokens = [];
    let type = 'exact';
    for (let i = 0, step = 0; i < chars.length; i++, step++) {
        const ch = chars[i];
        if (ch === '*') {
            if (chars[i + 1] === '*') {
                i++;
                if (chars[i + 1] === '/')
                    i++; // `**/` counts as `**`
                if (i + 1 >= chars.length) {
                    if (type === 'exact')
                        type = 'prefix';
                    else {
                        tokens.push({ kind: 'rest' });
                        type = 'glob';
                    }
                }
                else {
                    tokens.push({ kind: 'dirs' });
                    type = 'glob';
                }
                if (step === 0)
                    type = 'suffix';
            }
            else {
                tokens.push({ kind: 'star' });
                type = 'glob';
            }
        }
        else if (ch === '?') {
            tokens.push({ kind: 'one' });
            type = 'glob';
        }
        else if (LITERAL.has(ch)) {
            tokens.push({ kind: 'char', char: ch });
        }
        else if (ch === '\\') {
            if (i + 1 < chars.length) {
                tokens.push({ kind: 'char', char: chars[++i] });
                type = 'glob';
            }
            else {
                tokens.push({ kind: 'char', char: '\\' });
            }
        }
        else if (ch === '[') {
            const parsed = characterClass(chars, i + 1);
            if (!parsed)
                return undefined;
            tokens.push(parsed.token);
            i = parsed.end;
            type = 'glob';
        }
        else if (ch === ']') {
            tokens.push({ kind: 'char', char: ']' });
            type = 'glob';
        }
        else {
            tokens.push({ kind: 'char', char: ch });
        }
    }
    return { type, tokens };
}
/** `[...]` from `from` (after the `[`): ranges and single characters, `^` negates; undefined when it never closes. */
function characterClass(chars, from) {
    let i = from;
    const negated = chars[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < chars.length; i++) {
        let ch = chars[i];
        if (ch === ']' && !first)
            return { token: { kind: 'class', negated, ranges }, end: i };
        first = false;
        if (ch === '\\' && i + 1 < chars.length)
            ch = chars[++i];
        const low = ch.codePointAt(0);
        if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
            let highChar = chars[i + 2];
            i += 2;
            if (highChar === '\\' && i + 1 < chars.length)
                highChar = chars[++i];
            const high = highChar.codePointAt(0);
            if (high < low)
                return undefined; // RE2: invalid character class range
            ranges.push([low, high]);
        }
        else {
            ranges.push([low, low]);
        }
    }
    return undefined;
}
function matches(pattern, path) {
    switch (pattern.type) {
        case 'exact':
            return path === pattern.text;
        case 'prefix':
            return path.startsWith(pattern.text.slice(0, -2));
        case 'suffix': {
            const suffix = pattern.text.slice(2);
            return path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
        }
        case 'glob':
            return runGlob(pattern.tokens, path);
    }
}
/**
 * The tokens as a nondeterministic automaton over the path: the set of token positions
 * reachable so far, plus, for `dirs` tokens, whether we are inside their `.*` waiting
 * for the closing `/`. O(path × tokens), whatever the pattern.
 */
function runGlob(tokens, path) {
    const n = tokens.length;
    let at = new Uint8Array(n + 1);
    let inside = new Uint8Array(n);
    let nextAt = new Uint8Array(n + 1);
    let nextInside = new Uint8Array(n);
    const close = (set) => {
        // Zero-width steps: `*`, a trailing `**` and an inner `**` may match nothing.
        for (let i = 0; i < n; i++)
            if (set[i] && tokens[i].kind !== 'char' && tokens[i].kind !== 'one' && tokens[i].kind !== 'class')
                set[i + 1] = 1;
    };
    at[0] = 1;
    close(at);
    for (const ch of path) {
        nextAt.fill(0);
        nextInside.fill(0);
        const code = ch.codePointAt(0);
        const slash = ch === '/';
        let alive = false;
        for (let i = 0; i < n; i++) {
            if (inside[i]) {
                nextInside[i] = 1;
                if (slash)
                    nextAt[i + 1] = 1;
                alive = true;
            }
            if (!at[i])
                continue;
            const token = tokens[i];
            switch (token.kind) {
                case 'char':
                    if (token.char === ch)
                        nextAt[i + 1] = 1;
                    break;
                case 'one':
                    if (!slash)
                        nextAt[i + 1] = 1;
                    break;
                case 'class': {
                    // As in RE2, a class may match `/` (Docker does not exclude it).
                    const inRange = token.ranges.some(([low, high]) => code >= low && code <= high);
                    if (inRange !== token.negated)
                        nextAt[i + 1] = 1;
                    break;
                }
                case 'star':
                    if (!slash)
                        nextAt[i] = 1;
                    break;
                case 'rest':
                    nextAt[i] = 1;
                    break;
                case 'dirs':
                    nextInside[i] = 1;
                    if (slash)
                        nextAt[i + 1] = 1;
                    break;
            }
            alive = true;
        }
        if (!alive)
            return false;
        close(nextAt);
        [at, nextAt] = [nextAt, at];
        [inside, nextInside] = [nextInside, inside];
    }
    return at[n] === 1;
}

;// CONCATENATED MODULE: ./src/compose/elixir-text.ts
/**
 * Elixir source with what is not code blanked out: `#` comments, heredocs (`"""`,
 * `'''`, which hold @moduledoc/@doc text and `raise """…"""` messages) and sigil bodies
 * such as `~w(true 1)` and `~r/#.../`. Blanked characters become spaces and newlines
 * stay, so offsets and line numbers are those of the original text. Ordinary strings
 * stay as written (a read's argument is one: `System.get_env("X")`), and the code inside
 * `#{…}` interpolation stays code. Phoenix's generated config/runtime.exs, for one,
 * carries commented-out reads (`# keyfile: System.get_env("SOME_APP_SSL_KEY_PATH")`):
 * they read nothing.
 */
const SIGIL_CLOSE = { '(': ')', '[': ']', '{': '}', '<': '>', '"': '"', "'": "'", '|': '|', '/': '/' };
function elixirCode(text) {
    const out = text.split('');
    const blank = (from, to) => {
        for (let i = from; i < to && i < out.length; i++)
            if (out[i] !== '\n')
                out[i] = ' ';
    };
    const n = text.length;
    /** Skips a "…" or '…' string starting at `start` (its quote); handles `#{…}` by scanning the code inside. Returns the index after it. */
    const skipString = (start, quote) => {
        let j = start + 1;
        while (j < n) {
            const ch = text[j];
            if (ch === '\\') {
                j += 2;
                continue;
            }
            if (ch === quote)
                return j + 1;
            if (ch === '#' && text[j + 1] === '{') {
                j = scanCode(j + 2, true);
                continue;
            }
            j++;
        }
        return n;
    };
    /** Skips a heredoc whose opening `"""`/`'''` starts at `start`, blanking its body. */
    const skipHeredoc = (start, quote) => {
        const close = text.indexOf(quote.repeat(3), start + 3);
        const end = close < 0 ? n : close + 3;
        blank(start + 3, close < 0 ? n : close);
        return end;
    };
    /** Code from `start`; inside an interpolation it stops after the `}` that closes it. */
    const scanCode = (start, interpolation) => {
        let j = start;
        let depth = 0;
        while (j < n) {
            const ch = text[j];
            if (ch === '#') {
                const end = text.indexOf('\n', j);
                blank(j, end < 0 ? n : end);
                j = end < 0 ? n : end;
                continue;
            }
            if (ch === '?' && j + 1 < n && !/[\w)\]}]/.test(text[j - 1] ?? ' ')) {
                j += text[j + 1] === '\\' ? 3 : 2; // a character literal: ?# ?" ?\n
                continue;
            }
            if (ch === '"' || ch === "'") {
                j = text.startsWith(ch.repeat(3), j) ? skipHeredoc(j, ch) : skipString(j, ch);
                continue;
            }
            if (ch === '~' && /[A-Za-z]/.test(text[j + 1] ?? '')) {
                let k = j + 1;
                while (k < n && /[A-Za-z]/.test(text[k]))
                    k++;
                const open = text[k] ?? '';
                const closeCh = SIGIL_CLOSE[open];
                if (closeCh) {
                    if ((open === '"' || open === "'") && text.startsWith(open.repeat(3), k)) {
                        j = skipHeredoc(k, open);
                    }
                    else {
                        let m = k + 1;
                        while (m < n && text[m] !== closeCh)
                            m += text[m] === '\\' ? 2 : 1;
                        blank(k + 1, m);
                        j = m + 1;
                    }
                    while (j < n && /[a-zA-Z]/.test(text[j]))
                        j++; // modifiers: ~r/x/i
                    continue;
                }
            }
            if (interpolation) {
                if (ch === '{')
                    depth++;
                else if (ch === '}') {
                    if (depth === 0)
                        return j + 1;
                    depth--;
                }
            }
            j++;
        }
        return n;
    };
    scanCode(0, false);
    return out.join('');
}

;// CONCATENATED MODULE: ./src/compose/read-context.ts
const IDENT_CHAR = /[\w$]/;
const SPACE = /\s/;
function skipSpaceForward(text, from) {
    let i = from;
    while (i < text.length && SPACE.test(text[i]))
        i++;
    return i;
}
function skipSpaceBackward(text, from) {
    let i = from;
    while (i >= 0 && SPACE.test(text[i]))
        i--;
    return i;
}
/** What follows the read: `a` starts right after the read expression. */
function after(text, end) {
    const i = skipSpaceForward(text, end);
    const rest = text.slice(i, i + 12);
    if (/^(\?\?|\|\||\bor\b|&&|\band\b)/.test(rest))
        return 'optional';
    if (/^(===|!==|==|!=|<=|>=|\bis\b|\bin\b)/.test(rest))
        return 'optional';
    if (/^\?\./.test(rest))
        return 'optional';
    if (/^\?(?!\?)/.test(rest))
        return 'optional'; // the test of `x ? a : b`
    if (/^(\+=|-=|\?\?=|\|\|=|&&=|=(?![=>]))/.test(rest))
        return 'optional'; // assigned, not read
    if (/^![^=]/.test(rest) || rest === '!')
        return 'required'; // TypeScript non-null assertion
    if (/^as\s+string\b/.test(rest))
        return 'required';
    if (/^\+(?![+=])/.test(rest))
        return 'required';
    if (/^[.[(]/.test(rest))
        return 'required'; // dereferenced or called
    return undefined;
}
/** What precedes the read: `start` is the read's first character. */
function before(text, start, end) {
    const i = skipSpaceBackward(text, start - 1);
    const head = text.slice(Math.max(0, i - 11), i + 1);
    if (/\$\{$/.test(head))
        return 'required'; // `${process.env.X}`
    if (/(\?\?|\|\||\bor|===|!==|==|!=|<=|>=)$/.test(head))
        return 'optional';
    if (/(^|[^!=])!$/.test(head))
        return 'optional'; // `!x`
    if (/\b(typeof|delete|not|if|elif|unless|while)$/.test(head))
        return 'optional';
    if (/\b(if|while)\s*\($/.test(text.slice(Math.max(0, i - 10), i + 1)))
        return 'optional';
    if (/[^+]\+$/.test(head))
        return 'required'; // `'a' + x`
    if (/[^=!<>]=$/.test(head)) {
        // `name = read` and then `,` / `)` / `}`: a default value (argument or destructuring).
        const next = skipSpaceForward(text, end);
        if (/[,)}]/.test(text[next] ?? ''))
            return 'default';
        return 'binding';
    }
    return undefined;
}
/** The variable a read is bound to (`const url = process.env.URL`), when there is one. */
function boundName(text, start) {
    const i = skipSpaceBackward(text, start - 1);
    if (text[i] !== '=')
        return undefined;
    const head = text.slice(Math.max(0, i - 80), i);
    return /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$<>[\]| ]+)?\s*$/.exec(head)?.[1];
}
/**
 * The strength of a read at [start, end) in JavaScript or TypeScript text (also
 * SvelteKit's `env.X`). A value bound to a variable is judged by that variable's uses.
 */
function jsReadStrength(text, start, end) {
    const next = after(text, end);
    if (next === 'optional')
        return next;
    const previous = before(text, start, end);
    if (previous === 'optional')
        return previous;
    if (previous === 'default')
        return 'optional';
    if (guardedBySameRead(text, start, end))
        return 'optional';
    if (next === 'required')
        return next;
    if (previous === 'required')
        return previous;
    const name = boundName(text, start);
    return name ? variableUseStrength(text, name, end) : 'unguarded';
}
/** `process.env.X` / `process.env['X']` / `import.meta.env.X` followed by the `?` of a ternary or by `&&`. */
const TESTED_READ = /(?:\bprocess\.env|\bimport\.meta\.env)(?:\.([A-Za-z_]\w*)|\[\s*['"`]([A-Za-z_]\w*)['"`]\s*\])\s*(\?(?![?.])|&&)/g;
/**
 * The read at [start, end) sits where a read of the same name was just tested: in the
 * true branch of `X ? … : …` or the right side of `X && …` (excalidraw:
 * `import.meta.env.PKG_NAME ? `${import.meta.env.PKG_NAME}@…` : "fallback"`). There
 * the code has the value whenever it runs. The branch is followed back up to 400
 * characters, through brackets, strings and template literals.
 */
function guardedBySameRead(text, start, end) {
    const name = /([A-Za-z_]\w*)['"`]?\s*\]?$/.exec(text.slice(start, end))?.[1];
    if (!name)
        return false;
    const from = Math.max(0, start - 400);
    const window = text.slice(from, start);
    TESTED_READ.lastIndex = 0;
    let test;
    for (let match = TESTED_READ.exec(window); match; match = TESTED_READ.exec(window))
        if ((match[1] ?? match[2]) === name)
            test = match;
    if (!test)
        return false;
    return inSameBranch(window.slice(test.index + test[0].length), test[3] === '&&');
}
/** `between` (from the test's operator to the read) stays inside the branch the test guards. */
function inSameBranch(between, and) {
    const open = [];
    for (let i = 0; i < between.length; i++) {
        const ch = between[i];
        if (open.at(-1) === '`') {
            if (ch === '\\')
                i++;
            else if (ch === '`')
                open.pop();
            else if (ch === '$' && between[i + 1] === '{')
                open.push('{'), i++;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const close = between.indexOf(ch, i + 1);
            if (close < 0)
                return false;
            i = close;
        }
        else if (ch === '`' || ch === '(' || ch === '[' || ch === '{')
            open.push(ch);
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (open.length === 0)
                return false; // the expression holding the test ended
            open.pop();
        }
        else if (open.length === 0) {
            if (ch === ';' || ch === ',' || ch === ':')
                return false; // the statement ended, or the false branch began
            if (and && (ch === '?' || (ch === '|' && between[i + 1] === '|')))
                return false;
        }
    }
    return true;
}
/**
 * A variable holding the value: any check makes it optional (unless the check throws:
 * then the code itself says it is required); otherwise any required-style use makes it
 * required; otherwise unguarded.
 */
function variableUseStrength(text, name, from) {
    const use = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    use.lastIndex = from;
    let required = false;
    let checked = false;
    let uses = 0;
    for (let match = use.exec(text); match && uses < 200; match = use.exec(text)) {
        uses++;
        const start = match.index;
        const end = start + name.length;
        const next = after(text, end);
        const previous = before(text, start, end);
        if (next === 'optional' || previous === 'optional') {
            if (next === 'binding' || /^\s*=(?![=>])/.test(text.slice(end, end + 4)))
                continue; // reassigned
            if (throwsWhenMissing(text, start, end))
                required = true;
            else
                checked = true;
        }
        else if (next === 'required' || previous === 'required') {
            required = true;
        }
    }
    if (checked && !required)
        return 'optional';
    return required ? 'required' : 'unguarded';
}
/** What refuses to run: JavaScript, Python, Ruby, Elixir and Go spellings. */
const REFUSE = String.raw `(?:throw\b|process\.exit\(|raise\b|abort\(|sys\.exit\(|exit\(|os\._exit\(|System\.halt\b|panic\(|log\.Fatal\w*\(|os\.Exit\()`;
/** Compared with "missing" and then refusing: `=== undefined) throw`, Python `is None:` + `raise` on the next line, Go `== "" { log.Fatal(…)`. */
const MISSING_THEN_REFUSE = new RegExp(String.raw `^\s*(?:is\s+None|==\s*None|===?\s*(?:''|""|null|undefined))\s*\)?\s*[:{]?\s*(?:#[^\n]*\n\s*)*${REFUSE}`);
/** After a negated test (`!x`, `not x`): `) throw`, `) { throw`, Python `:` + `raise`. */
const TEST_THEN_REFUSE = new RegExp(String.raw `^\s*\)?\s*[:{]?\s*(?:#[^\n]*\n\s*)*${REFUSE}`);
/** `x || process.exit(1)`, `|| raise "…"` (Elixir, Ruby), `or sys.exit(…)`. */
const FALLBACK_REFUSES = new RegExp(String.raw `^\s*(?:\|\||\?\?|or)\s*${REFUSE}`);
/** The code refuses to run without the value at [start, end): tested for being missing, then thrown on or exited. */
function throwsWhenMissing(text, start, end) {
    const rest = text.slice(end, end + 120);
    if (MISSING_THEN_REFUSE.test(rest) || FALLBACK_REFUSES.test(rest))
        return true;
    return /(?:!|\bnot\s+)$/.test(text.slice(Math.max(0, start - 6), start)) && TEST_THEN_REFUSE.test(rest);
}
/**
 * Python, Ruby, Elixir, Go: what follows and precedes the read, and a variable it is
 * bound to (`x = os.environ.get("X")`, Go's `x := os.Getenv("X")` and
 * `if x := os.Getenv("X"); x != ""`), judged by that variable's uses.
 */
function otherReadStrength(text, start, end, base) {
    const next = after(text, end);
    // `System.get_env("X") || raise "…"` (Phoenix's runtime.exs), `ENV['X'] || raise`, `if os.environ.get("X") is None: raise`.
    if (next === 'optional')
        return throwsWhenMissing(text, start, end) ? 'required' : 'optional';
    const previous = before(text, start, end);
    if (previous === 'optional')
        return throwsWhenMissing(text, start, end) ? 'required' : 'optional';
    if (previous === 'default')
        return 'optional';
    if (base !== 'unguarded')
        return base;
    if (next === 'required' || previous === 'required')
        return 'required';
    const name = previous === 'binding' ? assignedName(text, start) : undefined;
    return name ? variableUseStrength(text, name, end) : 'unguarded';
}
/** `name = read`, `name: str = read`, Go `name := read`, `var name = read`, `if name := read` on the read's line. */
function assignedName(text, start) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return /(?:^|[\s;(])(?:var\s+)?([A-Za-z_]\w*)\s*(?::\s*[^=\n]+?)?\s*:?=\s*$/.exec(text.slice(Math.max(lineStart, start - 200), start))?.[1];
}

;// CONCATENATED MODULE: ./src/shared/regex.ts
/**
 * Text matched literally inside a regular expression (a JavaScript one, or RE2's in LogQL):
 * every character with a meaning in either is escaped. Names read from files and inputs
 * (folder names, environments, keys) go through it, so none can change the pattern.
 */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/compose/source-scan.ts
/**
 * Finds the environment variables a service's code reads, by scanning its build
 * context: Node (`process.env.X`, `process.env['X']`, destructuring), Vite
 * (`import.meta.env.X`), SvelteKit (`$env/dynamic/*` `env.X`, `$env/static/*` named
 * imports), Python (`os.environ[...]`, `os.environ.get`, `os.getenv`), Elixir
 * (`System.get_env`, `System.fetch_env!`), Ruby (`ENV[...]`, `ENV.fetch`) and Go
 * (`os.Getenv`). Each read gets a strength from how the code uses it (read-context.ts).
 *
 * Only what the image contains and runs as the service is read: files the build
 * context's .dockerignore (or the Dockerfile's own `<Dockerfile>.dockerignore`) leaves
 * out, tests, test-runner configs, fixtures and stories, and paths the caller names
 * (scripts mounted into another service) are skipped and counted. node_modules, .git
 * and gitignored paths are skipped; big files are skipped (generated or vendored code).
 * Inside a git repository git itself says which files are ignored (every .gitignore
 * level, .git/info/exclude). A script with a `#!` line that nothing the image runs
 * names is not what the container runs either: its reads are kept, as notices.
 * Reads through configuration wrappers (`configService.get('X')`, `env('X')`) are
 * counted and named, not judged.
 */











/**
 * The files Vite loads into `import.meta.env` (vite.dev/guide/env-and-mode: `.env`,
 * `.env.local`, `.env.[mode]`, `.env.[mode].local`). The mode a build uses is not known
 * here (`vite build` defaults to production, `--mode` changes it): any mode counts.
 * Templates (`.env.example`) are documentation, not a mode.
 */
const VITE_ENV_FILE = /^\.env(?:\.(?!(?:example|sample|template|dist|defaults?)(?:\.local)?$)[\w-]+)?(?:\.local)?$/;
/** The bundler config imports import-meta-env (`@import-meta-env/unplugin`, `/babel`, `/swc`): the container fills `import.meta.env` at startup. */
const IMPORT_META_ENV_PLUGIN = /['"]@import-meta-env\/(?:unplugin|babel|swc|prepare)['"]/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.svelte-kit', '.next', '.nuxt', 'dist', 'build', 'coverage', '__pycache__', '_build', 'deps', 'vendor', '.venv', 'venv']);
/** A relative path inside one of SKIP_DIRS: one regex run per listed file, no array of its parts. */
const IN_SKIPPED_DIR = dirPattern(SKIP_DIRS);
const JS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.svelte', '.vue', '.astro']);
const LANGUAGE = { '.py': 'py', '.ex': 'ex', '.exs': 'ex', '.rb': 'rb', '.go': 'go' };
for (const ext of JS)
    LANGUAGE[ext] = 'js';
/** Code the scan does not read (its environment reads are not judged): counted, never silently skipped. */
const UNREAD_CODE = new Set(['.php', '.java', '.kt', '.kts', '.cs', '.rs', '.clj', '.cljs', '.cljc', '.scala', '.swift', '.dart', '.lua', '.pl', '.sh']);
/** Set by Vite itself. */
const VITE_BUILTINS = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
const source_scan_NAME = '[A-Za-z_][A-Za-z0-9_]*';
const N = `(?<name>${source_scan_NAME})`;
const QN = `(?<q>['"\`])${N}\\k<q>`;
const PATTERNS = {
    js: [
        { re: new RegExp(`\\bprocess\\.env\\.${N}`, 'g'), base: 'unguarded', guard: 'process.env' },
        { re: new RegExp(`\\bprocess\\.env\\[\\s*${QN}\\s*\\]`, 'g'), base: 'unguarded', guard: 'process.env' },
        { re: new RegExp(`\\bimport\\.meta\\.env\\.${N}`, 'g'), base: 'unguarded', guard: 'import.meta.env' },
    ],
    py: [
        // os.environ['X'] raises KeyError; .get / getenv return None.
        { re: new RegExp(`\\bos\\.environ\\[\\s*${QN}\\s*\\]`, 'g'), base: 'required' },
        { re: new RegExp(`\\bos\\.(?:environ\\.get|getenv)\\(\\s*${QN}\\s*(?<opt>,)?`, 'g'), base: 'unguarded', call: true },
    ],
    ex: [
        // System.get_env/1 returns nil when unset, /2 takes a default; fetch_env!/1 raises; fetch_env/1 returns :error.
        { re: new RegExp(`\\bSystem\\.get_env\\(\\s*"${N}"\\s*(?<opt>,)?`, 'g'), base: 'unguarded', call: true },
        { re: new RegExp(`\\bSystem\\.fetch_env!\\(\\s*"${N}"`, 'g'), base: 'required', call: true },
        { re: new RegExp(`\\bSystem\\.fetch_env\\(\\s*"${N}"(?<opt>)`, 'g'), base: 'optional', call: true },
        // The same calls without parentheses: `System.get_env "X"`.
        { re: new RegExp(`\\bSystem\\.get_env[ \\t]+"${N}"(?:[ \\t]*(?<opt>,))?`, 'g'), base: 'unguarded' },
        { re: new RegExp(`\\bSystem\\.fetch_env![ \\t]+"${N}"`, 'g'), base: 'required' },
        { re: new RegExp(`\\bSystem\\.fetch_env[ \\t]+"${N}"(?<opt>)`, 'g'), base: 'optional' },
    ],
    rb: [
        // ENV['X'] is nil when unset; ENV.fetch('X') raises unless it has a default or a block.
        { re: new RegExp(`\\bENV\\[\\s*${QN}\\s*\\]`, 'g'), base: 'unguarded' },
        { re: new RegExp(`\\bENV\\.fetch\\(\\s*${QN}\\s*(?<opt>,|\\)\\s*\\{|\\)\\s*do\\b)?`, 'g'), base: 'required', call: true },
    ],
    go: [
        { re: new RegExp(`\\bos\\.Getenv\\(\\s*"${N}"\\s*\\)`, 'g'), base: 'unguarded' },
        { re: new RegExp(`\\bos\\.LookupEnv\\(\\s*"${N}"(?<opt>)\\s*\\)`, 'g'), base: 'optional' },
    ],
};
/** Every read pattern of a language contains one of these: files without them are skipped undecoded. */
const MARKERS = { js: ['env'], py: ['env'], ex: ['_env'], rb: ['ENV'], go: ['env', 'Env'] };
const SVELTEKIT_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]\$env\/(static|dynamic)\/(?:private|public)['"]/g;
/**
 * Not what an image runs as its service: tests and their helpers, fixtures, test-runner
 * configs, stories. Matched on path segments and file names, in any language.
 */
const TEST_DIRS = new Set(['test', 'tests', '__tests__', '__test__', 'spec', 'specs', '__mocks__', '__fixtures__', 'fixtures', '__snapshots__', 'testdata', 'e2e', 'cypress', '.storybook']);
const IN_TEST_DIR = dirPattern(TEST_DIRS);
const TEST_FILE = /(?:\.(?:test|spec|e2e|cy|stories|story)\.[cm]?[jt]sx?$|_test\.(?:go|py|rb|exs)$|^test_.*\.py$|_spec\.rb$|^conftest\.py$)/;
const TEST_CONFIG = /^(?:vitest\.(?:config|workspace|setup)|jest\.(?:config|setup|preset)|playwright\.config|cypress\.config|karma\.conf|ava\.config|wdio\.conf|\.mocharc|setupTests|test-setup)\.[cm]?[jt]s$/;
/** True for a path (relative to the context, `/`-separated) that only tests use. */
function isTestPath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return TEST_FILE.test(name) || TEST_CONFIG.test(name) || IN_TEST_DIR.test(path);
}
/** A relative path with a folder (not the file itself) named one of `names`. */
function dirPattern(names) {
    return new RegExp(`(?:^|/)(?:${[...names].map(escapeRegExp).join('|')})/`);
}
/** A file that reads no environment, as nearly every file is. */
const NOTHING_READ = { reads: [], wrappers: [], script: false, importMetaEnv: false };
/**
 * One run's reads of build contexts. Compose services and a Fly app may build from one
 * context (with different ignore files, mounts or commands): git lists it once and each
 * file is read and scanned once; what belongs to which image is decided per scan.
 */
class ContextCache {
    #values = new Map();
    once(key, compute) {
        if (this.#values.has(key))
            return this.#values.get(key);
        const value = compute();
        this.#values.set(key, value);
        return value;
    }
}
/** Reads one source file and finds what it reads; undefined when it is not a regular file within the limit. */
function scanFileBytes(path, language, phase, maxBytes) {
    const bytes = readRegularFile(path, maxBytes);
    if (!bytes)
        return undefined;
    // Nearly every file reads no environment at all: one search for any marker passes them over undecoded
    // (a regex over the bytes as latin1 text: one pass, where a byte search per marker took one each).
    const latin1 = bytes.toString('latin1');
    if (!ANY_MARKER[language].test(latin1))
        return NOTHING_READ;
    const reading = MARKERS[language].some((marker) => latin1.includes(marker));
    const wrapping = reading || WRAPPER_MARKERS[language].some((marker) => latin1.includes(marker));
    const text = bytes.toString('utf8');
    const wrappers = [];
    if (wrapping)
        wrapperReadsIn(text, language, wrappers);
    return {
        reads: reading ? scanText(text, language, '', [], phase) : [],
        wrappers,
        script: bytes[0] === 0x23 && bytes[1] === 0x21,
        importMetaEnv: language === 'js' && text.includes('@import-meta-env/') && IMPORT_META_ENV_PLUGIN.test(text),
    };
}
async function scanBuildContext(root, options) {
    const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
    const maxFiles = options.maxFiles ?? 100_000;
    const reads = [];
    let filesScanned = 0;
    let truncated = false;
    const skipped = { dockerignore: 0, tests: 0, mounted: 0, mixEnv: 0 };
    const unread = {};
    const dockerfile = options.dockerfile ?? (0,external_node_path_namespaceObject.join)(root, 'Dockerfile');
    const cache = options.cache;
    const once = (key, compute) => (cache ? cache.once(key, compute) : compute());
    const ignore = once(`\0ignore\0${root}\0${dockerfile}\0${options.ignoreFile ?? ''}`, () => contextIgnore(root, dockerfile, options.ignoreFile));
    const dockerText = once(`\0dockerfile\0${dockerfile}`, () => readDockerfileText(dockerfile));
    const mixEnv = mixEnvOf(dockerText);
    let sawMixConfig = false;
    const mounted = (options.mountedElsewhere ?? []).map((path) => path.replace(/\/+$/, ''));
    const isMounted = (rel) => mounted.length > 0 && mounted.some((prefix) => rel === prefix || rel.startsWith(`${prefix}/`));
    /** Files with a `#!` line that read the environment: where their reads start and end in `reads`. */
    const scripts = [];
    const wrappers = [];
    const envFiles = new Set();
    let importMetaEnvAtRuntime = false;
    const shown = (rel) => (options.shownRoot === undefined ? (0,external_node_path_namespaceObject.relative)(options.workingDirectory, (0,external_node_path_namespaceObject.join)(root, rel)) : `${options.shownRoot.replace(/\/+$/, '')}/${rel}`);
    /** Scans one file when its extension is a language we read; false once the file limit is reached. */
    const scanFile = (path, rel, name) => {
        // A mode .env file the build reads: not one the .dockerignore leaves out, a test fixture's, or one mounted into another service.
        if (name.startsWith('.env') && VITE_ENV_FILE.test(name) && !(ignore.matcher && ignore.matcher.excludes(rel)) && !isTestPath(rel) && !isMounted(rel))
            envFiles.add(rel);
        const dot = name.lastIndexOf('.');
        const extension = dot > 0 ? name.slice(dot) : '';
        const language = LANGUAGE[extension];
        if (!language) {
            if (UNREAD_CODE.has(extension) && !(ignore.matcher && ignore.matcher.excludes(rel)) && !isTestPath(rel))
                unread[extension] = (unread[extension] ?? 0) + 1;
            return true;
        }
        if (ignore.matcher && ignore.matcher.excludes(rel)) {
            skipped.dockerignore++;
            return true;
        }
        if (isTestPath(rel)) {
            skipped.tests++;
            return true;
        }
        if (isMounted(rel)) {
            skipped.mounted++;
            return true;
        }
        const mixConfig = language === 'ex' ? mixConfigPhase(rel.split('/'), mixEnv) : undefined;
        if (mixConfig)
            sawMixConfig = true;
        if (mixConfig === 'skip') {
            skipped.mixEnv++;
            return true;
        }
        if (filesScanned >= maxFiles) {
            truncated = true;
            return false;
        }
        const phase = mixConfig === 'build' ? 'build' : 'run';
        const found = once(phase === 'run' ? path : `${path}\0build`, () => scanFileBytes(path, language, phase, maxFileBytes));
        if (!found)
            return true;
        filesScanned++;
        if (found === NOTHING_READ)
            return true;
        const from = reads.length;
        if (found.reads.length > 0) {
            const file = shown(rel);
            for (const read of found.reads)
                reads.push({ ...read, file });
        }
        if (found.importMetaEnv)
            importMetaEnvAtRuntime = true;
        wrappers.push(...found.wrappers);
        if (found.script && reads.length > from)
            scripts.push({ rel, from, to: reads.length });
        return true;
    };
    const listed = await once(`\0listed\0${root}`, () => gitListedFiles(root));
    if (listed) {
        // git prints normalized relative paths: plain concatenation spares a path.join per file.
        const base = root.endsWith('/') ? root : `${root}/`;
        for (const file of listed) {
            if (IN_SKIPPED_DIR.test(file))
                continue;
            if (!scanFile(base + file, file, file.slice(file.lastIndexOf('/') + 1)))
                break;
        }
    }
    else {
        walk(root, root, [], scanFile, () => truncated);
    }
    // A script with a `#!` line is run by name: when nothing the image runs names it, its reads are not needs.
    const inImage = (rel) => !(ignore.matcher && ignore.matcher.excludes(rel)) && !isTestPath(rel) && !isMounted(rel);
    const unnamed = scripts.length === 0 ? [] : unnamedScripts(scripts.map((script) => script.rel), [dockerText, ...(options.runs ?? [])], (visit) => {
        if (listed) {
            const base = root.endsWith('/') ? root : `${root}/`;
            for (const file of listed) {
                if (IN_SKIPPED_DIR.test(file) || !inImage(file))
                    continue;
                if (!visit(base + file, file))
                    return;
            }
        }
        else {
            let stop = false;
            walk(root, root, [], (path, rel) => {
                if (inImage(rel))
                    stop = !visit(path, rel);
                return !stop;
            }, () => stop);
        }
    }, maxFileBytes);
    for (const script of scripts) {
        if (!unnamed.includes(script.rel))
            continue;
        for (let i = script.from; i < script.to; i++) {
            const read = reads[i];
            read.standalone = true;
            if (read.strength === 'required')
                read.strength = 'unguarded';
        }
    }
    if (importMetaEnvAtRuntime) {
        for (const read of reads) {
            if (!read.inlined)
                continue;
            read.phase = 'run';
            delete read.inlined;
        }
    }
    // A gitignored `.env.local` is still in the build context: the context root is listed as Docker sends it.
    for (const name of safeReaddir(root))
        if (VITE_ENV_FILE.test(name) && !(ignore.matcher && ignore.matcher.excludes(name)))
            envFiles.add(name);
    const buildEnvFiles = [];
    const unreadableEnvFiles = [];
    for (const rel of [...envFiles].sort()) {
        try {
            if (!(0,external_node_fs_namespaceObject.lstatSync)((0,external_node_path_namespaceObject.join)(root, rel)).isFile())
                continue; // a symlink or a directory: no file of the context to load
            buildEnvFiles.push({ file: shown(rel), keys: readDotenvFile((0,external_node_path_namespaceObject.join)(root, rel), shown(rel), () => undefined, false).map((entry) => entry.key) });
        }
        catch (error) {
            // A parse error names its file and line (ComposeFileError); anything else is the read's own failure.
            unreadableEnvFiles.push(error instanceof ComposeFileError ? error.message : `${shown(rel)}: could not be read (${error.code ?? (error instanceof Error ? error.message : error)})`);
        }
    }
    const wrapperNames = [...new Set(wrappers.map((read) => read.name))].sort();
    const wrapperCalls = [...new Set(wrappers.map((read) => read.call))].sort();
    return { reads, filesScanned, buildEnvFiles, unreadableEnvFiles, importMetaEnvAtRuntime, standaloneScripts: unnamed.map(shown), wrapperReads: { count: wrappers.length, names: wrapperNames, calls: wrapperCalls }, ...dockerfileNames(dockerText), truncated, skipped, unread, ignoreFile: ignore.kind, invalidIgnorePatterns: ignore.matcher?.invalid ?? [], mixEnv: sawMixConfig ? mixEnv : undefined };
}
/**
 * Mix evaluates `config/config.exs` and the `config/<env>.exs` it imports when the
 * release is compiled (in the image build, with the Dockerfile's MIX_ENV), and
 * `config/runtime.exs` when the release boots. The config files of other Mix
 * environments (dev.exs, test.exs) are not evaluated for the image at all.
 */
function mixConfigPhase(parts, mixEnv) {
    if (parts.length < 2 || parts.at(-2) !== 'config')
        return undefined;
    const name = parts.at(-1);
    if (name === 'runtime.exs')
        return 'run';
    if (name === 'config.exs' || name === `${mixEnv}.exs`)
        return 'build';
    return /^[a-z_]+\.exs$/.test(name) ? 'skip' : undefined;
}
/** `ENV MIX_ENV=prod`, `ENV MIX_ENV="prod"`, `ARG MIX_ENV=prod` (the last wins); `prod` when the Dockerfile sets none (a release image). */
function mixEnvOf(dockerfile) {
    let env = 'prod';
    for (const match of dockerfile.matchAll(/^\s*(?:ENV|ARG)\s+MIX_ENV(?:=|\s+)["']?([a-z_]+)["']?\s*$/gim))
        env = match[1];
    return env;
}
/**
 * The ignore file Docker applies to this build: `<Dockerfile>.dockerignore` next to the
 * Dockerfile wins over `.dockerignore` at the context root (BuildKit's rule).
 */
function contextIgnore(root, dockerfile, named) {
    const candidates = named ? [{ file: named, kind: 'named' }] : [{ file: (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(dockerfile), `${(0,external_node_path_namespaceObject.basename)(dockerfile)}.dockerignore`), kind: 'dockerfile' }, { file: (0,external_node_path_namespaceObject.join)(root, '.dockerignore'), kind: 'context' }];
    for (const { file, kind } of candidates) {
        let text;
        try {
            if ((0,external_node_fs_namespaceObject.statSync)(file).size > 1024 * 1024)
                continue;
            text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        return { matcher: new DockerIgnore(readDockerignore(text)), kind };
    }
    return {};
}
/**
 * The files git would put in a commit under `root` (tracked plus untracked, minus
 * everything ignored by .gitignore at any level, .git/info/exclude and the global
 * excludes file). undefined when `root` is not inside a work tree, git is missing or
 * lists nothing (a context that git ignores as a whole is still scanned, by the walk).
 */
async function gitListedFiles(root) {
    let result;
    try {
        result = await new Git(root).run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { timeoutMs: 60_000 });
    }
    catch {
        return undefined;
    }
    if (result.code !== 0)
        return undefined;
    const files = result.stdout.split('\0').filter((file) => file !== '');
    return files.length > 0 ? files : undefined;
}
/**
 * Files a script name is not looked for in: media, fonts, archives and compiled code,
 * whose bytes are no command a person or a program runs a script by.
 */
const BINARY_EXTENSIONS = new Set([
    '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.icns', '.bmp', '.tif', '.tiff', '.psd', '.heic',
    '.woff', '.woff2', '.ttf', '.otf', '.eot',
    '.mp3', '.mp4', '.m4a', '.aac', '.wav', '.ogg', '.oga', '.webm', '.mov', '.avi', '.flac', '.mkv',
    '.pdf', '.zip', '.gz', '.tgz', '.bz2', '.xz', '.zst', '.7z', '.rar', '.br',
    '.jar', '.war', '.class', '.pyc', '.pyo', '.so', '.dylib', '.dll', '.exe', '.o', '.a', '.node', '.wasm', '.beam',
    '.sqlite', '.sqlite3',
]);
/** As git and grep tell binary from text: a NUL byte in the first 8000 bytes. */
const SNIFF_BYTES = 8000;
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NOFOLLOW | external_node_fs_namespaceObject.constants.O_NONBLOCK;
/**
 * Every file of a scan is read into this one buffer (grown to the largest file read, at
 * most maxFileBytes): a new buffer per file made tens of megabytes of garbage per scan,
 * and collecting it cost more than a third of the time reading took.
 */
let shared = Buffer.allocUnsafe(64 * 1024);
/**
 * The bytes of a regular file up to `maxBytes`, in the shared buffer: valid until the
 * next read, so callers decode or search them at once. undefined for anything else: git
 * lists symlinks and submodules too; O_NOFOLLOW refuses a symlink, a submodule or a
 * directory is no regular file, and O_NONBLOCK keeps a FIFO from blocking. With `text`,
 * also undefined for a known binary extension (not opened) and for a file whose first
 * bytes hold a NUL (only those are read).
 */
function readRegularFile(path, maxBytes, text = false) {
    if (text) {
        const slash = path.lastIndexOf('/');
        const dot = path.lastIndexOf('.');
        if (dot > slash + 1 && BINARY_EXTENSIONS.has(path.slice(dot).toLowerCase()))
            return undefined;
    }
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, OPEN_FLAGS);
    }
    catch {
        return undefined; // deleted in the working tree, a symlink, unreadable
    }
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile() || stat.size > maxBytes)
            return undefined;
        if (shared.length < stat.size)
            shared = Buffer.allocUnsafe(Math.max(stat.size, shared.length * 2));
        let length = 0;
        if (text) {
            length = (0,external_node_fs_namespaceObject.readSync)(fd, shared, 0, Math.min(stat.size, SNIFF_BYTES), 0);
            if (shared.subarray(0, length).indexOf(0) >= 0)
                return undefined;
        }
        while (length < stat.size) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, shared, length, stat.size - length, length);
            if (read === 0)
                break; // shrank since the stat
            length += read;
        }
        return shared.subarray(0, length);
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function safeReaddir(dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** Outside a git repository: walk the tree, honouring the .gitignore files found inside it. */
function walk(root, dir, ignores, scanFile, stopped) {
    let entries;
    try {
        entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    const local = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? [...ignores, ...readGitignore((0,external_node_path_namespaceObject.join)(dir, '.gitignore'), dir)] : ignores;
    for (const entry of entries) {
        if (stopped())
            return;
        const path = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        const isDir = entry.isDirectory();
        if (isDir && SKIP_DIRS.has(entry.name))
            continue;
        if (local.length > 0 && isIgnored(local, path, entry.name, isDir))
            continue;
        if (isDir)
            walk(root, path, local, scanFile, stopped);
        else if (entry.isFile() && !scanFile(path, (0,external_node_path_namespaceObject.relative)(root, path).split(external_node_path_namespaceObject.sep).join('/'), entry.name))
            return;
    }
}
/**
 * Scripts none of whose names occurs in what the image runs: the Dockerfile (CMD,
 * ENTRYPOINT), the services' `command`/`entrypoint`, or any other file of the image (a
 * shell entrypoint, package.json scripts, an import `from bin import release_manager`).
 * A name is the file name, or its stem as a whole word. A sound approximation of "what
 * the image runs": a script whose name occurs nowhere else cannot be started by name.
 */
function unnamedScripts(scripts, runs, files, maxBytes) {
    const names = new Map(scripts.map((rel) => {
        const file = rel.slice(rel.lastIndexOf('/') + 1);
        const dot = file.lastIndexOf('.');
        return [rel, { file, stem: dot > 0 ? file.slice(0, dot) : file }];
    }));
    const open = new Set(scripts);
    const mentions = (text, rel) => {
        for (const script of open) {
            if (script === rel)
                continue;
            const { file, stem } = names.get(script);
            if (text.indexOf(file) >= 0 || containsWord(text, stem))
                open.delete(script);
        }
    };
    for (const text of runs)
        mentions(text, '');
    if (open.size > 0) {
        files((path, rel) => {
            const bytes = readRegularFile(path, maxBytes, true);
            if (bytes)
                mentions(bytes, rel);
            return open.size > 0;
        });
    }
    return scripts.filter((script) => open.has(script));
}
/** `word` in `text` with no identifier character on either side. */
function containsWord(text, word) {
    const isWordChar = (code) => code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const codeAt = (i) => (typeof text === 'string' ? text.charCodeAt(i) : text[i]);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if ((at === 0 || !isWordChar(codeAt(at - 1))) && (at + word.length >= text.length || !isWordChar(codeAt(at + word.length))))
            return true;
    }
    return false;
}
/** Text that any wrapper call below contains (spares decoding files without one). */
const WRAPPER_MARKERS = { js: ['onfig', 'env', 'Env'], py: ['env', 'config'], ex: [], rb: [], go: ['viper'] };
/** Any marker of MARKERS or WRAPPER_MARKERS, per language. */
const ANY_MARKER = Object.fromEntries(Object.keys(MARKERS).map((language) => [language, new RegExp([...new Set([...MARKERS[language], ...WRAPPER_MARKERS[language]])].join('|'))]));
const source_scan_KEY = `(?<name>[A-Za-z_][A-Za-z0-9_.]{0,79})`;
/** Typed getters of env helpers (`env.bool('X')`, environs' `env.str`, django-environ's `env.db`); not string methods such as `startsWith`. */
const ACCESSOR = '(?:get|str|string|bool|boolean|int|integer|number|num|float|decimal|json|url|db|db_url|cache|email|path|list|array|dict|port|required)';
/**
 * Configuration wrappers: a library or helper between the code and the environment
 * (NestJS `configService.get('X')`, node-config `config.get('x')`, an `env('X')`
 * helper, django-environ / python-decouple `env('X')`, `env.bool('X')`, `config('X')`,
 * Go's viper). Whether such a read needs the variable, or reads it from the environment
 * at all, depends on the wrapper: the reads are counted and named, never judged.
 */
const WRAPPERS = {
    js: [
        new RegExp(`(?<![\\w$.])(?<call>(?:this\\.)?[A-Za-z_$]*[Cc]onfig[\\w$]*\\.(?:get|getOrThrow))\\s*(?:<[^<>()]*>)?\\(\\s*(?<q>['"\`])${source_scan_KEY}\\k<q>`, 'g'),
        new RegExp(`(?<![\\w$.])(?<call>[A-Za-z_$]*(?:env|Env)(?:\\.${ACCESSOR})?)\\s*(?:<[^<>()]*>)?\\(\\s*(?<q>['"\`])(?<name>[A-Z][A-Z0-9_]{1,79})\\k<q>`, 'g'),
    ],
    py: [new RegExp(`(?<![\\w.])(?<call>(?:env|config)(?:\\.${ACCESSOR})?)\\(\\s*(?<q>['"])(?<name>[A-Z][A-Z0-9_]{1,79})\\k<q>`, 'g')],
    ex: [],
    rb: [],
    go: [new RegExp(`\\b(?<call>viper\\.Get[A-Za-z]*)\\(\\s*"${source_scan_KEY}"`, 'g')],
};
/**
 * For each pattern above, the part every match contains, starting at a literal: a text
 * without it is passed over at the speed of a literal search, where the full pattern
 * (a look-behind, then a name of any length) is tried at every word.
 */
const WRAPPER_GATES = {
    js: [
        /[Cc]onfig[\w$]*\.(?:get|getOrThrow)\s*(?:<[^<>()]*>)?\(\s*['"`][A-Za-z_]/,
        new RegExp(`(?:env|Env)(?:\\.${ACCESSOR})?\\s*(?:<[^<>()]*>)?\\(\\s*['"\`][A-Z]`),
    ],
    py: [new RegExp(`(?:env|config)(?:\\.${ACCESSOR})?\\(\\s*['"][A-Z]`)],
    ex: [],
    rb: [],
    go: [/viper\.Get[A-Za-z]*\(\s*"/],
};
function wrapperReadsIn(text, language, found) {
    const gates = WRAPPER_GATES[language];
    for (const [index, re] of WRAPPERS[language].entries()) {
        if (!gates[index].test(text))
            continue;
        re.lastIndex = 0;
        for (let match = re.exec(text); match; match = re.exec(text)) {
            const call = match.groups.call.replace(/^this\./, '');
            // The reads the scan does judge are not wrappers.
            if (/^(?:process\.env|import\.meta\.env)/.test(call))
                continue;
            found.push({ name: match.groups.name, call: `${call}()` });
        }
    }
}
/** The index just past the `)` that closes a call whose arguments start before `from`; `from` when there is none nearby. */
function callEnd(text, from) {
    let depth = 1;
    const limit = Math.min(text.length, from + 400);
    for (let i = from; i < limit; i++) {
        const ch = text[i];
        if (ch === '(')
            depth++;
        else if (ch === ')' && --depth === 0)
            return i + 1;
    }
    return from;
}
/** Reads in one source text (exported for tests). */
function scanText(source, language, file, reads = [], filePhase = 'run') {
    // Elixir: comments, heredocs and sigils are blanked first (offsets unchanged).
    const text = language === 'ex' ? elixirCode(source) : source;
    // Built on the first read only: most scanned texts that pass the marker check still read nothing.
    let lines;
    const add = (name, index, strength, phase = filePhase) => reads.push({ name, file, line: (lines ??= new LineIndex(text)).lineAt(index), strength, phase: language === 'ex' && phase === 'run' && inModuleAttribute(text, index) ? 'build' : phase });
    for (const pattern of PATTERNS[language]) {
        if (pattern.guard && !text.includes(pattern.guard))
            continue;
        const re = pattern.re;
        re.lastIndex = 0;
        for (let match = re.exec(text); match; match = re.exec(text)) {
            const name = match.groups.name;
            if (language === 'js' && match[0].startsWith('import') && VITE_BUILTINS.has(name))
                continue;
            const start = match.index;
            if (match.groups.opt !== undefined) {
                add(name, start, 'optional');
                continue;
            }
            const end = pattern.call && !match[0].endsWith(')') ? callEnd(text, re.lastIndex) : re.lastIndex;
            if (language === 'js' && match[0].startsWith('import')) {
                add(name, start, jsReadStrength(text, start, end), 'build');
                reads[reads.length - 1].inlined = true;
                continue;
            }
            add(name, start, language === 'js' ? jsReadStrength(text, start, end) : otherReadStrength(text, start, end, pattern.base));
        }
    }
    if (language !== 'js')
        return reads;
    // `const { A, B = 'x' } = process.env`: found from each `process.env` backwards (a
    // forward regex over every `{` in the file costs more than the rest of the scan).
    const destructured = (source) => {
        for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + source.length)) {
            const body = destructuredBefore(text, at, source.length);
            if (body === undefined)
                continue;
            for (const part of body.split(',')) {
                const binding = /^\s*([A-Za-z_]\w*)\s*(?::\s*([A-Za-z_$][\w$]*))?\s*(=)?/.exec(part);
                if (!binding?.[1])
                    continue;
                // A default makes it optional; otherwise the local name's uses decide.
                add(binding[1], at, binding[3] === '=' ? 'optional' : variableUseStrength(text, binding[2] ?? binding[1], at));
            }
        }
    };
    destructured('process.env');
    SVELTEKIT_IMPORT.lastIndex = text.includes('$env/') ? 0 : text.length;
    for (let match = SVELTEKIT_IMPORT.exec(text); match; match = SVELTEKIT_IMPORT.exec(text)) {
        const specifiers = match[1].split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
            const [imported, local] = s.split(/\s+as\s+/);
            return { imported: imported.trim(), local: (local ?? imported).trim() };
        });
        if (match[2] === 'static') {
            // Named imports of variables SvelteKit inlines while building; a missing one fails the build.
            for (const { imported } of specifiers)
                if (new RegExp(`^${source_scan_NAME}$`).test(imported))
                    add(imported, match.index, 'required', 'build');
            continue;
        }
        for (const { imported, local } of specifiers) {
            if (imported !== 'env' || !/^[A-Za-z_$][\w$]*$/.test(local))
                continue;
            const escaped = local.replace(/\$/g, '\\$');
            destructured(local); // const { A } = env
            const use = new RegExp(`(?<![\\w$.])${escaped}(?:\\.(?<dot>${source_scan_NAME})|\\[\\s*(?<q>['"\`])(?<key>${source_scan_NAME})\\k<q>\\s*\\])`, 'g');
            for (let read = use.exec(text); read; read = use.exec(text)) {
                add(read.groups.dot ?? read.groups.key, read.index, jsReadStrength(text, read.index, use.lastIndex));
            }
        }
    }
    return reads;
}
/** The text between `{` and `}` when `{ … } = <source>` has its source at `at`; undefined otherwise. */
function destructuredBefore(text, at, length) {
    const before = text.charCodeAt(at - 1);
    if (before === 46 || before === 36 || (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || before === 95 || (before >= 97 && before <= 122))
        return undefined;
    const after = text.charCodeAt(at + length);
    if (after === 36 || after === 46 || after === 91 || (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || after === 95 || (after >= 97 && after <= 122))
        return undefined;
    let i = at - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    if (text[i] !== '=' || text[i - 1] === '=' || text[i - 1] === '!')
        return undefined;
    i--;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    if (text[i] !== '}')
        return undefined;
    const open = text.lastIndexOf('{', i);
    if (open < 0 || text.slice(open + 1, i).includes('}'))
        return undefined;
    return text.slice(open + 1, i);
}
function readGitignore(file, base) {
    let text;
    try {
        if ((0,external_node_fs_namespaceObject.statSync)(file).size > 256 * 1024)
            return [];
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch {
        return [];
    }
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        let pattern = raw.replace(/\s+$/, '');
        if (pattern === '' || pattern.startsWith('#'))
            continue;
        const negate = pattern.startsWith('!');
        if (negate)
            pattern = pattern.slice(1);
        const dirOnly = pattern.endsWith('/');
        if (dirOnly)
            pattern = pattern.slice(0, -1);
        const anchored = pattern.includes('/');
        if (pattern.startsWith('/'))
            pattern = pattern.slice(1);
        if (pattern === '')
            continue;
        try {
            rules.push({ base, negate, dirOnly, anchored, test: picomatch_default()(pattern, { dot: true }) });
        }
        catch {
            // a pattern picomatch cannot read is skipped, as git skips what it cannot parse
        }
    }
    return rules;
}
function isIgnored(rules, path, name, isDir) {
    let ignored = false;
    for (const rule of rules) {
        if (rule.dirOnly && !isDir)
            continue;
        const subject = rule.anchored ? (0,external_node_path_namespaceObject.relative)(rule.base, path) : name;
        if (rule.test(subject))
            ignored = !rule.negate;
    }
    return ignored;
}
/**
 * The names a build gets besides its code: its build args and the Dockerfile's ARG and
 * ENV. One answer for compose services, Fly apps and the scan's note; mode .env files
 * are added by the caller that names them.
 */
function buildTimeNames(buildArgs, dockerfile) {
    return new Set([...buildArgs, ...(dockerfile?.dockerfileArgs ?? []), ...(dockerfile?.dockerfileEnv ?? [])]);
}
function readDockerfile(path) {
    return dockerfileNames(readDockerfileText(path));
}
/** The Dockerfile's text; '' when it is missing, unreadable or over 1 MB. */
function readDockerfileText(path) {
    try {
        if ((0,external_node_fs_namespaceObject.statSync)(path).size > 1024 * 1024)
            return '';
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** `@name System.get_env(…)`: a module attribute is evaluated when the module compiles, in the image build. */
function inModuleAttribute(text, index) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    return /^\s*@[a-z_][A-Za-z0-9_]*\s+(?:\(\s*)?$/.test(text.slice(lineStart, index));
}
/** `ENV A=1 B=2`, `ENV A 1`, `ARG A[=x]`: the names, never the values; and the ARGs a FROM cannot do without. */
function dockerfileNames(text) {
    const env = [];
    const args = [];
    const globalWithoutDefault = new Set();
    const fromArgs = new Set();
    let seenFrom = false;
    for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
        const from = /^\s*FROM\s+(.*)$/i.exec(line);
        if (from) {
            seenFrom = true;
            // `${X}` or `$X` with no default (`${X:-y}` has one): an empty X leaves FROM without an image.
            for (const use of from[1].matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
                const name = use[1] ?? use[2];
                if (globalWithoutDefault.has(name))
                    fromArgs.add(name);
            }
            continue;
        }
        if (!seenFrom) {
            const arg = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/i.exec(line);
            if (arg)
                globalWithoutDefault.add(arg[1]);
        }
        const match = /^\s*(ENV|ARG)\s+(.*)$/i.exec(line);
        if (!match)
            continue;
        const target = match[1].toUpperCase() === 'ENV' ? env : args;
        const rest = match[2].trim();
        if (!rest.includes('=') && target === env) {
            const first = rest.split(/\s+/)[0];
            if (first)
                target.push(first);
            continue;
        }
        for (const token of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?==|\s|$)/g)) {
            // Only names at the start of a `NAME=` pair (or a bare ARG name), not words inside values.
            const before = rest.slice(0, token.index);
            if (before === '' || /\s$/.test(before))
                target.push(token[1]);
        }
    }
    return { dockerfileEnv: env, dockerfileArgs: args, fromArgs: [...fromArgs] };
}

;// CONCATENATED MODULE: ./src/compose/scan-notes.ts

/**
 * What a scan of one build context left out and could not judge, as notes: `who` names
 * the services (or app) running the image, `ignoreFile` the ignore file as the user knows it.
 */
/** Up to 20 names, then how many more. */
function listed(names) {
    return names.length > 20 ? `${names.slice(0, 20).join(', ')} and ${names.length - 20} more` : names.join(', ');
}
function scanNotes(who, context, scan, ignoreFile, buildArgs) {
    const notes = [];
    const skipped = [
        scan.skipped.dockerignore ? `${scan.skipped.dockerignore} excluded by ${ignoreFile}` : '',
        scan.skipped.tests ? `${scan.skipped.tests} tests, fixtures or test configs` : '',
        scan.skipped.mounted ? `${scan.skipped.mounted} mounted into another service` : '',
        scan.skipped.mixEnv ? `${scan.skipped.mixEnv} Elixir config file${scan.skipped.mixEnv === 1 ? '' : 's'} of other Mix environments (the image builds with MIX_ENV=${scan.mixEnv ?? 'prod'})` : '',
    ].filter(Boolean);
    const what = `${who}: build context ${context}: ${scan.filesScanned} source file${scan.filesScanned === 1 ? '' : 's'} scanned`;
    notes.push(skipped.length > 0 ? `${what}; not scanned (not what the image runs as the service): ${skipped.join(', ')}` : what);
    const unread = Object.entries(scan.unread).sort(([, a], [, b]) => b - a).map(([extension, count]) => `${count} ${extension}`);
    if (unread.length > 0)
        notes.push(`${who}: build context ${context}: environment reads in ${unread.join(', ')} files are not judged (languages the scan does not read)`);
    const scripts = scan.standaloneScripts;
    if (scripts.length > 0)
        notes.push(`${who}: build context ${context}: ${scripts.length} standalone script${scripts.length === 1 ? '' : 's'} (a #! line) that nothing the image runs names (CMD, ENTRYPOINT, command, another file of the image): ${listed(scripts)}; ${scripts.length === 1 ? 'its' : 'their'} reads are notices, not needs`);
    const wrappers = scan.wrapperReads;
    if (wrappers.count > 0)
        notes.push(`${who}: build context ${context}: ${wrappers.count} read${wrappers.count === 1 ? '' : 's'} through configuration wrappers the scan does not follow (${listed(wrappers.calls)}) ${wrappers.count === 1 ? 'is' : 'are'} not judged: ${listed(wrappers.names)}`);
    notes.push(...importMetaEnvNotes(who, context, scan, buildArgs));
    if (scan.invalidIgnorePatterns.length > 0)
        notes.push(`${who}: ${scan.invalidIgnorePatterns.length} .dockerignore pattern(s) Docker would refuse (the build fails there)`);
    if (scan.truncated)
        notes.push(`${who}: build context has more source files than the scan limit; the rest was not scanned`);
    return notes;
}
/**
 * How `import.meta.env` reads were judged: against what the build sees (the mode .env
 * files of the context, build args, Dockerfile ARG/ENV), never the container; the names
 * set nowhere there are named (their notices say the build command or `define` may set them).
 */
function importMetaEnvNotes(who, context, scan, buildArgs) {
    const notes = [];
    const where = `${who}: build context ${context}`;
    for (const why of scan.unreadableEnvFiles)
        notes.push(`${where}: ${why}; its keys are not known to the build check`);
    if (scan.importMetaEnvAtRuntime) {
        notes.push(`${where}: the bundler config uses import-meta-env, which fills import.meta.env when the container starts: its reads are judged as the container's`);
        return notes;
    }
    const inlined = scan.reads.filter((read) => read.inlined);
    if (inlined.length === 0)
        return notes;
    const names = [...new Set(inlined.map((read) => read.name))].sort();
    const given = buildTimeNames([...buildArgs, ...scan.buildEnvFiles.flatMap((file) => file.keys)], scan);
    const needed = new Set(inlined.filter((read) => read.strength !== 'optional').map((read) => read.name));
    const unset = names.filter((name) => needed.has(name) && !given.has(name));
    const files = scan.buildEnvFiles.length > 0 ? scan.buildEnvFiles.map((file) => file.file).join(', ') : 'none in the context';
    const line = `${where}: ${names.length} name${names.length === 1 ? '' : 's'} read through import.meta.env ${names.length === 1 ? 'is' : 'are'} replaced by the bundler while building: judged against the mode .env files (${files}), build args and Dockerfile ARG/ENV, never from the container's environment`;
    notes.push(unset.length > 0 ? `${line}; ${unset.length} not set where the build sees them: ${listed(unset)} (notices: the build command or the bundler's define may set them, which is not judged)` : line);
    return notes;
}

;// CONCATENATED MODULE: ./src/compose/fly-app.ts
/**
 * env-completeness for a Fly.io app: what the app's code needs against what its
 * Machines get.
 *
 * - Needs: the reads of the code its image runs (the same scan as for a compose
 *   service: build context = the directory of fly.toml, `[build] dockerfile` /
 *   `ignorefile`), the `required` input (keyed by the app name or `*`), and the example
 *   file's keys when there is no compose project.
 * - Given at run time: fly.toml `[env]`, the Dockerfile's ENV, the app's secrets (names
 *   from the Machines API, with a token), the step environment, `provided` and GitHub
 *   names; Fly's own runtime variables (FLY_APP_NAME, PRIMARY_REGION …).
 * - Given while building: `[build.args]`, the Dockerfile's ARG/ENV, `provided`. Fly
 *   secrets and `[env]` never reach a build.
 *
 * A secret set but not on the running Machines (staged, or on some of them) is
 * `staged-not-deployed`: an error when the code cannot do without it and the Machines
 * started before it existed, a notice otherwise (they run an older value, or no need
 * is shown). Without a token the secrets are unknown: what nothing else provides is a
 * notice, never an error.
 */







/** Set by Fly on every Machine (Fly's runtime environment documentation). */
const FLY_RUNTIME_NAMES = new Set(['FLY_APP_NAME', 'FLY_MACHINE_ID', 'FLY_ALLOC_ID', 'FLY_REGION', 'FLY_PUBLIC_IP', 'FLY_IMAGE_REF', 'FLY_MACHINE_VERSION', 'FLY_PRIVATE_IP', 'FLY_PROCESS_GROUP', 'FLY_VM_MEMORY_MB', 'PRIMARY_REGION']);
async function checkFlyApp(input) {
    const config = readFlyConfig(input.configPath, input.shown(input.configPath));
    const app = input.app || config.app;
    if (!app)
        throw new UserError(`${config.file} has no \`app = "…"\` and fly-app is not set: name the Fly app`);
    const notes = [];
    const provided = [{ source: `${config.file} [env]`, count: config.env.size }];
    // The app's secrets and Machines, names and times only.
    let secrets;
    if (input.api) {
        const listed = await input.api.listSecrets(app);
        const machines = await input.api.listMachines(app);
        const running = runningMachines(machines);
        secrets = new Map(listed.secrets.map((secret) => [secret.name, { secret, status: secretStatus(secret, running) }]));
        const counts = countStates([...secrets.values()].map((entry) => entry.status));
        input.log(`Fly app ${app}: ${listed.secrets.length} secret names listed (${counts}); ${machines.length} Machine${machines.length === 1 ? '' : 's'}, ${running.length} running`);
        provided.push({ source: `Fly secrets of ${app}`, count: listed.secrets.length });
        notes.push(`Fly app ${app}: ${listed.secrets.length} secret${listed.secrets.length === 1 ? '' : 's'} listed by the Machines API (${counts}); ${running.length} of ${machines.length} Machine${machines.length === 1 ? '' : 's'} running`);
        if (listed.skipped > 0)
            notes.push(`Fly app ${app}: ${listed.skipped} secret entr${listed.skipped === 1 ? 'y' : 'ies'} without a variable name were not used (not shown)`);
        if (running.length === 0)
            notes.push(`Fly app ${app}: no Machine is running; secrets reach a Machine when it starts, so none is judged staged`);
        const unknown = [...secrets.values()].filter((entry) => entry.status.state === 'unknown').length;
        if (unknown > 0)
            notes.push(`Fly app ${app}: for ${unknown} secret${unknown === 1 ? '' : 's'} it cannot be told whether the running Machines have ${unknown === 1 ? 'it' : 'them'} (a Machine without start or update time, or a secret without updated_at); counted as deployed`);
        if (running.some((machine) => machine.bootFrom === 'updated_at'))
            notes.push(`Fly app ${app}: some Machines listed no start or update events; their updated_at was taken as the time they last got the secrets`);
    }
    else {
        notes.push(`Fly app ${app}: the app's secrets were not listed (no fly-token); what nothing else provides is a notice, since it may be a Fly secret`);
    }
    // The image: fly deploy builds from the directory of fly.toml.
    const context = (0,external_node_path_namespaceObject.dirname)(input.configPath);
    const dockerfile = (0,external_node_path_namespaceObject.resolve)(context, config.build.dockerfile ?? 'Dockerfile');
    let scan;
    if (config.build.image) {
        notes.push(`Fly app ${app}: [build] image = an existing image; nothing is built from this repository, so no code is scanned`);
    }
    else if (input.scanSources) {
        scan = await scanBuildContext(context, { workingDirectory: input.root, dockerfile, ignoreFile: config.build.ignorefile ? (0,external_node_path_namespaceObject.resolve)(context, config.build.ignorefile) : undefined, cache: input.contexts });
        const ignore = scan.ignoreFile === 'named' ? `[build] ignorefile ${config.build.ignorefile}` : scan.ignoreFile === 'dockerfile' ? `${config.build.dockerfile ?? 'Dockerfile'}.dockerignore` : '.dockerignore';
        // What the build gets beside the scan's own (mode .env files, Dockerfile ARG/ENV): the same names the findings below are judged by.
        notes.push(...scanNotes(`Fly app ${app}`, input.shown(context), scan, ignore, [...config.build.args, ...input.declared]));
    }
    const image = scan ?? (config.build.image ? { dockerfileEnv: [], dockerfileArgs: [], fromArgs: [] } : readDockerfile(dockerfile));
    const dockerEnv = new Set(image.dockerfileEnv);
    const buildGets = buildTimeNames([...config.build.args, ...input.declared], image);
    if (image.dockerfileEnv.length > 0)
        provided.push({ source: `Dockerfile ENV of ${app}`, count: image.dockerfileEnv.length });
    const needs = readNeeds(scan?.reads ?? []);
    for (const name of [...(input.required['*'] ?? []), ...(input.required[app] ?? [])])
        needs.set(name, { source: 'required input', phase: 'run', strength: 'required' });
    // A key the example leaves empty is optional by its own word.
    for (const { key, line, empty } of input.example?.keys ?? [])
        if (!empty && !needs.has(key))
            needs.set(key, { source: `listed in ${input.example.file}:${line}`, phase: 'run', strength: 'required' });
    const findings = [];
    const at = { service: app, services: [app], file: config.file, line: config.appLine };
    const add = (variable, reason, severity, hint) => {
        if (!input.ignore.has(variable))
            findings.push({ ...at, variable, reason, severity, hint });
    };
    const reported = new Set();
    for (const [name, need] of [...needs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (RUNTIME_NAMES.has(name) || FLY_RUNTIME_NAMES.has(name))
            continue;
        const verb = need.strength === 'required' ? 'needs' : 'reads';
        const judged = need.strength === 'required' ? '' : ' without a fallback; whether the code needs it cannot be judged from the read';
        const severity = need.strength === 'required' ? 'error' : 'notice';
        if (need.phase === 'build') {
            if (buildGets.has(name) || scan?.buildEnvFiles.some((file) => file.keys.includes(name)))
                continue;
            if (need.inlined) {
                // Replaced by the bundler while building: never the Machines' environment; a notice at most (the build command or `define` may set it).
                add(name, 'not-passed', 'notice', inlinedHint(app, name, need, "the Machines' environment", 'a mode .env file of the build context', `set it in a mode .env file or pass it in ${config.file} [build.args]`));
                continue;
            }
            const secretNote = secrets?.has(name) || config.env.has(name) ? ` It is set for the Machines (${secrets?.has(name) ? 'a Fly secret' : `${config.file} [env]`}), but` : '';
            add(name, 'not-passed', severity, `${app} ${verb} ${name} while building (${need.source}${judged}).${secretNote} Fly secrets and [env] do not reach the build: pass it in ${config.file} [build.args] (or fly deploy --build-arg), or read it in config/runtime.exs instead`);
            continue;
        }
        if (config.env.has(name) || dockerEnv.has(name) || input.providedElsewhere(name))
            continue;
        const entry = secrets?.get(name);
        if (entry) {
            reported.add(name);
            const { state, absent } = entry.status;
            if (state === 'staged' || state === 'partial') {
                add(name, 'staged-not-deployed', need.strength === 'required' && absent ? 'error' : 'notice', stagedHint(app, name, entry.status, `, and ${app} ${verb} it (${need.source}${judged})`));
            }
            continue;
        }
        if (secrets) {
            add(name, 'not-passed', severity, `${app} ${verb} ${name} (${need.source}${judged}); neither ${config.file} [env] nor the app's ${secrets.size} secret${secrets.size === 1 ? '' : 's'} set it: \`fly secrets set ${name}=…\` (or add it to [env] if it is not secret)`);
        }
        else {
            add(name, 'not-passed', 'notice', `${app} ${verb} ${name} (${need.source}${judged}); ${config.file} [env], provided and the step environment do not set it, and the app's secrets were not listed (no fly-token): if it is a Fly secret, nothing is missing`);
        }
    }
    // A staged secret nothing shown reads: the deploy is still not what was set.
    for (const [name, entry] of secrets ?? []) {
        if (reported.has(name) || (entry.status.state !== 'staged' && entry.status.state !== 'partial'))
            continue;
        add(name, 'staged-not-deployed', 'notice', stagedHint(app, name, entry.status, ''));
    }
    const deployed = secrets ? [...secrets.values()].filter((entry) => entry.status.state !== 'staged' && entry.status.state !== 'partial').length : 0;
    return {
        app,
        config,
        service: { name: app, file: config.file, line: config.appLine, defined: config.env.size + deployed + dockerEnv.size, reads: new Set(scan?.reads.map((read) => read.name) ?? []).size, filesScanned: scan?.filesScanned ?? 0 },
        findings,
        notes,
        provided,
    };
}
function stagedHint(app, name, status, need) {
    const machines = status.lacking === status.running ? `all ${status.running} running Machine${status.running === 1 ? '' : 's'}` : `${status.lacking} of ${status.running} running Machines`;
    const runs = status.absent ? 'run without it' : 'run with its previous value';
    return `${name} is set as a secret of ${app} but ${status.state === 'staged' ? 'staged, not deployed' : 'only partly deployed'}: ${machines} started before it was set and ${runs}${need}; run \`fly secrets deploy\` (or \`fly deploy\`) to restart them with it`;
}
function countStates(statuses) {
    const counts = new Map();
    for (const status of statuses) {
        const label = status.state === 'partial' ? 'partly deployed' : status.state === 'not-running' ? 'no Machine running' : status.state;
        counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts].map(([label, count]) => `${count} ${label}`).join(', ') || 'none';
}

;// CONCATENATED MODULE: ./src/compose/env-completeness.ts














/** Variables the action itself receives; not part of any deployment. */
const OWN_ENV = /^(INPUT_|STATE_)/;
/** Stands for "set, value unknown" (a provided name, a secret): non-empty, never printed. */
const PROVIDED_VALUE = '\u0000provided';
async function checkEnvCompleteness(options) {
    const log = options.log ?? (() => { });
    const cwd = options.workingDirectory;
    const root = options.displayRoot ?? cwd;
    const shown = (path) => shownPath(root, path);
    const notes = [];
    const providedSources = [];
    const stepValues = new Map();
    for (const [name, value] of Object.entries(options.stepEnv))
        if (value !== undefined && !OWN_ENV.test(name))
            stepValues.set(name, value);
    providedSources.push({ source: 'step environment', count: stepValues.size });
    const flyConfig = flyConfigPath(options.flyConfig ?? '', cwd);
    let composeSettings;
    try {
        composeSettings = resolveProjectSettings({ cwd, root, composeFiles: options.composeFiles, envFiles: options.envFiles, profiles: options.profiles, env: stepValues, shown });
    }
    catch (error) {
        if (!(error instanceof NoComposeFileError))
            throw error;
        if (!flyConfig)
            throw new NoComposeFileError(`${error.message}, or fly-config for a Fly app`);
    }
    const settings = composeSettings ?? noComposeProject(cwd);
    for (const file of settings.envFiles)
        providedSources.push({ source: `env file ${file}`, count: [...settings.fileValues.values()].filter((value) => value.file === file).length });
    const names = new Set(options.provided);
    if (options.provided.length > 0)
        providedSources.push({ source: 'provided input', count: options.provided.length });
    if (options.api) {
        const github = await listGitHubNames(options.api, options.repository, options.environment);
        for (const name of github.names)
            names.add(name);
        providedSources.push(...github.sources);
        notes.push(...github.notes);
        log(`GitHub: ${github.names.size} secret and variable names listed`);
    }
    // Compose's precedence: the run's environment, then the env files; Compose itself sets the project name and PWD.
    const own = new Map([['COMPOSE_PROJECT_NAME', settings.projectName.value], ['PWD', cwd]]);
    const lookup = (name) => stepValues.get(name) ?? settings.fileValues.get(name)?.value ?? (names.has(name) ? PROVIDED_VALUE : undefined) ?? own.get(name);
    // An empty value in the environment provides nothing (a deleted secret reaches the step as ''); `KEY=` in an env file is an empty value on purpose.
    const deliberatelyEmpty = (name) => !stepValues.has(name) && settings.fileValues.get(name)?.value === '';
    const provided = (name) => {
        if (names.has(name) || own.has(name))
            return true;
        const step = stepValues.get(name);
        return step !== undefined ? step !== '' : settings.fileValues.get(name)?.value !== undefined;
    };
    const project = composeSettings ? loadProject({ files: settings.files.value, workingDirectory: root, lookup }) : { services: new Map(), uses: [], files: [] };
    const { active, notStarted } = selectServices(project, options.services, settings.profiles);
    if (composeSettings) {
        log(`compose files (${settings.files.from}): ${project.files.join(', ')}`);
        log(`env files: ${settings.envFiles.join(', ') || 'none'}; profiles (${settings.profiles.from}): ${settings.profiles.value.join(', ') || 'none'}; project name from ${settings.projectName.from}`);
        log(`services checked (${active.length}): ${active.map((service) => service.name).join(', ') || 'none'}`);
        log(`services not started (${notStarted.length}): ${notStarted.map((entry) => `${entry.service} (${entry.why})`).join(', ') || 'none'}`);
    }
    else {
        log('compose: no compose file; checking the Fly app only');
    }
    // Compose services and the Fly app may build from one context: it is listed and read once.
    const contexts = new ContextCache();
    const scans = options.scanSources ? await scanImages(project, active, root, notes, contexts) : new Map();
    // The Dockerfile is read with or without the scan: a FROM that needs an ARG is a build need.
    const dockerfiles = new Map();
    const dockerfileOf = (build) => {
        const key = scanKey(build);
        if (!dockerfiles.has(key))
            dockerfiles.set(key, scans.get(key) ?? readDockerfile((0,external_node_path_namespaceObject.resolve)(build.context, build.dockerfile)));
        return dockerfiles.get(key);
    };
    // Services often share env files (Appwrite: one .env for every service): each is read and parsed once; undefined when absent.
    const envFiles = new Map();
    const envFileEntries = (ref) => {
        if (!envFiles.has(ref.path))
            envFiles.set(ref.path, (0,external_node_fs_namespaceObject.existsSync)(ref.path) ? readDotenvFile(ref.path, ref.shown, lookup, false) : undefined);
        return envFiles.get(ref.path);
    };
    const factsOf = (service) => {
        const scan = service.build ? dockerfileOf(service.build) : undefined;
        const defined = new Map();
        const unprovided = new Set();
        // An empty value that interpolation gave is judged where it is interpolated.
        const interpolated = new Set(service.uses.filter((use) => use.path[2] === 'environment').map((use) => use.path[3]));
        for (const entry of service.environment.values()) {
            const at = `${entry.file}:${entry.line}`;
            if (entry.passThrough) {
                if (provided(entry.key))
                    defined.set(entry.key, { at, empty: deliberatelyEmpty(entry.key) });
                else
                    unprovided.add(entry.key);
            }
            else {
                defined.set(entry.key, { at, empty: entry.value === '' && !interpolated.has(entry.key) });
            }
        }
        const envFileValues = new Map();
        for (const ref of service.envFiles) {
            const entries = envFileEntries(ref);
            if (!entries) {
                if (ref.required && active.includes(service))
                    notes.push(`${service.name}: env_file ${ref.shown} does not exist here (${ref.file}:${ref.line}); its variables count as not defined`);
                continue;
            }
            for (const entry of entries) {
                if (entry.value === undefined || defined.has(entry.key))
                    continue;
                defined.set(entry.key, { at: `${ref.shown}:${entry.line}`, empty: entry.value === '' });
                envFileValues.set(entry.key, entry.value);
            }
        }
        // The value the container gets, only to tell empty from not (and POSTGRES_HOST_AUTH_METHOD=trust); never shown.
        const valueOf = (name) => {
            const entry = service.environment.get(name);
            if (!entry)
                return envFileValues.get(name);
            return entry.passThrough ? (provided(name) ? lookup(name) : undefined) : entry.value;
        };
        const requirement = service.build ? undefined : requirementOf(service.image);
        const met = requirement && ((requirement.unless && valueOf(requirement.unless.name) === requirement.unless.value) || requirement.oneOf.some((name) => (valueOf(name) ?? '') !== ''));
        for (const name of scan?.dockerfileEnv ?? [])
            if (!defined.has(name))
                defined.set(name, { at: `the Dockerfile of ${service.name}`, empty: false });
        const buildDefined = buildTimeNames(service.build?.args ?? [], scan);
        return { service, defined, unprovided, buildDefined, fromArgs: new Set(scan?.fromArgs ?? []), unmetImageRequirement: requirement && !met ? requirement : undefined };
    };
    const allFacts = [...project.services.values()].map(factsOf);
    const facts = allFacts.filter((fact) => active.includes(fact.service));
    for (const fact of facts) {
        for (const place of fact.service.unnamedEntries)
            notes.push(`${fact.service.name}: the environment entry at ${place.file}:${place.line} has a name built by interpolation; not checked (the name is not shown)`);
    }
    const images = [];
    for (const [key, scan] of scans) {
        const running = facts.filter((fact) => fact.service.build && scanKey(fact.service.build) === key);
        if (running.length > 0)
            images.push({ services: running, reads: scan.reads, context: contextShown(running[0].service.build, shown), buildEnvFiles: scan.buildEnvFiles });
    }
    const exampleRead = readExample(options.exampleFile, cwd, settings.projectDirectory, shown);
    const example = exampleRead && composeSettings ? composeExample(exampleRead, project, facts, shown, options.exampleFile !== '', notes) : undefined;
    const found = findMissing({ project, facts, allFacts, images, provided, deliberatelyEmpty, required: options.required, example: composeSettings ? example : undefined, ignore: new Set(options.ignore) });
    const checked = facts.map((fact) => {
        const scan = fact.service.build ? scans.get(scanKey(fact.service.build)) : undefined;
        const reads = scan ? new Set(scan.reads.map((read) => read.name)).size : 0;
        return { name: fact.service.name, file: fact.service.file, line: fact.service.line, defined: fact.defined.size, reads, filesScanned: scan?.filesScanned ?? 0 };
    });
    let flyAppName;
    if (flyConfig) {
        const stepProvides = (name) => names.has(name) || (stepValues.get(name) ?? '') !== '';
        const fly = await checkFlyApp({
            configPath: flyConfig, shown, root, app: options.flyApp ?? '', api: options.flyApi, scanSources: options.scanSources, required: options.required,
            example: composeSettings ? undefined : exampleRead, ignore: new Set(options.ignore), providedElsewhere: stepProvides, declared: options.provided, log, contexts,
        });
        flyAppName = fly.app;
        checked.push({ ...fly.service, kind: 'fly' });
        found.push(...fly.findings);
        notes.push(...fly.notes);
        providedSources.push(...fly.provided);
    }
    const defined = [...project.services.keys(), ...(flyAppName ? [flyAppName] : [])];
    const unknownRequired = Object.keys(options.required).filter((name) => name !== '*' && !defined.includes(name));
    if (unknownRequired.length > 0) {
        throw new UserError(`required names ${unknownRequired.join(', ')}, which ${flyAppName ? 'neither the compose files nor the Fly app' : 'the compose files do not'} define (defined: ${defined.join(', ') || 'none'})`);
    }
    const missing = found.filter((entry) => entry.severity === 'error');
    const notices = found.filter((entry) => entry.severity === 'notice');
    return {
        files: project.files,
        settings: { files: { value: project.files, from: settings.files.from }, envFiles: settings.envFiles, profiles: settings.profiles, projectName: settings.projectName },
        services: checked,
        notStarted,
        missing,
        notices,
        provided: providedSources,
        notes,
        findings: [...missing, ...notices].map(toFinding),
    };
}
/** The Fly app's config: the fly-config input, else fly.toml in the working directory when it exists; 'none' = no Fly app. */
function flyConfigPath(input, cwd) {
    if (input === 'none')
        return undefined;
    if (input)
        return (0,external_node_path_namespaceObject.resolve)(cwd, input);
    const path = inProject(cwd, DEFAULT_FLY_CONFIG);
    return (0,external_node_fs_namespaceObject.existsSync)(path) ? path : undefined;
}
/** Compose's settings when there is no compose project (a Fly app only). */
function noComposeProject(cwd) {
    return { files: { value: [], from: 'none found' }, envFiles: [], fileValues: new Map(), profiles: { value: [], from: 'no compose project' }, projectName: { value: '', from: 'no compose project' }, projectDirectory: cwd };
}
/** One scan per build context and Dockerfile: services may share a context yet build from different Dockerfiles. */
function scanKey(build) {
    return `${build.context}\0${(0,external_node_path_namespaceObject.resolve)(build.context, build.dockerfile)}`;
}
function contextShown(build, shown) {
    return build.shownContext ?? shown(build.context);
}
/**
 * Scans each image the started services build, skipping files that a service not
 * built from that context mounts (another container's scripts), and notes what was
 * left out and why.
 */
async function scanImages(project, active, root, notes, cache) {
    const scans = new Map();
    const shown = (path) => shownPath(root, path);
    for (const service of active) {
        const build = service.build;
        if (!build || scans.has(scanKey(build)))
            continue;
        const context = contextShown(build, shown);
        if (!(0,external_node_fs_namespaceObject.existsSync)(build.context)) {
            notes.push(`${service.name}: build context ${context} does not exist; not scanned`);
            continue;
        }
        const mountedElsewhere = [];
        for (const other of project.services.values()) {
            if (other.build && other.build.context === build.context)
                continue;
            for (const mount of other.mounts) {
                const rel = (0,external_node_path_namespaceObject.relative)(build.context, mount);
                if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(external_node_path_namespaceObject.sep))
                    mountedElsewhere.push(rel.split(external_node_path_namespaceObject.sep).join('/'));
            }
        }
        // As in Compose, a relative dockerfile is resolved against the context.
        const sharing = active.filter((other) => other.build && scanKey(other.build) === scanKey(build));
        const runs = sharing.flatMap((other) => other.runs).filter(Boolean);
        const scan = await scanBuildContext(build.context, { workingDirectory: root, dockerfile: (0,external_node_path_namespaceObject.resolve)(build.context, build.dockerfile), shownRoot: build.shownContext, mountedElsewhere, runs, cache });
        scans.set(scanKey(build), scan);
        const ignoreFile = scan.ignoreFile === 'dockerfile' ? `the Dockerfile's own ${build.shownDockerfile ?? build.dockerfile}.dockerignore` : '.dockerignore';
        notes.push(...scanNotes(sharing.map((other) => other.name).join(', '), context, scan, ignoreFile, sharing.flatMap((other) => other.build?.args ?? [])));
    }
    return scans;
}
/** The example file: the input, else the first default template in the project directory; undefined when there is none. */
function readExample(input, cwd, projectDirectory, shown) {
    if (input === 'none')
        return undefined;
    const path = input ? (0,external_node_path_namespaceObject.resolve)(cwd, input) : DEFAULT_EXAMPLE_FILES.map((name) => inProject(projectDirectory, name)).find((candidate) => (0,external_node_fs_namespaceObject.existsSync)(candidate));
    if (!path)
        return undefined;
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        throw new UserError(`example-file ${input} does not exist (in ${cwd})`);
    const keys = readDotenvFile(path, shown(path), () => undefined, false).map((entry) => ({ key: entry.key, line: entry.line, empty: (entry.value ?? '') === '' }));
    return { file: shown(path), keys, path };
}
/** The file an example is a template of: `.env.example` / `.env.sample` → `.env`, `prod.env.example` → `prod.env`. */
function templatedFile(examplePath) {
    const stripped = examplePath.replace(/[.-](?:example|sample|template|dist)$/i, '');
    return stripped === examplePath ? inProject((0,external_node_path_namespaceObject.dirname)(examplePath), '.env') : stripped;
}
/**
 * The example file, when it describes this compose deployment. A `.env` reaches Compose
 * in two ways only: interpolation of the compose files, and `env_file` ("a container's
 * environment is not set until there's an explicit entry in the service configuration",
 * Compose docs). An example none of whose keys a started service interpolates, and whose
 * `.env` no started service reads as an env_file, documents another way to run the
 * project (from source, with the app's own dotenv): by default it is not used, and a
 * note says so. Given as `example-file`, it always is.
 */
function composeExample(read, project, started, shown, explicit, notes) {
    const template = templatedFile(read.path);
    const readByEnvFile = new Set(started.filter((facts) => facts.service.envFiles.some((ref) => ref.path === template)).map((facts) => facts.service.name));
    const listed = new Set(read.keys.map((entry) => entry.key));
    const interpolated = [...project.uses, ...started.flatMap((facts) => facts.service.uses)].some((use) => listed.has(use.name));
    if (!explicit && readByEnvFile.size === 0 && !interpolated) {
        notes.push(`${read.file} is not used: no started service interpolates a key it lists or reads ${shown(template)} as an env_file, so it documents another way to run the project (from source, for instance); set example-file to check it anyway`);
        return undefined;
    }
    return { file: read.file, keys: read.keys, templateOf: { file: shown(template), readBy: [...readByEnvFile] } };
}
function toFinding(entry) {
    return {
        severity: entry.severity,
        code: entry.reason,
        title: `${entry.variable}: ${entry.reason}${entry.service ? ` (${servicesShown(entry)})` : ''}`,
        message: `${entry.service ? `${servicesShown(entry)}: ` : ''}${entry.variable} ${REASON_TEXT[entry.reason]} — ${entry.hint}`,
        file: entry.file,
        line: entry.line || undefined,
    };
}
const REASON_TEXT = {
    unset: 'is interpolated or passed through without a default and not provided',
    'required-unset': 'is required (:? / ?) and not provided',
    'empty-default': 'falls back to an empty default',
    'empty-value': 'is set empty on purpose, and a need reads it',
    'not-passed': 'is needed but not passed to the service',
    'example-missing': 'is in the example file but not provided',
    'staged-not-deployed': 'is a Fly secret that is set but not on the running Machines',
};
/** Which services `docker compose up` starts, and why each other one is not started. */
function selectServices(project, names, profiles) {
    const all = [...project.services.values()];
    if (names.length > 0) {
        const unknown = names.filter((name) => !project.services.has(name));
        if (unknown.length > 0)
            throw new UserError(`services: ${unknown.join(', ')} not defined by the compose files (defined: ${all.map((s) => s.name).join(', ') || 'none'})`);
        // Naming a service activates it whatever its profiles, as `docker compose up <service>` does.
        return { active: names.map((name) => project.services.get(name)), notStarted: all.filter((s) => !names.includes(s.name)).map((s) => ({ service: s.name, why: 'not in the services input' })) };
    }
    const everything = profiles.value.includes('*');
    const active = all.filter((s) => everything || s.profiles.length === 0 || s.profiles.some((profile) => profiles.value.includes(profile)));
    const why = (s) => `profile${s.profiles.length === 1 ? '' : 's'} ${s.profiles.join(', ')} ${s.profiles.length === 1 ? 'is' : 'are'} not active`;
    return { active, notStarted: all.filter((s) => !active.includes(s)).map((s) => ({ service: s.name, why: why(s) })) };
}

;// CONCATENATED MODULE: ./src/fly/machines-api.ts
/**
 * Read-only client of Fly.io's Machines API (https://api.machines.dev, documented in
 * "Working with the Machines API"): every request carries `Authorization: Bearer
 * <token>`, exactly as the documentation's examples send it (a token made by `fly
 * tokens create` starts with `FlyV1 `, and the examples put that inside the Bearer
 * header too). Two calls:
 *
 * - `GET /v1/apps/{app}/secrets`: `{"secrets": [{name, digest, created_at, updated_at}]}`
 *   (fly-go's AppSecret, what flyctl lists). Values are returned only with
 *   `show_secrets=true`, which this client never sends; digests are read past and never kept.
 * - `GET /v1/apps/{app}/machines`: an array of Machines with `state`, `updated_at`,
 *   `config.metadata` and `events` ({type, status, source, timestamp in ms}).
 *
 * Answers are bounded (10 MB, 30 s per request); an error names the status and what
 * to check, never the token, a header or a body the server sent back verbatim.
 */

const FLY_API_URL = 'https://api.machines.dev';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const machines_api_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
class FlyApi {
    token;
    apiUrl;
    timeoutMs;
    constructor(options) {
        this.token = options.token;
        this.apiUrl = (options.apiUrl || FLY_API_URL).replace(/\/+$/, '');
        this.timeoutMs = options.timeoutMs ?? 30_000;
    }
    /** Secret names and their timestamps; `skipped` counts entries whose name is not a variable name (never shown). */
    async listSecrets(app) {
        const path = `/v1/apps/${encodeURIComponent(app)}/secrets`;
        const body = await this.get(path);
        const list = isObject(body) && Array.isArray(body.secrets) ? body.secrets : undefined;
        if (!list)
            throw new UserError(`Fly Machines API GET ${path} answered without a secrets list (expected {"secrets": [...]})`);
        const secrets = [];
        let skipped = 0;
        for (const entry of list) {
            if (!isObject(entry) || typeof entry.name !== 'string' || !machines_api_NAME.test(entry.name)) {
                skipped++;
                continue;
            }
            secrets.push({ name: entry.name, createdAt: timestamp(entry.created_at), updatedAt: timestamp(entry.updated_at) });
        }
        return { secrets, skipped };
    }
    async listMachines(app) {
        const path = `/v1/apps/${encodeURIComponent(app)}/machines`;
        const body = await this.get(path);
        if (!Array.isArray(body))
            throw new UserError(`Fly Machines API GET ${path} answered without a list of Machines`);
        return body.filter(isObject).map((machine) => {
            const metadata = isObject(machine.config) && isObject(machine.config.metadata) ? machine.config.metadata : {};
            const boots = (Array.isArray(machine.events) ? machine.events : [])
                .filter((event) => isObject(event) && BOOT_EVENTS.has(String(event.type)))
                .map((event) => Number(event.timestamp))
                .filter((time) => Number.isFinite(time) && time > 0);
            const updatedAt = timestamp(machine.updated_at);
            return {
                id: typeof machine.id === 'string' ? machine.id : '',
                state: typeof machine.state === 'string' ? machine.state : '',
                processGroup: typeof metadata.fly_process_group === 'string' ? metadata.fly_process_group : '',
                lastBoot: boots.length > 0 ? boots.reduce((latest, time) => Math.max(latest, time)) : updatedAt, // no spread: a long list overflows the stack
                bootFrom: boots.length > 0 ? 'events' : updatedAt !== undefined ? 'updated_at' : 'none',
            };
        });
    }
    async get(path) {
        const { RequestFailed, requestText } = await Promise.all(/* import() */[__nccwpck_require__.e(543), __nccwpck_require__.e(553)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7553));
        let answer;
        try {
            answer = await requestText(`${this.apiUrl}${path}`, {
                method: 'GET',
                headers: { authorization: `Bearer ${this.token}`, accept: 'application/json', 'user-agent': 'deploy-guards' },
                maxRedirections: 0,
                deadlineMs: this.timeoutMs,
                maxBytes: MAX_BODY_BYTES,
            });
        }
        catch (error) {
            throw new UserError(`Fly Machines API GET ${path} failed: ${error instanceof RequestFailed ? error.reason.replaceAll(this.token, '***') : 'request error'}`);
        }
        const { status, text } = answer;
        if (text === undefined)
            throw new UserError(`Fly Machines API GET ${path} answered more than ${MAX_BODY_BYTES / 1024 / 1024} MB; refused`);
        if (status !== 200) {
            const why = status === 401 ? 'the fly-token is invalid or expired'
                : status === 403 ? 'the fly-token may not read this app (use a deploy token of the app, or an org token)'
                    : status === 404 ? 'no such app, or not visible to this token (check fly-app or the app name in fly.toml)'
                        : 'the API had a problem; try again later';
            throw new UserError(`Fly Machines API GET ${path} answered ${status}: ${why}`);
        }
        try {
            return JSON.parse(text);
        }
        catch {
            throw new UserError(`Fly Machines API GET ${path} answered 200 with a body that is not JSON`);
        }
    }
}
/** The events after which a Machine runs with the app's secrets as they were then (Fly: "started or updated"). */
const BOOT_EVENTS = new Set(['launch', 'start', 'update', 'restart']);
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** RFC 3339 (a time without a zone is UTC, as Go parses it); undefined for anything else. */
function timestamp(value) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/.test(value))
        return undefined;
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
    const ms = Date.parse(zoned.replace(' ', 'T'));
    return Number.isFinite(ms) ? ms : undefined;
}

;// CONCATENATED MODULE: ./src/shared/yaml-input.ts
// A YAML input (deploy-canary `checks`, env-completeness `required`). Apart from Inputs so that
// only the bundles that read one load the YAML parser: compiling and starting it is about a
// fifth of a cold start for an action that never parses YAML (measured in the cold-start work).


/** A YAML input, parsed with alias and size limits so a hostile value fails cleanly; undefined when not given. */
function yamlInput(inputs, name, example) {
    const value = inputs.source.get(name);
    if (value.trim() === '')
        return undefined;
    if (value.length > 1_000_000)
        throw new InputError(name, 'is larger than 1 MB', example);
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(value, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
    const problem = doc.errors[0];
    if (problem) {
        const line = lines.linePos(problem.pos[0]).line;
        throw new InputError(name, `is not valid YAML${line ? ` (line ${line})` : ''}: ${problem.message.split('\n')[0]}`, example);
    }
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new InputError(name, `could not be read as YAML: ${error instanceof Error ? error.message : error}`, example);
    }
}

;// CONCATENATED MODULE: ./src/compose/settings.ts





const REQUIRED_EXAMPLE = "required: '{web: [DATABASE_URL, MANA_STT_URL], \"*\": [SENTRY_DSN]}'";
const settings_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Every env-completeness input, validated; shared by the action and the CLI. */
function readEnvCompletenessSettings(inputs, context, cwd) {
    const token = inputs.secret('secrets-token');
    const workingDirectory = inputs.string('working-directory', '.');
    return {
        workingDirectory: (0,external_node_path_namespaceObject.resolve)(cwd, workingDirectory),
        displayRoot: cwd,
        composeFiles: inputs.list('compose-files'),
        envFiles: inputs.list('env-files'),
        exampleFile: inputs.string('example-file'),
        required: readRequired(inputs),
        scanSources: inputs.boolean('scan-sources', true),
        services: inputs.list('services', { splitCommas: true }),
        profiles: inputs.list('profiles', { splitCommas: true }),
        provided: names(inputs, 'provided'),
        ignore: names(inputs, 'ignore'),
        environment: inputs.string('environment'),
        repository: context.repository,
        api: token ? new GitHubApi({ token, apiUrl: context.apiUrl }) : undefined,
        flyConfig: inputs.string('fly-config'),
        flyApp: readFlyApp(inputs),
        flyApi: readFlyApi(inputs),
        fail: inputs.boolean('fail', true),
    };
}
/** Fly app names: lowercase letters, digits and dashes (what `fly apps create` accepts). */
function readFlyApp(inputs) {
    const app = inputs.string('fly-app');
    if (app && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(app))
        throw new InputError('fly-app', `'${app}' is not a Fly app name`, 'fly-app: hello-phx');
    return app;
}
function readFlyApi(inputs) {
    const token = inputs.secret('fly-token').trim();
    const apiUrl = inputs.string('fly-api-url', FLY_API_URL);
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        throw new InputError('fly-api-url', 'is not a URL', `fly-api-url: ${FLY_API_URL}`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search)
        throw new InputError('fly-api-url', 'must be an http(s) base URL without credentials or query', `fly-api-url: ${FLY_API_URL}`);
    if (!token)
        return undefined;
    // A macaroon token is `FlyV1 fm2_…,fm2_…`: mask each part too, so no piece of it can show alone.
    for (const part of token.replace(/^(FlyV1|Bearer) /, '').split(','))
        if (part.length >= 8)
            inputs.source.mask(part);
    // Only the shape is described: a token pasted with a line break must not be echoed.
    if (/[\s\0]/.test(token.replace(/^(FlyV1|Bearer) /, '')))
        throw new InputError('fly-token', 'holds white space or a line break inside the token', 'fly-token: ${{ secrets.FLY_API_TOKEN }} (the whole output of fly tokens create deploy)');
    return new FlyApi({ token, apiUrl });
}
function names(inputs, input) {
    const list = inputs.list(input, { splitCommas: true });
    const bad = list.find((name) => !settings_NAME.test(name));
    // Only the shape is described: a value pasted here by mistake must not be echoed.
    if (bad !== undefined)
        throw new InputError(input, 'holds an entry that is not a variable name', `${input}: DATABASE_URL, MANA_STT_URL`);
    return list;
}
/** `service: [NAMES]` or `service: "A B"`; `*` applies to every service. */
function readRequired(inputs) {
    const value = yamlInput(inputs, 'required', REQUIRED_EXAMPLE);
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new InputError('required', 'must be a mapping of service name to variable names', REQUIRED_EXAMPLE);
    const result = {};
    for (const [service, list] of Object.entries(value)) {
        const items = Array.isArray(list) ? list.map(String) : typeof list === 'string' ? list.split(/[\s,]+/).filter(Boolean) : undefined;
        if (!items || items.some((name) => !settings_NAME.test(name)))
            throw new InputError('required', `the entry for ${service} must be a list of variable names`, REQUIRED_EXAMPLE);
        result[service] = items;
    }
    return result;
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

;// CONCATENATED MODULE: ./src/actions/env-completeness/run.ts






async function run() {
    await runAction('env-completeness', async () => {
        const context = readGitHubContext();
        const settings = readEnvCompletenessSettings(actionInputs(), context, context.workspace);
        const result = await checkEnvCompleteness({ ...settings, stepEnv: process.env, log: info });
        setOutput('missing-count', result.missing.length);
        setOutput('missing', missingJson(result));
        setOutput('notice-count', result.notices.length);
        setOutput('notices', noticesJson(result));
        setOutput('services', servicesJson(result));
        annotate(result.findings, { demoteErrors: !settings.fail });
        for (const note of result.notes)
            notice(noteLine(note));
        await writeSummary(summaryMarkdown(result));
        if (result.missing.length > 0)
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
exports.CA = YAMLMap.YAMLMap;
exports.Rw = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ var __webpack_exports__ = __nccwpck_require__(7921);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
