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

/***/ 8816:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(559);

await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 559:
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_APPEND); // the runner creates the file: never a new one elsewhere
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    try {
        (0,external_node_fs_.writeFileSync)(fd, markdown, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(8382);
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
        throw new errors/* InputError */.dz(name, secret ? 'is not a URL' : `'${value}' is not a URL`, `${name}: ${example}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.dz(name, `'${url.protocol}' is not http or https`, `${name}: ${example}`);
    if (url.username || url.password)
        throw new errors/* InputError */.dz(name, 'must not carry credentials in the URL (they would be logged)', `${name}: ${example}`);
    return value;
}
/** `key=value` per line or comma; label names as Loki (Prometheus) allows them. */
function lokiLabels(inputs) {
    const labels = {};
    for (const item of inputs.list('loki-labels', { splitCommas: true })) {
        const match = /^([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*(.*)$/.exec(item);
        if (!match)
            throw new errors/* InputError */.dz('loki-labels', `'${item}' is not name=value with a Loki label name`, 'loki-labels: app=shop, team=payments');
        labels[match[1]] = match[2];
    }
    return labels;
}
function readSinkSettings(inputs, workspace) {
    const eventsFile = inputs.string('events-file');
    const githubDeployment = inputs.boolean('github-deployment', false);
    const token = inputs.secret('token');
    if (githubDeployment && token === '')
        throw new errors/* InputError */.dz('token', 'is empty but github-deployment is true (it needs deployments: write)', 'token: ${{ github.token }}');
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
class GitHubApiError extends errors/* UserError */.yo {
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
                throw new errors/* UserError */.yo(`GitHub API GET ${path}: the answer links its next page on another origin than ${new URL(this.apiUrl).origin}; not followed (the request would carry the token there), so the list is incomplete`);
            }
            if (page >= MAX_PAGES) {
                throw new errors/* UserError */.yo(`GitHub API GET ${path}: the list goes on past ${MAX_PAGES} pages (the bound); the items after them were not read, so the list is incomplete`);
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
            throw new errors/* UserError */.yo(`GitHub API ${method} ${path} failed: ${error instanceof RequestFailed ? error.reason : 'request error'}`);
        }
        const { status, text, headers } = answer;
        if (status >= 400)
            throw new GitHubApiError(`${method} ${path}`, status, reasonOf(text), this.permission);
        if (text === undefined)
            throw new errors/* UserError */.yo(`GitHub API ${method} ${path} answered more than ${MAX_ANSWER_BYTES / 1024 / 1024} MB; refused`);
        const link = headers.link;
        const next = typeof link === 'string' ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
        try {
            return { body: (text === '' ? undefined : JSON.parse(text)), next };
        }
        catch {
            throw new errors/* UserError */.yo(`GitHub API ${method} ${path} answered ${status} with a body that is not JSON (is GITHUB_API_URL the API's URL?)`);
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
            return (0,external_node_fs_.statSync)(current).isDirectory() ? undefined : current;
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
            if ((0,external_node_fs_.statSync)(this.path).size > MAX_EVENTS_FILE_BYTES)
                return null;
            return new Set(Array.from((0,external_node_fs_.readFileSync)(this.path, 'utf8').matchAll(/"id":"([^"\\]*)"/g), (match) => match[1]));
        }
        catch (error) {
            return error.code === 'ENOENT' ? new Set() : null; // no file yet holds no event
        }
    }
    async send(event) {
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.dirname)(this.path), { recursive: true });
            (0,external_node_fs_.appendFileSync)(this.path, `${JSON.stringify(event)}\n`);
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
                return { sink, ok: false, attempts: attempt, error: (0,errors/* errorMessage */.gJ)(error), permanent: true, ...(error.wholeSink ? { wholeSink: true } : {}) };
            if (error instanceof GitHubApiError && !error.retryable)
                return { sink, ok: false, attempts: attempt, error: (0,errors/* errorMessage */.gJ)(error), permanent: true };
            if (attempt >= attempts)
                return { sink, ok: false, attempts: attempt, error: (0,errors/* errorMessage */.gJ)(error) };
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
        raw = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
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
    (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.join)(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(record, null, 2), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(temporary, 0o600);
    (0,external_node_fs_.renameSync)(temporary, path);
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
async function closeDeployment(options) {
    const events = DeploymentEvents.openForPost(options);
    if (!events)
        return undefined;
    return events.close('job-ended');
}

;// CONCATENATED MODULE: ./src/events/verdict.ts


/**
 * `canary.passed` / `canary.failed` for a scheduled check that is not a deployment
 * (host-canary): same event shape and sinks as the deploy lifecycle, no journal.
 * Sent only when the step has a sink; the log line alone would add nothing.
 */
async function emitCanaryVerdict(verdict, options) {
    if (!hasSinks(options.sinks))
        return undefined;
    const events = DeploymentEvents.open({ ...options, environmentUrl: '', journalDir: undefined });
    return events.probeVerdict(verdict.passed ? 'canary.passed' : 'canary.failed', { reason: verdict.reason, durationMs: verdict.durationMs });
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

;// CONCATENATED MODULE: ./src/host/limits.ts

/** Each declared field and the keys that set it, the first winning within one file (deploy over the service-level key, as Compose applies them). */
const KEYS = {
    memory: [{ path: ['deploy', 'resources', 'limits', 'memory'], kind: 'bytes' }, { path: ['mem_limit'], kind: 'bytes' }],
    memoryReservation: [{ path: ['deploy', 'resources', 'reservations', 'memory'], kind: 'bytes' }, { path: ['mem_reservation'], kind: 'bytes' }],
    cpus: [{ path: ['deploy', 'resources', 'limits', 'cpus'], kind: 'cpus' }, { path: ['cpus'], kind: 'cpus' }],
    cpuQuota: [{ path: ['cpu_quota'], kind: 'integer' }],
    cpuPeriod: [{ path: ['cpu_period'], kind: 'integer' }],
};
/** The limits `service` declares across `files` (merge order). Throws a one-line file:line error for a file that is not YAML. */
function declaredLimits(files, service, parseComposeYaml) {
    const declared = { notJudged: [] };
    for (const { file, text } of files) {
        const yaml = parseComposeYaml(text, file, () => undefined);
        const services = yaml.value.services;
        const definition = isMapping(services) ? services[service] : undefined;
        if (!isMapping(definition))
            continue;
        const unset = new Set(yaml.uses.filter((use) => use.path[0] === 'services' && use.path[1] === service && use.state !== 'set' && !use.usedDefault).map((use) => use.path.slice(2).join('.')));
        for (const field of Object.keys(KEYS)) {
            for (const { path, kind } of KEYS[field]) {
                let holder = definition;
                for (const key of path.slice(0, -1))
                    holder = isMapping(holder) ? holder[key] : undefined;
                const last = path.at(-1);
                if (!isMapping(holder) || !(last in holder))
                    continue;
                const key = path.join('.');
                const line = yaml.lines.get(holder)?.get(last) ?? 0;
                if (unset.has(key)) {
                    declared.notJudged.push(`${key} (${file}:${line}) uses a variable the canary cannot read (the host's .env)`);
                    delete declared[field];
                    break;
                }
                const value = readValue(holder[last], kind);
                if (value === undefined) {
                    declared.notJudged.push(`${key} (${file}:${line}) is not a ${kind === 'bytes' ? 'size' : 'number'} Compose reads`);
                    break;
                }
                declared[field] = { value, key, file, line };
                break;
            }
        }
    }
    return declared;
}
/** go-units RAMInBytes (what compose-go uses for memory sizes). */
function ramInBytes(text) {
    const match = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i.exec(text.trim());
    if (!match)
        return undefined;
    const power = match[2] ? 'kmgtp'.indexOf(match[2].toLowerCase()) + 1 : 0;
    return Math.trunc(Number(match[1]) * 1024 ** power);
}
function readValue(value, kind) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    if (kind === 'bytes')
        return ramInBytes(value);
    const number = Number(value.trim());
    return value.trim() !== '' && Number.isFinite(number) ? number : undefined;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** CPUs the container may use: NanoCpus, else CpuQuota / CpuPeriod (the kernel's default period is 100 ms). */
function effectiveCpus(limits) {
    if (limits.nanoCpus > 0)
        return limits.nanoCpus / 1e9;
    if (limits.cpuQuota > 0)
        return limits.cpuQuota / (limits.cpuPeriod > 0 ? limits.cpuPeriod : 100_000);
    return 0;
}
/** `536870912` bytes → `512 MiB`; `2062372864` → `1.9 GiB`. */
function bytesText(bytes) {
    if (bytes <= 0)
        return 'none';
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let unit = 0;
    while (unit < units.length - 1 && bytes >= 1024 ** (unit + 1))
        unit++;
    const value = bytes / 1024 ** unit;
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
/** Compose's version from the container's label, as [major, minor, patch]; undefined when absent. */
function composeVersion(label) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(label ?? '');
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}
function olderThan(version, than) {
    if (!version)
        return false;
    for (let i = 0; i < 3; i++)
        if (version[i] !== than[i])
            return version[i] < than[i];
    return false;
}
/** A file that could not be read as compose YAML: its one-line error. */
function declaredLimitsOrError(files, service, parseComposeYaml) {
    try {
        return declaredLimits(files, service, parseComposeYaml);
    }
    catch (error) {
        return { error: (0,errors/* errorMessage */.gJ)(error) };
    }
}

;// CONCATENATED MODULE: ./src/host/checks.ts


/** The finding codes of DESIGN.md, with the severity each carries. */
const FINDING_SEVERITY = {
    'unreachable': 'error',
    'auth-failed': 'error',
    'host-key-mismatch': 'error',
    'password-auth-offered': 'error',
    'hostname-changed': 'error',
    'machine-id-changed': 'error',
    'sentinel-missing': 'error',
    'sentinel-mismatch': 'error',
    'rebooted': 'warning',
    'container-missing': 'error',
    'container-not-running': 'error',
    'container-restarted': 'error',
    'container-oom': 'error',
    'container-killed': 'error',
    'container-unhealthy': 'error',
    'revision-mismatch': 'error',
    'limit-not-enforced': 'error',
    'no-memory-limit': 'notice',
    'backup-missing': 'error',
    'backup-stale': 'error',
    'backup-shrunk': 'error',
    'unit-inactive': 'error',
};
function finding(code, message, severity = FINDING_SEVERITY[code]) {
    return { code, severity, message, title: code };
}
/** A host this small is brought down by one container without a memory limit (incident 7: a 2 GB VM). */
const SMALL_HOST_BYTES = 4 * 1024 ** 3;
/** Password (or keyboard-interactive, which is how PAM asks for one) offered, or no credential needed at all. */
function authFindings(methods) {
    if (methods === undefined)
        return [finding('password-auth-offered', 'the server let the canary log in without any credential (auth method "none" accepted)')];
    const found = [];
    if (methods.includes('password'))
        found.push(finding('password-auth-offered', `the server offers password login (methods: ${methods.join(', ')}); a replaced VM often comes back with it enabled`));
    else if (methods.includes('keyboard-interactive'))
        found.push(finding('password-auth-offered', `the server offers keyboard-interactive login, which usually prompts for a password (methods: ${methods.join(', ')})`, 'warning'));
    return found;
}
const ago = (seconds) => `${formatDuration(Math.max(0, seconds) * 1000)} ago`;
/** A revision matches when equal, or when one is a 7+ character prefix of the other (short SHAs). */
function sameRevision(actual, expected) {
    const a = actual.trim().toLowerCase();
    const b = expected.trim().toLowerCase();
    if (a === b)
        return true;
    const shorter = a.length < b.length ? a : b;
    return shorter.length >= 7 && (a.startsWith(b) || b.startsWith(a));
}
function containerFindings(service, states, events, facts, options) {
    const found = [];
    const now = facts.now ?? Date.now() / 1000;
    const windowStart = now - options.windowMs / 1000;
    const window = formatDuration(options.windowMs);
    if (states.length === 0)
        return [finding('container-missing', `service ${service}: no container (compose did not create it, or it was removed)`)];
    const mine = events.filter((event) => event.service === service && event.time >= windowStart);
    const deaths = mine.filter((event) => event.action === 'die');
    const ooms = mine.filter((event) => event.action === 'oom');
    const kills = deaths.filter((event) => event.exitCode === 137);
    for (const state of states) {
        const label = states.length > 1 ? `service ${service} (${state.name})` : `service ${service}`;
        if (!state.running)
            found.push(finding('container-not-running', `${label} is ${state.status} (exit code ${state.exitCode})`));
        if (state.health === 'unhealthy')
            found.push(finding('container-unhealthy', `${label} is unhealthy (its HEALTHCHECK fails)`));
        if (state.oomKilled)
            found.push(finding('container-oom', `${label} was OOM-killed (State.OOMKilled; last exit code ${state.exitCode})`));
        else if (!state.running && state.exitCode === 137)
            found.push(finding('container-killed', `${label} exited with 137 (SIGKILL: the OOM killer or a hard stop)`));
        const startedRecently = state.startedAt !== undefined && state.startedAt >= windowStart;
        if (state.restartCount > 0 && startedRecently && deaths.length === 0) {
            found.push(finding('container-restarted', `${label} restarted (RestartCount ${state.restartCount}, started ${ago(now - state.startedAt)})${noHealthcheck(state)}`));
        }
        if (options.expectRevision) {
            if (state.revision === undefined || state.revision === '')
                found.push(finding('revision-mismatch', `${label}: image has no org.opencontainers.image.revision label (expected ${options.expectRevision.slice(0, 12)})`));
            else if (!sameRevision(state.revision, options.expectRevision))
                found.push(finding('revision-mismatch', `${label} runs revision ${state.revision.slice(0, 12)}, expected ${options.expectRevision.slice(0, 12)}`));
        }
    }
    if (deaths.length > 0) {
        const restartCount = Math.max(...states.map((state) => state.restartCount));
        const codes = [...new Set(deaths.map((event) => event.exitCode).filter((code) => code !== undefined))];
        found.push(finding('container-restarted', `service ${service} died ${deaths.length} time${deaths.length === 1 ? '' : 's'} in the last ${window} (exit codes ${codes.join(', ') || 'unknown'}; RestartCount ${restartCount})${states.every((state) => !state.hasHealthcheck) ? noHealthcheck(states[0]) : ''}`));
    }
    if (ooms.length > 0 && !found.some((item) => item.code === 'container-oom')) {
        found.push(finding('container-oom', `service ${service} hit its memory limit ${ooms.length} time${ooms.length === 1 ? '' : 's'} in the last ${window} (docker oom events)`));
    }
    if (kills.length > 0 && !found.some((item) => item.code === 'container-killed')) {
        found.push(finding('container-killed', `service ${service} was killed (exit 137) ${kills.length} time${kills.length === 1 ? '' : 's'} in the last ${window}, likely by the OOM killer`));
    }
    for (const state of states)
        found.push(...limitFindings(service, state, states.length > 1 ? `service ${service} (${state.name})` : `service ${service}`, facts, options));
    return found;
}
/** Said of a container that restarts: without a healthcheck nothing else tells a wedged process from a working one. */
function noHealthcheck(state) {
    return state.hasHealthcheck ? '' : '; it has no healthcheck, so a restart is the only sign docker gives of it failing';
}
/**
 * The limits the kernel enforces (HostConfig) against what the compose project declares:
 * `limit-not-enforced` when they differ (memory limit: error; reservation and CPU:
 * warning), and a notice for no memory limit at all on a small host.
 */
function limitFindings(service, state, label, facts, options) {
    const found = [];
    const effective = state.limits;
    const local = options.composeFiles ?? [];
    let sources = [...local];
    const unread = [];
    if (local.length === 0) {
        for (const file of state.configFiles) {
            const read = facts.composeFiles.get(file);
            if (read && 'text' in read)
                sources.push({ file, text: read.text });
            else if (read)
                unread.push(`${file} ${read.error}`);
            else
                unread.push(`${file} was not read on the host (it reads absolute .yml/.yaml paths only, the first 20)`);
        }
    }
    const declared = sources.length > 0 ? declaredLimitsOrError(sources, service, options.parseCompose) : undefined;
    if (unread.length > 0)
        found.push(finding('limit-not-enforced', `${label}: the compose file${unread.length === 1 ? '' : 's'} it was created from could not be read (${unread.join('; ')}), so its declared limits are not judged`, 'warning'));
    if (declared && 'error' in declared) {
        found.push(finding('limit-not-enforced', `${label}: declared limits not judged: ${declared.error}`, 'warning'));
    }
    else if (declared) {
        if (declared.notJudged.length > 0)
            found.push(finding('limit-not-enforced', `${label}: not judged: ${declared.notJudged.join('; ')}`, 'notice'));
        const version = composeVersion(state.composeVersion);
        const createdBy = state.composeVersion ? `; created by Compose ${state.composeVersion}` : '';
        const recreate = `recreate it with a current Compose (docker compose up -d --force-recreate ${service})`;
        const memory = declared.memory;
        if (memory && memory.value !== effective.memory) {
            const why = effective.memory === 0 && version && version[0] === 1 && memory.key.startsWith('deploy.')
                ? 'docker-compose v1 before 1.27.0 applies deploy.resources only with --compatibility'
                : effective.memory === 0 ? 'it was created without it' : 'it was created from other settings';
            found.push(finding('limit-not-enforced', `${label} declares a memory limit of ${bytesText(memory.value)} (${place(memory)}) but the kernel enforces ${effective.memory === 0 ? 'none' : bytesText(effective.memory)} (HostConfig.Memory ${effective.memory})${createdBy}: ${why}; ${recreate}`));
        }
        const reservation = declared.memoryReservation;
        if (reservation && reservation.value !== effective.memoryReservation) {
            const why = effective.memoryReservation === 0 && reservation.key.startsWith('deploy.') && (olderThan(version, [2, 13, 0]))
                ? 'Compose before v2.13.0 ignored deploy.resources.reservations.memory (docker/compose#9902, #10046)'
                : 'it was created from other settings';
            found.push(finding('limit-not-enforced', `${label} declares a memory reservation of ${bytesText(reservation.value)} (${place(reservation)}) but has ${bytesText(effective.memoryReservation)} (HostConfig.MemoryReservation ${effective.memoryReservation})${createdBy}: ${why}; ${recreate}`, 'warning'));
        }
        const cpus = declared.cpus;
        const quota = declared.cpuQuota;
        const actualCpus = effectiveCpus(effective);
        if (cpus && Math.abs(cpus.value - actualCpus) > 0.001) {
            const why = actualCpus === 0 && cpus.key === 'cpus' && olderThan(version, [2, 14, 2]) ? 'Compose before v2.14.2 set the service-level cpus as CpuPercent, which Linux ignores'
                : actualCpus === 0 && cpus.key.startsWith('deploy.') && olderThan(version, [2, 6, 1]) && !Number.isInteger(cpus.value) ? 'Compose before v2.6.1 dropped a fractional deploy.resources.limits.cpus'
                    : 'it was created from other settings';
            found.push(finding('limit-not-enforced', `${label} declares ${cpus.value} CPUs (${place(cpus)}) but the kernel enforces ${actualCpus === 0 ? 'no CPU limit' : `${Number(actualCpus.toFixed(3))} CPUs`} (HostConfig.NanoCpus ${effective.nanoCpus}, CpuQuota ${effective.cpuQuota}, CpuPeriod ${effective.cpuPeriod})${createdBy}: ${why}; ${recreate}`, 'warning'));
        }
        else if (!cpus && quota && quota.value !== effective.cpuQuota) {
            found.push(finding('limit-not-enforced', `${label} declares cpu_quota ${quota.value} (${place(quota)}) but has CpuQuota ${effective.cpuQuota}${createdBy}; ${recreate}`, 'warning'));
        }
    }
    const limited = effective.memory > 0 || (declared !== undefined && !('error' in declared) && declared.memory !== undefined);
    if (!limited && facts.memTotalBytes !== undefined && facts.memTotalBytes <= SMALL_HOST_BYTES) {
        found.push(finding('no-memory-limit', `${label} has no memory limit on a host with ${bytesText(Math.round(facts.memTotalBytes / 1024 ** 2) * 1024 ** 2)} of memory: one leak in it can take the whole host down (the OOM killer picks any process); set deploy.resources.limits.memory`));
    }
    return found;
}
function place(declared) {
    return `${declared.key}, ${declared.file}:${declared.line}`;
}
/** Everything the facts say is wrong with the host, in the order a reader scans it: identity, data, containers, units. */
function checkHost(facts, options) {
    const found = [];
    const now = facts.now ?? Date.now() / 1000;
    if (options.expectHostname && facts.hostname !== options.expectHostname) {
        found.push(finding('hostname-changed', `hostname is ${facts.hostname ?? '(unknown)'}, expected ${options.expectHostname}`));
    }
    if (options.expectMachineId && facts.machineId?.toLowerCase() !== options.expectMachineId.toLowerCase()) {
        found.push(finding('machine-id-changed', `machine-id is ${facts.machineId ?? '(unreadable)'}, expected ${options.expectMachineId}: this is a different machine (or a reinstalled one)`));
    }
    if (options.sentinelFile) {
        if (facts.sentinel.state === 'absent')
            found.push(finding('sentinel-missing', `sentinel file ${options.sentinelFile} is gone: the data volume was wiped or replaced`));
        else if (facts.sentinel.state === 'unreadable')
            found.push(finding('sentinel-missing', `sentinel file ${options.sentinelFile} exists but the SSH user cannot read it`, 'warning'));
        else if (facts.sentinel.state === 'present' && options.sentinelValue && facts.sentinel.firstLine !== options.sentinelValue) {
            found.push(finding('sentinel-mismatch', `sentinel file ${options.sentinelFile} does not hold the expected value (another volume, or re-provisioned)`));
        }
    }
    if (options.minUptimeMs > 0 && facts.uptimeSeconds !== undefined && facts.uptimeSeconds * 1000 < options.minUptimeMs) {
        found.push(finding('rebooted', `host booted ${ago(facts.uptimeSeconds)} (uptime under min-uptime ${formatDuration(options.minUptimeMs)})`));
    }
    if (options.backupGlob) {
        const newest = facts.backups.at(-1);
        const previous = facts.backups.at(-2);
        if (!newest)
            found.push(finding('backup-missing', `no backup matches ${options.backupGlob}`));
        else {
            const age = now - newest.mtime;
            if (options.backupMaxAgeMs > 0 && age * 1000 > options.backupMaxAgeMs) {
                found.push(finding('backup-stale', `newest backup ${newest.path} was written ${ago(age)}, over backup-max-age ${formatDuration(options.backupMaxAgeMs)}`));
            }
            if (previous && options.backupMinRatio > 0 && newest.bytes < previous.bytes * options.backupMinRatio) {
                const ratio = previous.bytes === 0 ? 0 : newest.bytes / previous.bytes;
                found.push(finding('backup-shrunk', `newest backup ${newest.path} is ${newest.bytes} bytes, ${(ratio * 100).toFixed(ratio < 0.01 ? 2 : 0)}% of the previous ${previous.path} (${previous.bytes} bytes; backup-min-ratio ${options.backupMinRatio})`));
            }
        }
    }
    if (options.containers.length > 0) {
        const containers = facts.containers;
        if (!containers)
            found.push(finding('container-missing', 'the remote checks did not report containers (output cut off?)'));
        else if ('error' in containers)
            found.push(finding('container-missing', `cannot list containers: ${containers.error}`));
        else {
            for (const service of options.containers) {
                const states = containers.states.filter((state) => state.service === service);
                found.push(...containerFindings(service, states, containers.events, facts, options));
            }
            if (containers.eventsError)
                found.push(finding('container-restarted', `cannot read docker events, so restarts within the window are unknown: ${containers.eventsError}`, 'warning'));
        }
    }
    if (options.units.length > 0) {
        const units = facts.units;
        if (!units)
            found.push(finding('unit-inactive', 'the remote checks did not report systemd units (output cut off?)'));
        else if ('error' in units)
            found.push(finding('unit-inactive', `cannot read unit states: ${units.error}`));
        else {
            for (const name of options.units) {
                const unit = units.states.find((state) => state.id === name || state.id === `${name}.service`);
                if (!unit || unit.loadState === 'not-found')
                    found.push(finding('unit-inactive', `unit ${name} does not exist on the host`));
                else if (unit.activeState !== 'active')
                    found.push(finding('unit-inactive', `unit ${name} is ${unit.activeState}${unit.subState ? ` (${unit.subState})` : ''}`));
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/host/remote-output.ts
/** Splits the output at `@@dg-<nonce> section|rc` lines; text outside sections is ignored. */
function splitSections(output, nonce) {
    const sections = new Map();
    const marker = `@@dg-${nonce} `;
    let current;
    const close = () => {
        if (current)
            sections.set(current.name, { text: current.lines.join('\n').replace(/^\n+|\n+$/g, ''), rc: current.rc });
    };
    for (const line of output.split('\n')) {
        if (line.startsWith(marker)) {
            const [kind, value = ''] = line.slice(marker.length).split(' ', 2);
            if (kind === 'section') {
                close();
                current = { name: value, lines: [] };
            }
            else if (kind === 'rc' && current) {
                current.rc = Number(value);
            }
            continue;
        }
        current?.lines.push(line);
    }
    close();
    return sections;
}
const toNumber = (text) => {
    const value = Number.parseFloat(text ?? '');
    return Number.isFinite(value) ? value : undefined;
};
function firstLine(section) {
    const line = section?.text.split('\n').find((candidate) => candidate.trim() !== '')?.trim();
    return line === undefined || line === '' ? undefined : line;
}
/** A tool's failure in one line: its first line of output, or the exit code. */
function toolError(tool, section) {
    const line = firstLine(section);
    if (section.rc === 127)
        return `${tool} is not installed (or not on the PATH of the SSH user)`;
    return `${tool} failed (exit ${section.rc})${line ? `: ${line.slice(0, 200)}` : ''}`;
}
function parseUnits(text) {
    return text.split(/\n\s*\n/).map((block) => {
        const fields = new Map();
        for (const line of block.split('\n')) {
            const eq = line.indexOf('=');
            if (eq > 0)
                fields.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
        }
        return { id: fields.get('Id') ?? '', loadState: fields.get('LoadState') ?? '', activeState: fields.get('ActiveState') ?? '', subState: fields.get('SubState') ?? '' };
    }).filter((unit) => unit.id !== '');
}
const timeOf = (text) => {
    if (typeof text !== 'string' || text.startsWith('0001-'))
        return undefined;
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms / 1000 : undefined;
};
/** `docker inspect` output: a JSON array of containers. */
function parseDockerInspect(text) {
    const start = text.indexOf('[');
    const parsed = JSON.parse(start >= 0 ? text.slice(start) : text);
    if (!Array.isArray(parsed))
        throw new Error('docker inspect did not print a JSON array');
    return parsed.map((entry) => {
        const labels = entry?.Config?.Labels ?? {};
        const state = entry?.State ?? {};
        return {
            name: String(entry?.Name ?? '').replace(/^\//, ''),
            service: labels['com.docker.compose.service'] ?? String(entry?.Name ?? '').replace(/^\//, ''),
            status: String(state.Status ?? 'unknown'),
            running: state.Running === true && state.Restarting !== true,
            restartCount: Number(entry?.RestartCount ?? 0) || 0,
            oomKilled: state.OOMKilled === true,
            exitCode: Number(state.ExitCode ?? 0) || 0,
            startedAt: timeOf(state.StartedAt),
            health: typeof state.Health?.Status === 'string' ? state.Health.Status : undefined,
            revision: labels['org.opencontainers.image.revision'],
            limits: {
                memory: count(entry?.HostConfig?.Memory),
                memoryReservation: count(entry?.HostConfig?.MemoryReservation),
                nanoCpus: count(entry?.HostConfig?.NanoCpus),
                cpuQuota: count(entry?.HostConfig?.CpuQuota),
                cpuPeriod: count(entry?.HostConfig?.CpuPeriod),
            },
            hasHealthcheck: hasHealthcheck(entry?.Config?.Healthcheck),
            configFiles: (labels['com.docker.compose.project.config_files'] ?? '').split(',').filter((file) => file !== ''),
            composeVersion: labels['com.docker.compose.version'],
        };
    });
}
/** A non-negative integer field of docker's JSON; anything else is 0 (unset). */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
/** `{"Test": ["CMD-SHELL", "curl …"]}` is a healthcheck; none, an empty test or `["NONE"]` is not. */
function hasHealthcheck(config) {
    const test = config?.Test;
    return Array.isArray(test) && test.length > 0 && test[0] !== 'NONE';
}
/** `docker events --format '{{json .}}'`: one JSON object per line; unparsable lines are skipped. */
function parseDockerEvents(text) {
    const events = [];
    for (const line of text.split('\n')) {
        if (!line.trim().startsWith('{'))
            continue;
        try {
            const event = JSON.parse(line);
            const attributes = event?.Actor?.Attributes ?? {};
            const action = String(event?.Action ?? event?.status ?? '');
            const exitCode = attributes.exitCode === undefined ? undefined : Number(attributes.exitCode);
            events.push({
                service: attributes['com.docker.compose.service'] ?? attributes.name ?? '',
                name: attributes.name ?? '',
                // Newer engines report "health_status: unhealthy" style actions; keep the verb.
                action: action.split(':')[0].trim(),
                exitCode: Number.isFinite(exitCode) ? exitCode : undefined,
                time: Number(event?.time ?? 0),
            });
        }
        catch {
            // a line the engine printed that is not an event (a warning): not ours to judge
        }
    }
    return events;
}
/** `MemTotal:  2014036 kB` → bytes. */
function memTotal(text) {
    const match = /^MemTotal:\s*(\d+)\s*kB/m.exec(text ?? '');
    return match ? Number(match[1]) * 1024 : undefined;
}
function parseHostFacts(output, nonce) {
    const sections = splitSections(output, nonce);
    const uptime = firstLine(sections.get('uptime'))?.split(/\s+/)[0];
    const sentinelLines = sections.get('sentinel')?.text.split('\n') ?? [];
    const sentinelState = sentinelLines[0]?.trim();
    const facts = {
        now: toNumber(firstLine(sections.get('now'))),
        hostname: firstLine(sections.get('hostname')),
        machineId: firstLine(sections.get('machine-id')),
        uptimeSeconds: toNumber(uptime),
        sentinel: {
            state: sentinelState === 'present' || sentinelState === 'absent' || sentinelState === 'unreadable' ? sentinelState : 'skipped',
            firstLine: sentinelState === 'present' ? (sentinelLines[1] ?? '').trim() : undefined,
        },
        backups: [],
        complete: sections.has('end'),
        memTotalBytes: memTotal(sections.get('meminfo')?.text),
        composeFiles: new Map(),
    };
    // compose-file-<n>: the path in hex on the first line (a path may hold any byte), then the file.
    for (const [name, section] of sections) {
        if (!name.startsWith('compose-file-'))
            continue;
        const newline = section.text.indexOf('\n');
        const hex = (newline < 0 ? section.text : section.text.slice(0, newline)).trim();
        if (!/^(?:[0-9a-f]{2})+$/.test(hex))
            continue;
        const path = Buffer.from(hex, 'hex').toString('utf8');
        const text = newline < 0 ? '' : section.text.slice(newline + 1);
        facts.composeFiles.set(path, section.rc === 0 ? (Buffer.byteLength(text) > 1024 * 1024 ? { error: 'is over 1 MB' } : { text }) : { error: 'cannot be read by the SSH user' });
    }
    for (const line of sections.get('backups')?.text.split('\n') ?? []) {
        const match = /^(\d+) (\d+) (.+)$/.exec(line);
        if (match)
            facts.backups.push({ mtime: Number(match[1]), bytes: Number(match[2]), path: match[3] });
    }
    facts.backups.sort((a, b) => a.mtime - b.mtime || a.path.localeCompare(b.path));
    const units = sections.get('units');
    if (units) {
        const states = parseUnits(units.text);
        // systemctl show exits 0 even for unknown units (LoadState=not-found); no parsable block means it failed.
        facts.units = units.rc === 127 || (units.rc !== 0 && states.length === 0) ? { error: toolError('systemctl', units) } : { states };
    }
    const ps = sections.get('docker-ps');
    if (ps) {
        if (ps.rc !== 0) {
            facts.containers = { error: toolError('docker', ps) };
        }
        else {
            const inspect = sections.get('docker-inspect');
            const events = sections.get('docker-events');
            try {
                if (!inspect)
                    throw new Error('docker inspect printed nothing');
                if (inspect.rc !== 0)
                    throw new Error(toolError('docker inspect', inspect));
                facts.containers = {
                    states: parseDockerInspect(inspect.text),
                    events: events?.rc === 0 ? parseDockerEvents(events.text) : [],
                    eventsError: events === undefined ? 'docker events printed nothing' : events.rc === 0 ? undefined : toolError('docker events', events),
                };
            }
            catch (error) {
                facts.containers = { error: error instanceof Error ? error.message : String(error) };
            }
        }
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/host/remote-script.ts
/**
 * The one remote command: a read-only POSIX sh script (no sudo, no writes) that
 * gathers every fact the canary checks, each under a marker line
 * `@@dg-<nonce> section <name>` and closed by `@@dg-<nonce> rc <exit code>` where a
 * tool ran. The nonce is random per run, so nothing the host prints (a file name, a
 * container log line) can forge a section.
 *
 * The script text never changes: the run's parameters arrive on stdin as
 * `name=value` lines (data, never code), so no input is ever interpolated into a
 * shell command, and the same script can be installed on the host as a forced
 * command (`restrict,command="sh /usr/local/lib/deploy-guards/host-canary.sh"` in
 * authorized_keys), in which case sshd runs it instead of what the client sends.
 *
 * Nothing it starts outlives the run, on the host either: the script and everything it
 * runs share the session's process group (sshd makes each session its own), and two
 * watchers in it stop that whole group (TERM, then KILL two seconds later) when either
 * the `deadline` passes (the command-timeout plus a little, sent with the parameters) or
 * the connection goes away: the client keeps stdin open for the whole run and says so
 * (`hold=1`), so EOF on it means the client gave up (its command-timeout) or was cut off
 * (a plain `ssh host < parameters`, which closes stdin at once, gets the deadline only). A hung NFS mount or
 * docker daemon no longer leaves one blocked process per cron run behind. At the end
 * the script stops its watchers itself. (sshd starts every session with setsid, so the
 * group holds this session's processes only.)
 *
 * Test-only: DEPLOY_GUARDS_ROOT in the login environment makes the script read
 * etc/hostname, etc/machine-id and proc/uptime below that directory (the tests set it
 * with sshd's SetEnv); unset, it reads the machine's own `uname -n`, /etc/machine-id
 * and /proc/uptime.
 */
const REMOTE_SCRIPT = `set -u
set -f
export LC_ALL=C
nonce=x sentinel= backup_glob= project= window=0 units= docker=0 configs=0 deadline=60 hold=0
while IFS= read -r line; do
  case $line in
    end) break ;;
    deadline=*) deadline=\${line#deadline=} ;;
    hold=*) hold=\${line#hold=} ;;
    nonce=*) nonce=\${line#nonce=} ;;
    sentinel=*) sentinel=\${line#sentinel=} ;;
    backup_glob=*) backup_glob=\${line#backup_glob=} ;;
    project=*) project=\${line#project=} ;;
    window=*) window=\${line#window=} ;;
    units=*) units=\${line#units=} ;;
    docker=*) docker=\${line#docker=} ;;
    configs=*) configs=\${line#configs=} ;;
  esac
done
case $window in ''|*[!0-9]*) window=0 ;; esac
case $deadline in ''|*[!0-9]*) deadline=60 ;; esac

# The watchers: stop the session's whole process group (this script and all it started).
stop_all() { trap '' TERM; kill -TERM 0 2>/dev/null; sleep 2 2>/dev/null; kill -KILL 0 2>/dev/null; }
exec 3<&0
# Whole seconds, so a watcher stopped at the end leaves at most a 'sleep 1' behind, for a second.
# (Without a sleep that works, or a cat, a watcher gives up rather than fire at once.)
( i=0; while [ "$i" -lt "$deadline" ]; do sleep 1 || exit 0; i=$((i + 1)); done; stop_all ) </dev/null >/dev/null 2>&1 &
deadline_watcher=$!
# A client that holds stdin open (hold=1) closes it after the run, or by going away: its cat ends then.
connection_watcher=
if [ "$hold" = 1 ]; then
  ( cat <&3 >/dev/null && stop_all ) </dev/null >/dev/null 2>&1 &
  connection_watcher=$!
fi
exec 3<&- 0</dev/null

root=\${DEPLOY_GUARDS_ROOT:-}
m="@@dg-$nonce"
section() { printf '\\n%s section %s\\n' "$m" "$1"; }
rc() { printf '\\n%s rc %s\\n' "$m" "$1"; }
# GNU timeout puts itself in a process group of its own unless --foreground: then the watchers could not reach it.
if timeout --foreground 5 true >/dev/null 2>&1; then bounded() { timeout --foreground 20 "$@"; }; else bounded() { "$@"; }; fi

section version
echo 1
section now
now=$(date +%s)
echo "$now"
section hostname
if [ -n "$root" ]; then head -n 1 "$root/etc/hostname"; else uname -n; fi
section machine-id
head -n 1 "$root/etc/machine-id" 2>/dev/null
section uptime
head -n 1 "$root/proc/uptime" 2>/dev/null
section meminfo
head -n 1 "$root/proc/meminfo" 2>/dev/null

section sentinel
if [ -z "$sentinel" ]; then echo skipped
elif [ ! -e "$sentinel" ]; then echo absent
elif [ ! -r "$sentinel" ]; then echo unreadable
else echo present; head -n 1 "$sentinel" | head -c 512; fi

section backups
if [ -n "$backup_glob" ]; then
  set +f
  # One field (the pattern has no newline), then pathname expansion; no match leaves the pattern, which -f drops.
  IFS='
'
  for f in $backup_glob; do [ -f "$f" ] && stat -c '%Y %s %n' -- "$f"; done | sort -n | tail -n 200
  unset IFS
  set -f
fi

if [ -n "$units" ]; then
  section units
  if command -v systemctl >/dev/null 2>&1; then
    # Unit names were checked against [A-Za-z0-9@._:-] by the client: split, no globbing (set -f).
    out=$(systemctl show -p Id -p LoadState -p ActiveState -p SubState -- $units 2>&1 </dev/null); status=$?
    printf '%s\\n' "$out"; rc $status
  else echo 'systemctl: not found'; rc 127; fi
fi

if [ "$docker" = 1 ]; then
  if command -v docker >/dev/null 2>&1; then
    if [ -n "$project" ]; then filter="label=com.docker.compose.project=$project"; else filter=label=com.docker.compose.service; fi
    section docker-ps
    ids=$(docker ps -a -q --no-trunc --filter "$filter" 2>&1 </dev/null); status=$?
    printf '%s\\n' "$ids"; rc $status
    section docker-inspect
    if [ $status -eq 0 ] && [ -n "$ids" ]; then
      out=$(docker inspect $ids 2>&1 </dev/null); status=$?
      printf '%s\\n' "$out"; rc $status
      # The compose files the containers were created from (their label), read-only and bounded:
      # the declared limits. Absolute *.yml / *.yaml paths only, at most 20, 1 MB each; the path goes
      # out in hex (it may hold any byte) on the section's first line.
      if [ "$configs" = 1 ] && [ $status -eq 0 ]; then
        files=$(docker inspect --format '{{index .Config.Labels "com.docker.compose.project.config_files"}}' $ids 2>/dev/null </dev/null | tr ',' '\\n' | sort -u | head -n 20)
        printf '%s\\n' "$files" | { n=0; while IFS= read -r f; do
          case $f in /*.yml|/*.yaml) ;; *) continue ;; esac
          n=$((n + 1))
          section "compose-file-$n"
          printf '%s' "$f" | od -An -v -tx1 | tr -d ' \\n'; echo
          if [ -f "$f" ] && [ -r "$f" ]; then head -c 1048577 -- "$f"; rc 0; else rc 1; fi
        done; }
      fi
    else echo '[]'; rc 0; fi
    section docker-events
    out=$(bounded docker events --since $((now - window)) --until "$now" --filter type=container --filter event=die --filter event=oom --filter event=restart --filter "$filter" --format '{{json .}}' 2>&1 </dev/null); status=$?
    printf '%s\\n' "$out"; rc $status
  else
    section docker-ps
    echo 'docker: not found'; rc 127
  fi
fi
section end
kill "$deadline_watcher" $connection_watcher 2>/dev/null
exit 0
`;
/** The exec request: the script run by /bin/sh whatever the user's login shell is. */
function remoteCommand() {
    return `exec /bin/sh -c '${REMOTE_SCRIPT.replace(/'/g, `'\\''`)}' deploy-guards-host-canary`;
}
/** The stdin of the remote command: one `name=value` line per parameter (values hold no newline). */
function remoteStdin(parameters) {
    const lines = [
        `nonce=${parameters.nonce}`,
        `sentinel=${parameters.sentinelFile}`,
        `backup_glob=${parameters.backupGlob}`,
        `project=${parameters.composeProject}`,
        `window=${Math.max(0, Math.round(parameters.windowSeconds))}`,
        `units=${parameters.units.join(' ')}`,
        `docker=${parameters.checkContainers ? 1 : 0}`,
        `configs=${parameters.readComposeFiles ? 1 : 0}`,
        `deadline=${Math.max(1, Math.ceil(parameters.deadlineSeconds ?? 60))}`,
        `hold=${parameters.holdsStdin ? 1 : 0}`,
        'end',
    ];
    for (const line of lines)
        if (/[\r\n]/.test(line))
            throw new Error('remote parameter holds a newline'); // settings reject these first
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/host/dirname-shim.ts
// ssh2's bundled wasm loader (poly1305) reads `__dirname`, which an ESM ncc bundle does
// not define: loading node-ssh then fails with "__dirname is not defined". Every module
// that imports ssh2 or node-ssh imports this one first, so it is evaluated before them.


const scope = globalThis;
scope.__dirname ??= (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./src/host/fingerprints.ts

const FINGERPRINT = /(?:^|\s)SHA256:([A-Za-z0-9+/]{43})=?(?=\s|$)/;
const KEY_TYPE = /\((ED25519|ECDSA|RSA|DSA|ED25519-SK|ECDSA-SK)\)\s*$/i;
/**
 * One pinned key from a line: a bare `SHA256:…` or the whole line `ssh-keygen -lf`
 * prints (`256 SHA256:… root@db (ED25519)`), whose type then orders negotiation.
 * Returns a problem description when the line is not a SHA256 fingerprint.
 */
function parsePinnedKey(line) {
    const match = FINGERPRINT.exec(line);
    if (!match) {
        if (/MD5:|^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(line.trim()))
            return `'${line.trim()}' is an MD5 fingerprint; pin the SHA256 one (ssh-keygen -lf, or -E sha256)`;
        return `'${line.trim().slice(0, 80)}' is not an OpenSSH SHA256 fingerprint`;
    }
    const type = KEY_TYPE.exec(line)?.[1]?.toUpperCase();
    return { fingerprint: `SHA256:${match[1]}`, type };
}
/** The fingerprint OpenSSH shows for a raw public key blob: SHA256, base64 without padding. */
function describeHostKey(blob) {
    const fingerprint = `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
    let algorithm = 'unknown';
    if (blob.length >= 4) {
        const length = blob.readUInt32BE(0);
        if (length > 0 && length < 64 && blob.length >= 4 + length)
            algorithm = blob.subarray(4, 4 + length).toString('latin1');
    }
    return { fingerprint, algorithm };
}
const ALGORITHMS_BY_TYPE = {
    ED25519: ['ssh-ed25519'],
    ECDSA: ['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
    RSA: ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};
const DEFAULT_ORDER = ['ED25519', 'ECDSA', 'RSA'];
/**
 * Host key algorithms to offer, most wanted first. A server with several host keys
 * presents the first one on our list it has, so the pinned types go first; without
 * a known type ed25519 leads (what most hosts pin). The rest stay on the list so a
 * replaced host with other key types is still seen, and reported by fingerprint.
 */
function hostKeyAlgorithms(pins) {
    const types = [...new Set([...pins.map((pin) => pin.type).filter((type) => !!type && type in ALGORITHMS_BY_TYPE), ...DEFAULT_ORDER])];
    return types.flatMap((type) => ALGORITHMS_BY_TYPE[type]);
}
/**
 * The host key algorithms, of the types we know, that the server offers (its KEXINIT
 * list) and whose key type no handshake has presented yet: what a retry should ask for.
 */
function unseenHostKeyAlgorithms(serverAlgorithms, seen) {
    const seenTypes = new Set(seen.map((key) => keyTypeName(key.algorithm)));
    const offered = new Set(serverAlgorithms);
    return hostKeyAlgorithms([]).filter((algorithm) => offered.has(algorithm) && !seenTypes.has(keyTypeName(algorithm)));
}
const SHORT_TYPE = { 'ssh-ed25519': 'ED25519', 'ssh-rsa': 'RSA', 'rsa-sha2-256': 'RSA', 'rsa-sha2-512': 'RSA' };
function keyTypeName(algorithm) {
    return SHORT_TYPE[algorithm] ?? (algorithm.startsWith('ecdsa-') ? 'ECDSA' : algorithm);
}

;// CONCATENATED MODULE: ./src/host/ssh.ts






/** The connection or command failed; the code is the canary finding it becomes. */
class SshFailure extends Error {
    name = 'SshFailure';
    code;
    /** The key the server presented, when the handshake got that far. */
    hostKey;
    authMethods;
    constructor(code, message, hostKey, authMethods) {
        super(message);
        this.code = code;
        this.hostKey = hostKey;
        this.authMethods = authMethods;
    }
}
const MAX_OUTPUT = 8 * 1024 * 1024;
/**
 * One connection, one command. The host key is checked during the key exchange
 * (before authentication, so before anything runs); authentication first sends a
 * 'none' request, whose refusal lists the methods the server accepts (how
 * password login is detected without ever sending a password), then the key.
 */
async function runRemoteCommand(target, command, stdin) {
    // The SSH client (ssh2, ~1 MB of code) is loaded once a TCP connection is open: an
    // unreachable host is a verdict without it, and no other CLI command pays for it.
    let ssh;
    const where = `${target.host}:${target.port}`;
    let hostKey;
    let keyRejected = false;
    let authMethods;
    let step = 'none';
    const authHandler = (methodsLeft, _partial, next) => {
        if (step === 'none') {
            step = 'publickey';
            return next({ type: 'none', username: target.user });
        }
        if (step === 'publickey') {
            authMethods = methodsLeft ?? [];
            step = 'done';
            const method = { type: 'publickey', username: target.user, key: target.privateKey, passphrase: target.passphrase || undefined };
            return next(method);
        }
        return next(false);
    };
    const started = performance.now();
    const seen = [];
    let algorithms = hostKeyAlgorithms(target.pins);
    for (;;) {
        let serverAlgorithms = [];
        let sock;
        try {
            const attempt = performance.now();
            sock = await openSocket(target.host, target.port, target.connectTimeoutMs);
            let lost;
            sock.on('error', (error) => (lost ??= error)); // until ssh2 listens (it adds its own)
            const client = await Promise.all(/* import() */[__nccwpck_require__.e(789), __nccwpck_require__.e(487)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9487)).catch((error) => {
                throw new ClientNotLoaded(error);
            });
            if (lost)
                throw lost;
            ssh = new client.NodeSSH();
            await ssh.connect({
                host: target.host,
                port: target.port,
                sock,
                username: target.user,
                // connect-timeout bounds the TCP connection and the SSH handshake together, as before.
                readyTimeout: Math.max(1, target.connectTimeoutMs - (performance.now() - attempt)),
                algorithms: { serverHostKey: algorithms },
                hostVerifier: (key) => {
                    hostKey = describeHostKey(key);
                    keyRejected = !target.pins.some((pin) => pin.fingerprint === hostKey.fingerprint);
                    return !keyRejected;
                },
                // The only way ssh2 tells which host key algorithms the server offers (its KEXINIT).
                debug: (line) => {
                    const offered = /^Handshake: \(remote\) Host key format: (.*)$/.exec(line);
                    if (offered)
                        serverAlgorithms = offered[1].split(',');
                },
                authHandler,
            });
            break;
        }
        catch (error) {
            sock?.destroy();
            ssh?.dispose();
            if (error instanceof ClientNotLoaded)
                throw error.cause; // this tool's fault, not the host's
            const message = error instanceof Error ? error.message : String(error);
            if (keyRejected && hostKey) {
                seen.push(hostKey);
                // A bare SHA256 pin does not say its key type, and the server presents only one of its
                // keys per handshake: ask again for a key of a type not seen yet, still failing closed.
                // At most one retry per other key type (ed25519, ECDSA, RSA), whatever the server says.
                const retry = target.pins.some((pin) => !pin.type) && seen.length < 3 ? unseenHostKeyAlgorithms(serverAlgorithms, seen) : [];
                if (retry.length > 0) {
                    algorithms = retry;
                    hostKey = undefined;
                    keyRejected = false;
                    continue;
                }
            }
            // A retry that fails for another reason leaves the verdict on the keys already seen.
            if (seen.length > 0)
                throw new SshFailure('host-key-mismatch', `${where} presented ${describeSeen(seen)}: the host was replaced or re-keyed; nothing was run`, seen[0]);
            const level = error.level;
            if (level === 'client-authentication') {
                throw new SshFailure('auth-failed', `${where} refused the key for user '${target.user}' (server accepts: ${(authMethods ?? []).join(', ') || 'nothing'})`, hostKey, authMethods);
            }
            if (level === 'client-timeout') {
                throw new SshFailure('unreachable', `${where} did not complete an SSH handshake within ${formatDuration(target.connectTimeoutMs)} (connect-timeout)`, hostKey);
            }
            const code = error.code;
            // The server closed or reset the connection before the handshake ended: ssh2's words, node-ssh's
            // (with the code ETIMEDOUT, although nothing timed out) or a write that found the socket closed.
            const closed = message === 'Connection lost before handshake' || message === 'No response from server' || code === 'EPIPE' || code === 'ECONNRESET';
            const reason = closed ? 'the server closed the connection during the SSH handshake'
                : code === 'ECONNREFUSED' ? 'connection refused'
                    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host name does not resolve'
                        : code === 'ETIMEDOUT' ? 'connection timed out'
                            : (0,log_text/* oneLine */.TN)(message, 300); // ssh2's own words, kept to one bounded line like every error text shown
            throw new SshFailure('unreachable', `${where} is unreachable: ${reason}`, hostKey);
        }
    }
    const connectMs = performance.now() - started;
    // After connect node-ssh stops listening for errors; a reset would otherwise be an uncaught 'error'.
    const connected = ssh;
    const connection = connected.connection;
    let dropped;
    connection.on('error', (error) => (dropped = error));
    const commandStarted = performance.now();
    let timer;
    let outputBytes = 0;
    // Stdin stays open for the whole run and closes when the command exits: the remote
    // script takes EOF before that as "the client is gone" and stops everything it started.
    const input = new external_node_stream_.PassThrough();
    input.write(stdin);
    try {
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => {
                connection.destroy();
                reject(new SshFailure('unreachable', `${where}: the remote checks did not finish within ${formatDuration(target.commandTimeoutMs)} (command-timeout)`, hostKey, authMethods));
            }, target.commandTimeoutMs);
        });
        const result = await Promise.race([
            connected.execCommand(command, {
                stdin: input,
                onChannel: (channel) => channel.on('exit', () => input.end()),
                noTrim: true,
                onStdout: (chunk) => {
                    outputBytes += chunk.length;
                    if (outputBytes > MAX_OUTPUT)
                        connection.destroy();
                },
            }),
            timeout,
        ]);
        if (outputBytes > MAX_OUTPUT)
            throw new SshFailure('unreachable', `${where}: the remote checks printed more than ${MAX_OUTPUT / 1024 / 1024} MB; stopped`, hostKey, authMethods);
        if (result.code === null) {
            const why = dropped ? `the connection failed (${dropped.message})` : result.signal ? `it was killed by ${result.signal}` : 'the connection closed before it exited';
            throw new SshFailure('unreachable', `${where}: the remote checks did not finish: ${why}`, hostKey, authMethods);
        }
        return { hostKey: hostKey, authMethods, stdout: result.stdout, stderr: result.stderr, exitCode: result.code, connectMs, commandMs: performance.now() - commandStarted };
    }
    catch (error) {
        if (error instanceof SshFailure)
            throw error;
        // node-ssh rejects with plain errors (a refused session channel, a connection error
        // before the channel opened): still a verdict about the host, never an unexpected error.
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new SshFailure('unreachable', `${where}: could not run the remote checks: ${message}`, hostKey, authMethods);
    }
    finally {
        clearTimeout(timer);
        input.end();
        connected.dispose();
    }
}
/** The SSH client could not be loaded (a partial install): an unexpected error, never a verdict about the host. */
class ClientNotLoaded extends Error {
    constructor(cause) {
        super('the SSH client could not be loaded', { cause });
    }
}
/**
 * A TCP connection to the SSH port, failing as ssh2 would: the socket's error (its `code`
 * says refused, unresolvable, timed out) or, past `timeoutMs`, a `client-timeout`.
 */
function openSocket(host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_net_.connect)({ host, port });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(Object.assign(new Error('Timed out while waiting for handshake'), { level: 'client-timeout' }));
        }, timeoutMs);
        const failed = (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(error);
        };
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.off('error', failed);
            resolve(socket);
        });
        socket.once('error', failed);
    });
}
function describeSeen(keys) {
    const named = keys.map((key) => `${key.fingerprint} (${keyTypeName(key.algorithm)})`);
    return named.length === 1
        ? `host key ${named[0]}, which is not one of the pinned host-key-fingerprints`
        : `host keys ${named.join(', ')}, none of which is one of the pinned host-key-fingerprints`;
}

;// CONCATENATED MODULE: ./src/host/host-canary.ts







/** One connection, one batched command, every check; never throws for a host problem, only for bad settings. */
async function runHostCanary(settings, log = () => { }) {
    const target = `${settings.user}@${settings.host}:${settings.port}`;
    const nonce = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const stdin = remoteStdin({
        nonce,
        sentinelFile: settings.sentinelFile,
        backupGlob: settings.backupGlob,
        composeProject: settings.composeProject,
        windowSeconds: settings.windowMs / 1000,
        units: settings.units,
        checkContainers: settings.containers.length > 0,
        readComposeFiles: settings.containers.length > 0 && settings.composeFiles.length === 0,
        // The host's own bound, a little after ours: it acts when our close never reaches it.
        deadlineSeconds: settings.commandTimeoutMs / 1000 + 2,
        holdsStdin: true, // runRemoteCommand closes stdin only once the command has exited
    });
    log(`host-canary: connecting to ${target} (pinned: ${settings.pins.map((pin) => pin.fingerprint).join(', ')})`);
    let run;
    try {
        run = await runRemoteCommand(settings, remoteCommand(), stdin);
    }
    catch (error) {
        if (!(error instanceof SshFailure))
            throw error;
        const findings = [finding(error.code, error.message)];
        if (error.code === 'auth-failed')
            findings.push(...authFindings(error.authMethods));
        return conclude({ findings, hostKey: error.hostKey, authMethods: error.authMethods, ran: false, target });
    }
    log(`host-canary: host key ${run.hostKey.fingerprint} matches; server auth methods: ${run.authMethods?.join(', ') ?? '(none needed)'}`);
    const findings = authFindings(run.authMethods);
    const facts = parseHostFacts(run.stdout, nonce);
    if (run.exitCode !== 0 || !facts.complete) {
        const stderr = run.stderr.trim().split('\n')[0]?.slice(0, 200);
        findings.push(finding('unreachable', `the remote checks on ${target} ${facts.complete ? `exited with ${run.exitCode}` : `stopped before the end (exit ${run.exitCode})`}${stderr ? `: ${stderr}` : ''}`));
    }
    // The compose reader (and the YAML parser) only now: an unreachable host never needs it.
    const compose = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(250)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9250));
    findings.push(...checkHost(facts, { ...settings, composeFiles: readLocalComposeFiles(settings.composeFiles, compose.decodeText), parseCompose: compose.parseComposeYaml }));
    return conclude({ findings, hostKey: run.hostKey, authMethods: run.authMethods, facts, ran: true, connectMs: run.connectMs, commandMs: run.commandMs, target });
}
/** The compose-files input, read here (the workflow's checkout): one-line errors name the file. */
function readLocalComposeFiles(files, decodeText) {
    return files.map((file) => {
        let bytes;
        try {
            if ((0,external_node_fs_.statSync)(file).size > 4 * 1024 * 1024)
                throw new errors/* UserError */.yo(`compose-files: ${file} is over 4 MB`);
            bytes = (0,external_node_fs_.readFileSync)(file);
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw new errors/* UserError */.yo(`compose-files: ${file} cannot be read (${error.code ?? 'error'})`);
        }
        return { file, text: decodeText(bytes, file) };
    });
}
function conclude(partial) {
    return { ...partial, result: partial.findings.some((item) => item.severity === 'error') ? 'unhealthy' : 'healthy' };
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

;// CONCATENATED MODULE: ./src/host/report.ts



const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** `3d 4h`, `5h 12m`, or the short form for under an hour. */
function uptimeText(seconds) {
    const days = Math.floor(seconds / 86_400);
    const hours = Math.floor((seconds % 86_400) / 3600);
    if (days > 0)
        return `${days}d ${hours}h`;
    if (hours > 0)
        return `${hours}h ${Math.floor((seconds % 3600) / 60)}m`;
    return formatDuration(seconds * 1000);
}
function verdictLine(result) {
    const errors = result.findings.filter((item) => item.severity === 'error');
    if (errors.length === 0) {
        const warnings = result.findings.length;
        return `host-canary: ${result.target} is healthy${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`;
    }
    const first = errors[0];
    const more = errors.length > 1 ? ` (+${errors.length - 1} more: ${[...new Set(errors.slice(1).map((item) => item.code))].join(', ')})` : '';
    return `host-canary: ${result.target} is unhealthy: ${first.code}: ${first.message}${more}`;
}
/** The `findings` output: code, severity, message. */
function findingsJson(result) {
    return JSON.stringify(result.findings.map(({ code: findingCode, severity, message }) => ({ code: findingCode, severity, message })));
}
function summaryMarkdown(result) {
    // The target as code: `user@host` would otherwise render as a mailto link.
    const parts = [`## ${result.result === 'healthy' ? '✅' : '❌'} host-canary: ${code(result.target)} is ${result.result}\n`];
    const facts = result.facts;
    const rows = [
        ['Host key', result.hostKey ? `${code(result.hostKey.fingerprint)} (${result.hostKey.algorithm})` : '(no handshake)'],
        ['Server auth methods', result.authMethods?.join(', ') ?? (result.ran ? 'none needed' : 'unknown')],
        ['Remote command', result.ran ? `ran (connect ${formatDuration(result.connectMs ?? 0)}, checks ${formatDuration(result.commandMs ?? 0)})` : 'not run'],
    ];
    if (facts) {
        rows.push(['Hostname', facts.hostname ?? '?'], ['Machine ID', facts.machineId ?? '?']);
        if (facts.uptimeSeconds !== undefined)
            rows.push(['Uptime', uptimeText(facts.uptimeSeconds)]);
        if (facts.sentinel.state !== 'skipped')
            rows.push(['Sentinel file', facts.sentinel.state]);
        const newest = facts.backups.at(-1);
        if (newest)
            rows.push(['Newest backup', `${code(newest.path)} ${newest.bytes} bytes`]);
    }
    parts.push(table(['', ''], rows));
    if (result.findings.length > 0) {
        parts.push('\n', table(['', 'Finding', 'Message'], result.findings.map((item) => [ICON[item.severity], code(item.code), item.message])));
    }
    else {
        parts.push('\nNo findings.\n');
    }
    if (facts?.containers && 'states' in facts.containers && facts.containers.states.length > 0) {
        parts.push('\n### Containers\n\n', table(['Service', 'Container', 'Status', 'Restarts', 'Exit', 'OOM', 'Health', 'Memory limit', 'CPUs', 'Revision'], facts.containers.states.map((state) => [
            state.service, state.name, state.status, state.restartCount, state.exitCode, state.oomKilled ? 'yes' : 'no', state.health ?? (state.hasHealthcheck ? '' : 'no healthcheck'),
            bytesText(state.limits.memory), effectiveCpus(state.limits) || 'no limit', state.revision?.slice(0, 12) ?? '',
        ])));
        if (facts.memTotalBytes !== undefined)
            parts.push(`\nHost memory: ${bytesText(facts.memTotalBytes)}.\n`);
    }
    if (facts?.units && 'states' in facts.units && facts.units.states.length > 0) {
        parts.push('\n### Units\n\n', table(['Unit', 'Load', 'Active', 'Sub'], facts.units.states.map((unit) => [unit.id, unit.loadState, unit.activeState, unit.subState])));
    }
    return parts.join('');
}
/** The verdict as a canary event carries it: the first error's finding code is the reason. */
function canaryVerdict(result, durationMs) {
    const passed = result.result === 'healthy';
    return { passed, reason: passed ? undefined : result.findings.find((item) => item.severity === 'error')?.code, durationMs: Math.round(durationMs) };
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
const MAX_LOOK_BACK_MS = 30 * 86_400_000;
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
            throw new errors/* InputError */.dz(name, 'is required but was not given', example);
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
        throw new errors/* InputError */.dz(name, `'${value}' is not a boolean`, `${name}: ${fallback ? 'false' : 'true'}`);
    }
    integer(name, fallback, { min = 0, max = MAX_INTEGER, example = '10' } = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (!/^-?\d+$/.test(value))
            throw new errors/* InputError */.dz(name, `'${value}' is not a whole number`, `${name}: ${example}`);
        const number = Number(value);
        if (number < min)
            throw new errors/* InputError */.dz(name, `${number} is below the minimum of ${min}`, `${name}: ${example}`);
        if (number > max)
            throw new errors/* InputError */.dz(name, `${value.length > 20 ? `${value.slice(0, 20)}…` : value} is above the maximum of ${max}`, `${name}: ${example}`);
        return number;
    }
    number(name, fallback, { min = 0, max = MAX_INTEGER, example = '0.5' } = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        const number = Number(value);
        if (Number.isFinite(number) && number > max)
            throw new errors/* InputError */.dz(name, `'${value}' is above the maximum of ${max}`, `${name}: ${example}`);
        if (!Number.isFinite(number) || number < min) {
            throw new errors/* InputError */.dz(name, `'${value}' is not a number from ${min} to ${max}`, `${name}: ${example}`);
        }
        return number;
    }
    durationMs(name, fallback, { min = 0, max = MAX_DURATION_MS } = {}) {
        const value = this.string(name, fallback);
        const ms = parseDurationMs(value);
        if (ms === undefined)
            throw new errors/* InputError */.dz(name, `'${value}' is not a duration`, `${name}: 30s (also 500ms, 3m, 1h; a bare number means seconds)`);
        if (ms < min)
            throw new errors/* InputError */.dz(name, `'${value}' is shorter than the minimum of ${min}ms`, `${name}: ${fallback}`);
        if (ms > max)
            throw new errors/* InputError */.dz(name, `'${value.length > 20 ? `${value.slice(0, 20)}…` : value}' is longer than the maximum of ${durationText(max)}`, `${name}: ${fallback}`);
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
            throw new errors/* InputError */.dz(name, `the regular expression does not compile (${reason})`, `${name}: '\\[(skip ci|ci skip)\\]'`);
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
                throw new errors/* InputError */.dz(name, `'${pattern}' is not a valid glob`, `${name}: 'db/migrations/**'`);
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

;// CONCATENATED MODULE: ./src/host/private-key.ts


/**
 * Checks the private key and passphrase before any connection, so a malformed key or
 * a wrong passphrase is a one-line input error, not an authentication failure. The
 * messages never quote the key.
 */
async function checkPrivateKey(key, passphrase) {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) {
        throw new errors/* InputError */.dz('ssh-key', 'is not a PEM/OpenSSH private key (no "-----BEGIN … PRIVATE KEY-----" line)', 'ssh-key: ${{ secrets.CANARY_SSH_KEY }} holding the whole file ssh-keygen wrote');
    }
    // ssh2's key parser alone (not the whole client): a CommonJS module whose parseKey Node's
    // ESM loader does not find as a named export, so through the module object.
    const { default: keyParser } = await __nccwpck_require__.e(/* import() */ 789).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1789, 23));
    const parsed = keyParser.parseKey(key, passphrase || undefined);
    if (parsed instanceof Error) {
        const message = parsed.message;
        if (/passphrase/i.test(message) || /decrypt/i.test(message) || /bad decrypt/i.test(message)) {
            throw passphrase
                ? new errors/* InputError */.dz('ssh-passphrase', 'does not decrypt ssh-key (wrong passphrase)', 'ssh-passphrase: ${{ secrets.CANARY_SSH_PASSPHRASE }}')
                : new errors/* InputError */.dz('ssh-passphrase', 'is needed: ssh-key is encrypted', 'ssh-passphrase: ${{ secrets.CANARY_SSH_PASSPHRASE }}');
        }
        throw new errors/* InputError */.dz('ssh-key', `could not be read as a private key (${message.replace(/\s+/g, ' ').slice(0, 120)})`, 'ssh-key: ${{ secrets.CANARY_SSH_KEY }} holding the whole file ssh-keygen wrote');
    }
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!first || !first.isPrivateKey())
        throw new errors/* InputError */.dz('ssh-key', 'holds a public key, not a private key', 'ssh-key: the contents of ~/.ssh/id_ed25519 (not the .pub file)');
}

;// CONCATENATED MODULE: ./src/host/settings.ts




const SERVICE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const UNIT = /^[A-Za-z0-9@._:\\-]+$/;
function noNewline(name, value, example) {
    if (/[\r\n\0]/.test(value))
        throw new errors/* InputError */.dz(name, 'must be a single line', example);
    return value;
}
/** Every host-canary input, validated; shared by the action and the CLI. */
async function readHostCanarySettings(inputs) {
    const privateKey = inputs.secret('ssh-key');
    const passphrase = inputs.secret('ssh-passphrase');
    // The runner masks a multi-line secret as a whole; mask each key line too, so no single line can leak.
    for (const line of privateKey.split(/\r?\n/))
        if (line.trim().length >= 8 && !line.startsWith('-----'))
            inputs.source.mask(line.trim());
    const host = inputs.required('host', 'host: db-prod-1.example.com');
    if (/\s|\//.test(host))
        throw new errors/* InputError */.dz('host', `'${host}' is not a host name or address`, 'host: 203.0.113.10');
    const port = inputs.integer('port', 22, { min: 1, max: 65535, example: '22' });
    const user = inputs.required('user', 'user: canary');
    if (!/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(user))
        throw new errors/* InputError */.dz('user', `'${user}' is not a user name`, 'user: canary');
    const pinLines = inputs.list('host-key-fingerprints');
    if (pinLines.length === 0)
        throw new errors/* InputError */.dz('host-key-fingerprints', 'is required: the canary only talks to a host whose key it knows', "host-key-fingerprints: SHA256:… (from 'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub' on the host)");
    const pins = pinLines.map((line) => {
        const pin = parsePinnedKey(line);
        if (typeof pin === 'string')
            throw new errors/* InputError */.dz('host-key-fingerprints', pin, "host-key-fingerprints: 'SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s' (one per line, as ssh-keygen -lf prints)");
        return pin;
    });
    if (privateKey === '')
        throw new errors/* InputError */.dz('ssh-key', 'is required', 'ssh-key: ${{ secrets.CANARY_SSH_KEY }}');
    await checkPrivateKey(privateKey, passphrase);
    const containers = inputs.list('containers', { splitCommas: true });
    for (const service of containers)
        if (!SERVICE.test(service))
            throw new errors/* InputError */.dz('containers', `'${service}' is not a compose service name`, 'containers: web, worker, postgres');
    const composeProject = inputs.string('compose-project');
    if (composeProject && !SERVICE.test(composeProject))
        throw new errors/* InputError */.dz('compose-project', `'${composeProject}' is not a compose project name`, 'compose-project: shop');
    const units = inputs.list('units', { splitCommas: true });
    for (const unit of units)
        if (!UNIT.test(unit))
            throw new errors/* InputError */.dz('units', `'${unit}' is not a systemd unit name`, 'units: docker.service, pg-backup.timer');
    const sentinelFile = noNewline('sentinel-file', inputs.string('sentinel-file'), 'sentinel-file: /srv/data/.deploy-guards-sentinel');
    if (sentinelFile && !sentinelFile.startsWith('/'))
        throw new errors/* InputError */.dz('sentinel-file', `'${sentinelFile}' is not an absolute path`, 'sentinel-file: /srv/data/.deploy-guards-sentinel');
    const backupGlob = noNewline('backup-glob', inputs.string('backup-glob'), "backup-glob: '/var/backups/postgres/*.sql.gz'");
    if (backupGlob && !backupGlob.startsWith('/'))
        throw new errors/* InputError */.dz('backup-glob', `'${backupGlob}' is not an absolute path pattern`, "backup-glob: '/var/backups/postgres/*.sql.gz'");
    return {
        host,
        port,
        user,
        privateKey,
        passphrase,
        pins,
        connectTimeoutMs: inputs.durationMs('connect-timeout', '20s', { min: 100, max: 10 * 60_000 }),
        commandTimeoutMs: inputs.durationMs('command-timeout', '60s', { min: 100, max: 60 * 60_000 }),
        expectHostname: noNewline('expect-hostname', inputs.string('expect-hostname'), 'expect-hostname: db-prod-1'),
        expectMachineId: noNewline('expect-machine-id', inputs.string('expect-machine-id'), 'expect-machine-id: 0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b'),
        sentinelFile,
        sentinelValue: noNewline('sentinel-value', inputs.string('sentinel-value'), 'sentinel-value: provisioned-2026-03-01'),
        minUptimeMs: inputs.durationMs('min-uptime', '0s', { max: MAX_LOOK_BACK_MS }),
        containers,
        composeProject,
        expectRevision: inputs.string('expect-revision'),
        windowMs: inputs.durationMs('window', '15m', { min: 1000, max: MAX_LOOK_BACK_MS }),
        backupGlob,
        backupMaxAgeMs: inputs.durationMs('backup-max-age', '0s', { max: MAX_LOOK_BACK_MS }),
        backupMinRatio: inputs.number('backup-min-ratio', 0.5, { min: 0, max: 1, example: '0.5' }),
        units,
        composeFiles: inputs.list('compose-files'),
        fail: inputs.boolean('fail', true),
    };
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
        const message = error instanceof errors/* UserError */.yo ? error.message : `${name}: unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}`;
        setFailed(message);
        if (!(error instanceof errors/* UserError */.yo) && error instanceof Error && error.stack)
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

;// CONCATENATED MODULE: ./src/actions/host-canary/run.ts









async function run() {
    await runAction('host-canary', async () => {
        const started = performance.now();
        const context = readGitHubContext();
        const inputs = actionInputs();
        const settings = await readHostCanarySettings(inputs);
        const events = readCanaryEventSettings(inputs, context.workspace);
        const result = await runHostCanary(settings, info);
        setOutput('result', result.result);
        setOutput('findings', findingsJson(result));
        setOutput('host-key-fingerprint', result.hostKey?.fingerprint ?? '');
        annotate(result.findings, { demoteErrors: !settings.fail });
        await emitCanaryVerdict(canaryVerdict(result, performance.now() - started), {
            context: eventContext(context, events.environment), sinks: events.sinks, apiUrl: context.apiUrl, logUrl: runUrl(context),
            print: info, warn: warning,
        });
        await writeSummary(summaryMarkdown(result));
        if (result.result === 'unhealthy')
            concludeFailure(verdictLine(result), settings.fail);
        else
            info(verdictLine(result));
    });
}


/***/ }),

/***/ 8382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 7758:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("deploy-guards-bundles-no-native-addon");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ var __webpack_exports__ = __nccwpck_require__(8816);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
