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

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TY: () => (/* binding */ FileScanner),
  iF: () => (/* binding */ forEachClaimedBatch),
  sh: () => (/* binding */ unpackSetup)
});

// UNUSED EXPORTS: importNeed, notCheckedKey, packSetup

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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

;// CONCATENATED MODULE: ./src/shared/line-index.ts
// Offset → 1-based line number for one text, the one way the project does it.
// Built once per text (one pass collecting newline offsets), then every lookup
// is a binary search, so many lookups into one large file stay cheap.
/**
 * Lines of one text: a string (offsets in UTF-16 code units) or bytes such as a
 * Buffer (offsets in bytes). A line ends at `\n`, so `\r\n` text works as is;
 * the newline itself belongs to the line it ends.
 */
class line_index_LineIndex {
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

;// CONCATENATED MODULE: ./node_modules/es-module-lexer/dist/lexer.js
/* es-module-lexer 3.0.5 */
const A=!1;const Q=1===new Uint8Array(new Uint16Array([1]).buffer)[0],B="undefined"!=typeof Buffer,E=/\r\n?/g;function C(A,Q,B){if(B<1||Q+B>A.length)throw new SyntaxError;let E=0;const C=Q+B;for(let B=Q;B<C;B++){const Q=A.charCodeAt(B),C=32|Q,g=Q>=48&&Q<=57?Q-48:C>=97&&C<=102?C-87:-1;if(-1===g)throw new SyntaxError;E=16*E+g}return E}function parse(R,H="@"){w||k();const o=R.length+1,L=(w.__heap_base.value||w.__heap_base)+4*o+16-w.memory.buffer.byteLength;L>0&&w.memory.grow(Math.ceil(L/65536));const G=w.sa(o-1);if(R.length>=64&&B)Buffer.from(w.memory.buffer,G,2*(o-1)).write(R,"utf16le");else{const A=w.memory.buffer;(null==D?void 0:D.buffer)!==A&&(D=new Uint16Array(A,G)),(Q?I:g)(R,D)}if(!w.parse())throw Object.assign(new Error(`Parse error ${H}:${R.slice(0,w.e()).split("\n").length}:${w.e()-R.lastIndexOf("\n",w.e()-1)}`),{idx:w.e()});const N=[],M=[];for(;w.ri();){const A=w.is(),Q=w.ie(),B=w.it(),E=15&B,C=w.ai(),g=w.id(),I=w.ss(),D=w.se(),H=w.ip();let k,o=!1;if(1&H?k=i(-1===g?A:A+1,-1===g?Q:Q-1,A,!!(2&H)):-1!==g&&"`"===R[A]&&(k=U(A,Q),o=void 0!==k),3===E)N.push({type:"import-meta",specifier:null,typeOnly:!1,start:A,end:Q,importStart:I,importEnd:D});else if(-1!==g){const w=5===E?"source":7===E?"defer":null;N.push({type:"dynamic",specifier:k,glob:o,phase:w,start:A,end:Q,importStart:I,importEnd:D,dynamicStart:g,attributes:null,attributesStart:C,probablyTypeOnly:!!(16&B)})}else{let g=null;if(-1!==C){for(g=[],w.rsa();w.ra();){const A=w.aks(),Q=w.ake(),B=w.avs(),E=w.ave();g.push([Y(A,Q),Y(B,E)])}0===g.length&&(g=null)}const R=4===E?"source":6===E?"defer":null;N.push({type:8===E?"reexport-star":"static",specifier:k,phase:R,start:A,end:Q,importStart:I,importEnd:D,attributes:g,attributesStart:C,typeOnly:!!(16&B)})}}let s=w.re();const J=0===s?void 0:new DataView(w.memory.buffer);for(;0!==s;){A;const Q=J.getUint32(s,!0)-G>>>1,B=J.getUint32(s+4,!0)-G>>>1,E=J.getUint32(s+8,!0),C=0===E?-1:E-G>>>1,g=J.getUint32(s+12,!0),I=0===g?-1:g-G>>>1,D=J.getUint32(s+16,!0)-G>>>1,R=J.getUint32(s+20,!0),H=J.getUint8(s+24),k=J.getUint8(s+25),o=!!(4&k);if(3===H)M.push({type:"reexport-all",from:N[R].specifier,importIndex:R,start:Q,end:B,exportStart:D,typeOnly:o});else{const A=Y(Q,B);if(1===H){const E=C<0?void 0:Y(C,I);M.push({type:"direct",name:A,localName:E,start:Q,end:B,localStart:C,localEnd:I,exportStart:D,typeOnly:o})}else{const E=3&k,g=0===E?Y(C,I):1===E?"default":null;M.push({type:"reexport",name:A,importName:g,importNameStart:0===E?C:-1,importNameEnd:0===E?I:-1,from:N[R].specifier,importIndex:R,start:Q,end:B,exportStart:D,typeOnly:o})}}s=w.re()}function i(A,Q,B,g=!1){try{return function(A,Q){let B=A.indexOf("\\");if(-1===B)return Q?A.replace(E,"\n"):A;let g=A.slice(0,B),I=Q?g.replace(E,"\n"):g;for(;;){let D=B+1;if(D>=A.length)throw new SyntaxError;const w=A.charCodeAt(D++);switch(w){case 13:10===A.charCodeAt(D)&&D++;break;case 10:case 8232:case 8233:break;case 114:I+="\r";break;case 110:I+="\n";break;case 116:I+="\t";break;case 98:I+="\b";break;case 102:I+="\f";break;case 118:I+="\v";break;case 120:I+=String.fromCharCode(C(A,D,2)),D+=2;break;case 117:{let Q;if(123===A.charCodeAt(D)){const B=A.indexOf("}",++D);if(-1===B)throw new SyntaxError;Q=C(A,D,B-D),D=B+1}else Q=C(A,D,4),D+=4;if(Q>1114111)throw new SyntaxError;Q<=65535?I+=String.fromCharCode(Q):(Q-=65536,I+=String.fromCharCode(55296+(Q>>10),56320+(1023&Q)));break}case 48:{const Q=A.charCodeAt(D);if(Q>=48&&Q<=57)throw new SyntaxError;I+="\0";break}default:if(w>=49&&w<=57)throw new SyntaxError;I+=String.fromCharCode(w)}const R=A.indexOf("\\",D);if(-1===R)return g=A.slice(D),I+(Q?g.replace(E,"\n"):g);g=A.slice(D,R),I+=Q?g.replace(E,"\n"):g,B=R}}(R.slice(A,Q),g)}catch(A){throw Object.assign(new Error(`Parse error ${H}:${R.slice(0,B).split("\n").length}:${B-R.lastIndexOf("\n",B-1)}`),{idx:B})}}function Y(A,Q){const B=R.charCodeAt(A);return 34===B||39===B?i(A+1,Q-1,A):R.slice(A,Q)}function U(A,Q){if(w.rts(),!w.rt())return;let B="",E=A+1,C=A+1,g=w.te();for(;C<Q;){const A=R.charCodeAt(C);if(96===A)break;92!==A?42!==A?36===A&&123===R.charCodeAt(C+1)&&C+2<=g?(B+=R.slice(E,C)+"*",C=E=g,g=w.rt()?w.te():-1):C++:(B+=R.slice(E,C)+"\\*",E=++C):C+=2}return B+R.slice(E,C)}return[N,M,!!w.f(),!!w.ms()]}function g(A,Q){const B=A.length;let E=0;for(;E<B;){const B=A.charCodeAt(E);Q[E++]=(255&B)<<8|B>>>8}}function I(A,Q){const B=A.length;let E=0;for(;E<B;)Q[E]=A.charCodeAt(E++)}let D,w;const R=()=>{return A="AGFzbQEAAAABOgpgAAF/YAF/AX9gAABgAX8AYAJ/fwF/YAR/f39/AGADf39/AX9gAn9/AGADf39/AGAHf39/f39/fwADVVQCAgEFAwUAAAAAAAAAAAAAAAIAAAAAAAAAAAACAAEGAAIBAgMDAQEAAAEBAQIDAwACAgQFBwIAAAADAQEDBAEDAQcBAQgBBgQEAQAEAAMECQEEAQQEBQFwAQICBQcBAYICgIACBg8CfwFB8I0EC38AQfCNBAsHwQEcBm1lbW9yeQIAAnNhAAIBZQAGAmlzAAcCaWUACAJzcwAJAnNlAAoCaXQACwJhaQAMAmlkAA0CaXAADgJydAAPAnRlABADcnRzABECcmkAEgJyZQATAWYAFAJtcwAVAnJhABYDYWtzABcDYWtlABgDYXZzABkDYXZlABoDcnNhABsFcGFyc2UAHAtfX2hlYXBfYmFzZQMBC19pbml0aWFsaXplAAEZX19pbmRpcmVjdF9mdW5jdGlvbl90YWJsZQEACQcBAEEBCwEADAEBCpHjAVQoAEGoDUGAwAA2AgBBoA1B8I0ENgIAQYgNQSo2AgBBpA1BgIAENgIACwQAEAALfwBBhAwgADYCACAAQQF0IgBBADsB8I0EQYgMIABBAnJB8o0EajYCAEGMDD8AQRB0NgIAQdgLQQA2AgBB6AtBADYCAEHgC0EANgIAQdwLQQA2AgBB8AtBADYCAEHkC0EANgIAQfgLQQA2AgBB/AtBADYCAEGADEEAOgAAQfCNBAvxAQECf0E4EARBiAxBiAwoAgAiBEE4ajYCAAJAQegLKAIAIgVFBEBB2AsgBDYCAAwBCyAFIAQ2AjQLQegLIAQ2AgBB7AsgBTYCACAEIAA2AgggBEEANgI0IARBADsAGSAEIANBAUYiADoAGCAEIAM2AhQgBEEANgIQIAQgAjYCBCAEIAE2AgAgBP0MAAAAAAAAAAAAAAAAAAAAAP0LAiAgBEEAOwEwIARBA0EBQQIgABsgA0ECRiIBGzYCHCAEIAIgAkECakEAIAAbIAEbNgIMQfgLQfgLKAIAQQFqNgIAIANBAWtBAU0EQEGQDEEBOgAACwtHAQF/IABBiAwoAgBqIgBBjAwoAgBLBEAgAEGMDCgCACIAa0H//wNqIgFBEHZAAEF/RgRAAAtBjAwgACABQYCAfHFqNgIACwuJAQECf0EkEARBiAxBiAwoAgAiBEEkajYCAAJAQfALKAIAIgVFBEBB3AsgBDYCAAwBCyAFIAQ2AiALQfALIAQ2AgAgBCADNgIMIAQgAjYCCCAEIAE2AgQgBCAANgIAQfQLKAIAIQAgBEEANgIgIARBATsBGCAEQX82AhQgBCAANgIQQZAMQQE6AAALCABBlAwoAgALEwBB4AsoAgAoAgBB8I0Ea0EBdQscAQF/QeALKAIAKAIEIgBB8I0Ea0EBdUF/IAAbCxMAQeALKAIAKAIIQfCNBGtBAXULHAEBf0HgCygCACgCDCIAQfCNBGtBAXVBfyAAGwsbAQF/QeALKAIAIgAoAhwgAC0AGUEEdEEQcXILHAEBf0HgCygCACgCECIAQfCNBGtBAXVBfyAAGws1AQJ/QX8hAAJAAkACQEHgCygCACgCFCIBQQFrDgICAQALIAFB8I0Ea0EBdQ8LQX4hAAsgAAsLAEHgCygCAC0AGAtLAQJ/AkBBnAwCf0GYDC0AAEUEQEGYDEEBOgAAQeALKAIAQSRqDAELQZwMKAIAIgFFDQEgAUEEagsoAgAiADYCACAAQQBHIQALIAALEwBBnAwoAgAoAgBB8I0Ea0EBdQsSAEGYDEEAOgAAQZwMQQA2AgALJQEBf0HgC0HgCygCACIAQTRqQdgLIAAbKAIAIgA2AgAgAEEARwsiAQF/QeQLQeQLKAIAIgBBIGpB3AsgABsoAgAiADYCACAACwgAQaAMLQAACwgAQZAMLQAACysBAX9BpAxBpAwoAgAiAEEQakHgCygCAEEgaiAAGygCACIANgIAIABBAEcLEwBBpAwoAgAoAgBB8I0Ea0EBdQsTAEGkDCgCACgCBEHwjQRrQQF1CxMAQaQMKAIAKAIIQfCNBGtBAXULEwBBpAwoAgAoAgxB8I0Ea0EBdQsKAEGkDEEANgIAC5sdAQh/IwBBkNAAayIEJABBoAxBAToAAEGsDEHYCTYCAEGQDEEAOgAAQagMQQA7AQBBqgxBADsBAEGwDEEAOgAAQbQMQQA2AgBBuAxBADYCAEG8DEEANgIAQcAMQQA6AABBxAxBADYCAEGUDEEANgIAQYEMQQA6AABByAwgBEGQEGo2AgBBzAwgBEEQajYCACAEQQA2AgxB0AxBADoAAEHUDEEANgIAQdwMQe6NBCIAQYQMKAIAQQF0aiICNgIAAkACQANAAkBB2AwgAEECaiIBNgIAAkACQCAAIAJJBEAgAS8BACICQQlrQQVJDQICQAJAAkACQCACQeUAaw4FAQcHBwIACyACQSBGDQUgAkEvRg0CIAJBO0YNBAwGC0GqDC8BAA0DIAEQHUUNAyAAQQRqQYAIQQoQHg0DEB8EQEGsDEHYCTYCAAwFC0HYDCgCACEBQaAMLQAADQNBrAwgATYCACABIQAMBwsCQCAALwEEQe0ARw0AIAEQHUUNACAAKQAGQvCAvIOgjoA6Ug0AECBB2AwoAgAhAQwDCyABEB1FDQIgAEEEakHgCUEQEB4NAiAALwEUIgIQIUUgAkEvR3ENAkGgDEEAOgAADAYLIAAvAQQiAUEqRwRAIAFBL0cNBBAiDAMLQQEQIwwCC0EAIQIgASEAQYEMLQAADQUMBAtBrAwgATYCAAtB3AwoAgAhAkHYDCgCACEADAELC0GgDEEAOgAACwNAQdgMIABBAmoiATYCAAJAAkACQAJAAkACQAJAAkACQAJAQdwMKAIAIABLBEACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEvAQAiAkHbAGsODwcTDBkZFRkZAwUBBBkZAgALAkACQCACQSBrDhABCRMaGhoaEwcQGhoOGhoVAAsgAkEJa0EFSQ0AAkAgAkE7aw4EDwoMCwALIAJB+wBrDgMQGREYCyACQQ1HIAJBCkdxDSNBtAwoAgBFDSMgARAkQbQMKAIADSMgBEEANgIMDCMLQaoMLwEADR8gARAdRQ0fIABBBGpBgAhBChAeDR8QH0UNIAwhCwJAAkAgAC8BBEHtAGsOAgABIAsgARAdRQ0fIAApAAZC8IC8g6COgDpSDR8QIAwgCyABEB1FDR5BARAlDSAMHgsgAC8BBEHsAEcNHQJAIAEQHUUNACAAQQZqQZQIQQYQHg0AIAAvAQwQJkUNAEHEDCAAQQxqNgIACyABEB1FDR0gAEEGakGUCEEGEB4NHSAALwEMECFFDR1B0AxBAToAAAwdCyAALwEEQfUARw0cIAEQHUUNHCAAQQZqQboJQQwQHg0cIAAvARIQJkUNHEHEDCAAQRJqNgIADBwLIAAvAQRB5QBHDRsgARAdRQ0bECcNHQwbC0GqDC8BACIBQYAIRg0PQawMKAIAIQBByAwoAgAgAUEDdGoiAkEBNgIAQaoMIAFBAWo7AQAgAiAANgIEDBsLQaoMLwEAIgFBgAhGDQ5BrAwoAgAhAEHIDCgCACABQQN0aiICQQg2AgBBqgwgAUEBajsBACACIAA2AgQMGgsCQCAALwEEQT1GDQBBwAwQKCIAQQFzOgAAIAANGkGsDCgCACEAA0AgACABTw0bAkAgAUECayIBLwEAIgJBCmsOBAIBAQIACyACQajAAGtBAk8NAAsLQcAMQQA6AAAMGQtBtAwoAgAiAkEBa0F9TQRAQbQMIAJBAWo2AgAMGQsgAkF/Rw0YIAAvAQBBPEYEQCAEIAE2AgwMGQsCfwJAAkACQEGsDCgCACIBLwEAIgBBK2sOAwABAAELIAFBAmsvAQAgAEcNAEEBIQEgABApRQ0BDBYLQcAMLQAAIABBIUZxIQEgAEEvRgRAQbAMLQAARQwCCyAAECkNFQsCQAJAIABBJ2sOAxYBFgALIABBIkYgAEHdAEZyIABB/QBGcg0VCyAAQeAARgsgAXINEwwUC0G0DCgCACIBQQJrQXxLDRcgAC8BAEE9Rg0XQbQMIAFBAWs2AgAMFwtBtAwoAgBBAUcNFkGqDC8BAA0WIAAvAQRBPkYNFkG8DCABNgIAQbQMQX82AgAMFgtBqgwvAQAiAUUNCUGqDCABQQFrOwEADBULQagMLwEAIgJFQaoMLwEAIgFFckUEQEHIDCgCACABQQN0akEIaygCAEEFRw0VQcwMKAIAIAJBAnRqQQRrKAIAIgEoAgQNFSABQawMKAIAIgJBAmo2AgQgASgCLCACRwRAIAFBADYCJAtB2AwgAEEEajYCAEEBECoaIAFB2AwoAgAiATYCEEHYDCABQQJrNgIADBULIAENFAJAAkBBtAwoAgBBAWoOAwAWARYLIARBDGoQK0UNFQsQLAwUC0G0DCgCAEUNE0GqDC8BAA0TIARBADYCDEG0DEEANgIADBMLQaoMLwEAIgFFDQZBqgwgAUEBayIBOwEAQagMLwEAIgJFDRJByAwoAgAgAUH//wNxQQN0aigCAEEFRw0SAkBBzAwoAgAgAkECdGpBBGsoAgAiASgCBA0AIAFBrAwoAgAiA0ECajYCBCADIAEoAixGDQAgAUEANgIkCyABIABBBGo2AgwgARAtQagMIAJBAWs7AQAMEgsCQEGsDCgCACIBLwEAQSlHDQBB6AsoAgAiAEUNACAAKAIMIAFBAmpHDQBB6AtB7AsoAgAiADYCAAJAIAAEQCAAQQA2AjQMAQtB2AtBADYCAAtB+AtB+AsoAgBBAWs2AgALQaoMLwEAIgBBgAhGDQVByAwoAgAgAEEDdGoiAkEGQQJB0AwtAAAbNgIAQaoMIABBAWo7AQAgAiABNgIEQdAMQQA6AAAMEQtBqgwvAQAiAUUNBEGqDCABQQFrIgE7AQBByAwoAgAgAUH//wNxIgFBA3RqKAIAQQRHDRBBqAwvAQAiAEUNCkHMDCgCACAAQQJ0akEEaygCACIALwEwIAFHDQpBCBAEQYgMQYgMKAIAIgFBCGo2AgBB2AwoAgAhAiABQQA2AgQgASACQQJqNgIAAkAgACgCKCICRQRAIAAgATYCJAwBCyACIAE2AgQLIAAgATYCKAwKCyACEC4MDwsQLyIARQ0NIABBAEgNAkGsDCABNgIADBALAn8CQCAALwEEIgBBKkcEQCAAQS9HDQEQIkEBDAILQQEQI0EBDAELQQEhAEGwDBAoBH8QMEEABUEBCzoAAEEACyICRQ0GQbQMKAIARQ0GQaoMLwEADQZB2AwoAgAhAANAIAAgAUkNBwJAAkAgAS8BAEEKaw4EAAEBAAELIABBAkEAIAAvAQAiAUEKRxtBACABQQ1HG2oQJEG0DCgCAA0IIARBADYCDAwICyABQQJqIQEMAAsACwJAAkBBqAwvAQAiAEUNAEHMDCgCACAAQQJ0akEEaygCACIAKAIEDQAgACgCACABRw0AIABBqgwvAQAiAEEBajsBMAwBC0GqDC8BACEACyAAQf//A3EiAUGACEcNAQsQMUEAIQIMDwtBrAwoAgAhAkHIDCgCACABQQN0aiIBQQM2AgBBqgwgAEEBajsBACABIAI2AgQMBAsgAkH0AEYNBwsgAkEwa0H//wNxQQpJIAJBIHJB4QBrQf//A3FBGklyDQcCQAJAIAJB3ABrDgQJAQEJAAsgAkEkRg0ICyACQaABRiACQYABSXINCAwHC0EAIQJBqgwvAQANC0GBDC0AAEEBcQ0LQagMLwEADQsCQEH8CygCACIBRQ0AQYAMLQAARQRAQdwLIQADQCAAKAIAIgFFDQIgAS0AGEEERgRAIAFBfzYCFCABQQE6ABgLIAFBIGohAAwACwALIAFBAXQhAkEEIQEDQCABIgBBAXQhASAAIAJJDQALQQAhAkHsDCAANgIAQegMIABBAWs2AgAgAEECdCIBEARBgQwtAAANDEHkDEGIDCgCACICNgIAQYgMIAEgAmo2AgBB7AwoAgAhBUEAIQADQCAAIAVGBEACQEHoDCgCACEDQdwLIQADQAJAIAAoAgAiAUUEQEHYDCgCACEGQdgLIQBBACEBDAELIAEtABhBBEYEQCABIAEoAgggASgCDBAyIgA2AhQgASACIAAgA3FBAnRqIgAoAgA2AhwgACABNgIACyABQSBqIQAMAQsLAkADQCAAKAIAIgBFDQECQCAAKAIUQQFHDQAgACgCCCIDLwEAQekARw0AQdgMIANBDGo2AgBBARAqIQMgAC0AGSIHQQFGBEBB2AxB2AwoAgBBCGo2AgBBARAqIQMLAkACQAJAIAAoAhxBBGsOAwACAQILQdgMQdgMKAIAQQxqNgIAQQEQKkEBIAFBABAzDAILQdgMQdgMKAIAQQpqNgIAQQEQKhpBgAxBAToAACABQQAQNAwBCyADQSJGIANBJ0ZyDQAgA0EAIAEgBxAzC0H8CygCAARAIAFBAWohASAAQTRqIQAMAQsLQdgMIAY2AgAMAQtBACEBQdgMIAY2AgBB/AsoAgBFDQADQCABIAVGDQEgAiABQQJ0aiEAA0AgACgCACIARQRAIAFBAWohAQwCCyAALQAYQQRGBEAgAEF/NgIUIABBAToAGAsgAEEcaiEADAALAAsACwUgAiAAQQJ0akEANgIAIABBAWohAAwBCwtBACECQeQMQQA2AgBBgQwtAAANDAtBASECDAsLIAINCAwGCxA1DAULEDYNAEEBIQAQNw0BEDgNAQwEC0EAIQALIAAQOQwCCyAALwEEQfkARw0AIAEQHUUNAEEBECUNAgtB2AwoAgAhAANAIAAvAQIiAUEgckHhAGshAgJAIAFBMGtB//8DcUEKSSACQf//A3FBGklyDQACQAJAIAFB3ABrDgQCAQECAAsgAUEkRg0BCyABQaABRiABQYABSXINAgtB2AwgAEECaiIANgIADAALAAtBrAxB2AwoAgA2AgAMAQtBrAxB2Ak2AgALQdgMKAIAIQAMAAsACyAEQZDQAGokACACCxYAIABB8I0ERgRAQQEPCyAAQQJrEDoLQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIAFBAWohASAAQQFqIQAgAkEBayICDQEMAgsLIAQgBWshAwsgAwuTGwENf0HYDEHYDCgCACILQQxqIgE2AgBB8AsoAgAhB0EBECohAgJAAkAgAUHYDCgCACIARgRAIAIQO0UNAQtB9AsgCzYCAAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkAgAkHpAEcEQCACQfQARwRAIAIhBAwDCyAALwEAQfQARw0BIABBAmpB2glBBhAeDQEgAC8BCCIBECEgAUEqRnIgAUH7AEZyRSABQS9HcQ0BQdgMIABBCGo2AgBBASEGQQEQKiIEQSpGIARB+wBGcg0CQdgMIAA2AgBBABAlRQ0BDA4LQQAQJQ0NC0GgDEEAOgAADAELIARBKkYNCCAEQfsARgRAQdgMQdgMKAIAQQJqNgIAQQEQKiECIAchAQJAA0ACQAJAAkAgBgRAQQAhAwwBC0EBIQMgAkH//wNxQfQARw0AQfQAIQICQEHYDCgCACIILwEAQfQARw0AIAhBAmpB2glBBhAeDQAgCC8BCCIAECEgAEEqRnIgAEH7AEZyRSAAQS9HcQ0AQQAhA0HYDCAIQQhqNgIAQQEhBEH0ACEJAkACQEEBECoiAkEsRiACQf0ARnINACACQeEARw0DQeEAIQJB2AwoAgAiBS8BAkHzAEcNBCAFLwEEECZFDQRB2AwgBUEEajYCAAJAQQEQKiIKQeEARgRAQdgMKAIAIgAvAQJB8wBHDQIgAC8BBBAmRQ0CQdgMIABBBGo2AgACf0EBQQEQKiIDQdwARiIMDQAaQQEgA0Ewa0H//wNxQQpJDQAaQQAhBEHhACEJIANB3/8DcUHBAGtB//8DcUEaSQ0CIAUhAAJAAkAgA0HcAGsOBAYBAQYACyADQSRGDQMLIANBgAFJCyEKQQAhA0HYDCAFNgIAIAwNBiAIIQBB9AAhCUEBIQQgCg0DDAYLQdgMIAU2AgAgCkEsRg0FIAghACAKQf0ARg0FDAILIAUhAAwBCyAIIQALQdgMIAA2AgAgACEFIAQhAyAJIQIMAgsgCCEFDAELQdgMKAIAIQUgAkH//wNxIgBBIkcgAEEnR3ENACAAEC5B2AxB2AwoAgBBAmoiAjYCAAwBCyACQf//A3EQPEHYDCgCACECC0EBECoaIAUgAhA9IQIgA0HwCygCACIARXIgACABRnJFBEAgACAALQAZQQRyOgAZCyACQSxGBEBB2AxB2AwoAgBBAmo2AgBBARAqIQILIAJB/QBGDQEgBUHYDCgCACIDRwRAIAAhASADQdwMKAIATQ0BCwsQMQwOC0EBIQVBACEBQZAMQQE6AABB2AxB2AwoAgBBAmo2AgBBARAqIQRBAAwKC0GgDEEAOgAAAkACQCAEIgJB4QBrDgQBAgIAAgtB2AwoAgAiAkECakHuCkEMEB4NAiACLwEOIgAQIUUgAEEvR3ENAkEAIQdB2AwgAkEOajYCAEEBIQRBARAqIQJBABAlDQtBACEAA0ACQAJAAkAgBEEBcQRAQQAhBAJAAkACQAJAAkACQAJAAkACQAJAIAJB//8DcSIBQeEAaw4OAQ4CDgAIDg4ODg4DCQAECyABED4EQEHwCygCACIAIAAtABlBBHI6ABlB2AxB2AwoAgAiAEECajYCACAALwECED9B2AwoAgAhAQwLCyABQewAaw4CAggGC0HhACECQdgMKAIAIgFBvgpBEBAeDQwgAUEQaiEFIAEvARAiCRAhBEAgByEDDAQLIAchAyAIIQYgACEBIAlBL0cNDAwLC0HYDCgCACIGKQACQuyAhIOwjsA5UQRAIAZBCmohBUEBIQFBACEDIAYvAQoiAhAhIAJBL0ZyDQoLQeMAIQIgBikAAkLvgLiDsI6AOlINCyAGQQpqIQVBASEDIAYvAQoiCRAhDQIgCCEGIAAhASAJQS9HDQsMCgtB7AAhAkHYDCgCACIBLwECQeUARw0KIAEvAQRB9ABHDQogAUEGaiEFQQEhAyABLwEGIgkQIQ0BIAghBiAAIQEgCUEvRw0KDAkLIAFB9gBHDQlB9gAhAkHYDCgCACIBLwECQeEARw0JIAEvAQRB8gBHDQkgAUEGaiEFQQEhAyABLwEGIgkQIUUNAQsgCCEGIAAhAQwHCyAIIQYgACEBIAlBL0cNBwwGCyABQeYARw0GC0HmACECQdgMKAIAIgFBAmpBuAlBDhAeDQUgAUEQaiEFQQEhBiABLwEQIgkQIQRAIAchAyAAIQEMBQsgByEDIAAhASAJQS9HDQUMBAtB7QAhAkHYDCgCACIDQQJqQaQLQQoQHg0EIANBDGohBUEBIQEgAy8BDCIJECEEQCAHIQMMAwsgByEDIAghBiAJQS9HDQQMAwsCQCAHQQFxBEADQEHYDCgCACIBQdwMKAIASw0DQfALKAIAIQAgAkH//wNxEEAhBEHYDCgCACIFIAFGDQIgAEEgakHcCyAAGyECAkADQCACKAIAIgAEQCAAIAAtABlBBHI6ABkgAEEgaiECDAEFAkAgBEE6aw4EAAMDAAMLCwtB2AwgBUECajYCAEEBQQEQQUHYDCgCACIFLwEAIQQLIARB//8DcUEsRw0CQdgMIAVBAmo2AgBBARAqIQIMAAsACwJAIAJB//8DcSIBQdwARiACQTBrQf//A3FBCklyDQACQCACQd//A3FBwQBrQf//A3FBGkkNAAJAAkAgAUHcAGsOBAIBAQIACyABQSRGDQELIAJB//8DcUGAAUkNAQtB2AwoAgAhASACQf//A3EQQhogAUHYDCgCACIDIAEgAxAFQfALKAIAIgEgAS0AGUEEcjoAGUHYDCgCAC8BACECCwJAIABBAXEEQCACQf//A3EQPwwBCyAIQQFxQQAQQQtB2AwoAgAhAQwBCyAFIQELQdgMIAFBAms2AgAMDwsgCCEGC0HYDCAFNgIAQQEhBEEBECohAiADIQcgBiEIIAEhAAwACwALQdgMKAIAIgJBvgpBEBAeDQMgAi8BECIAECFFIABBL0dxDQNB2AwgAkEQajYCAEEBECohAgtBACEEAkACQAJAIAJB4QBrDg4EDAcCAQYMDAwMDAgMAQALIAJB9gBGDQcMCwsgAhA+DQogAkHmAEYNBCACQewARg0GDAoLQdgMKAIAIQILQdgMIAJBDmoiADYCAAJAAkACQAJAAkBBARAqQeEAaw4JAQoDCgoCCgoACgtB8AsoAgAhA0EAECVFDQkgA0HwCygCACIBRwRAIAEgADYCBCABIAI2AgAMDgsgAiAAQQBBABAFQfALKAIAIgAgAC0AGUEEcjoAGQwNC0HYDCgCACIBKQACQvOA5IPgjcAxUg0IIAEvAQoQQ0UNCEHYDCABQQpqNgIAQQAQKhoLQdgMKAIAIgFBAmpBuAlBDhAeDQcCQCABLwEQIgMQIQ0AIANBKGsOAwAIAAgLQdgMIAFBEGo2AgBBARAqIgVBKkYEQEHYDEHYDCgCAEECajYCAEEBECohBQsgBUEoRw0BDAcLQdgMKAIAIgEpAAJC7ICEg7COwDlSDQYgAS8BCiIDECFFIANB+wBHcQ0GQdgMIAFBCmo2AgBBARAqIgVB+wBGDQYLQdgMKAIAIQEgBRBCGkHYDCgCACIDIAFNDQUgAiAAIAEgAxAFQdgMQdgMKAIAQQJrNgIADAoLQdgMKAIAIQILQdgMIAJBCmo2AgBBABAqGgtB2AxB2AwoAgBBEGo2AgBBARAqIgRBKkYEQEHYDEHYDCgCAEECajYCAEEBECohBAtB2AwoAgAhACAEEEIaDAgLAkBB2AwoAgAiACkAAkLsgISDsI7AOVINACAALwEKECZFDQBB2AwgAEEKajYCAEEBECohAUHYDCgCACEAIAEQQhoMCAtB2AwgAEEEajYCAAtB2AxB2AwoAgBBBmo2AgBBoAxBADoAAEEBECoiAEHuAEcgAEHlAEdxRQRAIAAQPg0EC0HYDEHYDCgCAEECazYCABAsQQAPCyACIABBAEEAEAVB2AwgAkEMajYCAEEADwtB2AxB2AwoAgAiAUECajYCAEEBECoaQdgMKAIAIgAgABA9GkEBECohBEHwCygCACAHRgshAwJAIAZFDQAgB0EgakHcCyAHGyECA0AgAigCACIARQ0BIAAgAC0AGUEEcjoAGSAAQSBqIQIMAAsACwJAIARB5gBHDQBBACEEQdgMKAIAIgBBAmpBmghBBhAeDQBB2AwgAEEIajYCACALQQEQKkEAEERBgQwtAAANAQJAIAMEQEHoCygCAEEINgIcIAEgAUECakEAQQAQBUHwCygCACIAQQM6ABggBkUNASAAIAAtABlBBHI6ABkLIAZB6AsoAgAiAEEAR3FFDQAgAEEBOgAZCyAHQSBqQdwLIAcbIQJB+AsoAgBBAWshAQNAIAIoAgAiAEUNAiAAIAE2AhQgAC0AGEEDRwRAIABBAjoAGCAAIAAtABlBBHFBAEECIAAoAggbcjoAGQsgAEEgaiECDAALAAsCQCAFRQ0AIAdBIGpB3AsgBxshAkH8CygCACEEA0AgAigCACIARQ0BIABBBDoAGEH8CyAEQQFqIgQ2AgAgAEEgaiECDAALAAtBACEEQdgMQdgMKAIAQQJrNgIACyAEDwtBAQ8LQQAPCyAAQdgMKAIAIgEgACABEAVB2AxB2AwoAgBBAms2AgBBAAveFQIMfwF7QdgMQdgMKAIAIgdBDGoiCzYCAEEBIQVBARAqIQNB2AwoAgAhAAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAn8CQAJAAkACfwJAAkACQAJAAkACQCADQfQARwRAIAMhAQwBCyAALwEAQfQARw0QIABBAmpB2glBBhAeDRAgAC8BCCIBECEgAUEqRnIgAUH7AEZyRSABQS9HcQ0QQdgMIABBCGo2AgBBARAqIgFBLEYgAUE9RnINAkHmACECIAFB5gBGDQFB2AwoAgAhAAsgA0H0AEYhBiABQS5HDQRB2AwgAEECajYCAEEBECoiAEHkAEYNAyAAQfMARg0CIABB7QBHDRNB2AwoAgAiAEECakGgCEEGEB4NE0GsDCgCACIBEEVFBEAgAS8BAEEuRg0UCyAHIAcgAEEIakECEAMPC0HYDCgCACIBQQJqQZoIQQYQHg0NIAEvAQgiAxAhRQRAIANBImsiA0ENS0EBIAN0QaHAAHFFcg0OC0HYDCABQQhqNgIAQQEQKiEDQdgMIAE2AgAgA0EnRg0AQQEhBiADQSJHDQ8LQdgMIAA2AgAgACEBQfQAIQJBACEGDA4LQdgMKAIAIgBBAmpBxglBChAeDRBBrAwoAgAiARBFRQRAIAEvAQBBLkYNEQtB2AwgAEEMajYCAEEBIQlBBSEIQQEQKiECQQAMAgtB2AwoAgAiACkAAkLlgJiD0IyAOVIND0EAIQVBrAwoAgAiARBFRQRAIAEvAQBBLkYNEAtB2AwgAEEKajYCAEEHIQhBASEKQQEQKiECQQEhCUECDAgLIAAgC00NA0HzACECIAFB8wBHDQMgAEECakHGCUEKEB4NBSAALwEMECFFDQVB2AwgAEEMaiIENgIAQQEQKiECIARB2AwoAgAiAUYgAkEsRnINAiACQeYARg0BQQEhCUEFIQhBAAshBUEBDAYLQQEhBCABQQJqQZoIQQYQHg0GIAEvAQgQJkUNBgtB2AwgADYCAEEHIQggAC8BAAwBC0EHIQggACAHQQpqTQ0CQeQAIQIgAUHkAEcNAiAAKQACQuWAmIPQjIA5Ug0BIAAvAQoQIUUNAUEAIQVB2AwgAEEKajYCAEEqIQJBASEKQQIhBEEBECpBKkYNCEEAIQpB2AwgADYCAEEBIQUgAC8BAAshAkEADAILIAAhAQwFCyABIQJBAAshBAJAAkACQAJAAkACQCACQf//A3EiAEEoRgRAQaoMLwEAIgBBgAhGDQxB2AwoAgAhAUHIDCgCACAAQQN0aiICQQU2AgBBqgwgAEEBajsBACACIAE2AgRBrAwoAgAvAQBBLkYNDUEAIQBBqAwvAQBBgARGDQxB2AwgAUECajYCAEEBECohAiAHQdgMKAIAQQAgARADQawMKAIAIgEvAQAiBEH0AEYEQCABQQJrQeAIQQQQRiEAC0HoCygCACIDIAA6ABoCQCAEQeYARw0AIAFBigpBBhBGRQ0AIANBAToAGQsgCQRAIAMgCDYCHAtBqAxBqAwvAQAiB0EBajsBAEHMDCgCACAHQQJ0aiADNgIAAkAgAkEiRwRAIAJBJ0YNAyACQeAARg0BQdgMKAIAIQEMCAtBIhAuDAYLQeAMQQA6AABB1AwoAgAiAEEPSw0CQdQMIABBAWo2AgBB3AwoAgAhBkEAIQRB2AwoAgAiASEAA0AgACICIAZPDQcCQAJAIABBAmoiAC8BACIFQdwAaw4FAQICAgYACyAFQSRHBEAgBUENRw0CQQEhBEHgDEEBOgAADAILIAIvAQRB+wBGDQgMAQsgAkEEaiEADAALAAsgBUUgAEH7AEdyRQRAQdgMKAIAIQBBqgwvAQANDkHYDCAAQQJqNgIAQfgLKAIAQQAQR0H9AEcNDEHYDEHYDCgCAEECajYCAEEBECohAUHYDCgCACEAIAFB5gBGBEAgAEECakGaCEEGEB4NDQtB2AwgAEEIajYCAEEBECoiAEEiRyAAQSdHcQ0MIAcgAEEAEEQgA0H0AEcNDUHoCygCACIARQ0NIABBAToAGQ8LAkACQCACQf//A3EiAEEnaw4EDAEBDAALIABBIkYNCwtB2AwoAgAhAQwJC0EnEC4MAwtB3AwoAgAhBUEAIQRB2AwoAgAiASECA0ACQCACQQJqIQACQAJAAkAgAi8BAiIGQdwAaw4FAgEBAQUACyAGQQ1GDQELIAIvAQRB4ABGDQELA0AgACICQRBqIQAgAv0AAAAiDP0MJAAkACQAJAAkACQAJAAkAP0tIAz9DGAAYABgAGAAYABgAGAAYAD9Lf1QIAz9DFwAXABcAFwAXABcAFwAXAD9LSAM/QwOAA4ADgAOAA4ADgAOAA4A/TD9UP1Q/WQiBkUNAAsCQAJAAkACQCACIAZoQT5xaiIALwEAIgJB3ABrDgUBAwMDBgALIAJBJEYNASACQQ1HDQJBASEEQeAMQQE6AAAgACECDAQLIABBAmoiAiAFSw0HDAMLIAAiAi8BAkH7AEYNBgwCCyAFIAAiAk8NAQwFCwtB2AwgAkEEajYCACAEDQEMAgtB2AwgADYCACAERQ0BCyADIAMtABhBAnI6ABgLQdgMQdgMKAIAQQJqIgA2AgACQAJAAkBBARAqQSlrDgQBAgIAAgtB2AxB2AwoAgBBAmo2AgBBARAqGiADIAA2AgQgA0HYDCgCACIANgIQIAMgAy0AGEEBcjoAGAwKC0GqDEGqDC8BAEEBazsBACADIAA2AgRB2AwoAgAhACADIAMtABhBAXI6ABggAyAAQQJqNgIMIAMQLUGoDCAHOwEADwsMCQsMCQtB5gAhAkEAIQUMAgtBASEGDAELIAAhAUH0ACECCyABIAtHDQAMBQsCQCACQf//A3FBKkcgCnFFBEBBqgwvAQBFDQELDAQLAkAgBUUgAkH//wNxIgBB3ABGciACQTBrQf//A3FBCklyDQACQCACQd//A3FBwQBrQf//A3FBGkkNAAJAAkAgAEHcAGsOBAIBAQIACyAAQSRGDQELIAJB//8DcUGAAUkNAQtB2AwoAgAhACACQf//A3EQPCAAQdgMKAIARg0AAkBBARAqQT1HDQBB2AwoAgAiAS8BAkE9Rg0AQdgMIAFBAmo2AgACQEEBECpB8gBHDQBB2AwoAgAiAUECakGuC0EMEB4NACABLwEOIgBBMGtB//8DcUEKSSAAQd//A3FBwQBrQf//A3FBGklyDQACQAJAIABB3ABrDgQCAQECAAsgAEEkRg0BCyAAQf8ASw0AQdgMIAFBDmo2AgACQEEBECpBKEcNAEHYDEHYDCgCAEECajYCAEEBECoiAEEnRyAAQSJHcQ0AIAcgAEEAEERBgQwtAAANBUHoCygCACIAQQBHIAZxBEAgAEEBOgAZC0HYDEHYDCgCAEECajYCAEEBECpBKUYNBQwHC0HYDCABNgIAC0EBQQAQQQwFC0HYDCAANgIAIAAvAQAhAgsgAkH//wNxIgBBIkYgAEEnRnJFBEAgACAEQfgLKAIAQQAQMwtB2AwoAgAhAEHcDCgCACECA0AgACACTw0BIAAvAQAiAUEnRyABQSJHcQRAQdgMIABBAmoiADYCAAwBBSAHIAEgBBBEIAZB6AsoAgAiAEEAR3FFDQMgAEEBOgAZDwsACwALEDELDwtB2AwgAEECazYCAA8LQdgMQdgMKAIAQQJrNgIADwtB2AwgAUECazYCAAsLACAAQZ+AgAQQUwuyAwIDfwF7AkBB2AwoAgAiAEEEaiIBQdwMKAIAIgJLDQACQCAALwEEQQprDgQBAAABAAsgAEEGaiIBIAJLDQACQCAALwEGQQprDgQBAAABAAsgAEEIaiIBIAJLDQACQCAALwEIQQprDgQBAAABAAsgAEEKaiIBIAJLDQACQCAALwEKQQprDgQBAAABAAsgAEEMaiIBIAJLDQACQCAALwEMQQprDgQBAAABAAsgAEEOaiIBIAJLDQACQCAALwEOQQprDgQBAAABAAsgAEEQaiIBIAJLDQACQCAALwEQQQprDgQBAAABAAsgAEESaiIBIAJLDQACQCAALwESQQprDgQBAAABAAsgAEEUaiIBIAJLDQACQCAALwEUQQprDgQBAAABAAsgAEEWaiEBA0AgAf0AAAAiA/0MAAAAAAAAAAAAAAAAAAAAAP0tIAP9DAoACgAKAAoACgAKAAoACgD9LSAD/QwNAA0ADQANAA0ADQANAA0A/S39UP1Q/YQBIgAEQCABIABoQQF0aiIBIAJLDQIgAS8BAA0CIAFBAmohAQUgAUEQaiEBCwwACwALQdgMIAE2AgALlAEBA39B2AwoAgBBAmohAUHcDCgCACECAkAgAARAA0AgASIAQQJqIQEgACACTw0CIAEvAQBBKkcNACAALwEEQS9HDQALIABBBGohAQwBCwNAIAEiAEECaiEBIAAgAk8NASABLwEAIgNBKkcEQCADQQprDgQCAQECAQsgAC8BBEEvRw0ACyAAQQRqIQELQdgMIAE2AgAL1QYBBn9BqgwvAQBFBEBB2AwoAgAhBUHYDCAANgIAQQEQKiEBAkACQAJAAkACQAJAAkACQEG0DCgCACICQX9GBEAgAEG4DCgCACICSQ0IAkACQAJAAkACQEGsDCgCACIDLwEAIgBBL0cEQAJAIAAQKQ0AAkAgAEEnaw4DARABAAsCQCAAQd0Aaw4EARAQAQALIABBIkYNACAAQT5GDQIgAEH9AEcNDwsgAUEhayIAQR5NDQMMCwtBsAwtAAANDSABQSxHDQEMDQsgAUEsRiACIANHcg0MCyABQSFrIgBBHk0NAQwHC0EBIAB0IgJBsNWB0AdxDQogAkGAKHENAyAADQcMAQtBASAAdCICQbDFgdAHcQ0JIAJBgChxDQIgAA0FC0HYDCgCAC8BAkE9Rw0HDAgLIAJBAUsNB0GsDCgCACIDLwEAIgBBOmsiAkEFSw0BQQEgAnRBLXENByACQQRHDQEgA0ECay8BAEE9Rw0CDAcLQdgMKAIALwECIAFHDQYMBQsCQCAAQSxrDgMGAQYACyAAQSZGIABB/ABGcg0FCwJAAkAgAEEwa0H//wNxQQpJIABBIHJB4QBrQf//A3FBGklyDQACQAJAIABB3ABrDgQCAQECAAsgAEEkRg0BCyAAQaABRiAAQYABSXINAQsgAyEAA0ACQCAAIgJB8I0ETQ0AIABBAmsiAC8BACIEQSByQeEAayEGIARBMGtB//8DcUEKSSAGQf//A3FBGklyDQECQAJAIARB3ABrDgQDAQEDAAsgBEEkRg0CCyAEQYABSQ0AIARBoAFHDQELCyACIANBAmoQSA0FIAMgAmtBDEcNACACLwEAQeUARw0AIAJBAmpB+gpBDBAeRQ0FCyABEElFDQMMBAsgAUHbAEYgAUHeAEZyIAFB4ABGcg0DIAFB6QBGDQEgAUH8AEcNAgwDCyABQdsARiABQd4ARnIgAUHgAEZyDQIgAUHpAEYNACABQfwARw0BDAILQdgMKAIAIgAvAQJB7gBGBEAgAC8BBBAmDQILIABBuAhBDBAeDQAgAC8BDEHjAEcNACAALwEOQeUARw0AIAAvARBB7wBHDQAgAC8BEkHmAEcNACAALwEUECYNAQtBtAxBADYCAAtB2AwgBTYCAAsLiQQBB38CQAJAAkBB2AwoAgAiAy8BACIFQekARgRAIANBAmpB4AlBEBAeDQJBCSEEIAMvARIiAhAhIAJBL0ZyDQEMAgsgBUH0AEcNASADQQJqQdoJQQYQHg0BQQQhBCADLwEIIgIQISACQSpGciACQfsARnINACACQS9HDQELQQAhAkHYDCADIARBAXRqNgIAAkAgAEEBcyIHECoiAUHcAEYiBCABQTBrQf//A3FBCklyRQRAQQEhAiABQd//A3FBwQBrQf//A3FBGkkNAQJAAkAgAUHcAGsOBAMBAQMACyABQSRGDQILIAFB/wBLIQILIAQNACACRQ0CC0HYDCgCACEEIAEQQhpB2AwoAgAhBgJAQQEQKiIBQTxGBEAQSkUEQBAxDAILQQEQKiEBCyAARSAFQekARnJFIAFBPUdxDQIgAiAHcQRAIAQgBiAEIAYQBUHwCygCACIAIAAtABlBBHI6ABkLAkAgBUHpAEcEQEHcDCgCACEDAkADQCADQdgMKAIAIgBLBEACQAJAIAFB//8DcSIBQQprDgQGAQEGAAsgAUE7aw4DBQADAAtB2AwgAEECajYCAEEAECohAQwBCwsgAUH//wNxQT1HDQILQdgMIABBAmo2AgBBAUEAEEEMAQsgARA/C0HYDEHYDCgCAEECazYCAAtBASEBCyABDwtB2AwgAzYCAEEACzQBAX8gAEGgAUYgAEEJayIBQRdNQQBBASABdEGfgIAEcRtyRQRAIAAQOyAAQS5HcQ8LQQELxAcBBX8CQEHYDCgCACIEQQJqQe4KQQwQHg0AIAQvAQ4iABAhRSAAQS9HcQ0AQdgMIARBDmo2AgACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAQQAQKiIBQeEAaw4WABMBEwIDBBMFExMGBwgTExMTEwkTCxMLQdgMKAIAIgFBvgpBEBAeDRJB4QAhACABLwEQIgEQISABQS9Gcg0QDBILQdgMKAIAIgMpAAJC7ICEg7COwDlSBEAgAykAAkLvgLiDsI6AOlINEgsgAy8BCiIAECFFIABBL0dxDRFB4wAhACADLwECQe8ARg0LDA8LQdgMKAIAIgFBAmpBhgtBBhAeDRBB5QAhACABLwEIIgEQISABQS9Gcg0ODBALQdgMKAIAIgNBAmpBuAlBDhAeDQ9BCCADLwEQIgEQISABQS9Gcg0KGgwPC0HYDCgCACIBQQJqQboLQQoQHg0OQecAIQAgAS8BDCIBECEgAUEvRnINDAwOC0HYDCgCACIALwEAQekARw0NIABBAmpB4AlBEBAeDQ0gAC8BEiIAECEgAEEvRnINBAwNC0HYDCgCACIDLwECQeUARw0MIAMvAQRB9ABHDQwgAy8BBiIAECEgAEEvRnINBgwMC0HYDCgCACIAQQJqQaQLQQoQHg0LIAAvAQwiARAhIAFBL0ZyDQgMCwtB2AwoAgAiAUECakGMC0EQEB4NCkHuACEAIAEvARIiARAhIAFBL0ZyDQgMCgtB2AwoAgAiAC8BAEH0AEcNCSAAQQJqQdoJQQYQHg0JIAAvAQgiABAhIABBKkZyIABBL0ZyDQAgAEH7AEcNCQtBASECQQEQJQ0JIAEiAEHsAGsOAgEEBgtB2AwoAgAiAy8BAkHhAEcNByADLwEEQfIARw0HIAMvAQYiABAhIABBL0ZyDQEMBwtB2AwoAgAhAwtBBUEDIAFB4wBGGwshAEEBIQRB2AwgAyAAQQF0ajYCAAJAQQEQKiIAQeUARw0AQdgMKAIAIgFBAmpBhgtBBhAeDQAgAS8BCCIBECFFIAFBL0dxDQBB5QAQPwwECwJAIABB3ABGIABBMGtB//8DcUEKSXINAAJAIABB3/8DcUHBAGtB//8DcUEaSQ0AAkACQCAAQdwAaw4EAgEBAgALIABBJEYNAQsgAEGAAUkNAQsgABBCGkEAIQQLIARBABBBDAMLQdgMKAIAIQALQdgMIABBDGo2AgBBARAqIQALIAAQPwtB2AwoAgBBAmshBEEBIQILQdgMIAQ2AgALIAILtgoBBn8CQAJAAkACQAJAQawMKAIAIgAvAQAiA0EhayIBQQVNBEBBASECQQEgAXRBMXENAQsCQCADQSlHIANBKGtB//8DcUEHSXENACADQTprIgJB//8DcUEkTUK/gICAoAIgAq2Ip0EBcXENACADQf0ARiADQfsAa0H//wNxQQNLcg0CC0EBIQICQAJAAkAgA0Eraw4EAQYCAAYLIABBAmsvAQBBMGtB//8DcUEKSQ0EDAULIABBAmsvAQBBK0YNAwwECyAAQQJrLwEAQS1GDQIMAwsgA0EhRw0CQcAMLQAAQQFxDQEMAgsgA0EpRw0AQQEhAkHIDCgCAEGqDC8BAEEDdGooAgQiAUHuCEEFEEYNASABQfgIQQMQRg0BIAFB/ghBAhBGDQELAkACQAJAAkACQAJAAkACQAJAAkACQAJAQaoMLwEAIgFFIANB5gBHcg0AQcgMKAIAIAFBA3RqIgRBCGsoAgBBAUcNACAAQQJrLwEAQe8ARw0EIABBBGsiAi8BACIBECEgAUEpRnIgAUH9AEZyRSABQd0AR3ENBANAAkAgAkHwjQRNDQAgARAhRQ0AIAJBAmsiAi8BACEBDAELCyABQSlGIAFB3QBGciABQf0ARnJFBEAgARA7DQILIARBBGsoAgBB+AhBAxBGRQ0BDA0LAkAgA0HkAGsOFAIDBAsLCwsFCwsGBwsLCAsJCwsKAAsgA0H9AEcNCkEBIQICQAJAAkBByAwoAgAgAUEDdGoiBSgCBCIBLwEAIgRBO2sOBA4CAgEACwJAAkACQCAEQeUAaw4EAgQEAQALIARBKUYNDyAEQfkARw0DIAFBAmtBiglBBhBGRQ0DDA8LIAFBAmtBgglBBBBGRQ0CDA4LIAFBAmtBlglBAxBGRQ0BDA0LIAFBAmsvAQBBPUYNDAsgBSgCAEEGRw0KDAsLIANB5ABrDhQAAQIJCQkJAwkJBAUJCQYJBwkJCAkLAkACQCAAQQJrLwEAQekAaw4EAAoKAQoLIABBBGtBpghBAhBGDQsMCQsgAEEEa0GqCEEDEEYNCgwICwJAAkACQCAAQQJrLwEAQfMAaw4DAAECCgsgAEEEay8BACICQeEARwRAIAJB7ABHDQogAEEGa0HlABBLDQwMCgsgAEEGa0HjABBLDQsMCQsgAEEEa0GwCEEEEEYNCgwICyAAQQRrQaQJQQYQRg0JDAcLIABBAmsvAQBB7wBHDQYgAEEEay8BAEHlAEcNBiAAQQZrLwEAIgJB8ABHBEAgAkHjAEcNByAAQQhrQbgIQQYQRg0JDAcLIABBCGtBxAhBAhBGDQgMBgsgAEECa0GcCUEEEEYNBwwFC0EBIQIgAEECayIBQekAEEsNBSABQcgIQQUQRkUNBAwFCyAAQQJrQeQAEEsNBQwDCyAAQQJrQdIIQQcQRg0EDAILIABBAmtB4AhBBBBGDQMMAQsgAEECay8BACICQe8ARwRAIAJB5QBHDQEgAEEEa0HuABBLDQMMAQsgAEEEa0HoCEEDEEYNAgtBASECQbAMLQAAIANBL0ZxIANBAEdGDQACQEHwCygCACIBRQ0AIAAgASgCAEkNACAAIAEoAgRNDQELA0AgAEHwjQRLBEAgAEECayIALwEAIgMQJkUNAQsLQQAhAiADEENFDQADQCAAQfCNBEsEQCAAQQJrIgAvAQAiAxBDDQELCyADQeUARwRAIANB6wBHDQEgAEECa0GcCUEEEEYPCyAAQQJrLwEAQfUARw0AIABBBGtBpAlBBhBGIQILIAIPC0EBCz0BAX9BASEBIABBMGtB//8DcUEKSSAAQd//A3FBwQBrQf//A3FBGklyIABBJEYgAEHfAEZyciAAQf8AS3ILfQEEf0HcDCgCACEDQdgMKAIAIQEDQAJAAkACQCABLwEAIgJBL0YEQCABLwECIgFBKkcEQCABQS9GDQJBLw8LIAAQIwwCCyAABEAgAhAhDQIMAwsgAhBDDQEMAgsQIgtB2AxB2AwoAgAiBEECaiIBNgIAIAMgBEsNAQsLIAIL7gYBDH8gACgCACIBBEAgARBNIABBADYCAAtBuAwoAgAiBEEAIARB2AwoAgAiB0sbRQRAQdwMKAIAIQVBlAwoAgAhCUGBDC0AACEKQQEhCAJAAkADQEHYDEHYDCgCACIAQQJqNgIAIAAgBU8NAQJAQQEQKiIAQd//A3FB2wBGBEAQSkUNA0EAIQNB2AwoAgAhAQwBC0HYDCgCACEDIAAQQhogA0HYDCgCACIBRg0CC0EBECoiAEEsRg0ACwJAAkACQAJAAkAgAEE6aw4EBgYCAAELQdgMKAIALwECQT9rQf//A3FB/v8DTw0EDAULIABBIUYNAQtB2AwoAgAiAiAFSw0DIABB2wBGDQEgABBJIABBPkZyDQIMAQtB2AwoAgAiAi8BAkE6RiACIAVLcg0CCyABIQADQCAAIAJPDQECQAJAIAAvAQBBCmsOBAEAAAEACyAAQQJqIQAMAQsLQQAhAAJAIANFDQAgAyABEEhFDQBBlAwoAgAhBEGBDC0AACEFQdgMKAIAIQsCQCADLwEAQeEARgRAIAJB8AlBBhAeDQEgAi8BBiIBECEgAUEvRnIgAUE8RnJFIAFBKEdxDQFB2AwgAkEGajYCAEEBECoiAUE8RgR/EEpFDQJBARAqBSABC0EoRw0BEEpFDQFBARAqQT1HDQFB2AwoAgAvAQJBPkcNAQtB3AwoAgAhDEG8DCgCACEBQQAhAkEAIQMDQEHYDCABNgIAAkACQANAQQAhACABIAxLDQQgA0EARyABIAdJciIGIAJyRQ0EIAMgAiAGGyEDAkAgAS8BACIAQShGIABB2wBGciAAQfsARnJFBEACQAJAIABBPGsOAwADAQMLIAJBAWohAgwFC0E+IQAgAkUgAUECay8BAEE9RnINAyACQQFrIgIgA08NBEEBIQAgAUG4DCgCAE0NBkG4DCABNgIADAYLQQAhABBKIQZB2AwoAgAhASAGDQEMBQsLIABBImtB//8DcUE+Sw0BCyAAQQAQURpB2AwoAgAhAQsgAUECaiEBDAALAAtBlAwgBDYCAEHYDCALNgIAQYEMIAVBAXE6AAALIABFDQFBuAwoAgAhBAtBACEIIARBAEHYDCgCACIAIARNGw0AQbgMIAA2AgALQZQMIAk2AgBB2AwgBzYCAEGBDCAKQQFxOgAACyAIC5kBAQN/QbQMQQA2AgBB2AwoAgAhAAJAAkADQEHYDCAAQQJqNgIAIABB3AwoAgBPDQFBARAqIQBB2AwoAgAhAiAAEEAhASACQdgMKAIAIgBGDQIgAUEsRg0ACwJAAkAgAUE6aw4EAAMDAQMLQbQMQQE2AgAPC0G0DEF/NgIAQbwMIAA2AgAPCyAAQQJqIQALQdgMIABBAms2AgAL6QQBBn8CQCAALQAZDQAgAC0AGg0AQdgMQdgMKAIAIgZBAmo2AgACQEEBECoiAkEuRwRAIAJB2wBHDQFB2AxB2AwoAgBBAmo2AgBBARAqIgVBJ0cgBUEiR3ENAUHcDCgCACEDQdgMKAIAQQJqIgQhAgNAAkAgAi8BACEBIAIgA0sNAAJAIAFBMGtB//8DcUEKSSABQd//A3FBwQBrQf//A3FBGklyDQACQAJAIAFB3ABrDgQCAQECAAsgAUEkRg0BCyABQYABSQ0BCyABECEgAUHcAEZyDQAgAkECaiECDAELC0EAIQMgASAFRw0BQdgMIAJBAmo2AgBBARAqQd0ARw0BQQAhAQJAAkACQAJAIAIgBGtBAXVBBGsOBAABAwIDCyAEKQAAQvSAoIPQjIA3USEBDAILIARB1gpBChAeRSEBDAELIARB4ApBDhAeRSEBCyABRSEDDAELQdgMQdgMKAIAQQJqNgIAQQEQKhpB3AwoAgAhA0HYDCgCACIEIQIDQAJAIAIgA0sNAAJAIAIvAQAiAUEwa0H//wNxQQpJIAFB3/8DcUHBAGtB//8DcUEaSXINAAJAAkAgAUHcAGsOBAIBAQIACyABQSRGDQELIAFBgAFJDQELIAEQISABQdwARnINACACQQJqIQIMAQsLQQAhAyACIARGDQAgAi8BAEHcAEYNAEEAIQECQAJAAkACQCACIARrQQF1QQRrDgQAAQMCAwsgBCkAAEL0gKCD0IyAN1EhAQwCCyAEQdYKQQoQHkUhAQwBCyAEQeAKQQ4QHkUhAQsgAUUhAwtB2AwgBjYCACAAIAM6ABkLC4YBAQR/QdgMKAIAIQFB3AwoAgAhBAJAA0ACQCABIgJBAmohASACIARPDQAgAS8BACIDIABGDQIgA0HcAEcEQCADQQprDgQBAgIBAgsgAkEEaiEBIAIvAQRBDUcNASACQQZqIAEgAi8BBkEKRhshAQwBCwtB2AwgATYCABAxDwtB2AwgATYCAAtwAQN/AkBB3AwoAgAiAkHYDCgCACIAQQRqSQ0AIAAvAQJB9QBHDQAgAC8BBEH7AEcNACAAQQZqIQADQAJAIAAgAksEf0F/BSAALwEAQf0ARw0BQQELIQFB2AwgADYCAAwCCyAAQQJqIQAMAAsACyABC9sBAQR/QdgMKAIAIQBB3AwoAgAhAwNAIABBAmohAQJAAkAgACADTw0AAkACQAJAIAEvAQAiAkHbAGsOAgECAAsgASEAIAJBCmsOBAIEBAIDCwJAA0ACQCABQQJqIQAgASADTw0AAkACQCAALwEAIgJB3ABrDgIABAELIAFBBGohAQwCCyAAIQEgAkEKaw4EAAEBAAELC0HYDCAANgIAEDFB2AwoAgAhAAwEC0HYDCAANgIADAMLIABBBGohAAwCC0HYDCABNgIAEDEPCyACQS9HDQALQdgMIAA2AgALMwEBf0GBDEEBOgAAQdgMKAIAIQBB2AxB3AwoAgBBAmo2AgBBlAwgAEHwjQRrQQF1NgIAC8EBAQR/IwBBEGsiBCQAIAAhAgJ/AkADQCABIAJNDQECQCACLwEAIgVB3ABHIAVBgPgDcUGAsANHcUUEQCAEIAA2AgxBACECA0AgACABTw0CIARBDGogARBOIAJqQYEIbCIAQQZ2IABzIQIgBCgCDCEADAALAAsgAyAFakGBCGwiA0EGdiADcyEDIAJBAmohAgwBCwsgAkEJbCIAQQt2IABzDAELIANBCWwiAEELdiAAcwshAiAEQRBqJAAgAkGBgAJsC8MBAEGADEEBOgAAAkACQAJAIAFBAWsOAgABAgtB2AwoAgAhASAAEDwgAUHYDCgCAEEAQQBBAyACQQAQTw8LIAJBABA0DwsCQCAAQSpGIABB+wBGckUEQEHYDCgCACEBIAAQPCABQdgMKAIAQQBBAEEBIAIgAxBPQQEQKkEsRw0BQdgMQdgMKAIAQQJqNgIAQQEQKiEACyAAQSpHBEAgAEH7AEcNAUHYDEHYDCgCAEECajYCACACIAMQRxoPCyACIAMQNAsLTQECf0HYDEHYDCgCAEECajYCAEEBECoaQdgMQdgMKAIAQQRqNgIAQQEQKiECQdgMKAIAIQMgAhA8IANB2AwoAgBBAEEAQQIgACABEE8L9AUCBH8BewJAAkACQAJAQdQMKAIAIgBBD00EQEHUDCAAQQFqNgIAQdgMKAIAIQBB3AwoAgAhAgNAAkAgACIBQQJqIQAgASACTw0AAkACQAJAIAAvAQAiA0HcAGsOBQIEBAQBAAsgA0EkRw0DIAEvAQRB+wBHDQNB2AwgAUEEaiIBNgIAQaoMLwEAIgBBgAhGDQUMBwtB2AwgADYCAEGqDEGqDC8BAEEBayIAOwEAQcgMKAIAIABB//8DcSIBQQN0aigCAEEDRwRAEDELQagMLwEAIgBFDQVBzAwoAgAgAEECdGpBBGsoAgAiAC8BMCABQQFqRw0FDAcLIAFBBGohAAwBCwtB2AwgADYCAAwBC0HcDCgCACECQdgMKAIAIQEDQCABQQJqIQACQAJAAkACQAJAAkAgAS8BAkHcAGsOBQEAAAADAAsgAS8BBEHgAEYNAQsDQCAAIgFBEGohACAB/QAAACIE/QwkACQAJAAkACQAJAAkACQA/S0gBP0MYABgAGAAYABgAGAAYABgAP0t/VAgBP0MXABcAFwAXABcAFwAXABcAP0tIAT9DAAAAAAAAAAAAAAAAAAAAAD9Lf1Q/VD9ZCIDRQ0ACwJAIAEgA2hBPnFqIgAvAQAiAUHcAGsOBQMEBAQCAAsgAUEkRw0DIAAiAS8BAkH7AEcNBEHYDCAAQQJqIgE2AgBBqgwvAQAiAEGACEYNBQwHCyABQQRqIQALQdgMIAA2AgBBqgxBqgwvAQBBAWsiADsBAEHIDCgCACAAQf//A3EiAUEDdGooAgBBA0cEQBAxC0GoDC8BACIARQ0EQcwMKAIAIABBAnRqQQRrKAIAIgAvATAgAUEBakcNBAwGCyAAQQJqIgEgAk0NAUHYDCAAQQRqNgIADAILIAIgACIBTw0AC0HYDCAANgIACxAxCw8LQcgMKAIAIABBA3RqIgJBBDYCAEGqDCAAQQFqOwEAIAIgATYCBA8LQdgMKAIAIQEgAEEAOwEwIAAgATYCLAuXAQEDfwJAQcQMKAIAIgFFDQAgAUHYDCgCACICSw0AQdgMIAE2AgBBxAxBADYCAEEBECoiAEEqRgRAQdgMQdgMKAIAQQJqNgIAQQEQKiEACwJAIAJB2AwoAgAiAUcEQCAAEEIaQQAhAEHYDCgCACABRg0BQQEQKkE8Rw0BQdgMKAIAIAJHDQELQQEhAAtB2AwgAjYCAAsgAAtFAQN/AkBBrAwoAgAiAS8BAEHjAEcNACABQQhrIgJB8I0ESQ0AIAFBBmspAABC84Dkg+CNwDFSDQAgAkHhABBLIQALIAALSwECfwJAAkACQEGsDCgCACIBLwEAQfMAaw4FAQICAgACCyABQfAJQQMQRg8LQQEhACABQQJrQeEAEEsNACABQcQLQQkQRiEACyAAC3UBBH9BlAwoAgAhAUGBDC0AACECQdgMKAIAIQMCQAJAIABFEEoiAEVyRQRAEEwNAQwCCyAARQ0BC0G4DCgCACIEQQAgBEHYDCgCACIATxsNAEG4DCAANgIAC0GUDCABNgIAQdgMIAM2AgBBgQwgAkEBcToAAAs9AQF/An9BASAALwEAIgFBCWtB//8DcUEFSSABQYABckGgAUZyDQAaQQAgARA7RQ0AGiAAEEUgAUEuR3ILC14BAX8CQCAAQfj/A3FBKEYgAEEhayIBQQVNQQBBASABdEExcRtyRQRAIABBOmsiAUH//wNxQSVPQr+AgICgAyABrYinQQFxRXINAQtBAQ8LIABB+wBrQf//A3FBBEkLjgEBAX8DQAJAAkAgAEEwa0H//wNxQQpJIABBX3FBwQBrQf//A3FBGklyDQACQAJAIABB//8DcSIBQdwAaw4EAgEBAgALIAFBJEYNAQsgAUGAAUkNAQsgAEH//wNxIgAQIQ0AIABB3ABGBEAQL0EASA0BC0HYDEHYDCgCACIAQQJqNgIAIAAvAQIhAAwBCwsLpAEBBH8CQEHYDCgCACIDLwEAIgVB4QBHBEAgASECIAAhBAwBC0HYDCADQQRqNgIAQQEQKiECQdgMKAIAIQQCQCACQSJGIAJBJ0ZyRQRAIAIQPEHYDCgCACECDAELIAIQLkHYDEHYDCgCAEECaiICNgIAC0EBECohBUHYDCgCACEDCyADIARHBEAgBCACQQAgACAAIAFGIgAbQQAgASAAGxAFCyAFC5QCAQN/AkACQCAAQe4ARwRAIABB5QBHDQJB2AwoAgAiAEECakGGC0EGEB4NAkEEIQEgAC8BCCIDECEgA0EvRnINAQwCC0HYDCgCACIAQQJqQYwLQRAQHg0BQQkhASAALwESIgMQIQ0AIANBL0cNAQtB2AwgACABQQF0ajYCAAJ/QQEQKiIBQdwARiABQTBrQf//A3FBCklyRQRAAkAgAUHf/wNxQcEAa0H//wNxQRpJDQACQAJAIAFB3ABrDgQCAQECAAsgAUEkRg0BC0EAIAFBgAFJDQIaC0HYDCgCACEAIAEQQhogAEHYDCgCACICIAAgAhAFQdgMKAIAQQJrIQBBAQwBC0EACyECQdgMIAA2AgALIAIL2AEBAn8CQAJAIABBIkYgAEEnRnJFBEBB3AwoAgAhAgNAIABBv/8DcUE7RkHYDCgCACIBIAJPckUEQAJAAkACQAJAAkAgAEH//wNxIgBBImsOBwIDAwMDAgEACyAAQS9GDQEgAEE8Rg0AIABB4ABGDQEgAEHbAEcNAgsQSg0CDAcLIABBABBRGkHYDCgCACEBC0HYDCABQQJqNgIAC0EBECohAAwBCwsgAEH//wNxQfsARw0CDAELIAAQLkHYDEHYDCgCAEECajYCAEEBECpB+wBHDQELEEoaCwvTBAEGf0HYDCgCACEBAkAgAEHf/wNxQdsARgRAIAEvAQAhBUHYDCABQQJqNgIAQf0AQd0AIAVB+wBGGyEGQQEQKiEDA0ACQEHYDCgCACEBIANB//8DcSICIAZGDQAgAUHcDCgCAEsNAAJAIAJBLkcNACABLwECQS5HDQAgAS8BBEEuRw0AQdgMIAFBBmo2AgBBARAqEEAhAwwCCwJAAn8CQCAFQfsARgRAAkAgAkEiRiACQSdGckUEQCACQdsARw0BQf0AEFAaQdgMQdgMKAIAQQJqNgIAIAEMBAsgAhAuQdgMQdgMKAIAQQJqNgIAIAEMAwsgASEAIANBMGtB//8DcUEJSw0BA0AgACICQQJqIQAgAi8BAiIDQTBrQf//A3FBCkkNACADQcEAayIEQR5NQQBBASAEdEG/gIGEBHEbDQAgA0HhAGsiBEEXTUEAQQEgBHRBv8CBBHEbDQACQAJAIANBK2sOBAABAAIBCyACLwEAQSByQeUARg0BCwtB2AwgADYCACABDAILIAJBLEYEQEHYDCABQQJqNgIAQQEQKiEDDAULIAIQQCECDAILIAIQQhpB2AwoAgALIQBBARAqIgJBOkYEQEHYDEHYDCgCAEECajYCAEEBECoQQCECDAELIAAgAU0NACABIAAgASAAEAULIAJBPUYEQCAGEFAhAgtB2AwoAgAhASACQSxHDQBB2AwgAUECajYCAEEBECohAwwBCwtB2AwgAUECajYCAAwBCyAAEEIaQdgMKAIAIgAgAU0NACABIAAgASAAEAULQQEQKguBBAEFf0HcDCgCACEEQaoMLwEAIQUDQAJAQdgMKAIAIgMgBEsNACADLwEAIgJBO0YgASACQSxGcXINAAJAAkAgAkEKaw4EAAEBAAELIABBAXFFBEBBASEAIAEQUg0DDAILQdgMIANBAmo2AgBBASEADAILIAIQQwRAQdgMIANBAmo2AgAMAgsgAkH9AEZBACAFGw0AAkACQAJAAkACQCACQShGDQAgAkEvRg0CIAJBPEYgAkH7AEZyDQAgAkHbAEcNAQtBACEAEEoNBQwECyACQSJrQf//A3FBPksNASACQQEQUUUNAUEAIQBB2AxB2AwoAgBBAmo2AgAMBAsgAy8BAiEGQS9BARBRDQELAkACQCACQdwARiACQTBrIgBB//8DcUEKSXJFBEAgAkHf/wNxQcEAa0H//wNxQRpJDQECQAJAIAJB3ABrDgQDAQEDAAsgAkEkRg0CCyACQf8ASw0BDAILIABB//8DcUEJSw0BC0HYDCgCACEAIAIQQhogAEHYDCgCABBIIQAMAwtB2AxB2AwoAgBBAmo2AgBBASEADAILQdgMQdgMKAIAIgIvAQAiA0ENRiADQQpGciIDRSAGQSpHcgR/IAIFQdgMIAJBAms2AgBBASEDQQEQI0HYDCgCAAtBAmo2AgAgA0F/cyAAckEBcQ0BQQEhACABEFINAQsLC4EBAQN/A0ACQAJAIABB//8DcSICQdwARgRAEC8iA0EASA0CIANFDQFB2AxB2AwoAgAiAEECajYCACAALwECIQAMAwsgAhAhRQ0AIAAhAQwBCyAAIQEgAhA7DQBBACEBQdgMQdgMKAIAIgBBAmo2AgAgAC8BAiIADQELCyABQf//A3ELCwAgAEGNgIAEEFMLvgQBBX8gAUEiRiABQSdGckUEQBAxDwtB2AwoAgAhAyABEC4gACADQQJqQdgMKAIAQQEQAyACBEBB6AsoAgBBBEEGIAJBAUYbNgIcC0HYDEHYDCgCAEECajYCAEEBECohAEHYDCgCACEDAkACQCAAQfcARw0AIAMvAQJB6QBHDQAgAy8BBEH0AEcNACADLwEGQegARg0BC0HYDCADQQJrNgIADwtB2AwgA0EIajYCAAJAQQEQKkH7AEcEQAwBC0HYDCgCACIGIQRBACEAAkADQAJAQdgMIARBAmo2AgACQAJAQQEQKiIBQSJGIAFBJ0ZyRQRAIAFB/QBGDQNB2AwoAgAhBCABEEIhAUHYDCgCACIFIQIgAUE6Rw0BDAILQdgMKAIAIQQgARAuQdgMQdgMKAIAQQJqIgU2AgALQQEQKkE6Rw0DQdgMKAIAIQILQdgMIAJBAmo2AgBBARAqIgFBIkYgAUEnRnJFBEAMBAtB2AwoAgAhAiABEC5B2AwoAgAhB0EUEARBiAxBiAwoAgAiAUEUajYCACABQQA2AhAgASAHQQJqNgIMIAEgAjYCCCABIAU2AgQgASAENgIAAkAgAEUEQEHoCygCACABNgIgDAELIAAgATYCEAtB2AxB2AwoAgBBAmo2AgBBARAqIgBBLEcEQCAAQf0ARg0BDAQFQdgMKAIAIQQgASEADAILAAsLQegLKAIAIgAgBjYCECAAQdgMKAIAQQJqNgIMDwtB2AwgAzYCAA8LQdgMIAM2AgALLQEBfwJAIAAvAQBBLkcNACAAQQJrLwEAQS5HDQAgAEEEay8BAEEuRiEBCyABCz4BAn8CQCAAIAJBAXQiAmsiBEECaiIAQfCNBEkNACAAIAEgAhAeDQAgAEHwjQRGBEBBAQ8LIAQQOiEDCyADC9sHAQp/QYAMQQE6AAACQEHkDCgCAARAQdwMKAIAIQoDQEEBECohAwJAA0AgA0H//wNxIgRB/QBGDQRB2AwoAgAiAiAKSw0EQQEhCAJAAkACQAJAAkACQAJ/IAIgAQ0AGiAEQfQARwRAQQAhCCACDAELQfQAIQMgAi8BAEH0AEcNBCACQQJqQdoJQQYQHg0EIAIvAQgiBBAhIARBKkZyIARB+wBGckUgBEEvR3ENBEEAIQdB2AwgAkEIajYCAEH0ACEJQQEQKiIDQSxGDQIgA0HhAEYNASACIQUgA0H9AEYNA0HYDCgCAAshBCADQf//A3EiAkEnRyACQSJHcQ0EIAIQLkHYDEHYDCgCAEECaiIDNgIADAULQeEAIQNB2AwoAgAiBC8BAkHzAEcNAyAELwEEECZFDQNB2AwgBEEEajYCAAJAQQEQKiIGQeEARgRAQdgMKAIAIgUvAQJB8wBHDQIgBS8BBBAmRQ0CQdgMIAVBBGo2AgACf0EBQQEQKiIGQdwARiILDQAaQQEgBkEwa0H//wNxQQpJDQAaQeEAIQlBASEHIAZB3/8DcUHBAGtB//8DcUEaSQ0CIAQhBQJAAkAgBkHcAGsOBAYBAQYACyAGQSRGDQMLIAZBgAFJCyEGQQAhB0HYDCAENgIAIAsNBSACIQVB9AAhCSAGDQMMBQtB2AwgBDYCACAGQSxGDQQgAiEFIAZB/QBGDQQMAgsgBCEFDAELIAIhBQtB2AwgBTYCACAFIQQgByEIIAkhAwwBCyACIQRBACEICyADQf//A3EQPEHYDCgCACIDIARGDQILIAQhAgJ/IANBARAqQeEARw0AGiADQdgMKAIAIgcvAQJB8wBHDQAaAkACQCAHLwEEIgVBMGtB//8DcUEKSSAFQd//A3FBwQBrQf//A3FBGklyDQACQAJAIAVB3ABrDgQCAQECAAsgBUEkRg0BCyAFQYABSQ0BCyAEIQIgAyAFECFFDQEaC0HYDCAHQQRqNgIAQQEQKiEFQdgMKAIAIQIgBRA8QdgMKAIACyEJIAIgCSAEIANBACAAIAgQT0EBECoiA0EsRw0AC0HYDCgCACEDC0HYDCADQQJqNgIADAALAAtB3AwoAgAhAUHYDCgCACECA0AgASACSQ0BAkAgAi8BACIAQSJGIABBJ0ZyRQRAAkAgAEEvRwRAIABB3ABGDQEgAEH9AEcNA0H9ACEDDAULIAIvAQIiAEEqRwRAIABBL0cNAxAiDAMLQQEQIwwCCxAvQQBODQEQMQwDCyAAEC4LQdgMQdgMKAIAQQJqIgI2AgAMAAsACyADQf//A3ELlgEBAX8CQAJAAkACQAJAIAEgAGtBAXVBA2sOBgAEAQIEAwQLIABB8AlBBhAeRQ8LQQEhAiAAQfYJQQoQHkUNAiAAQYAKQQoQHkUPCyAAQYoKQQwQHkUEQEEBDwtBASECIABBlgpBDBAeRQ0BIABBogpBDBAeRQ8LQQEhAiAAQa4KQRAQHkUNACAAQb4KQRAQHkUhAgsgAgt6AQJ/QQEhAgJAIABBPGsiAUEfTUEAQQEgAXRBi4CAgHhxGw0AQQAhAQJAAkAgAEEsaw4DAgECAAsgAEEmRiAAQTpGciAAQfwARnINASAAQeUARw0AQdgMKAIAIgBBAmpB+gpBDBAeDQAgAC8BDhAmIQELIAEhAgsgAguHAwEFfwJAAkACf0EpQdgMKAIAIgAvAQAiAUEoRg0AGgJAIAFB2wBHBEAgAUE8Rw0BQdwMKAIAIQQDQCAAIARLBEBBAA8LAkACQCAALwEAIgFBKEYgAUHbAEZyIAFB+wBGckUEQAJAAkAgAUE8aw4DAAMBAwsgAkEBaiECDAMLIABBAmsvAQBBPUYNAiACQQFrIgINAiAAQQJqIQAMCAsQSiEBQdgMKAIAIQAgAQ0CDAYLIAFBImtB//8DcUE+Sw0AIAFBABBRGkHYDCgCACEAC0HYDCAAQQJqIgA2AgAMAAsAC0HdAAwBC0H9AAshAkHcDCgCACEEA0BB2AwgAEECaiIBNgIAIAEgBEsNASABLwEAIgMgAkYEQCAAQQRqIQAMAwsgA0EoRiADQfsARnJFIANB2wBHcUUEQBBKRQ0CQdgMQdgMKAIAQQJrIgA2AgAMAQsgASEAIANBImtB//8DcUE+Sw0AIANBABBRGkHYDCgCACEADAALAAtBAA8LQdgMIAA2AgBBAQs1AQF/AkAgAEHwjQRJDQAgAC8BACABRw0AIABB8I0ERgRAQQEPCyAAQQJrLwEAECYhAgsgAguBAgEGf0HYDCgCACEEAkBBARAqQShHDQAQSkUNAEEBECohAEHYDCgCACEBAkACQCAAQTpHBEAgASEADAELQdwMKAIAIQUDQEHYDCABQQJqIgA2AgAgACAFSw0BAkACQAJAAkACQCAALwEAIgJBPGsOAgEDAAsgAkEoRiACQdsARnINACACQfsARw0BCxBKIQFB2AwoAgAhACABRQ0EQdgMIABBAmsiATYCAAwDCyAAIQEgAkEia0H//wNxQT5LDQIMAQsgAS8BBEE+Rg0DCyACQQAQURpB2AwoAgAhAQwACwALIAAvAQBBPUcNAQsgAC8BAkE+RiEDC0HYDCAENgIAIAMLcgEEf0HYDCgCACIBIABLBEBB2AwgADYCAEGUDCgCACECQYEMLQAAIQMCQBBKRQ0AEExFDQBBuAwoAgAiBEEAIARB2AwoAgAiAE8bDQBBuAwgADYCAAtBlAwgAjYCAEHYDCABNgIAQYEMIANBAXE6AAALC6cEAQV/IAAoAgAiAkECaiEEQdwAIQMCQCACLwEAIgVB3ABGBEAgASAETQ0BIAIvAQJB9QBHDQECQCACQQRqIgUgAU8NACAFLwEAQfsARw0AIAJBBmohA0EAIQIDQAJAIAEgA00NACADLwEAIgVB/QBGDQAgBUEGdkEJbCAFQQ9xIAJBBHRyaiECIANBAmohAwwBCwsgBCADQQJqIAEgA0YiARshBEHcACACIAEbIQMMAgsgASAFa0EISA0BIAIvAQQiBUEGdkEJbCAFQQ9xaiEDIAJBBmohBkEBIQQDQCAEQQRGBEAgAkEMaiEEIANBgHhxQYCwA0cNAyACQRhqIgUgAUsNAyAELwEAQdwARw0DIAIvAQ5B9QBHDQMgAi8BECIBQfsARg0DIAFBBnZBCWwgAUEPcWohAkEDIQYDQCAGQQZGBEAgA0EKdCACakGAuP8aayADIAJBgHhxQYC4A0YiARshAyAFIAQgARshBAwFBSAEIAZBAXRqLwEAIgFBD3EgAkEEdHIgAUEGdkEJbGohAiAGQQFqIQYMAQsACwAFIAYvAQAiBUEPcSADQQR0ciAFQQZ2QQlsaiEDIARBAWohBCAGQQJqIQYMAQsACwALIAVBgPgDcUGAsANHIAEgBE1yRQRAIAJBBGogBCACLwECIgNBgPgDcUGAuANGIgEbIQQgBUEKdCADakGAuP8aayAFIAEbIQMMAQsgBSEDCyAAIAQ2AgAgAwuyAgEIfyMAQRBrIggkAAJAQeQMKAIAIgdFDQAgASAAayELIAcgACABEDIiDUHoDCgCAHFBAnRqIQdB/AsoAgAhDANAIAcoAgAiB0UNAQJAIActABhBBEcNACAHKAIUIA1HDQAgBgRAIActABlBBHFFDQELIAcoAgwhCSAIIAcoAggiCjYCDCAIIAA2AggCQCALIAkgCmtGBEAgCiAAIAsQHkUNAQsDQCAIKAIMIgogCU8gCCgCCCIOIAFPckUEQCAIQQxqIAkQTiAIQQhqIAEQTkYNAQwDCwsgCSAKRyABIA5Hcg0BCyAHIAU2AhQgByADNgIMIAcgAjYCCCAHQQI6ABggByAHLQAZQQRxIARyOgAZQfwLIAxBAWsiDDYCAAsgB0EcaiEHDAALAAsgCEEQaiQAC7cYAQt/IwBBEGsiBiQAQawMQdgMKAIAIgE2AgBBqgwvAQAhCyAGQQA2AgwDQAJAQdgMIAFBAmoiAjYCAEHcDCgCACABTQRAQQAhBQwBCwJAIAIvAQAiBRBDDQACQAJAAkACQEGqDC8BACALRw0AAkACQCAFQSlrDgQHAgIBAAsgBUE7RiAFQd0ARnIgBUH9AEZyDQYMAQsgBigCDCIBBEAgARBNIAZBADYCDEHYDCgCACECC0G4DCgCACIHRSACIAdPckUEQEGsDCgCACEEDAILQZQMKAIAIQlBgQwtAAAhCiACIQEDQEHYDCABQQJqNgIAAkACQEEBECoiASAARg0AIABB3QBGIAFBLEZxDQECQAJAQdgMAn8CQCABQS5HDQBB2AwoAgAiAy8BAkEuRw0AIAMvAQRBLkcNACADQQZqDAELIABB/QBHDQECfwJAAkAgAUEiRiABQSdGckUEQCABQdsARgRAEEpFDQdBAAwEC0HYDCgCACEEIAFBMGtB//8DcUEJSw0CA0AgBCIDQQJqIQQgAy8BAiIBQTBrQf//A3FBCkkNACABQcEAayIIQR5NQQBBASAIdEG/gIGEBHEbDQAgAUHhAGsiCEEXTUEAQQEgCHRBv8CBBHEbDQACQCABQStrDgQAAwABAwsgAy8BAEEgckHlAEYNAAsMAQsgARAuQdgMKAIAQQJqIQQLQdgMIAQ2AgBBAAwBCyABEEIaQdgMKAIAIARGDQNBAQshAUEBECoiA0E6RwRAIAEgA0EsRnENBSABIANBv/8DcUE9RnFFDQMMBAtB2AwoAgBBAmoLNgIAQQEQKiEBCwJAIAFB3/8DcUHbAEYEQBBKDQEMAgtB2AwoAgAhAyABEEIaIANB2AwoAgBGDQELQQEQKiIBQSxGDQIgAUE9RiAAIAFGcg0BCyAHQQBB2AwoAgAiASAHTRtFBEBBuAwgATYCAAtBlAwgCTYCAEHYDCACNgIAQYEMIApBAXE6AAAMAwtBlAwgCTYCAEHYDCACNgIAQYEMIApBAXE6AABBLCEFDAcLQdgMKAIAIQEMAAsACwJAIAVBCmsOBAQAAAQAC0GsDCgCACEEAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAVB2wBrDg8HEgwYGBQYGAMFAQQYGAIACwJAIAVBIWsODwgRGBgYGBEGDhgYIRgYEwALAkAgBUE7aw4EDQkLCgALIAVB+wBrDgMOFw8WC0GqDC8BAA0dIAIQHUUNHSACQQJqQYAIQQoQHg0dEB9FDSAMHgsCQAJAIAIvAQJB7QBrDgIAAR4LIAIQHUUNHSACKQAEQvCAvIOgjoA6Ug0dECAMIAsgAhAdRQ0cQQEQJQ0dDBwLIAIvAQJB7ABHDRsCQCACEB1FDQAgAkEEakGUCEEGEB4NACACLwEKECZFDQBBxAwgAkEKajYCAAsgAhAdRQ0bIAJBBGpBlAhBBhAeDRsgAi8BChAhRQ0bQdAMQQE6AAAMGwsgAi8BAkH1AEcNGiACEB1FDRogAkEEakG6CUEMEB4NGiACLwEQECZFDRpBxAwgAkEQajYCAAwaCyACLwECQeUARw0ZIAIQHUUNGRAnDRoMGQtBqgwvAQAiA0GACEYNDkHIDCgCACADQQN0aiIBQQE2AgBBqgwgA0EBajsBACABIAQ2AgQMGwtBqgwvAQAiA0GACEYNDUHIDCgCACADQQN0aiIBQQg2AgBBqgwgA0EBajsBACABIAQ2AgQMGgsCQCACLwECQT1GDQBBwAwQKCIBQQFzOgAAIAENGgNAIAIgBE0NGwJAIAJBAmsiAi8BACIBQQprDgQCAQECAAsgAUGowABrQQJPDQALC0HADEEAOgAADBkLQbQMKAIAIgFBAWtBfU0EQEG0DCABQQFqNgIADBkLIAJBAmsvAQBBPEYEQCAGIAI2AgwMGQsCfwJAAkACQCAELwEAIgFBK2sOAwABAAELIARBAmsvAQAgAUcNAEEBIQQgARApRQ0BDBQLQcAMLQAAIAFBIUZxIQQgAUEvRgRAQbAMLQAARQwCCyABECkNEwsCQAJAIAFBJ2sOAxQBFAALIAFBIkYgAUHdAEZyIAFB/QBGcg0TCyABQeAARgsgBHINEQwSC0G0DCgCACIBQQJrQXxLDRcgAkECay8BAEE9Rg0XQbQMIAFBAWs2AgAMFwtBtAwoAgBBAUcNFkGqDC8BAA0WIAIvAQJBPkYNFkG8DCACNgIAQbQMQX82AgAMFgtBqgwvAQAiAUUNCEGqDCABQQFrOwEADBULQbQMKAIARQ0UQaoMLwEADRQgBkEANgIMQbQMQQA2AgAMFAtBqgwvAQAiAUUNBkGqDCABQQFrIgE7AQBBqAwvAQAiA0UNE0HIDCgCACABQf//A3FBA3RqKAIAQQVHDRMCQEHMDCgCACADQQJ0akEEaygCACIBKAIEDQAgASAEQQJqNgIEIAEoAiwgBEYNACABQQA2AiQLIAEgAkECajYCDCABEC1BqAwgA0EBazsBAAwTCwJAIAQvAQBBKUcNAEHoCygCACIBRQ0AIAEoAgwgBEECakcNAEHoC0HsCygCACIBNgIAAkAgAQRAIAFBADYCNAwBC0HYC0EANgIAC0H4C0H4CygCAEEBazYCAAtBqgwvAQAiA0GACEYNBUHIDCgCACADQQN0aiIBQQZBAkHQDC0AABs2AgBBqgwgA0EBajsBACABIAQ2AgRB0AxBADoAAAwSC0GqDC8BACIBRQ0EQaoMIAFBAWsiATsBAEHIDCgCACABQf//A3EiA0EDdGooAgBBBEcNEUGoDC8BACIBRQ0JIANBzAwoAgAgAUECdGpBBGsoAgAiAy8BMEcNCUEIEARBiAxBiAwoAgAiBEEIajYCAEHYDCgCACEBIARBADYCBCAEIAFBAmo2AgACQCADKAIoIgFFBEAgAyAENgIkDAELIAEgBDYCBAsgAyAENgIoDAkLIAUQLgwQCxAvIgFFDQwgAUEASA0CQawMIAI2AgAMEAsCfwJAIAIvAQIiAUEqRwRAIAFBL0cNARAiQQEMAgtBARAjQQEMAQtBASEBQbAMECgEfxAwQQAFQQELOgAAQQALIgRFDQVBtAwoAgBFDQVBqgwvAQANBUHYDCgCACEDA0AgAiADSw0GAkACQCACLwEAQQprDgQAAQEAAQsgA0ECQQAgAy8BACIBQQpHG0EAIAFBDUcbahAkQbQMKAIADQcgBkEANgIMDAcLIAJBAmohAgwACwALAkACQEGoDC8BACIBRQ0AQcwMKAIAIAFBAnRqQQRrKAIAIgEoAgQNACABKAIAIAJHDQAgAUGqDC8BACIBQQFqOwEwDAELQaoMLwEAIQELIAFB//8DcSIDQYAIRw0BCxAxDA0LQcgMKAIAIANBA3RqIgNBAzYCAEGqDCABQQFqOwEAIAMgBDYCBAwDCyAFQfQARg0GCyAFQTBrQf//A3FBCkkgBUEgckHhAGtB//8DcUEaSXINBgJAAkAgBUHcAGsOBAgBAQgACyAFQSRGDQcLIAVBoAFGIAVBgAFJcg0JDAYLIAQNCQwICxA1DAcLEDYNAEEBIQEQNw0BEDgNAQwGC0EAIQELIAEQOQwECyACLwECQfkARw0AIAIQHUUNAEEBECUNAQtB2AwoAgAhAQNAIAEvAQIiBEEgckHhAGshAwJAIARBMGtB//8DcUEKSSADQf//A3FBGklyDQACQAJAIARB3ABrDgQCAQECAAsgBEEkRg0BCyAEQaABRiAEQYABSXINBAtB2AwgAUECaiIBNgIADAALAAtBrAxB2Ak2AgAMAgtBqAwvAQAiAUVBqgwvAQAiA0VyRQRAQcgMKAIAIANBA3RqQQhrKAIAQQVHDQFBzAwoAgAgAUECdGpBBGsoAgAiASgCBA0BIAEgBEECajYCBCAEIAEoAixHBEAgAUEANgIkC0HYDCACQQJqNgIAQQEQKhogAUHYDCgCACIBNgIQQdgMIAFBAms2AgAMAQsgAw0AAkACQEG0DCgCAEEBag4DAAIBAgsgBkEMahArRQ0BCxAsC0GsDEHYDCgCADYCAAtBACEFQYEMLQAADQELQdgMKAIAIQEMAQsLIAZBEGokACAFC+ABAQJ/AkACQAJAIABBIkYgAEEnRnJFBEAgAEEvRg0BIABB4ABHDQNB3AwoAgAhAkHYDCgCACEAA0ACQCAAIgFBAmoiACACSw0AAkACQCAALwEAIgNB3ABrDgUAAwMDAgELIAFBBGohAAwCCyADQSRHDQEgAS8BBEH7AEcNAUHYDCABQQRqNgIAEEoaQdgMQdgMKAIAQQJrIgA2AgAMAQsLQdgMIAA2AgAMAgsgABAuDAELQdgMKAIALwECIgBBKkcEQCAAQS9HDQIQIgwBCyABQQFzECNBAQ8LQQEhAgsgAgvAAQECf0HYDCgCACEBQQEhAiAAQQBBARAqIgBBLEYbRQRAAn8CQAJAAkACQAJAIABBOmsOBgEEBAIEAQALIABBJkYgAEH8AEZyDQAgAEHlAEYNAiAAQS5HDQMLQdgMKAIAQQJqIQFBAQwDC0HYDCgCACIALwECQT5HDQEgAEEEaiEBQQEMAgtB2AwoAgAiAEECakH6CkEMEB4NACAALwEOECZFDQAgAEEOaiEBQQEMAQtBAAshAkHYDCABNgIACyACCykBAX8gAEGgAUYgAEEJayICQRdNQQBBASACdCABcRtyRQRAQQAPC0EBCwvdAwEAQYAIC9UDeABwAG8AcgB0AHAAbwByAHQAbABhAHMAcwByAG8AbQBlAHQAYQB2AG8AeQBpAGUAZABlAGwAZQBpAG4AcwB0AGEAbgB0AHkAcgBlAHQAdQByAGQAZQBiAHUAZwBnAGUAYQB3AGEAaQB0AGgAcgB3AGgAaQBsAGUAZgBvAHIAaQBmAGMAYQB0AGMAZgBpAG4AYQBsAGwAZQBsAHMAYgByAGUAYQBjAG8AbgB0AGkAbgBzAHkAbgBjAHUAbgBjAHQAaQBvAG4AbwB1AHIAYwBlAGUAZgBlAHIAOwB5AHAAZQBuAHQAZQByAGYAYQBjAGUAbgBlAHcAawBlAHkAbwBmAGkAbgBmAGUAcgB0AHkAcABlAG8AZgB1AG4AaQBxAHUAZQBpAG0AcABvAHIAdAByAGUAYQBkAG8AbgBsAHkAYQBiAHMAdAByAGEAYwB0AHQAaABlAG4AYwBhAHQAYwBoAGYAaQBuAGEAbABsAHkAZQBjAGwAYQByAGUAeAB0AGUAbgBkAHMAbgB1AG0AYQBtAGUAcwBwAGEAYwBlAG8AbgBzAHQAbwBkAHUAbABlAGUAcQB1AGkAcgBlAGwAbwBiAGEAbABzAGEAdABpAHMAZgBpAGUAcw==","undefined"!=typeof Buffer?Buffer.from(A,"base64"):Uint8Array.from(atob(A),A=>A.charCodeAt(0));var A};let H;const init=()=>H||(H=w?Promise.resolve():WebAssembly.compile(R()).then(WebAssembly.instantiate).then(({exports:A})=>{w||(w=A)}));const k=()=>{if(w)return;const A=new WebAssembly.Module(R());w=new WebAssembly.Instance(A).exports};
;// CONCATENATED MODULE: ./src/imports/tokenizer.ts
/** What a computed import()/require() is shown as: its template's pattern, else the call. */
const computedText = (kind, pattern) => pattern ?? (kind === 'require' ? 'require(…)' : 'import(…)');
/** Contexts on the nesting stack: plain braces, `${`, JSX `{`, a JSX tag and an element's children. */
const BRACE = 0;
const TEMPLATE_EXPR = 1;
const JSX_EXPR = 2;
const JSX_TAG = 3;
const JSX_CHILDREN = 4;
/** The words the scan acts on, told apart in place (no string per identifier: this runs for every word of every file). */
const OTHER_WORD = 0;
const IMPORT = 1;
const EXPORT = 2;
const FROM = 3;
const REQUIRE = 4;
const TYPEOF = 5;
const FUNCTION = 6;
/** Any other keyword after which an expression (so a regex or a JSX element) may start; typeof is one too. */
const EXPRESSION_KEYWORD = 7;
const isIdStart = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127;
const isIdPart = (c) => isIdStart(c) || (c >= 48 && c <= 57);
const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xfeff || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12;
/** Whether the identifier source[start, start + length) is `word`. */
const isWord = (source, start, length, word) => length === word.length && source.startsWith(word, start);
/**
 * What the identifier source[start, end) is, by its first letter, then one comparison
 * per candidate: no string is made per identifier (this runs for every word of every file).
 */
function wordKindAt(source, start, end) {
    const n = end - start;
    const is = isWord;
    switch (source.charCodeAt(start)) {
        case 105 /* i */: return is(source, start, n, 'import') ? IMPORT : is(source, start, n, 'in') || is(source, start, n, 'instanceof') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 101 /* e */: return is(source, start, n, 'export') ? EXPORT : is(source, start, n, 'else') || is(source, start, n, 'extends') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 102 /* f */: return is(source, start, n, 'from') ? FROM : is(source, start, n, 'function') ? FUNCTION : OTHER_WORD;
        case 114 /* r */: return is(source, start, n, 'require') ? REQUIRE : is(source, start, n, 'return') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 116 /* t */: return is(source, start, n, 'typeof') ? TYPEOF : is(source, start, n, 'throw') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 100 /* d */: return is(source, start, n, 'delete') || is(source, start, n, 'do') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 111 /* o */: return is(source, start, n, 'of') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 110 /* n */: return is(source, start, n, 'new') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 118 /* v */: return is(source, start, n, 'void') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 99 /* c */: return is(source, start, n, 'case') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 121 /* y */: return is(source, start, n, 'yield') ? EXPRESSION_KEYWORD : OTHER_WORD;
        case 97 /* a */: return is(source, start, n, 'await') ? EXPRESSION_KEYWORD : OTHER_WORD;
        default: return OTHER_WORD;
    }
}
function decodeEscapes(raw) {
    if (!raw.includes('\\'))
        return raw;
    return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, esc) => {
        if (esc[0] === 'u')
            return String.fromCodePoint(parseInt(esc[1] === '{' ? esc.slice(2, -1) : esc.slice(1), 16));
        if (esc[0] === 'x')
            return String.fromCharCode(parseInt(esc.slice(1), 16));
        if (esc === '\n' || esc === '\r\n' || esc === '\r')
            return '';
        return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' }[esc] ?? esc;
    });
}
function scanImportsWithTokenizer(source, { jsx }) {
    const found = [];
    const n = source.length;
    const stack = [];
    let i = source.startsWith('#!') ? source.indexOf('\n') + 1 || n : 0;
    /** Whether the previous token ends an expression (then `/` divides and `<` compares). */
    let afterValue = false;
    /** Inside `import … from` / `export … from`, waiting for the `from` clause. */
    let pendingFrom = false;
    /** The pending `from` belongs to a type-only clause. */
    let pendingTypeOnly = false;
    /** The pending `from` ends an `import` that binds names (not an `export … from`). */
    let pendingImport = false;
    /** What the word before the current token was, for `typeof import('…')` and `function require(…)`. */
    let prevWord = OTHER_WORD;
    let prevWasDot = false;
    const skipSpaceAndComments = (from) => {
        let p = from;
        while (p < n) {
            const c = source.charCodeAt(p);
            if (isSpace(c))
                p++;
            else if (c === 47 && source.charCodeAt(p + 1) === 47) {
                const end = source.indexOf('\n', p + 2);
                p = end < 0 ? n : end + 1;
            }
            else if (c === 47 && source.charCodeAt(p + 1) === 42) {
                const end = source.indexOf('*/', p + 2);
                p = end < 0 ? n : end + 2;
            }
            else
                break;
        }
        return p;
    };
    /** Reads a quoted string at p; returns its end (after the quote). */
    const skipString = (p, quote) => {
        let q = p + 1;
        while (q < n) {
            const c = source.charCodeAt(q);
            if (c === 92)
                q += 2;
            else if (c === quote)
                return q + 1;
            else if (c === 10 && quote !== 96)
                return q; // unterminated: stop at the line end
            else
                q++;
        }
        return n;
    };
    /**
     * A literal specifier at p (a string, or a template without `${`): its value and
     * where it starts, and the position after it; undefined for anything else.
     */
    const literalAt = (p) => {
        const c = source.charCodeAt(p);
        if (c !== 39 && c !== 34 && c !== 96)
            return undefined;
        const end = skipString(p, c);
        const raw = source.slice(p + 1, end - 1);
        if (c === 96 && raw.includes('${'))
            return undefined;
        if (source.charCodeAt(end - 1) !== c)
            return undefined;
        return { value: decodeEscapes(raw), start: p + 1, end };
    };
    /** Continues a template literal at p (just after its backtick or a closing `}`). */
    const scanTemplate = (p) => {
        let q = p;
        while (q < n) {
            const c = source.charCodeAt(q);
            if (c === 92)
                q += 2;
            else if (c === 96)
                return q + 1;
            else if (c === 36 && source.charCodeAt(q + 1) === 123) {
                stack.push(TEMPLATE_EXPR);
                return -(q + 2); // negative: now inside `${`
            }
            else
                q++;
        }
        return n;
    };
    const skipRegex = (p) => {
        let q = p + 1;
        let inClass = false;
        while (q < n) {
            const c = source.charCodeAt(q);
            if (c === 92)
                q += 2;
            else if (c === 10)
                return q; // not a regex after all; resume at the line end
            else if (inClass) {
                if (c === 93)
                    inClass = false;
                q++;
            }
            else if (c === 91) {
                inClass = true;
                q++;
            }
            else if (c === 47) {
                q++;
                while (q < n && isIdPart(source.charCodeAt(q)))
                    q++;
                return q;
            }
            else
                q++;
        }
        return n;
    };
    /** Whether `<` at p opens a JSX element (not a comparison or a TSX generic `<T,>`). */
    const opensJsx = (p) => {
        const next = source.charCodeAt(p + 1);
        if (next === 62)
            return true; // fragment <>
        if (!isIdStart(next))
            return false;
        let q = p + 1;
        while (q < n && (isIdPart(source.charCodeAt(q)) || source.charCodeAt(q) === 46 || source.charCodeAt(q) === 45 || source.charCodeAt(q) === 58))
            q++;
        const after = skipSpaceAndComments(q);
        const c = source.charCodeAt(after);
        if (c === 44)
            return false; // <T,>(x) => …
        if (source.startsWith('extends', after) && !isIdPart(source.charCodeAt(after + 7)) && source.charCodeAt(skipSpaceAndComments(after + 7)) !== 61)
            return false;
        return true;
    };
    const record = (value, start, kind, typeOnly, bindings = false) => found.push({ specifier: value, index: start, kind, typeOnly, bindings });
    /**
     * A template with `${…}` at p: its pattern (each substitution one `*`, as
     * es-module-lexer reports it) and the position after it; undefined for anything else.
     */
    const templatePatternAt = (p) => {
        if (source.charCodeAt(p) !== 96)
            return undefined;
        let text = '';
        let from = p + 1;
        for (let q = from; q < n;) {
            const c = source.charCodeAt(q);
            if (c === 92)
                q += 2;
            else if (c === 96)
                return text === '' && from === p + 1 ? undefined : { value: text + decodeEscapes(source.slice(from, q)), end: q + 1 };
            else if (c === 36 && source.charCodeAt(q + 1) === 123) {
                text += `${decodeEscapes(source.slice(from, q))}*`;
                let depth = 1;
                for (q += 2; q < n && depth > 0;) {
                    const d = source.charCodeAt(q);
                    if (d === 39 || d === 34 || d === 96)
                        q = skipString(q, d);
                    else {
                        if (d === 123)
                            depth++;
                        else if (d === 125)
                            depth--;
                        q++;
                    }
                }
                from = q;
            }
            else
                q++;
        }
        return undefined;
    };
    /** The argument of an import()/require() at p is not a literal: a template's pattern, or a computed expression. */
    const recordComputed = (p, kind) => {
        const c = source.charCodeAt(p);
        if (c === 41)
            return; // `import()`: no argument, a syntax error rather than an import
        const template = templatePatternAt(p);
        const close = template ? source.charCodeAt(skipSpaceAndComments(template.end)) : 0;
        const pattern = template && (close === 41 || close === 44) ? template.value : undefined;
        found.push({ specifier: computedText(kind, pattern), index: p + (c === 39 || c === 34 || c === 96 ? 1 : 0), kind, typeOnly: false, computed: true });
    };
    /** `require(id) { … }` or `require(id: string): T`: a method or function named require, not a call. */
    const definesRequire = (open) => {
        const close = source.indexOf(')', open);
        if (close < 0)
            return false;
        const params = source.slice(open + 1, close);
        if (!/^[\w$\s,:?<>[\].|'"]*$/.test(params))
            return false;
        return params.includes(':') || source.charCodeAt(skipSpaceAndComments(close + 1)) === 123;
    };
    /** The word at p (an identifier), or '' when none starts there. */
    const wordAt = (p) => {
        if (!isIdStart(source.charCodeAt(p)))
            return '';
        let q = p + 1;
        while (q < n && isIdPart(source.charCodeAt(q)))
            q++;
        return source.slice(p, q);
    };
    /**
     * Whether the clause of an `import`/`export` that starts at p (just after the
     * keyword) names only types: `type X`, `type { … }`, `type * as N`, or a brace
     * list in which every name carries its own `type` modifier. TypeScript erases
     * those, so the module is needed at type-check time only. `import type from 'x'`
     * and `import type, { a } from 'x'` import a value named `type`.
     */
    const typeOnlyClause = (p) => {
        if (source.startsWith('type', p) && !isIdPart(source.charCodeAt(p + 4))) {
            const q = skipSpaceAndComments(p + 4);
            const c = source.charCodeAt(q);
            if (c === 123 || c === 42)
                return true;
            const next = wordAt(q);
            if (next === '' || next === 'from')
                return next === 'from' && literalAt(skipSpaceAndComments(q + 4)) === undefined;
            return true;
        }
        if (source.charCodeAt(p) !== 123)
            return false;
        const close = source.indexOf('}', p);
        if (close < 0)
            return false;
        let mentionsType = false; // the common case, `{ a, b }`, is answered without allocating
        for (let q = p + 1; q + 4 <= close && !mentionsType; q++)
            mentionsType = source.charCodeAt(q) === 116 && source.startsWith('type', q);
        if (!mentionsType)
            return false;
        const names = source.slice(p + 1, close).split(',').map((name) => name.trim()).filter(Boolean);
        return names.length > 0 && names.every((name) => /^type\s/.test(name));
    };
    /**
     * An `import('…')` whose result is used as a type, not awaited: `typeof import('x')`,
     * `import('x').Name`, `import('x')['Name']` (promise members stay runtime), as
     * es-module-lexer's probablyTypeOnly reads it.
     */
    const dynamicTypeOnly = (afterClose, afterTypeof) => {
        if (afterTypeof)
            return true;
        const c = source.charCodeAt(afterClose);
        if (c === 91)
            return true;
        if (c !== 46)
            return false;
        const member = wordAt(skipSpaceAndComments(afterClose + 1));
        return member !== '' && member !== 'then' && member !== 'catch' && member !== 'finally';
    };
    const onWord = (word, end) => {
        if (prevWasDot)
            return end;
        if (word === IMPORT) {
            const p = skipSpaceAndComments(end);
            const c = source.charCodeAt(p);
            if (c === 40) {
                const argument = skipSpaceAndComments(p + 1);
                const literal = literalAt(argument);
                const closeAt = literal ? skipSpaceAndComments(literal.end) : 0;
                const close = literal ? source.charCodeAt(closeAt) : 0;
                if (literal && (close === 41 || close === 44)) {
                    const paren = close === 41 ? closeAt : source.indexOf(')', closeAt);
                    record(literal.value, literal.start, 'dynamic', paren >= 0 && dynamicTypeOnly(skipSpaceAndComments(paren + 1), prevWord === TYPEOF));
                }
                else
                    recordComputed(argument, 'dynamic');
                return end;
            }
            if (c === 46)
                return end; // import.meta
            const literal = literalAt(p);
            if (literal && source.charCodeAt(p) !== 96) {
                record(literal.value, literal.start, 'static', false);
                return literal.end;
            }
            pendingFrom = true;
            pendingTypeOnly = typeOnlyClause(p);
            pendingImport = true;
            return end;
        }
        if (word === EXPORT) {
            const p = skipSpaceAndComments(end);
            const c = source.charCodeAt(p);
            if (c === 42 || c === 123) {
                pendingFrom = true;
                pendingTypeOnly = c === 123 && typeOnlyClause(p);
                pendingImport = false;
            }
            else if (source.startsWith('type', p) && !isIdPart(source.charCodeAt(p + 4))) {
                const after = source.charCodeAt(skipSpaceAndComments(p + 4));
                if (after === 123 || after === 42) {
                    pendingFrom = true;
                    pendingTypeOnly = true;
                    pendingImport = false;
                }
            }
            return end;
        }
        if (word === FROM && pendingFrom) {
            const p = skipSpaceAndComments(end);
            const literal = literalAt(p);
            if (literal && source.charCodeAt(p) !== 96) {
                pendingFrom = false;
                record(literal.value, literal.start, 'static', pendingTypeOnly, pendingImport && !pendingTypeOnly);
                return literal.end;
            }
            return end;
        }
        if (word === REQUIRE && prevWord !== FUNCTION) {
            const p = skipSpaceAndComments(end);
            if (source.charCodeAt(p) === 40) {
                const argument = skipSpaceAndComments(p + 1);
                const literal = literalAt(argument);
                if (literal && source.charCodeAt(skipSpaceAndComments(literal.end)) === 41)
                    record(literal.value, literal.start, 'require', false);
                else if (!definesRequire(p))
                    recordComputed(argument, 'require');
            }
        }
        return end;
    };
    while (i < n) {
        const top = stack.length > 0 ? stack[stack.length - 1] : BRACE;
        if (top === JSX_TAG) {
            const c = source.charCodeAt(i);
            if (c === 123) {
                stack.push(JSX_EXPR);
                afterValue = false;
                i++;
            }
            else if (c === 34 || c === 39) {
                const end = source.indexOf(String.fromCharCode(c), i + 1);
                i = end < 0 ? n : end + 1;
            }
            else if (c === 47 && (source.charCodeAt(i + 1) === 47 || source.charCodeAt(i + 1) === 42)) {
                i = skipSpaceAndComments(i); // a comment between attributes may hold a quote
            }
            else if (c === 60) {
                // Type arguments of a generic component, `<Select<Option> …>`: not the end of the tag.
                let depth = 0;
                for (; i < n; i++) {
                    const d = source.charCodeAt(i);
                    if (d === 60)
                        depth++;
                    else if (d === 62 && --depth === 0)
                        break;
                }
                i++;
            }
            else if (c === 47 && source.charCodeAt(i + 1) === 62) {
                stack.pop(); // self-closing
                i += 2;
                afterValue = true;
            }
            else if (c === 62) {
                stack.pop();
                stack.push(JSX_CHILDREN);
                i++;
            }
            else
                i++;
            continue;
        }
        if (top === JSX_CHILDREN) {
            const c = source.charCodeAt(i);
            if (c === 123) {
                stack.push(JSX_EXPR);
                afterValue = false;
                i++;
            }
            else if (c === 60 && source.charCodeAt(i + 1) === 47) {
                const end = source.indexOf('>', i);
                i = end < 0 ? n : end + 1;
                stack.pop();
                afterValue = true;
            }
            else if (c === 60 && source.charCodeAt(i + 1) === 62) {
                stack.push(JSX_CHILDREN);
                i += 2;
            }
            else if (c === 60 && isIdStart(source.charCodeAt(i + 1))) {
                stack.push(JSX_TAG);
                i++;
            }
            else
                i++;
            continue;
        }
        const c = source.charCodeAt(i);
        if (isSpace(c)) {
            i++;
            continue;
        }
        if (c === 47) {
            const next = source.charCodeAt(i + 1);
            if (next === 47 || next === 42) {
                i = skipSpaceAndComments(i);
                continue;
            }
            prevWasDot = false;
            if (afterValue) {
                i++;
                afterValue = false;
            }
            else {
                i = skipRegex(i);
                afterValue = true;
            }
            continue;
        }
        if (c === 39 || c === 34) {
            i = skipString(i, c);
            afterValue = true;
            prevWasDot = false;
            prevWord = OTHER_WORD;
            continue;
        }
        if (c === 96) {
            const end = scanTemplate(i + 1);
            prevWasDot = false;
            prevWord = OTHER_WORD;
            if (end < 0) {
                i = -end;
                afterValue = false;
            }
            else {
                i = end;
                afterValue = true;
            }
            continue;
        }
        if (isIdStart(c)) {
            let end = i + 1;
            while (end < n && isIdPart(source.charCodeAt(end)))
                end++;
            const word = wordKindAt(source, i, end);
            i = onWord(word, end);
            afterValue = word !== EXPRESSION_KEYWORD && word !== TYPEOF;
            prevWasDot = false;
            prevWord = word;
            continue;
        }
        if (c >= 48 && c <= 57) {
            i++;
            while (i < n && (isIdPart(source.charCodeAt(i)) || source.charCodeAt(i) === 46))
                i++;
            afterValue = true;
            prevWasDot = false;
            prevWord = OTHER_WORD;
            continue;
        }
        prevWasDot = false;
        prevWord = OTHER_WORD;
        switch (c) {
            case 123:
                stack.push(BRACE);
                afterValue = false;
                i++;
                continue;
            case 125: {
                const popped = stack.pop();
                i++;
                if (popped === TEMPLATE_EXPR) {
                    const end = scanTemplate(i);
                    if (end < 0) {
                        i = -end;
                        afterValue = false;
                    }
                    else {
                        i = end;
                        afterValue = true;
                    }
                }
                else {
                    afterValue = popped === JSX_EXPR;
                }
                continue;
            }
            case 41:
            case 93:
                afterValue = true;
                if (pendingFrom && c === 41)
                    pendingFrom = false;
                i++;
                continue;
            case 46:
                if (source.charCodeAt(i + 1) === 46 && source.charCodeAt(i + 2) === 46) {
                    i += 3; // spread: `...require('x')` is still a call
                }
                else {
                    prevWasDot = true;
                    i++;
                }
                afterValue = false;
                continue;
            case 60:
                if (jsx && !afterValue && opensJsx(i)) {
                    if (source.charCodeAt(i + 1) === 62) {
                        stack.push(JSX_CHILDREN);
                        i += 2;
                    }
                    else {
                        stack.push(JSX_TAG);
                        i++;
                    }
                    continue;
                }
                break;
            case 59:
            case 61:
            case 40:
                pendingFrom = false;
                break;
        }
        afterValue = false;
        i++;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/imports/imports.ts
// Finds the module specifiers a source file names, with their line numbers.
// Fast path: es-module-lexer (wasm, a few ms per MB). It cannot see require()
// and throws on some JSX, so those files go through the tokenizer instead; both
// give the same specifiers and lines (test/untracked-files.parse.test.ts).



const KIND_BY_EXTENSION = {
    ts: 'ts', mts: 'ts', cts: 'ts',
    tsx: 'tsx',
    js: 'js', mjs: 'js', cjs: 'js',
    jsx: 'jsx',
    svelte: 'svelte', vue: 'vue', astro: 'astro',
};
/**
 * Type tests (`*.test-d.ts`, `*.spec-d.tsx`: Vitest's typecheck.include default, tsd's
 * files): only given to the type checker, never run, so every import is type-level.
 */
function isTypeTest(path) {
    return /\.(?:test|spec)-d\.[cm]?[jt]sx?$/.test(path);
}
/** The source kind of a path, or undefined when it is not a file this check parses. */
function sourceKindOf(path) {
    const dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/'))
        return undefined;
    const kind = KIND_BY_EXTENSION[path.slice(dot + 1)];
    return kind === 'ts' && path.startsWith('.d', dot - 2) ? 'dts' : kind;
}
// In Node, parse() compiles the lexer's wasm synchronously on first use: no init() needed.
const lexer = (source) => parse(source);
/** Whether `type` occurs in code[from, to): a scan of the import clause only, never of the rest of the file. */
function mentionsType(code, from, to) {
    for (let p = from; p + 4 <= to; p++)
        if (code.charCodeAt(p) === 116 /* t */ && code.startsWith('type', p))
            return true;
    return false;
}
/** Whether the static import at `start` binds names: `import X …`, `import { … }`, `import * as …`, not `import './x'`. */
function bindsNames(code, start) {
    if (!code.startsWith('import', start))
        return false;
    let p = start + 6;
    while (p < code.length && (code.charCodeAt(p) === 32 || code.charCodeAt(p) === 9 || code.charCodeAt(p) === 10 || code.charCodeAt(p) === 13))
        p++;
    const c = code.charCodeAt(p);
    return c !== 39 && c !== 34;
}
/**
 * `import { type A, type B } from` / `export { type A } from`: every name carries its
 * own `type` modifier, so TypeScript (and esbuild) drop the statement.
 */
function namesAreAllTypes(clause) {
    const open = clause.indexOf('{');
    const close = clause.lastIndexOf('}');
    if (open < 0 || close < open || /^\s*(?:import|export)\s*[^{\s]/.test(clause))
        return false;
    const names = clause.slice(open + 1, close).split(',').map((name) => name.trim()).filter(Boolean);
    return names.length > 0 && names.every((name) => /^type\s/.test(name));
}
/**
 * Specifiers in JS/TS text via es-module-lexer, handed to `onImport` as they are
 * read (no array per file); false when the lexer cannot be trusted with this
 * text: it threw, or the text may hold require() calls it does not report.
 */
function lexImports(code, onImport) {
    if (code.includes('require'))
        return false;
    let imports;
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0; // a parse error is expected here; its stack is not needed
    try {
        [imports] = lexer(code);
    }
    catch {
        return false;
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
    for (const entry of imports) {
        if (entry.type === 'import-meta')
            continue;
        if (entry.type === 'dynamic') {
            // A dynamic import's start is its quote; a static one's is the first character inside.
            const quote = code.charCodeAt(entry.start);
            const index = entry.start + (quote === 39 || quote === 34 || quote === 96 ? 1 : 0);
            // No specifier: a computed import('./x' + y). A glob: a template with `${…}`,
            // which 3.x reports as './locales/*.js' — a pattern, not a file to resolve.
            if (entry.specifier === undefined || entry.glob)
                onImport(computedText('dynamic', entry.glob ? entry.specifier : undefined), index, 'dynamic', false, false, true);
            else
                onImport(entry.specifier, index, 'dynamic', entry.probablyTypeOnly, false, false);
        }
        else {
            const typeOnly = entry.typeOnly || (mentionsType(code, entry.importStart, entry.start) && namesAreAllTypes(code.slice(entry.importStart, entry.start)));
            onImport(entry.specifier, entry.start, 'static', typeOnly, !typeOnly && bindsNames(code, entry.importStart), false);
        }
    }
    return true;
}
/** lexImports as an array, or undefined where the lexer cannot be used. */
function scanImportsWithLexer(code) {
    const found = [];
    const lexed = lexImports(code, (specifier, index, kind, typeOnly, bindings, computed) => found.push({ specifier, index, kind, typeOnly, bindings, ...(computed ? { computed } : {}) }));
    return lexed ? found : undefined;
}
const REFERENCE = /^\/\/\/\s*<reference\s+path\s*=\s*(["'])([^"']+)\1/;
/**
 * `/// <reference path="…" />` directives: TypeScript reads them only in the
 * leading comments of a file, so only those are looked at.
 */
function referenceDirectives(code) {
    const found = [];
    let p = code.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (p < code.length) {
        while (p < code.length && /\s/.test(code[p]))
            p++;
        if (code.startsWith('/*', p)) {
            const end = code.indexOf('*/', p + 2);
            if (end < 0)
                break;
            p = end + 2;
            continue;
        }
        if (!code.startsWith('//', p))
            break;
        const eol = code.indexOf('\n', p);
        const line = code.slice(p, eol < 0 ? code.length : eol);
        const match = REFERENCE.exec(line);
        if (match) {
            const path = match[2];
            found.push({ specifier: /^\.{0,2}\//.test(path) ? path : `./${path}`, index: p + line.indexOf(path), kind: 'reference', typeOnly: true });
        }
        p = eol < 0 ? code.length : eol + 1;
    }
    return found;
}
/**
 * The script parts of a component file as text of the same length, everything
 * else blanked (newlines kept), so offsets and lines stay those of the file.
 * Svelte and Vue: every `<script>` block; Astro: the `---` frontmatter too.
 * A `<script src="…">` is an import of that file.
 */
function extractScripts(source, kind) {
    const keep = [];
    const sources = [];
    let jsx = false;
    if (kind === 'astro') {
        const open = /^\uFEFF?\s*---[ \t]*\r?\n/.exec(source);
        if (open) {
            const close = /^---[ \t]*$/m;
            close.lastIndex = 0;
            const rest = source.slice(open[0].length);
            const end = close.exec(rest);
            keep.push([open[0].length, end ? open[0].length + end.index : source.length]);
        }
    }
    const tag = /<script\b([^>]*)>/gi;
    for (let match = tag.exec(source); match; match = tag.exec(source)) {
        const attributes = match[1] ?? '';
        if (/\blang\s*=\s*["']?(tsx|jsx)\b/i.test(attributes))
            jsx = true;
        const src = /\bsrc\s*=\s*(["'])([^"']+)\1/i.exec(attributes);
        if (src)
            sources.push({ specifier: /^\.{0,2}\//.test(src[2]) ? src[2] : `./${src[2]}`, index: match.index + match[0].indexOf(src[2]), kind: 'static', typeOnly: false });
        if (/\/\s*$/.test(attributes))
            continue; // <script … />
        const start = match.index + match[0].length;
        const close = source.toLowerCase().indexOf('</script', start);
        const end = close < 0 ? source.length : close;
        keep.push([start, end]);
        tag.lastIndex = end;
    }
    keep.sort((a, b) => a[0] - b[0]);
    let code = '';
    let at = 0;
    for (const [start, end] of keep) {
        if (start < at)
            continue;
        code += source.slice(at, start).replace(/[^\n]/g, ' ') + source.slice(start, end);
        at = end;
    }
    code += source.slice(at).replace(/[^\n]/g, ' ');
    return { code, jsx, sources };
}
/**
 * Every import-like specifier of a source file with its offset (component files
 * keep the file's offsets), handed to `onImport`, counting which scanner read it.
 * Lines are left to the caller (LineIndex): only the few imports that fail need one.
 */
function scanSource(source, kind, onImport, stats) {
    let code = source;
    let jsx = kind === 'tsx' || kind === 'jsx';
    if (kind === 'svelte' || kind === 'vue' || kind === 'astro') {
        const scripts = extractScripts(source, kind);
        code = scripts.code;
        jsx = scripts.jsx;
        for (const found of scripts.sources)
            onImport(found.specifier, found.index, found.kind, found.typeOnly, false, false);
    }
    else if (code.startsWith('///', code.charCodeAt(0) === 0xfeff ? 1 : 0) || code.includes('\n///')) {
        for (const found of referenceDirectives(code))
            onImport(found.specifier, found.index, found.kind, true, false, false);
    }
    // JSX with closing tags is where the lexer throws or, worse, could misread text
    // such as `<p>Don't</p>` as a string: such files go to the JSX-aware tokenizer.
    // A declaration file too: es-module-lexer erases `declare` and `interface` bodies,
    // and with them the `import('./x').T` types that are a .d.ts file's imports.
    if (kind !== 'dts' && !(jsx && code.includes('</')) && lexImports(code, onImport)) {
        if (stats)
            stats.lexer++;
    }
    else {
        const everyTypeOnly = kind === 'dts';
        for (const found of scanImportsWithTokenizer(code, { jsx })) {
            onImport(found.specifier, found.index, found.kind, everyTypeOnly || found.typeOnly, !everyTypeOnly && (found.bindings ?? false), found.computed ?? false);
        }
        if (stats)
            stats.tokenizer++;
    }
}
/** Every import-like specifier of a source file with its line, in file order (computed ones left out: they name no file). */
function findImports(source, kind, stats) {
    const found = [];
    scanSource(source, kind, (specifier, index, kind, typeOnly, bindings, computed) => {
        if (!computed)
            found.push({ specifier, index, kind, typeOnly, bindings });
    }, stats);
    found.sort((a, b) => a.index - b.index);
    const lines = new LineIndex(source);
    return found.map((entry) => ({ specifier: entry.specifier, line: lines.lineAt(entry.index), kind: entry.kind, typeOnly: entry.typeOnly }));
}

;// CONCATENATED MODULE: ./src/imports/paths.ts
// Repository-relative POSIX paths ('' is the root), the form git prints.
/** The directory part of a repository path ('' for a top-level file). */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/**
 * `dir` joined with a relative path, `.` and `..` folded; undefined when the
 * result would leave the repository.
 */
function joinPath(dir, relative) {
    if (relative === '')
        return dir;
    // Most specifiers and alias targets are already normal: no split and join for them.
    if (isNormal(relative))
        return dir === '' ? relative : `${dir}/${relative}`;
    const parts = dir === '' ? [] : dir.split('/');
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** No empty, `.` or `..` segment: joining it to a directory needs no folding. */
function isNormal(path) {
    if (path.charCodeAt(0) === 47 || path.charCodeAt(path.length - 1) === 47 || path.includes('//'))
        return false;
    for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
        if (dot > 0 && path.charCodeAt(dot - 1) !== 47)
            continue; // a dot inside a name
        const next = dot + 1 < path.length ? path.charCodeAt(dot + 1) : 47;
        if (next === 47)
            return false; // `.`
        if (next === 46 && (dot + 2 >= path.length || path.charCodeAt(dot + 2) === 47))
            return false; // `..`
    }
    return true;
}
/** Every ancestor directory of `dir`, nearest first, ending with the root ''. */
function ancestors(dir) {
    const result = [dir];
    for (let current = dir; current !== '';) {
        current = dirOf(current);
        result.push(current);
    }
    return result;
}
/** `path` relative to the directory `base` (both repository paths), with `../` as needed. */
function relativeTo(base, path) {
    if (base === '')
        return path;
    if (path === base)
        return '.';
    if (path.startsWith(`${base}/`))
        return path.slice(base.length + 1);
    const from = base.split('/');
    const to = path.split('/');
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common])
        common++;
    return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/imports/jsonc.ts
/**
 * Parses JSON with comments and trailing commas (tsconfig.json's dialect):
 * comments and the commas before `}`/`]` are removed outside strings, then JSON.parse.
 */
function parseJsonc(text) {
    const n = text.length;
    let out = '';
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let copied = i; // text[copied, i) is plain JSON still to be copied
    const skipComment = (at) => {
        if (text.startsWith('//', at)) {
            const end = text.indexOf('\n', at);
            return end < 0 ? n : end;
        }
        const end = text.indexOf('*/', at + 2);
        return end < 0 ? n : end + 2;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            i++;
            while (i < n && text.charCodeAt(i) !== 34)
                i += text.charCodeAt(i) === 92 ? 2 : 1;
            i++;
        }
        else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
            out += text.slice(copied, i);
            i = copied = skipComment(i);
        }
        else if (c === 44) {
            // A comma followed (past whitespace and comments) by a closing bracket is dropped.
            let j = i + 1;
            for (;;) {
                while (j < n && /\s/.test(text[j]))
                    j++;
                if (text.startsWith('//', j) || text.startsWith('/*', j))
                    j = skipComment(j);
                else
                    break;
            }
            if (text[j] === '}' || text[j] === ']') {
                out += text.slice(copied, i);
                copied = i + 1;
            }
            i++;
        }
        else
            i++;
    }
    return JSON.parse(out + text.slice(copied));
}

;// CONCATENATED MODULE: ./src/imports/project-config.ts
// What the resolver needs from a repository's configuration: tsconfig/jsconfig
// `paths` and `baseUrl` (nearest config per directory, `extends` followed,
// solution-style `references` looked into), package.json `imports`, `exports`,
// `main`/`types`, and the workspace packages a bare specifier may name.





const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/**
 * A version that installs a folder of the file system: npm "local paths" (`file:`,
 * or a path npm saves as `file:`), pnpm and yarn `link:`, yarn `portal:`.
 */
const LOCAL_VERSION = /^(?:(?:file|link|portal):)?(\.{1,2}(?:\/|$)[^]*)$|^(?:file|link|portal):([^/][^]*)$/;
/** The folder a dependency's version installs from (`link:`, `file:`, `portal:` or a bare `./`/`../` path), relative to its package.json. */
function localPath(version) {
    const local = LOCAL_VERSION.exec(version);
    return local ? (local[1] ?? local[2]) : undefined;
}
/** JSON.parse after the UTF-8 byte order mark some editors write. */
function parseJson(text) {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
/** Reads configuration files once each: tracked ones from the working tree, `extends` targets wherever they are. */
class ProjectConfig {
    root;
    tracked;
    aliasByDir = new Map();
    aliasByFile = new Map();
    rawTsconfigs = new Map();
    manifests = new Map();
    scopeByDir = new Map();
    workspaceByName;
    /** pnpm catalogs (pnpm-workspace.yaml `catalog`, which is `default`, and `catalogs`): catalog → package → version. */
    catalogs = new Map();
    /** Config files that could not be read or parsed, reported as notes. */
    problems = [];
    parseYaml;
    /** Whether a version satisfies a range (see version-range.ts); undefined in a repository with one package.json at most. */
    versionSatisfies;
    /** `libraries`: the parsers this repository needs, loaded by `configLibraries`. */
    constructor(root, tracked, libraries = {}) {
        this.root = root;
        this.tracked = tracked;
        this.parseYaml = libraries.parseYaml;
        this.versionSatisfies = libraries.versionSatisfies;
    }
    readText(path) {
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(this.root, path), 'utf8');
        }
        catch {
            return undefined;
        }
    }
    /** The tsconfig.json (or jsconfig.json) nearest to a directory, with `extends` applied. */
    aliasesFor(dir) {
        if (this.aliasByDir.has(dir))
            return this.aliasByDir.get(dir);
        let config;
        const own = ['tsconfig.json', 'jsconfig.json'].map((name) => (dir === '' ? name : `${dir}/${name}`)).find((path) => this.tracked.has(path));
        if (own)
            config = this.loadAliasConfig(own);
        else if (dir !== '')
            config = this.aliasesFor(dirOf(dir));
        this.aliasByDir.set(dir, config);
        return config;
    }
    loadAliasConfig(file) {
        if (this.aliasByFile.has(file))
            return this.aliasByFile.get(file);
        this.aliasByFile.set(file, undefined); // cycle guard
        const merged = this.mergeExtends(file, new Set());
        let config;
        if (merged) {
            config = { file, baseUrl: merged.baseUrl, aliases: merged.paths ? toAliases(merged.paths.map, merged.baseUrl ?? merged.paths.base) : [], rootDirs: merged.rootDirs ?? [], skipLibCheck: merged.skipLibCheck ?? false, absent: merged.absent };
            // Solution-style root config (`files: []` + references): the aliases and rootDirs
            // live in the referenced configs (React Router's tsconfig.vite.json holds rootDirs).
            const aliasesInReferences = config.aliases.length === 0;
            const rootDirsInReferences = config.rootDirs.length === 0;
            for (const reference of aliasesInReferences || rootDirsInReferences ? merged.references : []) {
                const target = reference.endsWith('.json') ? reference : `${reference}/tsconfig.json`;
                const referenced = target !== file ? this.loadAliasConfig(target) : undefined;
                if (referenced) {
                    if (aliasesInReferences) {
                        config.aliases.push(...referenced.aliases);
                        config.baseUrl ??= referenced.baseUrl;
                        config.absent.push(...referenced.absent);
                    }
                    if (rootDirsInReferences)
                        config.rootDirs.push(...referenced.rootDirs.filter((dir) => !config.rootDirs.includes(dir)));
                }
                else if (aliasesInReferences && !this.tracked.has(target) && !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(this.root, target)))
                    config.absent.push(target);
            }
        }
        this.aliasByFile.set(file, config);
        return config;
    }
    /** A tsconfig parsed once, however many configs extend it. */
    readTsconfig(file) {
        if (this.rawTsconfigs.has(file))
            return this.rawTsconfigs.get(file);
        const text = this.readText(file);
        let raw;
        if (text !== undefined) {
            try {
                raw = parseJsonc(text);
            }
            catch (error) {
                this.problems.push(`${file}: not valid JSON with comments (${error instanceof Error ? error.message : error}); its paths were not used`);
            }
        }
        this.rawTsconfigs.set(file, raw);
        return raw;
    }
    /** compilerOptions.baseUrl/paths after `extends` (later and own settings win), as repository paths. */
    mergeExtends(file, seen) {
        if (seen.has(file))
            return undefined;
        seen.add(file);
        const raw = this.readTsconfig(file);
        if (raw === undefined)
            return undefined;
        const dir = dirOf(file);
        let result = { references: [], absent: [] };
        const parents = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
        for (const parent of parents) {
            if (typeof parent !== 'string')
                continue;
            const parentFile = this.locateExtends(dir, parent);
            const inherited = parentFile ? this.mergeExtends(parentFile, seen) : undefined;
            if (inherited)
                result = { ...result, ...definedOnly({ baseUrl: inherited.baseUrl, paths: inherited.paths, rootDirs: inherited.rootDirs, skipLibCheck: inherited.skipLibCheck }), absent: [...result.absent, ...inherited.absent] };
            else if (!parentFile)
                result.absent.push(this.expectedExtends(dir, parent));
        }
        const options = raw.compilerOptions ?? {};
        if (typeof options.baseUrl === 'string')
            result.baseUrl = joinPath(dir, options.baseUrl) ?? '';
        if (typeof options.skipLibCheck === 'boolean')
            result.skipLibCheck = options.skipLibCheck;
        if (options.paths && typeof options.paths === 'object')
            result.paths = { map: options.paths, base: dir };
        // Relative to the config that sets them, like every path option.
        if (Array.isArray(options.rootDirs))
            result.rootDirs = options.rootDirs.flatMap((root) => (typeof root === 'string' && joinPath(dir, root) !== undefined ? [joinPath(dir, root)] : []));
        if (Array.isArray(raw.references)) {
            result.references = raw.references.flatMap((ref) => (typeof ref?.path === 'string' ? [joinPath(dir, ref.path) ?? ''] : []));
        }
        return result;
    }
    /** The path an `extends` that is not there names, for the message. */
    expectedExtends(dir, spec) {
        if (!spec.startsWith('.') && !spec.startsWith('/'))
            return spec; // a package's config, as written
        const base = joinPath(dir, spec) ?? spec;
        return base.endsWith('.json') ? base : `${base}.json`;
    }
    /** Where an `extends` value points: a relative file, or a package config under node_modules. */
    locateExtends(dir, spec) {
        const candidates = [];
        if (spec.startsWith('.') || spec.startsWith('/')) {
            const base = joinPath(dir, spec);
            if (base === undefined)
                return undefined;
            candidates.push(base, `${base}.json`, `${base}/tsconfig.json`);
        }
        else {
            for (const ancestor of ancestors(dir)) {
                const base = `${ancestor === '' ? '' : `${ancestor}/`}node_modules/${spec}`;
                candidates.push(base, `${base}.json`, `${base}/tsconfig.json`);
            }
        }
        return candidates.find((path) => this.tracked.has(path) || (path.endsWith('.json') && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(this.root, path))));
    }
    /** A tracked package.json in exactly this directory. */
    manifest(dir) {
        if (this.manifests.has(dir))
            return this.manifests.get(dir);
        const file = dir === '' ? 'package.json' : `${dir}/package.json`;
        let manifest;
        if (this.tracked.has(file)) {
            const text = this.readText(file);
            try {
                const raw = text === undefined ? undefined : parseJson(text);
                if (raw && typeof raw === 'object') {
                    const dependencies = new Map();
                    for (const field of DEPENDENCY_FIELDS) {
                        const list = raw[field];
                        if (!list || typeof list !== 'object')
                            continue;
                        for (const [name, version] of Object.entries(list))
                            if (!dependencies.has(name))
                                dependencies.set(name, typeof version === 'string' ? version.trim() : '');
                    }
                    manifest = {
                        dir,
                        name: typeof raw.name === 'string' ? raw.name : undefined,
                        exports: raw.exports,
                        imports: raw.imports && typeof raw.imports === 'object' ? raw.imports : undefined,
                        main: typeof raw.main === 'string' ? raw.main : undefined,
                        types: typeof raw.types === 'string' ? raw.types : typeof raw.typings === 'string' ? raw.typings : undefined,
                        module: typeof raw.module === 'string' ? raw.module : undefined,
                        browser: typeof raw.browser === 'string' || (raw.browser && typeof raw.browser === 'object') ? raw.browser : undefined,
                        workspaces: raw.workspaces,
                        version: typeof raw.version === 'string' ? raw.version : undefined,
                        dependencies,
                    };
                }
            }
            catch (error) {
                this.problems.push(`${file}: not valid JSON (${error instanceof Error ? error.message : error})`);
            }
        }
        this.manifests.set(dir, manifest);
        return manifest;
    }
    /** The package scope of a directory: its nearest package.json (Node's rule for `#imports`). */
    scopeOf(dir) {
        if (this.scopeByDir.has(dir))
            return this.scopeByDir.get(dir);
        const scope = this.manifest(dir) ?? (dir === '' ? undefined : this.scopeOf(dirOf(dir)));
        this.scopeByDir.set(dir, scope);
        return scope;
    }
    /**
     * The repository's workspace packages by name: package.json files matched by a
     * `workspaces` field (npm, yarn, bun) or a pnpm-workspace.yaml `packages` list.
     */
    workspacePackage(name) {
        return (this.workspaceByName ??= this.findWorkspaces()).get(name);
    }
    /** The version a pnpm `catalog:<name>` dependency stands for ('' or no name: the default catalog), read with the workspaces. */
    catalogVersion(catalog, name) {
        this.workspaceByName ??= this.findWorkspaces();
        return this.catalogs.get(catalog || 'default')?.get(name);
    }
    findWorkspaces() {
        const globs = [];
        const manifestDirs = [];
        for (const path of this.tracked) {
            if (path === 'package.json' || path.endsWith('/package.json')) {
                if (path.includes('node_modules/'))
                    continue;
                const dir = dirOf(path);
                manifestDirs.push(dir);
                const workspaces = this.manifest(dir)?.workspaces;
                const list = Array.isArray(workspaces) ? workspaces : workspaces?.packages;
                if (Array.isArray(list))
                    globs.push({ base: dir, patterns: list.filter((item) => typeof item === 'string') });
            }
            else if (isPnpmWorkspace(path)) {
                try {
                    if (!this.parseYaml)
                        throw new Error('no YAML parser was loaded');
                    const parsed = this.parseYaml(this.readText(path) ?? '');
                    if (Array.isArray(parsed?.packages))
                        globs.push({ base: dirOf(path), patterns: parsed.packages.filter((item) => typeof item === 'string') });
                    this.addCatalog('default', parsed?.catalog);
                    if (parsed?.catalogs && typeof parsed.catalogs === 'object')
                        for (const [catalog, entries] of Object.entries(parsed.catalogs))
                            this.addCatalog(catalog, entries);
                }
                catch (error) {
                    this.problems.push(`${path}: not valid YAML (${error instanceof Error ? error.message : error})`);
                }
            }
        }
        const byName = new Map();
        for (const { base, patterns } of globs) {
            const include = patterns.filter((p) => !p.startsWith('!')).map((p) => picomatch_default()(joinPath(base, p.replace(/\/$/, '')) ?? p));
            const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => picomatch_default()(joinPath(base, p.slice(1).replace(/\/$/, '')) ?? p));
            for (const dir of manifestDirs) {
                if (!include.some((test) => test(dir)) || exclude.some((test) => test(dir)))
                    continue;
                const manifest = this.manifest(dir);
                if (manifest?.name && !byName.has(manifest.name))
                    byName.set(manifest.name, manifest);
            }
        }
        return byName;
    }
    addCatalog(catalog, entries) {
        if (!entries || typeof entries !== 'object')
            return;
        const versions = this.catalogs.get(catalog) ?? new Map();
        for (const [name, version] of Object.entries(entries))
            if (typeof version === 'string' && !versions.has(name))
                versions.set(name, version.trim());
        this.catalogs.set(catalog, versions);
    }
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** tsconfig `paths`, most specific first (exact patterns, then the longest prefix). */
function toAliases(paths, base) {
    const aliases = [];
    for (const [pattern, targets] of Object.entries(paths)) {
        if (!Array.isArray(targets))
            continue;
        const star = pattern.indexOf('*');
        aliases.push({
            prefix: star < 0 ? pattern : pattern.slice(0, star),
            suffix: star < 0 ? undefined : pattern.slice(star + 1),
            targets: targets.filter((t) => typeof t === 'string').map((t) => joinPath(base, t) ?? t),
        });
    }
    return aliases.sort((a, b) => (a.suffix === undefined ? -1 : 0) - (b.suffix === undefined ? -1 : 0) || b.prefix.length - a.prefix.length);
}
const isPnpmWorkspace = (path) => path === 'pnpm-workspace.yaml' || path.endsWith('/pnpm-workspace.yaml');
const isManifest = (path) => path === 'package.json' || path.endsWith('/package.json');
/**
 * What the repository's configs need parsed, loaded then only (compiling and starting each
 * is a fair part of a cold start): the YAML parser when a pnpm-workspace.yaml is tracked,
 * semver when more than one package.json is (workspace packages need their own).
 */
async function configLibraries(tracked) {
    let yaml = false;
    let manifests = 0;
    for (const path of tracked) {
        if (isPnpmWorkspace(path))
            yaml = true;
        else if (isManifest(path))
            manifests++;
        if (yaml && manifests > 1)
            break;
    }
    const [parseYaml, versionSatisfies] = await Promise.all([
        yaml ? __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)).then((module) => module.parse) : undefined,
        manifests > 1 ? Promise.all(/* import() */[__nccwpck_require__.e(496), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2422)).then((module) => module.versionSatisfies) : undefined,
    ]);
    return { parseYaml, versionSatisfies };
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/imports/generated.ts
// Modules that a framework or bundler generates or provides at build time, so no
// repository ever commits them: the one table of these conventions. An import that
// matches a row is reported as a `generated` notice naming the tool, never as a
// missing file. To teach the check another framework, add a row.
const GENERATORS = [
    {
        name: 'SvelteKit',
        command: 'svelte-kit sync',
        directories: ['.svelte-kit'],
        files: [],
        // `$app/*`, `$env/*`, `$service-worker` and `__sveltekit/*` are modules of the SvelteKit Vite plugin.
        specifiers: ['$app/*', '$env/*', '$service-worker', '__sveltekit/*'],
        // `./$types` of a route lives in .svelte-kit/types/…, found through rootDirs.
        relativeNames: ['$types'],
    },
    {
        name: 'Nuxt',
        command: 'nuxi prepare',
        directories: ['.nuxt', '.output'],
        files: [],
        // Aliases and virtual modules Nuxt writes into .nuxt/ or serves from its Vite plugin.
        specifiers: ['#imports', '#app', '#app/*', '#app-manifest', '#build', '#build/*', '#components', '#head', '#internal/*', '#vue-router', '#unhead/*', '#shared', '#shared/*', '#server', '#server/*'],
        relativeNames: [],
    },
    {
        name: 'Astro',
        command: 'astro sync',
        directories: ['.astro'],
        files: [],
        specifiers: ['astro:*'],
        relativeNames: [],
    },
    {
        name: 'Next.js',
        command: 'next build (or next dev)',
        directories: ['.next'],
        files: ['next-env.d.ts'],
        specifiers: [],
        relativeNames: [],
    },
    {
        // reactrouter.com, "Route Module Type Safety": types go to .react-router/ (gitignored),
        // imported as `./+types/<route>` through rootDirs [".", "./.react-router/types"].
        name: 'React Router',
        command: 'react-router typegen',
        directories: ['.react-router'],
        files: [],
        specifiers: [],
        relativeNames: ['+types/*'],
    },
    {
        // `~icons/{collection}/{icon}`: components the plugin builds from Iconify sets on demand.
        name: 'unplugin-icons',
        command: 'its Vite, Rollup or webpack plugin, at build time',
        directories: [],
        files: [],
        specifiers: ['~icons/*', 'virtual:icons/*'],
        relativeNames: [],
    },
    {
        name: 'Vite',
        command: 'vite build (a plugin serves it)',
        directories: [],
        files: [],
        // Virtual modules by convention, and ids Vite's own plugins resolve.
        specifiers: ['virtual:*', 'vite/modulepreload-polyfill', '/@vite/*', '/@id/*', '/@fs/*', '/@react-refresh'],
        relativeNames: [],
    },
];
function matchesSpecifier(pattern, specifier) {
    return pattern.endsWith('*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern;
}
/** The generator that provides a bare (or root-relative) specifier. */
function generatorOfSpecifier(specifier) {
    return GENERATORS.find((generator) => generator.specifiers.some((pattern) => matchesSpecifier(pattern, specifier)));
}
/** The generator whose output a repository path lies in (a generated directory, or a generated file name). */
function generatorOfPath(path) {
    const segments = path.split('/');
    const name = segments.at(-1);
    return GENERATORS.find((generator) => generator.files.includes(name) || segments.some((segment, i) => i < segments.length - 1 && generator.directories.includes(segment)));
}
/** The generator of a relative specifier's shadow module, such as SvelteKit's `./$types` or React Router's `./+types/root`. */
function generatorOfRelative(specifier) {
    const slash = specifier.lastIndexOf('/');
    const last = specifier.slice(slash + 1);
    const dot = last.indexOf('.');
    const stem = dot < 0 ? last : last.slice(0, dot);
    const folder = `${specifier.slice(specifier.lastIndexOf('/', slash - 1) + 1, slash)}/*`;
    return GENERATORS.find((generator) => generator.relativeNames.includes(stem) || generator.relativeNames.includes(folder));
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

;// CONCATENATED MODULE: ./src/imports/resolver.ts
// Resolves a specifier the way TypeScript and bundlers do, but against the set of
// files git tracks instead of the disk. Relative paths, tsconfig `paths`/`baseUrl`,
// package.json `imports` (#alias), `browser` maps and workspace packages (with
// `exports`) are followed, through tracked symlinks; third-party packages and Node
// builtins are external. A value import needs a runtime file: a declaration file
// (`.d.ts`) satisfies only a type-only import. What a framework generates is its own
// class (generated.ts); what cannot be judged is named with its reason, never dropped.





/** Extensions tried after a specifier without one (TypeScript's, then what bundlers add). */
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.svelte', '.vue', '.astro', '.d.mts', '.d.cts'];
const DECLARATIONS = ['.d.ts', '.d.mts', '.d.cts'];
/**
 * What TypeScript accepts for an extension in a specifier: an output extension maps
 * back to its sources, and a `.ts` specifier (allowImportingTsExtensions) is also
 * satisfied by the declaration file beside it.
 */
const SUBSTITUTES = {
    '.js': ['.ts', '.tsx', '.d.ts', '.js', '.jsx'],
    '.jsx': ['.tsx', '.jsx'],
    '.mjs': ['.mts', '.d.mts', '.mjs'],
    '.cjs': ['.cts', '.d.cts', '.cjs'],
    '.ts': ['.ts', '.d.ts'],
    '.mts': ['.mts', '.d.mts'],
    '.cts': ['.cts', '.d.cts'],
};
const BUILTINS = new Set(external_node_module_namespaceObject.builtinModules);
const EXTENSION_BIT = new Map(EXTENSIONS.map((ext, i) => [ext, 1 << i]));
const bitsOf = (extensions) => extensions.reduce((mask, ext) => mask | EXTENSION_BIT.get(ext), 0);
const DECLARATION_BITS = bitsOf(DECLARATIONS);
/** Per specifier extension: [bits that satisfy a type-only import, bits that satisfy a value import]. */
const SUBSTITUTE_BITS = new Map(Object.entries(SUBSTITUTES).map(([ext, sources]) => [ext, [bitsOf(sources), bitsOf(sources) & ~DECLARATION_BITS]]));
const isDeclaration = (path) => DECLARATIONS.some((ext) => path.endsWith(ext));
/** Bounds link chains and browser-map hops (a symlink loop ends here). */
const MAX_HOPS = 8;
/** A package name as npm allows it (old names may have capitals); `~`, `#`, `$` or `@/` start an alias. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;
/** Where a chain of tracked symlinks ends: undefined when it leaves the repository or loops. */
function linkChainEnd(symlinks, link) {
    let target = link;
    for (let hop = 0; hop < MAX_HOPS && target !== undefined && symlinks.has(target); hop++)
        target = symlinks.get(target);
    return target === undefined || symlinks.has(target) ? undefined : target;
}
function stemIndex(tracked) {
    const stems = new Map();
    for (const path of tracked) {
        const dot = path.lastIndexOf('.');
        if (dot <= path.lastIndexOf('/'))
            continue;
        let ext = path.slice(dot);
        if (!EXTENSION_BIT.has(ext))
            continue;
        // `.d.ts`, `.d.mts`, `.d.cts` are extensions of their own.
        if (path.startsWith('.d', dot - 2) && EXTENSION_BIT.has(`.d${ext}`))
            ext = `.d${ext}`;
        const stem = path.slice(0, path.length - ext.length);
        stems.set(stem, (stems.get(stem) ?? 0) | EXTENSION_BIT.get(ext));
    }
    return stems;
}
const EXTERNAL = { kind: 'external' };
const TRACKED = { kind: 'tracked' };
const OUTSIDE = { kind: 'not-checked', reason: 'outside-repository', subject: '' };
/** The extension of a specifier that SUBSTITUTES maps, if any. */
function substitutedExtension(path) {
    const n = path.length;
    const last = path.charCodeAt(n - 1);
    if (last === 115 /* s */) {
        const letter = path.charCodeAt(n - 2);
        if (path.charCodeAt(n - 3) === 46 /* . */)
            return letter === 106 /* j */ ? '.js' : letter === 116 /* t */ ? '.ts' : undefined;
        if (path.charCodeAt(n - 4) === 46) {
            const ext = path.slice(n - 4);
            return Object.hasOwn(SUBSTITUTES, ext) ? ext : undefined;
        }
    }
    else if (last === 120 /* x */ && path.endsWith('.jsx'))
        return '.jsx';
    return undefined;
}
class Resolver {
    tracked;
    config;
    submodules;
    onDisk;
    exists;
    /** Tracked files by path without a probed extension, with a bit per extension present. */
    stems;
    /** Tracked symlinks to directories: link → target (undefined: outside the repository). */
    directoryLinks = new Map();
    /** Tracked symlinks whose target is not tracked: a clean clone has a dangling link. Link → target. */
    danglingLinks = new Map();
    /**
     * Bare specifiers resolve the same from every directory that shares a tsconfig
     * and a package scope: one cache per such pair, found by directory.
     */
    bareCacheByDir = new Map();
    bareCacheByContext = new Map();
    workspaceCache = new Map();
    readText;
    typesOnlyCache = new Map();
    /** Every path resolved for an import that loads a module (not `?raw`/`?url`): what makes a file a module. */
    // Every base a module import probed, kept as a list: a set is built only when some file
    // was imported as an asset (rare), so the common scan pays a push, not a hash insert.
    moduleBases = [];
    recordBases = true;
    /** Tracked files named by a `?raw` or `?url` import: text or an emitted asset, unless also loaded as a module. */
    assetTargets = new Set();
    /** The tracked files in path order, built on first use (for the patterns of template imports). */
    sorted;
    constructor(tracked, config, { submodules = [], symlinks = new Map(), onDisk = () => false, exists = onDisk, readText = () => undefined } = {}) {
        this.config = config;
        this.readText = readText;
        this.submodules = submodules;
        this.onDisk = onDisk;
        this.exists = exists;
        this.tracked = symlinks.size === 0 ? tracked : this.sortLinks(tracked, symlinks);
        this.stems = stemIndex(this.tracked);
    }
    /**
     * Splits the tracked symlinks: a link to a tracked file resolves like that file; a
     * link to a directory is a path prefix to rewrite; a link whose target is not
     * tracked is dangling in a clean clone, so it satisfies nothing.
     */
    sortLinks(tracked, symlinks) {
        const usable = new Set(tracked);
        const directories = new Set(['']);
        for (const path of tracked)
            for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1))
                directories.add(path.slice(0, slash));
        for (const link of symlinks.keys()) {
            const target = linkChainEnd(symlinks, link);
            if (target !== undefined && directories.has(target)) {
                usable.delete(link);
                this.directoryLinks.set(link, target);
            }
            else if (target === undefined || !tracked.has(target)) {
                usable.delete(link);
                if (target !== undefined)
                    this.danglingLinks.set(link, target);
                else
                    this.directoryLinks.set(link, undefined); // outside the repository, or a loop
            }
        }
        return usable;
    }
    /** Resolves `specifier` imported from a file in the directory `dir` (a repository path). */
    resolve(dir, specifier, need = 'module') {
        if (specifier.includes('?') && isAssetQuery(specifier))
            return this.resolveAsset(dir, specifier, need);
        const result = this.resolveFor(dir, specifier, need === 'types');
        if (result.kind === 'miss' && result.declaration) {
            // `import { Shape } from './types'` where only types.d.ts exists, declaring only types: erased.
            if (need === 'bindings' && this.declaresTypesOnly(result.declaration))
                return TRACKED;
            // `export * from './x.d'` names x.d.ts itself: Vite appends `.ts` and loads it (empty once types are erased).
            if (need === 'module' && namesDeclarationFile(result.display, result.declaration))
                return TRACKED;
        }
        return result;
    }
    /**
     * `./x.js?raw`, `./worklet.js?url`: Vite reads the file as text or emits it as an
     * asset. The file must be tracked like any other; what it imports is not loaded.
     */
    resolveAsset(dir, specifier, need) {
        this.recordBases = false;
        try {
            const result = this.resolveFor(dir, specifier, need === 'types');
            if (result.kind === 'tracked' && specifier.startsWith('.')) {
                const base = fastJoin(dir, stripQuery(specifier));
                if (base !== undefined && this.tracked.has(base))
                    this.assetTargets.add(base);
            }
            return result;
        }
        finally {
            this.recordBases = true;
        }
    }
    /** Tracked files named by a `?raw`/`?url` import so far, in the order first named. */
    assetFiles() {
        return [...this.assetTargets];
    }
    /** Which of `bases` an import that loads a module probed (see `loadingBases`). */
    loadedBases(bases) {
        if (bases.length === 0)
            return [];
        const loaded = new Set(this.moduleBases);
        return bases.filter((base) => loaded.has(base));
    }
    /**
     * An import()/require() whose specifier is computed (`shown`: a template's pattern or
     * the call): checked when it is a relative template that matches a tracked file.
     */
    resolveComputed(dir, shown) {
        return this.matchesTracked(dir, shown) ? TRACKED : { kind: 'not-checked', reason: 'computed', subject: '' };
    }
    /**
     * Whether a template import's pattern (`./locales/*.json`, one `*` per `${…}`, each
     * within one folder, as Vite's dynamic-import-vars reads it) matches a tracked file.
     */
    matchesTracked(dir, pattern) {
        if (!pattern.startsWith('./') && !pattern.startsWith('../'))
            return false;
        const path = joinPath(dir, stripQuery(pattern));
        const star = path?.indexOf('*') ?? -1;
        if (path === undefined || star < 0)
            return false;
        const prefix = path.slice(0, path.lastIndexOf('/', star) + 1);
        const shape = new RegExp(`^${path.split('*').map(escapeRegExp).join('[^/]*')}$`);
        const sorted = (this.sorted ??= [...this.tracked].sort());
        let low = 0;
        for (let high = sorted.length; low < high;) {
            const middle = (low + high) >>> 1;
            if (sorted[middle] < prefix)
                low = middle + 1;
            else
                high = middle;
        }
        for (let i = low; i < sorted.length && sorted[i].startsWith(prefix); i++)
            if (shape.test(sorted[i]))
                return true;
        return false;
    }
    /** Whether a declaration file exports no runtime value (interfaces and types only), read once. */
    declaresTypesOnly(path) {
        let typesOnly = this.typesOnlyCache.get(path);
        if (typesOnly === undefined) {
            const text = this.readText(path);
            typesOnly = text !== undefined && !exportsValues(text);
            this.typesOnlyCache.set(path, typesOnly);
        }
        return typesOnly;
    }
    resolveFor(dir, specifier, typeOnly) {
        if (specifier.charCodeAt(0) === 46 && (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..')) {
            const path = stripQuery(specifier);
            const base = fastJoin(dir, path);
            if (base === undefined)
                return OUTSIDE;
            const directoryOnly = path.endsWith('/');
            let result = this.resolvePath(base, directoryOnly, typeOnly);
            if (result.kind === 'miss') {
                const rooted = this.throughRootDirs(dir, base, directoryOnly, typeOnly, result);
                if (rooted.kind !== 'miss')
                    return rooted;
                const generator = generatorOfRelative(path);
                if (generator)
                    return { kind: 'generated', generator, display: rooted.shadow ?? base };
                result = rooted;
            }
            return result;
        }
        let cache = this.bareCacheByDir.get(dir);
        if (!cache) {
            const context = `${this.config.aliasesFor(dir)?.file ?? ''}\0${this.config.scopeOf(dir)?.dir ?? ''}`;
            cache = this.bareCacheByContext.get(context);
            if (!cache)
                this.bareCacheByContext.set(context, (cache = new Map()));
            this.bareCacheByDir.set(dir, cache);
        }
        const key = typeOnly ? `\0${specifier}` : specifier;
        let result = cache.get(key);
        if (result === undefined) {
            result = this.resolveBare(dir, specifier, typeOnly);
            // A guess (baseUrl, a catch-all alias) counts only when its file is on disk.
            if (result.kind === 'miss' && result.onlyIfPresent && !result.candidates.some((candidate) => this.onDisk(candidate)))
                result = EXTERNAL;
            cache.set(key, result);
        }
        return result;
    }
    /**
     * tsconfig `rootDirs`, as TypeScript's tryLoadModuleUsingRootDirs reads them: the
     * longest root holding the path gives its suffix, tried under every other root. A
     * tracked file in any root satisfies the import; otherwise the miss lists every
     * root's candidates (one may be on disk, or gitignored). A root in a tool's generated
     * folder holds only what that tool writes (its row's relative names, such as
     * `./+types/x`, which the caller checks): it adds no candidates, only the `shadow`.
     */
    throughRootDirs(dir, base, directoryOnly, typeOnly, own) {
        const rootDirs = this.config.aliasesFor(dir)?.rootDirs;
        if (!rootDirs || rootDirs.length < 2)
            return own;
        let matched;
        for (const root of rootDirs)
            if ((root === '' || base.startsWith(`${root}/`)) && (matched === undefined || root.length > matched.length))
                matched = root;
        if (matched === undefined)
            return own;
        const suffix = matched === '' ? base : base.slice(matched.length + 1);
        const candidates = [...own.candidates];
        const likely = [...own.likely];
        let shadow;
        let declaration = own.declaration;
        for (const root of rootDirs) {
            if (root === matched)
                continue;
            const alternate = root === '' ? suffix : `${root}/${suffix}`;
            const result = this.resolvePath(alternate, directoryOnly, typeOnly);
            if (result.kind === 'tracked')
                return result;
            if (result.kind === 'generated')
                shadow ??= alternate;
            else if (result.kind === 'miss') {
                candidates.push(...result.candidates);
                likely.push(...result.likely);
                declaration ??= result.declaration;
            }
        }
        return { ...own, candidates, likely, ...(declaration ? { declaration } : {}), ...(shadow ? { shadow } : {}) };
    }
    resolveBare(dir, raw, typeOnly) {
        if (raw === '' || raw.includes('!') || raw.startsWith('//'))
            return EXTERNAL; // loaders, protocol-relative URLs
        if (raw.includes(':') && /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw))
            return this.generated(raw) ?? EXTERNAL; // node:, https:, virtual:
        const specifier = stripQuery(raw);
        // A server-root or file-system path: which root it means is the bundler's setting.
        if (specifier.startsWith('/'))
            return this.generated(specifier) ?? { kind: 'not-checked', reason: 'root-relative', subject: '/' };
        if (specifier.startsWith('#')) {
            const viaImports = this.resolvePackageImports(dir, specifier, typeOnly);
            if (viaImports)
                return viaImports;
        }
        const config = this.config.aliasesFor(dir);
        let catchAll;
        if (config) {
            for (const alias of config.aliases) {
                const match = matchAlias(alias.prefix, alias.suffix, specifier);
                if (match === undefined)
                    continue;
                // normalizePath(combinePaths(base, substituted)), as TypeScript's tryLoadModuleUsingPaths: `~/../x`, `~//x`, `@m/.`.
                const bases = [];
                for (const target of alias.targets) {
                    const base = joinPath('', target.replace('*', match));
                    if (base !== undefined)
                        bases.push(base);
                }
                const result = bases.length === 0 ? OUTSIDE : bases.length === 1 ? this.resolvePath(bases[0], false, typeOnly) : this.resolveAny(bases, typeOnly);
                if (result.kind !== 'miss')
                    return result;
                // TypeScript falls back to node_modules when `paths` finds nothing: a package
                // the project depends on wins over a pattern such as `"@*": ["src/*"]`.
                if (this.isDependency(dir, specifier))
                    break;
                // A catch-all pattern is no evidence that the file belongs to the repository.
                if (alias.prefix === '' && (alias.suffix ?? '') === '')
                    catchAll = { ...result, onlyIfPresent: true };
                else
                    return result;
                break;
            }
        }
        const generated = this.generated(specifier);
        if (generated)
            return generated;
        if (specifier.charCodeAt(0) !== 64 /* @ */ && (BUILTINS.has(specifier) || BUILTINS.has(specifier.slice(0, specifier.indexOf('/') >>> 0))))
            return EXTERNAL;
        const local = this.resolveLocalDependency(dir, specifier, typeOnly);
        if (local)
            return local;
        // The same from every directory: cached across tsconfig contexts.
        const workspaceKey = typeOnly ? `\0${specifier}` : specifier;
        let workspace = this.workspaceCache.get(workspaceKey);
        if (workspace === undefined && !this.workspaceCache.has(workspaceKey)) {
            workspace = this.resolveWorkspace(specifier, typeOnly);
            this.workspaceCache.set(workspaceKey, workspace);
        }
        if (workspace)
            return workspace;
        if (config?.baseUrl !== undefined) {
            const base = joinPath(config.baseUrl, specifier);
            if (base !== undefined) {
                const result = this.resolvePath(base, false, typeOnly);
                if (result.kind === 'tracked')
                    return result;
                if (result.kind === 'miss')
                    return { ...result, onlyIfPresent: true };
            }
        }
        if (catchAll)
            return catchAll;
        return PACKAGE_NAME.test(packageName(specifier)) ? EXTERNAL : this.unknownAlias(specifier, config);
    }
    generated(specifier) {
        const generator = generatorOfSpecifier(specifier);
        return generator ? { kind: 'generated', generator, display: specifier } : undefined;
    }
    /**
     * An alias no config defines: `~/`, `@/`, `$lib`, `#x` cannot be package names.
     * When the nearest tsconfig extends a config that is absent (generated, or not
     * installed), that config is where the alias lives.
     */
    unknownAlias(specifier, config) {
        const slash = specifier.indexOf('/');
        const subject = slash < 0 ? specifier : specifier.slice(0, slash + 1);
        const absent = config?.absent[0];
        if (absent !== undefined)
            return { kind: 'not-checked', reason: generatorOfPath(absent) ?? generatorOfSpecifier(absent) ? 'generated-tsconfig' : 'absent-tsconfig', subject, detail: absent };
        return { kind: 'not-checked', reason: 'unknown-alias', subject, detail: config?.file };
    }
    /** Whether the importer's package (or one above it) declares the package a specifier names, or it is a workspace package or installed. */
    isDependency(dir, specifier) {
        const name = packageName(specifier);
        if (!PACKAGE_NAME.test(name))
            return false;
        if (this.config.workspacePackage(name))
            return true;
        for (let scope = this.config.scopeOf(dir); scope; scope = scope.dir === '' ? undefined : this.config.scopeOf(dirOf(scope.dir))) {
            if (scope.dependencies.has(name))
                return true;
            if (this.exists(`${scope.dir === '' ? '' : `${scope.dir}/`}node_modules/${name}`))
                return true;
        }
        return false;
    }
    /** The first of several candidate paths that resolves; a miss lists all their candidates. */
    resolveAny(bases, typeOnly) {
        const candidates = [];
        const likely = [];
        let first;
        let other;
        for (const base of bases) {
            const result = this.resolvePath(base, false, typeOnly);
            if (result.kind === 'tracked')
                return result;
            if (result.kind === 'miss') {
                first ??= result;
                candidates.push(...result.candidates);
                likely.push(...result.likely);
            }
            else
                other ??= result;
        }
        if (other)
            return other;
        return first ? { ...first, candidates, likely } : EXTERNAL;
    }
    /** A repository path as a file (extension probing, `.js`→`.ts`) or a directory (package.json, index). */
    resolvePath(base, directoryOnly, typeOnly = false, hops = 0) {
        if (this.recordBases)
            this.moduleBases.push(base);
        if (this.submodules.length > 0) {
            const submodule = this.submoduleOf(base);
            if (submodule && !submodule.checkedOut)
                return { kind: 'not-checked', reason: 'submodule-not-checked-out', subject: submodule.path };
        }
        if (!directoryOnly && this.resolveFile(base, typeOnly))
            return TRACKED;
        if (this.resolveDirectory(base, typeOnly))
            return TRACKED;
        return this.missOf(base, directoryOnly, typeOnly, hops);
    }
    /**
     * Whether a tracked file satisfies `base` as a file. One map lookup by stem in the
     * common cases instead of a set lookup per probed extension: this runs for
     * every relative import of every file.
     */
    resolveFile(base, typeOnly) {
        const substituted = substitutedExtension(base);
        if (substituted) {
            const bits = this.stems.get(base.slice(0, -substituted.length));
            if (bits !== undefined && (bits & SUBSTITUTE_BITS.get(substituted)[typeOnly ? 0 : 1]) !== 0)
                return true;
            if (this.tracked.has(base))
                return true;
        }
        // `./module-registry` names a file without its extension far more often than an extensionless file.
        const hasDot = substituted !== undefined || base.indexOf('.', base.lastIndexOf('/') + 1) >= 0;
        if (hasDot && !substituted && this.tracked.has(base))
            return true;
        const bits = this.stems.get(base);
        if (bits !== undefined && (typeOnly || (bits & ~DECLARATION_BITS) !== 0))
            return true;
        // `./x.d`: x.d + `.ts` is x.d.ts, which the stems index under `x`.
        if (typeOnly && hasDot && base.endsWith('.d') && ((this.stems.get(base.slice(0, -2)) ?? 0) & DECLARATION_BITS) !== 0)
            return true;
        return !hasDot && this.tracked.has(base);
    }
    resolveDirectory(base, typeOnly) {
        const manifest = this.config.manifest(base);
        if (manifest) {
            for (const entry of entriesOf(manifest, typeOnly)) {
                const target = joinPath(base, entry);
                if (target !== undefined && (this.resolveFile(target, typeOnly) || this.resolveIndex(target, typeOnly)))
                    return true;
            }
        }
        return this.resolveIndex(base, typeOnly);
    }
    resolveIndex(dir, typeOnly) {
        const bits = this.stems.get(dir === '' ? 'index' : `${dir}/index`);
        return bits !== undefined && (typeOnly || (bits & ~DECLARATION_BITS) !== 0);
    }
    /** Nothing tracked matched `base`: through a linked directory or a `browser` map, else a miss (or generated output). */
    missOf(base, directoryOnly, typeOnly, hops) {
        if (hops < MAX_HOPS) {
            const linked = this.throughDirectoryLink(base);
            if (linked === null)
                return OUTSIDE;
            if (linked !== undefined)
                return this.resolvePath(linked, directoryOnly, typeOnly, hops + 1);
            const browser = this.browserReplacement(base, typeOnly, hops);
            if (browser)
                return browser;
        }
        const generator = generatorOfPath(base);
        if (generator)
            return { kind: 'generated', generator, display: base };
        const entries = this.entryFiles(base, typeOnly);
        const candidates = [...entries, ...(directoryOnly ? [] : fileCandidates(base, typeOnly)), ...indexCandidates(base, typeOnly)].map((path) => this.danglingLinks.get(path) ?? path);
        const display = entries.length > 0 && !directoryOnly ? entries[0] : (this.danglingLinks.get(base) ?? base);
        const miss = { kind: 'miss', candidates, likely: [display, ...(display === base ? [] : [base]), candidates[0] ?? base], display };
        if (!typeOnly) {
            const declaration = this.declarationFor(base, directoryOnly);
            if (declaration)
                miss.declaration = declaration;
        }
        return miss;
    }
    /** The tracked declaration file a value import resolved to, which only types can use. */
    declarationFor(base, directoryOnly) {
        if (!(directoryOnly ? false : this.resolveFile(base, true)) && !this.resolveDirectory(base, true))
            return undefined;
        const candidates = [...(directoryOnly ? [] : fileCandidates(base, true)), ...this.entryFiles(base, true), ...indexCandidates(base, true)];
        return candidates.find((candidate) => isDeclaration(candidate) && this.tracked.has(candidate));
    }
    /** The files a package directory's manifest names as its entry (what `main` etc. point at). */
    entryFiles(base, typeOnly) {
        const manifest = this.config.manifest(base);
        if (!manifest)
            return [];
        return entriesOf(manifest, typeOnly).flatMap((entry) => {
            const target = joinPath(base, entry);
            return target === undefined ? [] : exactCandidates(target, typeOnly);
        });
    }
    /**
     * `base` inside a tracked symlink to a directory: the same path under the link's
     * target; null when the link leaves the repository; undefined when no link is on the way.
     */
    throughDirectoryLink(base) {
        if (this.directoryLinks.size === 0)
            return undefined;
        for (let slash = base.indexOf('/');; slash = base.indexOf('/', slash + 1)) {
            const prefix = slash < 0 ? base : base.slice(0, slash);
            if (this.directoryLinks.has(prefix)) {
                const target = this.directoryLinks.get(prefix);
                if (target === undefined)
                    return null;
                return slash < 0 ? target : (joinPath(target, base.slice(slash + 1)) ?? null);
            }
            if (slash < 0)
                return undefined;
        }
    }
    /**
     * The package's `browser` map (browserify's field, honoured by Vite, webpack and
     * esbuild): a file it replaces resolves to the replacement, `false` to an empty module.
     */
    browserReplacement(base, typeOnly, hops) {
        const scope = this.config.scopeOf(dirOf(base));
        const map = scope?.browser;
        if (!scope || !map || typeof map !== 'object')
            return undefined;
        const relative = relativeTo(scope.dir, base);
        if (relative.startsWith('../'))
            return undefined;
        const key = `./${relative}`;
        const keys = [key, ...['.js', '.mjs', '.cjs', '.json'].map((ext) => key + ext), `${key}/index.js`];
        const found = keys.find((candidate) => Object.hasOwn(map, candidate));
        if (found === undefined)
            return undefined;
        const replacement = map[found];
        if (replacement === false)
            return TRACKED;
        if (typeof replacement !== 'string')
            return undefined;
        if (!replacement.startsWith('.'))
            return EXTERNAL;
        const target = joinPath(scope.dir, replacement);
        return target === undefined ? undefined : this.resolvePath(target, false, typeOnly, hops + 1);
    }
    submoduleOf(path) {
        return this.submodules.find((submodule) => path === submodule.path || path.startsWith(`${submodule.path}/`));
    }
    /** `#alias` through the `imports` field of the importer's package scope. */
    resolvePackageImports(dir, specifier, typeOnly) {
        const scope = this.config.scopeOf(dir);
        if (!scope?.imports)
            return undefined;
        const targets = mapSubpath(scope.imports, specifier);
        if (targets === undefined)
            return undefined;
        return this.resolveTargets(scope, targets, typeOnly);
    }
    /** A bare specifier that names a workspace package of this repository, into that package. */
    resolveWorkspace(specifier, typeOnly) {
        const name = packageName(specifier);
        const manifest = this.config.workspacePackage(name);
        return manifest ? this.resolveInPackage(manifest, name, specifier.slice(name.length + 1), typeOnly) : undefined;
    }
    /** `subpath` ('' for the package itself) of a package folder of this repository, through its `exports`, entry fields or files. */
    resolveInPackage(manifest, name, subpath, typeOnly) {
        if (manifest.exports !== undefined && manifest.exports !== null) {
            const targets = mapSubpath(normalizeExports(manifest.exports), subpath === '' ? '.' : `./${subpath}`);
            // Not in the exports map: Node refuses it, so only a bundler plugin can provide it.
            return targets === undefined ? { kind: 'not-checked', reason: 'not-exported', subject: name, detail: manifest.dir } : this.resolveTargets(manifest, targets, typeOnly);
        }
        const base = joinPath(manifest.dir, subpath);
        return base === undefined ? EXTERNAL : this.resolvePath(base, false, typeOnly);
    }
    /**
     * A dependency the nearest package.json declaring it installs from a folder
     * (`link:`, `file:`, `portal:`): the package manager links or copies that folder
     * into node_modules, so the import resolves into it like a workspace package.
     */
    resolveLocalDependency(dir, specifier, typeOnly) {
        const name = packageName(specifier);
        for (let scope = this.config.scopeOf(dir); scope; scope = scope.dir === '' ? undefined : this.config.scopeOf(dirOf(scope.dir))) {
            const version = scope.dependencies.get(name);
            if (version === undefined)
                continue;
            const path = localPath(version);
            if (path === undefined)
                return this.installsFromRegistry(name, version) ? EXTERNAL : undefined; // else a registry or workspace version: installed
            const folder = joinPath(scope.dir, path);
            if (folder === undefined)
                return OUTSIDE;
            if (/\.(?:tgz|tar|tar\.gz)$/.test(folder))
                return EXTERNAL; // a packed tarball, unpacked by the install
            const subpath = specifier.slice(name.length + 1);
            const manifest = this.config.manifest(folder);
            if (manifest)
                return this.resolveInPackage(manifest, name, subpath, typeOnly);
            const base = joinPath(folder, subpath);
            return base === undefined ? OUTSIDE : this.resolvePath(base, false, typeOnly);
        }
        return undefined;
    }
    /**
     * Whether the version the importer's package.json gives `name` installs a package from
     * elsewhere although a workspace package has that name (formbricks names its Storybook
     * app `storybook` and imports `storybook/test` from npm): an `npm:` alias, a URL or git
     * spec, or a range (a pnpm `catalog:` entry is one) that the workspace package's own
     * version does not satisfy. Package managers link the workspace package for `workspace:`
     * and, npm, yarn and bun, for a range it satisfies: those stay workspace imports.
     */
    installsFromRegistry(name, version) {
        const workspace = this.config.workspacePackage(name);
        if (!workspace)
            return false;
        let range = version;
        const catalog = /^catalog:(.*)$/.exec(range);
        if (catalog) {
            const entry = this.config.catalogVersion(catalog[1].trim(), name);
            if (entry === undefined)
                return false; // a catalog this check did not find: no evidence either way
            range = entry;
        }
        if (range.startsWith('workspace:'))
            return false;
        if (/^[a-z][a-z0-9+.-]*:/i.test(range) || (range.includes('/') && !range.startsWith('.')))
            return true; // npm:, git+https:, github:, https:, user/repo
        // A dist-tag (`latest`) or a version the workspace package lacks: no evidence either way.
        return workspace.version !== undefined && this.config.versionSatisfies?.(workspace.version, range) === false;
    }
    /** Targets of an exports/imports entry: package-relative paths resolve inside the package, bare ones are packages. */
    resolveTargets(manifest, targets, typeOnly) {
        const paths = targets.filter((target) => target.path.startsWith('./'));
        if (paths.length === 0)
            return EXTERNAL; // `"#dep": "some-package"`: a third-party package
        // A value import needs what a runtime condition points at, not the `types` one.
        const usable = typeOnly ? paths : paths.filter((target) => !target.types && !isDeclaration(target.path));
        const bases = (usable.length > 0 ? usable : paths).flatMap((target) => {
            const base = joinPath(manifest.dir, target.path);
            return base === undefined ? [] : [base];
        });
        if (bases.length === 0)
            return EXTERNAL;
        if (this.recordBases)
            this.moduleBases.push(...bases);
        // Exports point at exact files: only TypeScript's `.js`→`.ts` mapping applies.
        const satisfied = (base) => exactCandidates(base, typeOnly).some((candidate) => this.tracked.has(candidate));
        if (usable.length > 0 && bases.some(satisfied)) {
            // Each condition serves another environment (`react-server`, `browser`, `default`):
            // a target that is on this disk but not in git is the forgotten file of one of them.
            const forgotten = bases.find((base) => !satisfied(base) && exactCandidates(base, typeOnly).some((candidate) => this.onDisk(candidate)));
            if (forgotten === undefined)
                return TRACKED;
            const candidates = exactCandidates(forgotten, typeOnly);
            return { kind: 'miss', candidates, likely: [forgotten, candidates[0] ?? forgotten], display: forgotten };
        }
        const generator = bases.map(generatorOfPath).find(Boolean);
        if (generator)
            return { kind: 'generated', generator, display: bases[0] };
        const candidates = bases.flatMap((base) => exactCandidates(base, typeOnly));
        const miss = { kind: 'miss', candidates, likely: [bases[0], candidates[0] ?? bases[0]], display: bases[0] };
        if (!typeOnly) {
            const declaration = paths.map((target) => joinPath(manifest.dir, target.path)).flatMap((base) => (base === undefined ? [] : exactCandidates(base, true))).find((candidate) => isDeclaration(candidate) && this.tracked.has(candidate));
            if (declaration)
                miss.declaration = declaration;
        }
        return miss;
    }
}
/**
 * Whether declaration-file text exports something that exists at run time: a
 * function, variable, class, enum or namespace, a default that is not an
 * interface, `export =`, or a re-export (which may carry values). Interfaces and
 * type aliases do not; neither does `declare global { … }`.
 */
function exportsValues(text) {
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ').replace(/\bexport\s*\{\s*\}\s*;?/g, ' ');
    return /(?:^|[;{}\n])\s*export\s+(?:declare\s+)?(?:default\s+(?!interface\b|type\b)|=|const\b|let\b|var\b|function\b|async\b|class\b|abstract\b|enum\b|namespace\b|module\b|import\b|\{|\*)/.test(code);
}
/** The entry fields of a package.json that a value (or type) import of its directory reads. */
function entriesOf(manifest, typeOnly) {
    const entries = [typeOnly ? manifest.types : undefined, typeof manifest.browser === 'string' ? manifest.browser : undefined, manifest.module, manifest.main].filter((entry) => typeof entry === 'string' && entry !== '');
    const map = manifest.browser;
    if (!map || typeof map !== 'object')
        return entries;
    // `"browser": { "./out/cjs.node.js": "./out/esm.browser.js" }` replaces the main entry for browser builds.
    const replaced = entries.flatMap((entry) => {
        const replacement = map[`./${entry.replace(/^\.\//, '')}`];
        return typeof replacement === 'string' ? [replacement] : [];
    });
    return [...entries, ...replaced];
}
/** `@scope/name` or `name`: the package part of a bare specifier. */
function packageName(specifier) {
    const slash = specifier.indexOf('/');
    if (slash < 0)
        return specifier;
    if (specifier.charCodeAt(0) !== 64 /* @ */)
        return specifier.slice(0, slash);
    const second = specifier.indexOf('/', slash + 1);
    return second < 0 ? specifier : specifier.slice(0, second);
}
function exactCandidates(base, typeOnly) {
    const substituted = substitutedExtension(base);
    const keep = (path) => typeOnly || !isDeclaration(path);
    if (!substituted)
        return [base, ...(/\.[a-z0-9]+$/i.test(base.slice(base.lastIndexOf('/') + 1)) ? [] : EXTENSIONS.map((ext) => base + ext).filter(keep))];
    const stem = base.slice(0, -substituted.length);
    return [...new Set([base, ...SUBSTITUTES[substituted].map((ext) => stem + ext)])].filter(keep);
}
/** What a specifier without a tracked match could have meant, most likely first. */
function fileCandidates(base, typeOnly = false) {
    const substituted = substitutedExtension(base);
    const mapped = substituted ? SUBSTITUTES[substituted].map((ext) => base.slice(0, -substituted.length) + ext) : [];
    const all = [...new Set([...mapped, base, ...EXTENSIONS.map((ext) => base + ext)])];
    return typeOnly ? all : all.filter((path) => !isDeclaration(path));
}
function indexCandidates(base, typeOnly) {
    const prefix = base === '' ? '' : `${base}/`;
    return EXTENSIONS.filter((ext) => typeOnly || !DECLARATIONS.includes(ext)).map((ext) => `${prefix}index${ext}`);
}
/** joinPath for the common `./x`, `../../x` forms without splitting; odd forms take the general path. */
function fastJoin(dir, specifier) {
    let base = dir;
    let i = 0;
    for (;;) {
        if (specifier.startsWith('./', i))
            i += 2;
        else if (specifier.startsWith('../', i)) {
            if (base === '')
                return undefined;
            const slash = base.lastIndexOf('/');
            base = slash < 0 ? '' : base.slice(0, slash);
            i += 3;
        }
        else
            break;
    }
    const rest = specifier.slice(i);
    // `../..//x`, `./a/../b`, `./dir/`: folded by the general join.
    if (rest === '' || rest === '.' || rest === '..' || rest.charCodeAt(0) === 47 || rest.includes('/.') || rest.includes('//') || rest.endsWith('/'))
        return joinPath(dir, specifier);
    return base === '' ? rest : `${base}/${rest}`;
}
/** `?raw` (import as text) or `?url` (emit as an asset), not `?worker&url`: Vite's asset queries. */
function isAssetQuery(specifier) {
    const names = specifier.slice(specifier.indexOf('?') + 1).split('&').map((part) => part.split('=')[0]);
    return (names.includes('raw') || names.includes('url')) && !names.includes('worker') && !names.includes('sharedworker');
}
/** Whether a miss displayed as `display` names the declaration file itself (`./x.d` for x.d.ts). */
function namesDeclarationFile(display, declaration) {
    return display.endsWith('.d') && declaration.startsWith(display) && DECLARATIONS.some((ext) => declaration === display.slice(0, -2) + ext);
}
/** The paths whose resolution could have found `file`: itself, without its extension, with the `.js` it maps from, its folder for an index. */
function loadingBases(file) {
    const slash = file.lastIndexOf('/');
    const name = file.slice(slash + 1);
    const ext = DECLARATIONS.find((candidate) => name.endsWith(candidate)) ?? (name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')) : '');
    const stem = file.slice(0, file.length - ext.length);
    const bases = [file, stem, ...Object.entries(SUBSTITUTES).filter(([, sources]) => sources.includes(ext)).map(([from]) => stem + from)];
    if (name.slice(0, name.length - ext.length) === 'index')
        bases.push(slash < 0 ? '' : file.slice(0, slash));
    return bases;
}
function stripQuery(specifier) {
    const query = specifier.indexOf('?');
    return query < 0 ? specifier : specifier.slice(0, query);
}
function matchAlias(prefix, suffix, specifier) {
    if (suffix === undefined)
        return specifier === prefix ? '' : undefined;
    if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix))
        return undefined;
    return specifier.slice(prefix.length, specifier.length - suffix.length);
}
/** `exports` as a subpath map: a string, array or conditions object means the `.` entry. */
function normalizeExports(exports) {
    if (typeof exports === 'string' || Array.isArray(exports))
        return { '.': exports };
    if (exports && typeof exports === 'object') {
        const keys = Object.keys(exports);
        if (keys.length > 0 && !keys.some((key) => key.startsWith('.')))
            return { '.': exports };
        return exports;
    }
    return {};
}
/**
 * The targets of a subpath in an exports/imports map (exact key, else the
 * pattern with the longest prefix), with every condition's target in order:
 * any of them being tracked satisfies the import.
 */
function mapSubpath(map, subpath) {
    if (Object.hasOwn(map, subpath))
        return flattenTargets(map[subpath], undefined, false);
    let best;
    for (const key of Object.keys(map)) {
        const star = key.indexOf('*');
        if (star < 0) {
            if (key.endsWith('/') && subpath.startsWith(key) && (!best || key.length > best.key.length))
                best = { key, match: subpath.slice(key.length) };
            continue;
        }
        const match = matchAlias(key.slice(0, star), key.slice(star + 1), subpath);
        if (match !== undefined && (!best || key.length > best.key.length))
            best = { key, match };
    }
    if (!best)
        return undefined;
    const targets = flattenTargets(map[best.key], best.match, false);
    return best.key.includes('*') ? targets : targets.map((target) => ({ ...target, path: target.path + best.match }));
}
function flattenTargets(value, match, types) {
    if (typeof value === 'string')
        return [{ path: match === undefined ? value : value.replaceAll('*', match), types }];
    if (Array.isArray(value))
        return value.flatMap((item) => flattenTargets(item, match, types));
    if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([condition, item]) => flattenTargets(item, match, types || condition === 'types'));
    return []; // null: explicitly not exported
}

;// CONCATENATED MODULE: ./src/imports/scan-files.ts
// Reading tracked source files and resolving their imports, a batch of files at a
// time: the same code runs on the main thread and in worker threads (scan-pool.ts),
// and a batch's result does not depend on the thread that made it, so batches merged
// in file order give the one-thread result exactly.







/** The setup in the form a worker receives; `setup.files` are tracked paths in the order of `setup.tracked`. */
function packSetup(setup) {
    const { tracked, files, dirs, ...rest } = setup;
    const positions = new Int32Array(files.length);
    const otherDirs = [];
    for (let i = 0, at = 0; i < files.length; i++, at++) {
        const file = files[i];
        while (at < tracked.length && tracked[at] !== file)
            at++;
        if (at === tracked.length)
            throw new Error(`scan setup: ${file} is not in the tracked list after the file before it`);
        positions[i] = at;
        // Whether dirs[i] is dirOf(file), compared in place: no string made per file.
        const dir = dirs[i];
        const slash = file.lastIndexOf('/');
        if (dir.length !== Math.max(slash, 0) || !file.startsWith(dir))
            otherDirs.push([i, dir]);
    }
    return { ...rest, tracked: tracked.join('\0'), positions, otherDirs };
}
function unpackSetup({ tracked: joined, positions, otherDirs, ...rest }) {
    const tracked = joined === '' ? [] : joined.split('\0');
    const files = Array.from(positions, (at) => tracked[at]);
    const dirs = files.map(dirOf);
    for (const [i, dir] of otherDirs)
        dirs[i] = dir;
    return { ...rest, tracked, files, dirs };
}
const TRACKED_VERDICT = { kind: 'tracked' };
const EXTERNAL_VERDICT = { kind: 'external' };
/** Runs `each` for every batch id this thread claims from the shared counter `next`, until none is left. */
function forEachClaimedBatch(next, total, each) {
    const claim = new Int32Array(next);
    for (let id = Atomics.add(claim, 0, 1); id < total; id = Atomics.add(claim, 0, 1))
        each(id);
}
const notCheckedKey = (reason, subject, detail) => `${reason}\0${subject}\0${detail ?? ''}`;
/** What an import needs of its target: types (type-only, or in a type test), bindings (a TypeScript import that binds names), or the module. */
function importNeed(kind, typeOnly, bindings) {
    return typeOnly ? 'types' : bindings && kind !== 'js' && kind !== 'jsx' ? 'bindings' : 'module';
}
class FileScanner {
    config;
    resolver;
    setup;
    problemsReported = 0;
    assetsReported = 0;
    /** A scanner, with the parsers the repository's configs need loaded (configLibraries). */
    static async create(setup, tracked) {
        return new FileScanner(setup, await configLibraries(setup.tracked), tracked);
    }
    /** `tracked` and `resolvable`: the setup's lists as sets, when the caller has them already. */
    constructor(setup, libraries, tracked = new Set(setup.tracked), resolvable = setup.submoduleFiles.length === 0 ? tracked : new Set([...tracked, ...setup.submoduleFiles])) {
        this.setup = setup;
        const { rootPrefix } = setup;
        this.config = new ProjectConfig(setup.root, tracked, libraries);
        this.resolver = new Resolver(resolvable, this.config, {
            submodules: setup.submodules,
            symlinks: new Map(setup.symlinks),
            onDisk: (path) => isFile(rootPrefix + path),
            exists: (path) => (0,external_node_fs_namespaceObject.existsSync)(rootPrefix + path),
            readText: (path) => {
                try {
                    return (0,external_node_fs_namespaceObject.readFileSync)(rootPrefix + path, 'utf8');
                }
                catch {
                    return undefined;
                }
            },
        });
    }
    /** Reads files[from, to) and resolves every import. */
    scan(from, to) {
        const { rootPrefix, files, dirs } = this.setup;
        const parsers = { lexer: 0, tokenizer: 0 };
        const counts = { tracked: 0, external: 0, generated: 0 };
        const pending = [];
        const generatedMisses = [];
        const notChecked = new Map();
        const deletedTracked = [];
        const notes = [];
        let scannedFiles = 0;
        let importsChecked = 0;
        const tally = (verdict) => {
            importsChecked++;
            switch (verdict.kind) {
                case 'tracked':
                case 'external':
                    counts[verdict.kind]++;
                    return;
                case 'pending':
                    pending.push(verdict.miss);
                    return;
                case 'generated':
                    counts.generated++;
                    generatedMisses.push(verdict.miss);
                    return;
                case 'not-checked': {
                    const { group } = verdict;
                    const key = notCheckedKey(group.reason, group.subject, group.detail);
                    const seen = notChecked.get(key);
                    if (seen)
                        seen.count++;
                    else
                        notChecked.set(key, group);
                }
            }
        };
        for (let i = from; i < to; i++) {
            const file = files[i];
            let source;
            try {
                source = (0,external_node_fs_namespaceObject.readFileSync)(rootPrefix + file, 'utf8'); // not path.join: this runs for every file
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT')
                    deletedTracked.push(file);
                else if (code !== 'EISDIR')
                    notes.push(`${file}: could not be read (${code ?? error}); its imports were not checked`);
                continue;
            }
            scannedFiles++;
            this.judgeFile(file, dirs[i], source, tally, parsers);
        }
        return { scannedFiles, importsChecked, parsers, counts, pending, generatedMisses, notChecked: [...notChecked.values()], deletedTracked, notes, problems: this.newProblems(), assetFiles: this.newAssetFiles() };
    }
    /**
     * Where each import of one file goes: the one place a verdict is made, for the scan
     * and for taking an asset-only file's imports back out of their buckets.
     */
    judgeFile(file, dir, source, onVerdict, parsers) {
        const { config, resolver } = this;
        const kind = sourceKindOf(file);
        let lines; // built only for a file with a miss
        const lineAt = (offset) => (lines ??= new line_index_LineIndex(source)).lineAt(offset);
        const typeTest = isTypeTest(file);
        // tsc with skipLibCheck never checks a .d.ts, and no bundler loads one: its misses cannot fail a build.
        const tsconfig = isDeclaration(file) ? config.aliasesFor(dir) : undefined;
        const uncheckedBy = tsconfig?.skipLibCheck ? tsconfig.file : undefined;
        scanSource(source, kind, (specifier, offset, importKind, typeOnly, bindings, computed) => {
            if (typeTest)
                typeOnly = true;
            const resolution = computed ? resolver.resolveComputed(dir, specifier) : resolver.resolve(dir, specifier, importNeed(kind, typeOnly, bindings));
            switch (resolution.kind) {
                case 'tracked':
                    return onVerdict(TRACKED_VERDICT, specifier, offset);
                case 'external':
                    return onVerdict(EXTERNAL_VERDICT, specifier, offset);
                case 'miss':
                    if (uncheckedBy)
                        return onVerdict({ kind: 'not-checked', group: { reason: 'skip-lib-check', subject: uncheckedBy, detail: undefined, count: 1, example: { file, line: lineAt(offset), specifier } } }, specifier, offset);
                    return onVerdict({ kind: 'pending', miss: { file, line: lineAt(offset), specifier, kind: importKind, typeOnly, resolution } }, specifier, offset);
                case 'generated':
                    return onVerdict({ kind: 'generated', miss: { file, line: lineAt(offset), specifier, kind: importKind, typeOnly, resolved: resolution.display, state: 'generated', generator: resolution.generator.name, allowed: false, violation: false } }, specifier, offset);
                case 'not-checked':
                    return onVerdict({ kind: 'not-checked', group: { reason: resolution.reason, subject: resolution.subject, detail: resolution.detail, count: 1, example: { file, line: lineAt(offset), specifier } } }, specifier, offset);
            }
        }, parsers);
    }
    /** Config problems not returned by an earlier call. */
    newProblems() {
        const fresh = this.config.problems.slice(this.problemsReported);
        this.problemsReported = this.config.problems.length;
        return fresh;
    }
    newAssetFiles() {
        const all = this.resolver.assetFiles();
        const fresh = all.slice(this.assetsReported);
        this.assetsReported = all.length;
        return fresh;
    }
}


/***/ }),

/***/ 3808:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6475);
// A worker thread of scan-pool.ts: claims batches of files until none is left, then
// answers which module bases its resolver probed (for the `?raw` asset rule).


const { setup: packed, next, batch } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
const setup = (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .unpackSetup */ .sh)(packed);
const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
const post = (message) => port.postMessage(message);
const scanner = await _scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileScanner */ .TY.create(setup);
(0,_scan_files_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachClaimedBatch */ .iF)(next, Math.ceil(setup.files.length / batch), (id) => post({ id, batch: scanner.scan(id * batch, Math.min((id + 1) * batch, setup.files.length)) }));
post({ done: true });
port.on('message', (bases) => post({ loaded: scanner.resolver.loadedBases(bases) }));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(3808);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
