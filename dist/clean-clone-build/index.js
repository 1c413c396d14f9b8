import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

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

/***/ 595:
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

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

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

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
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

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
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
} = __nccwpck_require__(595);

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

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

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

/***/ 935:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(260);

await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/shared/log-text.ts

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
            this.token = (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex');
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
    issueCommand('error', toCommandProperties(properties), safeAnnotationText(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), safeAnnotationText(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), safeAnnotationText(message));
}
/** A log line (or lines): each one inert, whatever text it quotes. */
function info(message) {
    process.stdout.write(safeLogText(message) + external_node_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
        return oneLine(said, 500);
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

;// CONCATENATED MODULE: ./src/build/diagnose.ts

const MODULE_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json', '.vue', '.svelte', '.astro'];
const JS_TO_TS = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const FAILURE_LINE = /error|cannot|can't|could not|couldn't|not found|no such|enoent|failed|missing|unknown|invalid|unexpected/i;
// A `file(line,col): error` or `file:line:col` location at the start of a line (tsc, esbuild, eslint …).
const LOCATION = /^\s*(?:[✘▲×>]\s*)?([^\s():'"]+\.[A-Za-z0-9]+)(?:\((\d+),\d+\)|:(\d+):\d+)/;
/** Finds what the failure log says is missing or broken, as module specifiers and paths. */
function mentionsIn(log) {
    // eslint-disable-next-line no-control-regex
    const lines = log.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/);
    const mentions = [];
    const add = (mention) => mentions.push({ ...mention, text: mention.text.trim().slice(0, 300) });
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const location = LOCATION.exec(line);
        const following = lines.slice(i + 1, i + 6).join('\n');
        const nextLocation = /^\s*([^\s():'"]+\.[A-Za-z0-9]+):(\d+):\d+:?\s*$/m.exec(following); // esbuild prints the importer below
        let match;
        if ((match = /Cannot find module ['"]([^'"]+)['"](?:.*?imported from (\S+))?/.exec(line))) {
            const requireStack = /Require stack:\s*\n\s*-\s*(\S+)/.exec(lines.slice(i, i + 4).join('\n'));
            add({ spec: match[1], importer: match[2] ?? location?.[1] ?? requireStack?.[1], line: lineNumber(location), text: line, module: true });
        }
        else if ((match = /(?:Could not resolve|Failed to resolve (?:import|entry)[^'"]*?|Unable to resolve[^'"]*?) ['"]([^'"]+)['"](?: from ['"]?([^'"\s]+?)['"]?(?:\.\s|\s|$))?/.exec(line))) {
            const importer = match[2] ?? location?.[1] ?? nextLocation?.[1];
            add({ spec: match[1], importer, line: match[2] ? undefined : lineNumber(location) ?? (nextLocation ? Number(nextLocation[2]) : undefined), text: line, module: true });
        }
        else if ((match = /Can't resolve ['"]([^'"]+)['"] in ['"]([^'"]+)['"]/.exec(line))) {
            add({ spec: match[1], baseDir: match[2], text: line, module: true });
        }
        else if ((match = /COPY failed:.*?stat ([^:\s]+): file does not exist/.exec(line) ?? /failed to (?:compute cache key|calculate checksum)[^"]*"\/?([^"]+)": not found/.exec(line))) {
            add({ spec: match[1], text: line, module: false });
        }
        else if ((match = /ENOENT[^'"]*['"]([^'"]+)['"]/.exec(line) ?? /File '([^']+)' not found/.exec(line))) {
            add({ spec: match[1], text: line, module: false });
        }
        else if ((match = /(?:^|\s|:\s)([^\s:'"]+): No such file or directory/.exec(line))) {
            add({ spec: match[1], text: line, module: false });
        }
        // Any path on a failure line (or a location line): a config that fails to parse, a
        // Dockerfile, a script — matched against the working tree's changes as literal paths.
        if (location || FAILURE_LINE.test(line)) {
            for (const token of line.match(/[\w@.~+\-/]*[\w~+\-]\.[A-Za-z0-9]+|[\w@.~+\-]+\/[\w@.~+\-/]+|\bDockerfile\b|\bMakefile\b/g) ?? []) {
                add({ spec: token, text: line, line: location?.[1] === token ? lineNumber(location) : undefined, module: false });
            }
        }
    }
    return mentions;
}
function lineNumber(location) {
    const value = location?.[2] ?? location?.[3];
    return value ? Number(value) : undefined;
}
/**
 * The diagnosis of incident 1: files that exist in the working tree but not in the
 * commit (or differ from it), named by the failure log — directly, or as a module
 * specifier resolved against the importing file the log names, with TypeScript's
 * extension rules. Without an importer, a specifier matches a changed file whose path
 * ends with it.
 */
function diagnoseMissing(log, changes, context) {
    const found = new Map();
    const dirty = [...changes.files.entries()];
    const record = (path, state, mention, importer) => {
        if (found.has(path))
            return;
        found.set(path, { path, state, mention: mention.text, ...(importer ? { importer } : {}), ...(mention.line ? { line: mention.line } : {}) });
    };
    for (const mention of mentionsIn(log)) {
        const importer = mention.importer ? toRepoPath(mention.importer, context) : undefined;
        const bases = baseDirectories(mention, importer, context);
        let hit = false;
        for (const candidate of candidatesFor(mention, bases, context)) {
            const state = lookup(candidate, changes);
            if (state) {
                record(state.path, state.state, mention, importer);
                hit = true;
                break;
            }
        }
        if (hit || !mention.module || isPackageName(mention.spec))
            continue;
        // No importer to resolve against (or it did not match): a changed file whose path ends with the specifier.
        const tail = mention.spec.replace(/^(?:\.{1,2}\/)+/, '').replace(/^[@~#]\//, '');
        for (const [path, state] of dirty) {
            if (state === 'ignored' || path.endsWith('/'))
                continue;
            const names = withExtensions(tail);
            if (names.some((name) => path === name || path.endsWith(`/${name}`))) {
                record(path, state, mention, importer);
                break;
            }
        }
    }
    return [...found.values()];
}
/** `lodash`, `@scope/pkg`, `node:fs`: dependencies, not files that could be missing from git. */
function isPackageName(spec) {
    return !spec.startsWith('.') && !spec.startsWith('/') && !/^[@~#]\//.test(spec) && (/^(@[^/]+\/)?[^/]+$/.test(spec) || spec.includes(':'));
}
function baseDirectories(mention, importer, context) {
    if (importer !== undefined)
        return [external_node_path_namespaceObject.posix.dirname(importer)];
    if (mention.baseDir) {
        const base = toRepoPath(mention.baseDir, context);
        if (base !== undefined)
            return [base];
    }
    return [context.stepDir, ''];
}
function candidatesFor(mention, bases, context) {
    const spec = mention.spec;
    const paths = [];
    if ((0,external_node_path_namespaceObject.isAbsolute)(spec)) {
        const path = toRepoPath(spec, context);
        if (path !== undefined)
            paths.push(path);
    }
    else if (!mention.module || spec.startsWith('.') || !isPackageName(spec)) {
        for (const base of bases)
            paths.push(external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(base, spec.replace(/^[@~]\//, ''))));
    }
    const inside = paths.filter((path) => path !== '.' && !path.startsWith('../'));
    return mention.module ? inside.flatMap((path) => withExtensions(path)) : inside;
}
/** `x` → x, x.ts, x/index.ts …; `x.js` → x.js, x.ts, x.tsx (TypeScript's .js→.ts mapping). */
function withExtensions(path) {
    const ext = external_node_path_namespaceObject.posix.extname(path);
    const stem = path.slice(0, path.length - ext.length);
    const names = [path, ...(JS_TO_TS[ext] ?? []).map((to) => stem + to)];
    for (const extension of MODULE_EXTENSIONS)
        names.push(path + extension, `${path}/index${extension}`);
    return names;
}
/** Exact file, a directory holding changed files, or a path under an ignored directory. */
function lookup(path, changes) {
    const exact = changes.files.get(path);
    if (exact)
        return { path, state: exact };
    for (const [changed, state] of changes.files) {
        if (changed.endsWith('/') && state === 'ignored' && path.startsWith(changed))
            return { path, state };
        if (state === 'untracked' && changed.startsWith(`${path}/`))
            return { path: `${path}/`, state };
    }
    return undefined;
}
/** A path as a log prints it (absolute in the clone or the original, or relative to the step) → repository-relative. */
function toRepoPath(printed, context) {
    const clean = printed.replace(/^file:\/\//, '');
    for (const root of [context.cloneRoot, context.originalRoot]) {
        if ((0,external_node_path_namespaceObject.isAbsolute)(clean)) {
            const rel = (0,external_node_path_namespaceObject.relative)(root, clean);
            if (!rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel))
                return rel.split(external_node_path_namespaceObject.sep).join('/');
        }
    }
    if ((0,external_node_path_namespaceObject.isAbsolute)(clean))
        return undefined;
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(context.stepDir, clean));
    return joined.startsWith('../') ? undefined : joined;
}
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bexport\s*\*\s*from\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const FOLLOW_LIMIT = 500;
/**
 * The incident had one missing registry and 31 missing module configs behind it: a build
 * fails on the first only. Follow the relative imports of the missing source files
 * through the working tree's uncommitted files, so one commit fixes them all.
 */
function followImports(missing, changes, read) {
    const seen = new Set(missing.map((file) => file.path));
    const queue = missing.filter((file) => file.state !== 'ignored').map((file) => file.path);
    const found = [];
    while (queue.length > 0 && found.length < FOLLOW_LIMIT) {
        const importer = queue.shift();
        if (!SOURCE_FILE.test(importer))
            continue;
        const source = read(importer);
        if (source === undefined)
            continue;
        for (const match of source.matchAll(IMPORT_SPECIFIER)) {
            const target = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(importer), match[1]));
            for (const candidate of withExtensions(target)) {
                const state = changes.files.get(candidate);
                if (state === undefined)
                    continue;
                if (state === 'untracked' || state === 'uncommitted') {
                    if (!seen.has(candidate)) {
                        seen.add(candidate);
                        found.push({ path: candidate, state, importedBy: importer });
                        queue.push(candidate);
                    }
                }
                break;
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/build/install.ts


const MANAGERS = [
    { name: 'pnpm', lockfiles: ['pnpm-lock.yaml'], command: () => 'pnpm install --frozen-lockfile' },
    // Yarn Berry lockfiles carry a __metadata block; classic yarn spells the flag differently.
    { name: 'yarn', lockfiles: ['yarn.lock'], command: (text) => (text().includes('__metadata:') ? 'yarn install --immutable' : 'yarn install --frozen-lockfile') },
    { name: 'bun', lockfiles: ['bun.lock', 'bun.lockb'], command: () => 'bun install --frozen-lockfile' },
    { name: 'npm', lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'], command: () => 'npm ci' },
];
const LOCKFILE_NAMES = MANAGERS.flatMap((manager) => manager.lockfiles);
/** `"packageManager": "pnpm@9.1.0"` → pnpm, the tie-breaker when several lockfiles exist. */
function declaredManager(packageJsonPath) {
    try {
        const declared = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(packageJsonPath, 'utf8')).packageManager;
        return typeof declared === 'string' ? declared.split('@')[0] : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * `install: auto`: the nearest directory from the working directory up to the clone root
 * that holds a lockfile decides the package manager (a workspace package builds with the
 * monorepo's root lockfile). No package.json anywhere means nothing to install.
 */
function detectInstall(cloneRoot, workingDir) {
    let firstPackageJson;
    for (let dir = workingDir;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        const packageJson = (0,external_node_path_namespaceObject.join)(dir, 'package.json');
        if (!firstPackageJson && (0,external_node_fs_namespaceObject.existsSync)(packageJson))
            firstPackageJson = packageJson;
        const found = MANAGERS.flatMap((manager) => manager.lockfiles.filter((name) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, name))).map((lockfile) => ({ manager, lockfile })));
        if (found.length > 0) {
            const declared = declaredManager(packageJson);
            const chosen = found.find((entry) => entry.manager.name === declared) ?? found[0];
            const lockfilePath = (0,external_node_path_namespaceObject.join)(dir, chosen.lockfile);
            const note = found.length > 1
                ? `several lockfiles (${found.map((entry) => entry.lockfile).join(', ')}): using ${chosen.lockfile}${declared === chosen.manager.name ? ' (packageManager in package.json)' : ''}`
                : undefined;
            return { kind: 'plan', plan: { command: chosen.manager.command(() => (0,external_node_fs_namespaceObject.readFileSync)(lockfilePath, 'utf8')), cwd: dir, lockfile: (0,external_node_path_namespaceObject.relative)(cloneRoot, lockfilePath), note } };
        }
        if (dir === cloneRoot || !dir.startsWith(cloneRoot + external_node_path_namespaceObject.sep))
            break;
    }
    if (firstPackageJson)
        return { kind: 'no-lockfile', packageJson: (0,external_node_path_namespaceObject.relative)(cloneRoot, firstPackageJson) };
    return { kind: 'nothing', reason: 'no package.json in the working directory or above it: nothing to install' };
}

;// CONCATENATED MODULE: ./src/build/materialize.ts





/**
 * Variables git sets for hooks; inherited by the clone's git they would point it back at
 * the original repository (the CLI may run inside a pre-push hook).
 */
const REPOSITORY_ENV = { GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined, GIT_OBJECT_DIRECTORY: undefined, GIT_COMMON_DIR: undefined, GIT_PREFIX: undefined };
/**
 * Writes commit `sha` of the repository at `original` into a fresh directory under
 * `parentDir` with only committed content, from local objects only.
 *
 * How (chosen by measurement, see bench/suites/clean-clone-build.ts): a new repository
 * that borrows the original's object store through `objects/info/alternates`, then a
 * detached checkout. It is as fast as `git archive | tar -x`, yet a real checkout:
 * `.gitattributes` (eol, filters) apply as on the deploy host, `export-ignore` does not
 * drop files, and the build can run `git rev-parse HEAD`. Unlike `git clone --local` it
 * also works from a shallow checkout (clone falls back to packing objects there), and
 * unlike `git worktree add` it writes nothing into the original's `.git`.
 */
async function materializeCommit(original, sha, parentDir, options = {}) {
    const { objects, shallow } = options.paths ?? (await original.gitPaths(['objects', 'shallow']));
    const target = await (options.into ?? emptyRepository(parentDir, options));
    try {
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.join)(target, '.git', 'objects', 'info', 'alternates'), `${objects}\n`);
        // A shallow original's boundary commits have no parents here either.
        if ((0,external_node_fs_namespaceObject.existsSync)(shallow))
            await (0,promises_namespaceObject.copyFile)(shallow, (0,external_node_path_namespaceObject.join)(target, '.git', 'shallow'));
        // No hooks (core.hooksPath from a global config would run them) and no advice noise.
        await gitIn(target, ['-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', sha], { doing: `check out ${sha.slice(0, 12)} into a clean directory`, done: `checkout of ${sha.slice(0, 12)}` }, options);
    }
    catch (error) {
        // The caller never learns the path of a checkout that failed: remove it here, or it leaks.
        if (!options.keepOnError)
            await (0,promises_namespaceObject.rm)(target, { recursive: true, force: true, maxRetries: 3 }).catch(() => { });
        else if (error instanceof UserError)
            throw new UserError(`${error.message} (the partial checkout is kept in ${target})`);
        throw error;
    }
    return target;
}
/**
 * A new, empty repository under `parentDir` for materializeCommit's `into`: made while the
 * caller still looks up the commit, it takes one git start off the way to the build.
 */
async function emptyRepository(parentDir, options = {}) {
    const target = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(parentDir, 'clean-clone-'));
    try {
        await gitIn(target, ['init', '-q', '--template='], { doing: 'create a git repository in a clean directory', done: 'git init of the clean directory' }, options);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(target, { recursive: true, force: true, maxRetries: 3 }).catch(() => { });
        throw error;
    }
    return target;
}
/** Runs git in the clean clone; a timeout, a cancel, a failure or an `error:` line is a UserError in `what`'s words. */
async function gitIn(target, args, what, options) {
    const result = await new Git(target).run(args, { env: REPOSITORY_ENV, timeoutMs: options.timeoutMs, signal: options.signal });
    if (result.timedOut || options.signal?.aborted)
        throw new UserError(`${what.done} was stopped (${result.timedOut ? 'timeout' : 'cancelled'})`);
    // git checkout exits 0 even when it could not read a blob (a broken or partial object store):
    // the file is silently missing, so its `error:` lines count as a failure too.
    if (result.code !== 0 || /^error: /m.test(result.stderr)) {
        const detail = gitSaid(result);
        throw new UserError(`could not ${what.doing}: ${detail}${/missing|unable to read|promisor/i.test(detail) ? ' (the commit\'s objects are not all in the local repository: a partial or broken clone?)' : ''}`);
    }
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

;// CONCATENATED MODULE: ./src/build/strays.ts




const BUILD_MARKER = 'DEPLOY_GUARDS_BUILD';
/** A /proc file's bytes; undefined when the process is gone or not ours to read. */
function read(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path);
    }
    catch {
        return undefined;
    }
}
/** Running (not a zombie, which is dead already and only waits for its parent). */
function running(pid) {
    const stat = read(`/proc/${pid}/stat`)?.toString('latin1');
    if (stat === undefined)
        return false;
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
}
/** The command line a stray was started with: the build's text, so one bounded line (oneLine). */
function commandOf(pid) {
    const cmdline = (read(`/proc/${pid}/cmdline`)?.toString('utf8') ?? '').split('\0').filter(Boolean).join(' ');
    return oneLine(cmdline || `[${(read(`/proc/${pid}/comm`)?.toString('utf8') ?? '?').trim()}]`, 120);
}
/** Whether a process's environment (NUL-separated NAME=value entries) holds `entry`, searched as bytes: this runs for every process on the machine. */
function hasEntry(environ, entry) {
    if (environ === undefined)
        return false;
    for (let at = environ.indexOf(entry); at >= 0; at = environ.indexOf(entry, at + 1)) {
        const end = at + entry.length;
        if ((at === 0 || environ[at - 1] === 0) && (end === environ.length || environ[end] === 0))
            return true;
    }
    return false;
}
function findStrays(marker, cloneDir) {
    const entry = Buffer.from(`${BUILD_MARKER}=${marker}`);
    const found = [];
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)('/proc')) {
        const pid = Number(name);
        if (!Number.isInteger(pid) || pid === process.pid)
            continue; // also `self`, `sys`, …
        const marked = hasEntry(read(`/proc/${pid}/environ`), entry);
        let inside = false;
        if (!marked) {
            try {
                const cwd = (0,external_node_fs_namespaceObject.readlinkSync)(`/proc/${pid}/cwd`);
                inside = cwd === cloneDir || cwd.startsWith(cloneDir + external_node_path_namespaceObject.sep);
            }
            catch {
                // gone, or not ours to look at
            }
        }
        // Whether it still runs is read only for a match: this loop reads /proc of every process on the machine.
        if ((marked || inside) && running(pid))
            found.push({ pid, command: commandOf(pid) });
    }
    return found;
}
function signal(pids, name) {
    for (const pid of pids) {
        try {
            process.kill(pid, name);
        }
        catch {
            // already gone
        }
    }
}
/**
 * Stops every stray: SIGTERM, up to two seconds to exit, then SIGKILL. A stray may start
 * another while it dies: three rounds, then whatever still runs is named as a survivor.
 */
async function stopStrays(marker, cloneDir) {
    if (process.platform !== 'linux')
        return { stopped: [], survived: [], unsupported: `on ${process.platform} there is no /proc to find processes that left the build's process group` };
    // /proc/<pid>/cwd is a real path: compare with the clone's (RUNNER_TEMP may sit behind a symlink).
    try {
        cloneDir = (0,external_node_fs_namespaceObject.realpathSync)(cloneDir);
    }
    catch {
        // removed already: only the marker is left to look for
    }
    const stopped = new Map();
    // Each look reads /proc of every process on the machine (milliseconds on a busy one), so a
    // build that left nothing behind, the usual case, is looked at once.
    let strays = findStrays(marker, cloneDir);
    for (let round = 0; round < 3 && strays.length > 0; round++) {
        for (const stray of strays)
            if (!stopped.has(stray.pid))
                stopped.set(stray.pid, stray);
        signal(strays.map((stray) => stray.pid), 'SIGTERM');
        for (let waited = 0; waited < 2000 && strays.some((stray) => running(stray.pid)); waited += 100)
            await pause(100);
        signal(strays.filter((stray) => running(stray.pid)).map((stray) => stray.pid), 'SIGKILL');
        for (let waited = 0; waited < 1000 && strays.some((stray) => running(stray.pid)); waited += 100)
            await pause(100);
        strays = findStrays(marker, cloneDir);
    }
    for (const stray of strays)
        stopped.delete(stray.pid);
    return { stopped: [...stopped.values()], survived: strays };
}

;// CONCATENATED MODULE: ./src/build/step.ts




const LOG_LIMIT = 4 * 1024 * 1024;
/**
 * Runs user-written shell lines as GitHub's `shell: bash` does (`bash --noprofile --norc
 * -eo pipefail`), in their own process group: a timeout or cancellation stops every
 * process they started, and so does bash exiting (a `server &` left running would
 * otherwise hold the step open).
 */
async function runShellStep(name, script, cwd, directory, options) {
    // Both streams are kept here, interleaved as printed (the last LOG_LIMIT bytes): exec buffers neither.
    const chunks = [];
    let size = 0;
    const keep = (chunk) => {
        options.onOutput?.(chunk);
        chunks.push(chunk);
        size += chunk.length;
        while (size > LOG_LIMIT && chunks.length > 1)
            size -= chunks.shift().length;
    };
    const result = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd,
        env: options.env,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        killGroupOnExit: true,
        streamStdout: keep,
        streamStderr: keep,
    });
    return {
        name,
        command: script,
        directory,
        exitCode: result.code,
        signal: result.signal,
        timedOut: result.timedOut,
        cancelled: !result.timedOut && (options.signal?.aborted ?? false),
        leftoverProcesses: result.leftoverProcesses ?? false,
        durationMs: result.durationMs,
        log: Buffer.concat(chunks).toString('utf8'),
    };
}
function stepPassed(step) {
    return step.exitCode === 0 && !step.timedOut && !step.cancelled;
}
/** The last `count` non-empty lines of a log, ANSI colours removed. */
function lastLines(log, count) {
    // eslint-disable-next-line no-control-regex
    const lines = log.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/).map((line) => line.replace(/.*\r/, ''));
    while (lines.length > 0 && lines.at(-1).trim() === '')
        lines.pop();
    return lines.slice(-count);
}
/**
 * What the runner gives only to the JavaScript action itself: its inputs, its saved state,
 * and the runtime credentials for the cache, artifact and OIDC services. Install and build
 * run third-party lifecycle scripts, which must not see them (a run step never does).
 */
const ACTION_ONLY_ENV = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
const isActionOnly = (name) => name.startsWith('INPUT_') || name.startsWith('STATE_') || ACTION_ONLY_ENV.has(name);
/**
 * The runner's file commands: a build that could write to GITHUB_ENV or GITHUB_PATH would
 * set NODE_OPTIONS or PATH for every later step of the job (the deploy among them).
 */
const FILE_COMMANDS = new Set(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']);
/** A name that looks like a credential (NPM_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD, …). */
const CREDENTIAL_NAME = /TOKEN|SECRET|KEY|PASSWORD/i;
/**
 * The environment of install and build: the caller's, minus what belongs to the action
 * alone (inputs, state, runtime credentials), the runner's file-command paths and every
 * variable whose name looks like a credential unless `passthrough` names it, minus PATH
 * entries inside the original repository (its node_modules/.bin would lend the clean build
 * tools the commit does not install), plus the marker by which strays are found.
 */
function stepEnvironment(base, originalRoot, { passthrough = [], marker = '' } = {}) {
    const env = {};
    const withheld = [];
    const allowed = new Set(passthrough);
    for (const [name, value] of Object.entries(base)) {
        if (isActionOnly(name))
            continue;
        if (allowed.has(name)) {
            env[name] = value;
            continue;
        }
        if (FILE_COMMANDS.has(name))
            continue;
        if (CREDENTIAL_NAME.test(name)) {
            withheld.push(name);
            continue;
        }
        env[name] = value;
    }
    const root = (0,external_node_path_namespaceObject.resolve)(originalRoot);
    const path = (base.PATH ?? '').split(external_node_path_namespaceObject.delimiter).filter((entry) => entry !== '' && !((0,external_node_path_namespaceObject.resolve)(entry) === root || (0,external_node_path_namespaceObject.resolve)(entry).startsWith(root + external_node_path_namespaceObject.sep)));
    env.PATH = path.join(external_node_path_namespaceObject.delimiter);
    if (marker)
        env[BUILD_MARKER] = marker;
    return { env, withheld: withheld.sort() };
}
/**
 * `isolate-caches`: HOME, XDG dirs and every package manager's cache in fresh temp
 * directories, so nothing cached or configured on this machine (a ~/.npmrc, a package
 * only in the cache) can make the build pass.
 */
async function isolatedCaches(parentDir) {
    const root = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(parentDir, 'clean-clone-caches-'));
    const dirs = {
        HOME: 'home',
        XDG_CACHE_HOME: 'home/.cache',
        XDG_CONFIG_HOME: 'home/.config',
        XDG_DATA_HOME: 'home/.local/share',
        XDG_STATE_HOME: 'home/.local/state',
        npm_config_cache: 'npm-cache',
        YARN_CACHE_FOLDER: 'yarn-cache',
        YARN_GLOBAL_FOLDER: 'yarn-global',
        PNPM_HOME: 'pnpm-home',
        npm_config_store_dir: 'pnpm-store',
        BUN_INSTALL_CACHE_DIR: 'bun-cache',
    };
    const env = {};
    for (const [name, dir] of Object.entries(dirs)) {
        env[name] = (0,external_node_path_namespaceObject.join)(root, dir);
        await (0,promises_namespaceObject.mkdir)(env[name], { recursive: true });
    }
    env.npm_config_userconfig = (0,external_node_path_namespaceObject.join)(root, 'home', '.npmrc');
    return { root, env };
}

;// CONCATENATED MODULE: ./src/build/working-tree.ts



/**
 * Read-only, for real: `git diff` refreshes the stat data of the index and writes it back
 * (refresh_index_quietly), whatever --no-optional-locks says, and `ls-files` may update an
 * untracked cache. So the commands read a private copy of the index (GIT_INDEX_FILE), which
 * they may rewrite as they like; the checkout's own .git/index is never opened for writing.
 */
async function withIndexCopy(original, body) {
    const { index } = await original.gitPaths(['index']);
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'clean-clone-index-'));
    try {
        const copy = (0,external_node_path_namespaceObject.join)(dir, 'index');
        await (0,promises_namespaceObject.copyFile)(index, copy).catch((error) => {
            if (error.code !== 'ENOENT')
                throw error; // a repository without an index yet: git reads none
        });
        return await body({ GIT_INDEX_FILE: copy, GIT_OPTIONAL_LOCKS: '0' });
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
function splitZ(text) {
    return text.split('\0').filter((entry) => entry !== '');
}
/**
 * What the working tree has that commit `sha` does not: untracked files, files staged
 * but not committed, files whose content differs, and ignored paths (ignored directories
 * collapsed to one entry; dependency folders left out, they are installed, not committed).
 */
async function workingTreeChanges(original, sha) {
    const files = new Map();
    const [untracked, diff, ignored] = await withIndexCopy(original, (env) => Promise.all([
        original.output(['ls-files', '--others', '--exclude-standard', '-z'], { env }),
        original.output(['diff', '--name-status', '--no-renames', '-z', '--diff-filter=AMT', sha, '--'], { env }),
        original.output(['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z'], { env }),
    ]));
    const status = splitZ(diff);
    for (let i = 0; i + 1 < status.length; i += 2)
        files.set(status[i + 1], status[i] === 'A' ? 'uncommitted' : 'modified');
    for (const path of splitZ(untracked))
        files.set(path, 'untracked');
    for (const path of splitZ(ignored)) {
        if (/(^|\/)(node_modules|\.git)(\/|$)/.test(path))
            continue;
        if (!files.has(path))
            files.set(path, 'ignored');
    }
    return { files };
}

;// CONCATENATED MODULE: ./src/build/clean-clone-build.ts












const TAIL_LINES = 40;
class CancelledBefore extends Error {
    step;
    constructor(step) {
        super(`${step} was cancelled before it started`);
        this.step = step;
    }
}
async function repositoryAt(dir, ref) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(dir))
        return undefined;
    // rev-parse prints each answer in the order asked and the --verify revision last: a ref that
    // names no commit fails the command (exit 1) after the paths are printed; outside a repository it fails with 128.
    const result = await new Git(dir).run(['rev-parse', '--show-toplevel', '--path-format=absolute', '--git-path', 'objects', '--git-path', 'shallow', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const [root, objects, shallow, sha] = result.stdout.split('\n');
    if ((result.code !== 0 && result.code !== 1) || !root || !objects || !shallow)
        return undefined;
    return { root, paths: { objects, shallow }, sha: result.code === 0 && sha ? sha : undefined };
}
/** The repository, the working directory inside it and the commit to build; anything else is a one-line input error. */
async function locate(workspace, workingDirectory, ref) {
    const wanted = (0,external_node_path_namespaceObject.resolve)(workspace, workingDirectory);
    const repository = (await repositoryAt(workspace, ref)) ?? (await repositoryAt(wanted, ref));
    if (!repository)
        throw new UserError(`${workspace} is not inside a git repository: check out the repository first (actions/checkout), or run from inside it`);
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(repository.root);
    // Compare real paths (a /tmp symlink, a runner's work dir) but keep missing tails as written.
    const realWanted = (0,external_node_fs_namespaceObject.existsSync)(wanted) ? (0,external_node_fs_namespaceObject.realpathSync)(wanted) : wanted;
    const directory = (0,external_node_path_namespaceObject.relative)(realRoot, realWanted);
    if (directory.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(directory)) {
        throw new InputError('working-directory', `'${workingDirectory}' is ${realWanted}, outside the repository ${realRoot}`, 'working-directory: apps/web (a directory inside the repository)');
    }
    if (!repository.sha)
        throw new InputError('ref', `'${ref}' is not a commit in ${realRoot}`, 'ref: HEAD (or a branch, tag or SHA present locally)');
    return { root: realRoot, directory: directory.split(external_node_path_namespaceObject.sep).join('/'), paths: repository.paths, sha: repository.sha };
}
/** Clone the commit, install, build; on failure name the files the working tree has and the commit lacks. */
async function cleanCloneBuild(options) {
    const started = performance.now();
    const deadline = started + options.timeoutMs;
    const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
    const log = options.log ?? (() => { });
    // The repository to check out into, made while git looks the commit up (a git start less on
    // the way to the build). Handed to materializeCommit, which owns it from then on; removed here
    // on every way out before that.
    const preparing = emptyRepository(options.tempDir, { timeoutMs: options.timeoutMs, signal: options.signal });
    preparing.catch(() => { }); // its failure is met where it is awaited, not as an unhandled rejection meanwhile
    let handedOver = false;
    const discardPrepared = async () => {
        if (!handedOver)
            await preparing.then((dir) => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true, maxRetries: 3 }), () => { }).catch(() => { });
    };
    let located;
    try {
        located = await locate(options.workspace, options.workingDirectory, options.ref);
    }
    catch (error) {
        await discardPrepared();
        throw error;
    }
    const { root, directory, paths, sha } = located;
    const original = new Git(root);
    const steps = [];
    const notes = [];
    let clonePath = '';
    let cachesRoot;
    let outcome;
    let failedLog = '';
    // A cancel that lands between steps: no process is running to notice it, so look before each one.
    const stopIfCancelled = (next) => {
        if (options.signal?.aborted)
            throw new CancelledBefore(next);
    };
    try {
        stopIfCancelled('checkout');
        const checkoutStarted = performance.now();
        handedOver = true;
        clonePath = await materializeCommit(original, sha, options.tempDir, { timeoutMs: remaining(), signal: options.signal, keepOnError: options.keepClone, paths, into: preparing });
        log(`Checked out ${sha.slice(0, 12)} (committed content only) into ${clonePath} in ${Math.round(performance.now() - checkoutStarted)} ms`);
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(clonePath, '.gitmodules')))
            notes.push('the commit has submodules (.gitmodules); they are not checked out in the clean clone');
        const workDir = (0,external_node_path_namespaceObject.join)(clonePath, directory);
        if (!(0,external_node_fs_namespaceObject.existsSync)(workDir) || !(0,external_node_fs_namespaceObject.statSync)(workDir).isDirectory()) {
            outcome = { result: 'failure', failedStep: 'checkout', reason: `working-directory '${directory}' does not exist in commit ${sha.slice(0, 12)}` };
            failedLog = `ENOENT: no such file or directory, '${directory}'`;
        }
        else {
            // A marker every process of the build inherits: how strays that left its process group are found.
            const marker = (0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex');
            const prepared = stepEnvironment(options.env ?? process.env, root, { passthrough: options.envPassthrough, marker });
            let env = prepared.env;
            if (prepared.withheld.length > 0) {
                log(`Install and build run without ${prepared.withheld.length} variable${prepared.withheld.length === 1 ? '' : 's'} whose name looks like a credential: ${prepared.withheld.join(', ')}; list those they need in env-passthrough`);
            }
            if (options.isolateCaches) {
                stopIfCancelled('install');
                const caches = await isolatedCaches(options.tempDir);
                cachesRoot = caches.root;
                env = { ...env, ...caches.env };
                log(`Package-manager caches and HOME isolated in ${caches.root}`);
            }
            const run = async (name, command, cwd) => {
                stopIfCancelled(name);
                const stepDir = (0,external_node_path_namespaceObject.relative)(clonePath, cwd).split(external_node_path_namespaceObject.sep).join('/') || '.';
                options.stepStarted?.(name, command, stepDir);
                let step;
                try {
                    step = await runShellStep(name, command, cwd, stepDir, { env, timeoutMs: remaining(), signal: options.signal, onOutput: options.output });
                }
                catch (error) {
                    // bash itself could not start
                    step = { name, command, directory: stepDir, exitCode: null, signal: null, timedOut: false, cancelled: false, leftoverProcesses: false, durationMs: 0, log: errorMessage(error) };
                }
                steps.push(step);
                options.stepEnded?.(step);
                if (step.leftoverProcesses)
                    notes.push(`the ${name} step left processes running after bash exited (a server or watcher started with &?); they were stopped`);
                const strays = await stopStrays(marker, clonePath);
                const note = strayNote(name, strays);
                if (note)
                    notes.push(note);
                return step;
            };
            let installFailure;
            if (options.install.kind === 'command') {
                const step = await run('install', options.install.command, workDir);
                if (!stepPassed(step))
                    installFailure = { reason: stepVerdict(step), log: step.log };
            }
            else if (options.install.kind === 'auto') {
                const detection = detectInstall(clonePath, workDir);
                if (detection.kind === 'plan') {
                    if (detection.plan.note)
                        notes.push(detection.plan.note);
                    const step = await run('install', detection.plan.command, detection.plan.cwd);
                    if (!stepPassed(step))
                        installFailure = { reason: `${stepVerdict(step)}`, log: step.log };
                }
                else if (detection.kind === 'no-lockfile') {
                    const missing = LOCKFILE_NAMES.map((name) => (directory === '' ? name : `${directory}/${name}`));
                    installFailure = {
                        reason: `install: auto found ${detection.packageJson} but no lockfile (${LOCKFILE_NAMES.join(', ')}) in the commit: commit your lockfile, or set install: none or a command such as 'npm install'`,
                        log: missing.map((path) => `ENOENT: no such file or directory, open '${path}'`).join('\n'),
                    };
                }
                else {
                    log(`install: auto: ${detection.reason}`);
                }
            }
            if (installFailure) {
                outcome = { result: 'failure', failedStep: 'install', reason: installFailure.reason };
                failedLog = installFailure.log;
            }
            else {
                const step = await run('build', options.build, workDir);
                if (stepPassed(step)) {
                    outcome = { result: 'success', reason: `built ${sha.slice(0, 12)} from a clean clone` };
                }
                else {
                    outcome = { result: 'failure', failedStep: 'build', reason: stepVerdict(step) };
                    failedLog = step.log;
                }
            }
        }
    }
    catch (error) {
        if (error instanceof CancelledBefore)
            outcome = { result: 'failure', failedStep: error.step, reason: error.message };
        else if (error instanceof UserError)
            outcome = { result: 'failure', failedStep: 'checkout', reason: error.message };
        else {
            if (clonePath && !options.keepClone)
                await (0,promises_namespaceObject.rm)(clonePath, { recursive: true, force: true, maxRetries: 3 }).catch(() => { });
            throw error;
        }
    }
    finally {
        await discardPrepared(); // cancelled before the checkout
        if (cachesRoot)
            await (0,promises_namespaceObject.rm)(cachesRoot, { recursive: true, force: true }).catch(() => { });
    }
    let missingFromGit = [];
    let importedByMissing = [];
    if (outcome.result === 'failure' && failedLog) {
        const failed = steps.at(-1);
        const stepDir = failed && failed.name === outcome.failedStep ? (failed.directory === '.' ? '' : failed.directory) : directory;
        try {
            const changes = await workingTreeChanges(original, sha);
            missingFromGit = diagnoseMissing(failedLog, changes, { cloneRoot: clonePath, originalRoot: root, stepDir });
            importedByMissing = followImports(missingFromGit, changes, (path) => {
                try {
                    return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, path), 'utf8');
                }
                catch {
                    return undefined;
                }
            });
        }
        catch (error) {
            notes.push(`could not compare the working tree with the commit: ${errorMessage(error)}`);
        }
    }
    const kept = options.keepClone && clonePath !== '';
    if (clonePath && !kept) {
        await (0,promises_namespaceObject.rm)(clonePath, { recursive: true, force: true, maxRetries: 3 }).catch((error) => notes.push(`could not remove ${clonePath}: ${errorMessage(error)}`));
    }
    const failedStep = steps.find((step) => step.name === outcome.failedStep);
    return {
        ...outcome,
        sha,
        repository: root,
        clonePath,
        kept,
        durationMs: Math.round(performance.now() - started),
        steps,
        tail: failedStep ? lastLines(failedStep.log, TAIL_LINES) : [],
        missingFromGit,
        importedByMissing,
        notes,
    };
}
function stepVerdict(step) {
    const what = step.name === 'install' ? `install (${firstLine(step.command)})` : 'build';
    if (step.timedOut)
        return `${what} timed out after ${Math.round(step.durationMs / 1000)}s; every process it started was stopped`;
    if (step.cancelled)
        return `${what} was cancelled; every process it started was stopped`;
    if (step.exitCode === null && step.signal === null)
        return `${what} could not start: ${step.log}`;
    const notFound = step.exitCode === 127 ? ' (command not found: install the tool in an earlier step, or set install: to a command that exists)' : '';
    return `${what} failed with ${step.exitCode === null ? `signal ${step.signal}` : `exit code ${step.exitCode}`}${notFound}`;
}
/** What became of the processes that left the step's process group: stopped, or named as still running. */
function strayNote(step, strays) {
    if (strays.unsupported)
        return `the ${step} step: processes that left its process group were not looked for (${strays.unsupported})`;
    const list = (processes) => processes.map((stray) => `${stray.pid} ${stray.command}`).join(', ');
    const parts = [];
    const count = strays.stopped.length + strays.survived.length;
    if (count === 0)
        return undefined;
    if (strays.stopped.length > 0)
        parts.push(`stopped: ${list(strays.stopped)}`);
    if (strays.survived.length > 0)
        parts.push(`STILL RUNNING (could not be stopped): ${list(strays.survived)}`);
    return `the ${step} step started ${count} process${count === 1 ? '' : 'es'} that left the build's process group (setsid or a daemon); ${parts.join('; ')}`;
}
function firstLine(command) {
    const lines = command.trim().split('\n');
    return lines[0] + (lines.length > 1 ? ' …' : '');
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
const TOKEN = (0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex');
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

;// CONCATENATED MODULE: ./src/build/report.ts

const STATE_TEXT = {
    untracked: 'untracked (never added to git)',
    uncommitted: 'staged, not committed',
    modified: 'modified, not committed',
    ignored: 'ignored by .gitignore',
};
function verdictLine(result) {
    if (result.result === 'success')
        return `clean-clone-build: ${result.reason} in ${(result.durationMs / 1000).toFixed(1)}s`;
    const missing = result.missingFromGit.length > 0 ? `; the failure names ${result.missingFromGit.length} file${result.missingFromGit.length === 1 ? '' : 's'} missing from git: ${result.missingFromGit.map((file) => file.path).join(', ')}` : '';
    return `clean-clone-build: ${result.failedStep} step failed in a clean clone of ${result.sha.slice(0, 12)}: ${result.reason}${missing}`;
}
/** The commands that fix it: commit what the build needs (ignored files need a decision, not a blind add). */
function fixCommands(result) {
    const toCommit = [...result.missingFromGit.filter((file) => file.state !== 'ignored'), ...result.importedByMissing].map((file) => quote(file.path));
    return toCommit.length > 0 ? [`git add -- ${toCommit.join(' ')}`, 'git commit -m "Add files the build needs"'] : [];
}
function quote(path) {
    return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
function missingJson(result) {
    return JSON.stringify(result.missingFromGit.map(({ path, state, importer, line, mention }) => ({ path, state, importer, line, mention })));
}
/** One annotation per missing file: on the importing line when the log says where, else on the file. */
function findings(result) {
    return result.missingFromGit.map((file) => ({
        severity: 'error',
        code: 'missing-from-git',
        title: `${file.path} is not in the commit`,
        message: `${file.path} is ${STATE_TEXT[file.state]}: the clean-clone ${result.failedStep} failed on it (${file.mention})${file.state === 'ignored' ? '. Generate it in the build or stop ignoring it.' : `. Commit it: git add ${quote(file.path)}`}`,
        file: file.importer ?? (file.path.endsWith('/') ? undefined : file.path),
        line: file.importer ? file.line : undefined,
    }));
}
function summaryMarkdown(result) {
    const ok = result.result === 'success';
    const parts = [`## ${ok ? '✅' : '❌'} clean-clone-build: ${ok ? 'the commit builds from a clean clone' : `${result.failedStep} failed in a clean clone`}\n`];
    parts.push(table(['', ''], [
        ['Commit', code(result.sha.slice(0, 12))],
        ['Result', ok ? 'success' : `failure (${result.failedStep})`],
        ['Why', result.reason],
        ['Clone', result.kept ? `${code(result.clonePath)} (kept)` : 'removed after the run'],
        ['Duration', `${(result.durationMs / 1000).toFixed(1)}s`],
    ]));
    if (result.steps.length > 0) {
        parts.push('\n', table(['Step', 'Command', 'Directory', 'Exit', 'Time'], result.steps.map((step) => [
            step.name,
            code(step.command.trim().split('\n').join(' && ').slice(0, 120)),
            code(step.directory),
            step.timedOut ? 'timed out' : step.cancelled ? 'cancelled' : step.exitCode ?? step.signal ?? 'not started',
            `${(step.durationMs / 1000).toFixed(1)}s`,
        ])));
    }
    if (result.missingFromGit.length > 0) {
        parts.push('\n### Missing from git\n\nThe failure names these files. They exist in the working tree of this machine, but not (like this) in the commit, so every local build passes and every clean checkout fails:\n\n');
        parts.push(table(['File', 'State', 'Named by'], result.missingFromGit.map((file) => [code(file.path), STATE_TEXT[file.state], code(file.mention.slice(0, 160))])));
        if (result.importedByMissing.length > 0) {
            const list = table(['File', 'State', 'Imported by'], result.importedByMissing.map((file) => [code(file.path), STATE_TEXT[file.state], code(file.importedBy)]));
            parts.push(`\nThey import ${result.importedByMissing.length} more file${result.importedByMissing.length === 1 ? '' : 's'} that ${result.importedByMissing.length === 1 ? 'is' : 'are'} not committed either (the next clean build would fail on ${result.importedByMissing.length === 1 ? 'it' : 'them'}):\n\n`, result.importedByMissing.length > 10 ? details(`${result.importedByMissing.length} files`, list) : list);
        }
        const fix = fixCommands(result);
        if (fix.length > 0)
            parts.push('\nCommit them:\n\n```sh\n', fix.join('\n'), '\n```\n');
        if (result.missingFromGit.some((file) => file.state === 'ignored'))
            parts.push('\nIgnored files are usually generated or secret: make the build produce them, or stop ignoring them if they belong in git.\n');
    }
    for (const note of result.notes)
        parts.push(`\n> ${note}\n`);
    if (result.tail.length > 0)
        parts.push('\n', details(`Last ${result.tail.length} lines of the ${result.failedStep} step`, `\`\`\`text\n${result.tail.join('\n').replace(/```/g, "'''")}\n\`\`\``));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/build/settings.ts

/** Every clean-clone-build input, validated; shared by the action and the CLI. */
function readCleanCloneBuildSettings(inputs) {
    const build = inputs.required('build', 'build: npm run build');
    const installText = inputs.string('install', 'auto');
    let install;
    if (installText === 'auto')
        install = { kind: 'auto' };
    else if (installText === 'none')
        install = { kind: 'none' };
    else
        install = { kind: 'command', command: installText };
    const envPassthrough = inputs.list('env-passthrough', { splitCommas: true });
    for (const name of envPassthrough)
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new InputError('env-passthrough', `'${name}' is not an environment variable name`, 'env-passthrough: NODE_AUTH_TOKEN');
    const ref = inputs.string('ref', 'HEAD');
    if (ref.startsWith('-'))
        throw new InputError('ref', `'${ref}' is not a commit or ref`, 'ref: HEAD');
    return {
        build,
        install,
        workingDirectory: inputs.string('working-directory', '.'),
        ref,
        isolateCaches: inputs.boolean('isolate-caches', false),
        keepClone: inputs.boolean('keep-clone', false),
        timeoutMs: inputs.durationMs('timeout', '30m', { min: 1000 }),
        envPassthrough,
        fail: inputs.boolean('fail', true),
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
var picomatch = __nccwpck_require__(6);
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

;// CONCATENATED MODULE: ./src/actions/clean-clone-build/run.ts







async function run() {
    await runAction('clean-clone-build', async () => {
        const context = readGitHubContext();
        const settings = readCleanCloneBuildSettings(actionInputs());
        // Cancelling the workflow sends SIGINT, then SIGTERM: stop the build's process group and clean up.
        const cancel = new AbortController();
        const onSignal = () => cancel.abort();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        // The build's output is the pull request's text: shown as printed, its workflow commands not run.
        const buildOutput = untrustedOutput();
        const result = await cleanCloneBuild({
            ...settings,
            workspace: context.workspace,
            tempDir: process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(),
            signal: cancel.signal,
            log: info,
            stepStarted: (name, command, directory) => startGroup(`${name}: ${command.trim().split('\n')[0]}${command.trim().includes('\n') ? ' …' : ''} (in ${directory})`),
            output: (chunk) => buildOutput.chunk(chunk),
            stepEnded: (step) => {
                buildOutput.end();
                endGroup();
                info(`${step.name} finished in ${(step.durationMs / 1000).toFixed(1)}s${step.timedOut ? ' (timed out)' : step.cancelled ? ' (cancelled)' : ` with exit code ${step.exitCode ?? step.signal}`}`);
            },
        }).finally(() => buildOutput.end());
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        setOutput('result', result.result);
        setOutput('failed-step', result.failedStep ?? '');
        setOutput('clone-path', result.kept ? result.clonePath : '');
        setOutput('duration-ms', result.durationMs);
        setOutput('missing-from-git', missingJson(result));
        await writeSummary(summaryMarkdown(result));
        if (result.result === 'success') {
            for (const note of result.notes)
                warning(note);
            info(verdictLine(result));
            return;
        }
        if (result.tail.length > 0)
            info(`\nThe ${result.failedStep} step failed; its last ${result.tail.length} lines:\n${result.tail.map((line) => `  ${line}`).join('\n')}`);
        for (const note of result.notes)
            info(`Note: ${note}`);
        if (result.importedByMissing.length > 0)
            info(`They import ${result.importedByMissing.length} more uncommitted file(s): ${result.importedByMissing.map((file) => file.path).join(', ')}`);
        const fix = fixCommands(result);
        if (fix.length > 0)
            info(`Commit what the build needs:\n  ${fix.join('\n  ')}`);
        annotate(findings(result), { demoteErrors: !settings.fail });
        concludeFailure(verdictLine(result), settings.fail);
    });
}


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(935);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
