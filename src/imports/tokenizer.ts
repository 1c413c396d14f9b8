// The fallback import scanner: a small tokenizer that skips strings, comments,
// template literals, regular expressions and JSX text (where a quote is just a
// character), and finds import/export-from/import()/require() with literal
// specifiers, and the import()/require() calls whose specifier is computed.
// es-module-lexer is faster but stops at JSX such as `<p>Don't</p>`; this one is
// used whenever the lexer throws or cannot see a form (require).
import type { FoundImport } from './imports.ts';

/** What a computed import()/require() is shown as: its template's pattern, else the call. */
export const computedText = (kind: FoundImport['kind'], pattern: string | undefined): string => pattern ?? (kind === 'require' ? 'require(…)' : 'import(…)');

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

const isIdStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127;
const isIdPart = (c: number) => isIdStart(c) || (c >= 48 && c <= 57);
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xfeff || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 11 || c === 12;

/** Whether the identifier source[start, start + length) is `word`. */
const isWord = (source: string, start: number, length: number, word: string) => length === word.length && source.startsWith(word, start);

/**
 * What the identifier source[start, end) is, by its first letter, then one comparison
 * per candidate: no string is made per identifier (this runs for every word of every file).
 */
function wordKindAt(source: string, start: number, end: number): number {
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

function decodeEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, esc: string) => {
    if (esc[0] === 'u') return String.fromCodePoint(parseInt(esc[1] === '{' ? esc.slice(2, -1) : esc.slice(1), 16));
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc === '\n' || esc === '\r\n' || esc === '\r') return '';
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[esc] ?? esc;
  });
}

export function scanImportsWithTokenizer(source: string, { jsx }: { jsx: boolean }): FoundImport[] {
  const found: FoundImport[] = [];
  const n = source.length;
  const stack: number[] = [];
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

  const skipSpaceAndComments = (from: number): number => {
    let p = from;
    while (p < n) {
      const c = source.charCodeAt(p);
      if (isSpace(c)) p++;
      else if (c === 47 && source.charCodeAt(p + 1) === 47) {
        const end = source.indexOf('\n', p + 2);
        p = end < 0 ? n : end + 1;
      } else if (c === 47 && source.charCodeAt(p + 1) === 42) {
        const end = source.indexOf('*/', p + 2);
        p = end < 0 ? n : end + 2;
      } else break;
    }
    return p;
  };

  /** Reads a quoted string at p; returns its end (after the quote). */
  const skipString = (p: number, quote: number): number => {
    let q = p + 1;
    while (q < n) {
      const c = source.charCodeAt(q);
      if (c === 92) q += 2;
      else if (c === quote) return q + 1;
      else if (c === 10 && quote !== 96) return q; // unterminated: stop at the line end
      else q++;
    }
    return n;
  };

  /**
   * A literal specifier at p (a string, or a template without `${`): its value and
   * where it starts, and the position after it; undefined for anything else.
   */
  const literalAt = (p: number): { value: string; start: number; end: number } | undefined => {
    const c = source.charCodeAt(p);
    if (c !== 39 && c !== 34 && c !== 96) return undefined;
    const end = skipString(p, c);
    const raw = source.slice(p + 1, end - 1);
    if (c === 96 && raw.includes('${')) return undefined;
    if (source.charCodeAt(end - 1) !== c) return undefined;
    return { value: decodeEscapes(raw), start: p + 1, end };
  };

  /** Continues a template literal at p (just after its backtick or a closing `}`). */
  const scanTemplate = (p: number): number => {
    let q = p;
    while (q < n) {
      const c = source.charCodeAt(q);
      if (c === 92) q += 2;
      else if (c === 96) return q + 1;
      else if (c === 36 && source.charCodeAt(q + 1) === 123) {
        stack.push(TEMPLATE_EXPR);
        return -(q + 2); // negative: now inside `${`
      } else q++;
    }
    return n;
  };

  const skipRegex = (p: number): number => {
    let q = p + 1;
    let inClass = false;
    while (q < n) {
      const c = source.charCodeAt(q);
      if (c === 92) q += 2;
      else if (c === 10) return q; // not a regex after all; resume at the line end
      else if (inClass) {
        if (c === 93) inClass = false;
        q++;
      } else if (c === 91) {
        inClass = true;
        q++;
      } else if (c === 47) {
        q++;
        while (q < n && isIdPart(source.charCodeAt(q))) q++;
        return q;
      } else q++;
    }
    return n;
  };

  /** Whether `<` at p opens a JSX element (not a comparison or a TSX generic `<T,>`). */
  const opensJsx = (p: number): boolean => {
    const next = source.charCodeAt(p + 1);
    if (next === 62) return true; // fragment <>
    if (!isIdStart(next)) return false;
    let q = p + 1;
    while (q < n && (isIdPart(source.charCodeAt(q)) || source.charCodeAt(q) === 46 || source.charCodeAt(q) === 45 || source.charCodeAt(q) === 58)) q++;
    const after = skipSpaceAndComments(q);
    const c = source.charCodeAt(after);
    if (c === 44) return false; // <T,>(x) => …
    if (source.startsWith('extends', after) && !isIdPart(source.charCodeAt(after + 7)) && source.charCodeAt(skipSpaceAndComments(after + 7)) !== 61) return false;
    return true;
  };

  const record = (value: string, start: number, kind: FoundImport['kind'], typeOnly: boolean, bindings = false) => found.push({ specifier: value, index: start, kind, typeOnly, bindings });

  /**
   * A template with `${…}` at p: its pattern (each substitution one `*`, as
   * es-module-lexer reports it) and the position after it; undefined for anything else.
   */
  const templatePatternAt = (p: number): { value: string; end: number } | undefined => {
    if (source.charCodeAt(p) !== 96) return undefined;
    let text = '';
    let from = p + 1;
    for (let q = from; q < n; ) {
      const c = source.charCodeAt(q);
      if (c === 92) q += 2;
      else if (c === 96) return text === '' && from === p + 1 ? undefined : { value: text + decodeEscapes(source.slice(from, q)), end: q + 1 };
      else if (c === 36 && source.charCodeAt(q + 1) === 123) {
        text += `${decodeEscapes(source.slice(from, q))}*`;
        let depth = 1;
        for (q += 2; q < n && depth > 0; ) {
          const d = source.charCodeAt(q);
          if (d === 39 || d === 34 || d === 96) q = skipString(q, d);
          else {
            if (d === 123) depth++;
            else if (d === 125) depth--;
            q++;
          }
        }
        from = q;
      } else q++;
    }
    return undefined;
  };

  /** The argument of an import()/require() at p is not a literal: a template's pattern, or a computed expression. */
  const recordComputed = (p: number, kind: FoundImport['kind']) => {
    const c = source.charCodeAt(p);
    if (c === 41) return; // `import()`: no argument, a syntax error rather than an import
    const template = templatePatternAt(p);
    const close = template ? source.charCodeAt(skipSpaceAndComments(template.end)) : 0;
    const pattern = template && (close === 41 || close === 44) ? template.value : undefined;
    found.push({ specifier: computedText(kind, pattern), index: p + (c === 39 || c === 34 || c === 96 ? 1 : 0), kind, typeOnly: false, computed: true });
  };

  /** `require(id) { … }` or `require(id: string): T`: a method or function named require, not a call. */
  const definesRequire = (open: number): boolean => {
    const close = source.indexOf(')', open);
    if (close < 0) return false;
    const params = source.slice(open + 1, close);
    if (!/^[\w$\s,:?<>[\].|'"]*$/.test(params)) return false;
    return params.includes(':') || source.charCodeAt(skipSpaceAndComments(close + 1)) === 123;
  };

  /** The word at p (an identifier), or '' when none starts there. */
  const wordAt = (p: number): string => {
    if (!isIdStart(source.charCodeAt(p))) return '';
    let q = p + 1;
    while (q < n && isIdPart(source.charCodeAt(q))) q++;
    return source.slice(p, q);
  };

  /**
   * Whether the clause of an `import`/`export` that starts at p (just after the
   * keyword) names only types: `type X`, `type { … }`, `type * as N`, or a brace
   * list in which every name carries its own `type` modifier. TypeScript erases
   * those, so the module is needed at type-check time only. `import type from 'x'`
   * and `import type, { a } from 'x'` import a value named `type`.
   */
  const typeOnlyClause = (p: number): boolean => {
    if (source.startsWith('type', p) && !isIdPart(source.charCodeAt(p + 4))) {
      const q = skipSpaceAndComments(p + 4);
      const c = source.charCodeAt(q);
      if (c === 123 || c === 42) return true;
      const next = wordAt(q);
      if (next === '' || next === 'from') return next === 'from' && literalAt(skipSpaceAndComments(q + 4)) === undefined;
      return true;
    }
    if (source.charCodeAt(p) !== 123) return false;
    const close = source.indexOf('}', p);
    if (close < 0) return false;
    let mentionsType = false; // the common case, `{ a, b }`, is answered without allocating
    for (let q = p + 1; q + 4 <= close && !mentionsType; q++) mentionsType = source.charCodeAt(q) === 116 && source.startsWith('type', q);
    if (!mentionsType) return false;
    const names = source.slice(p + 1, close).split(',').map((name) => name.trim()).filter(Boolean);
    return names.length > 0 && names.every((name) => /^type\s/.test(name));
  };

  /**
   * An `import('…')` whose result is used as a type, not awaited: `typeof import('x')`,
   * `import('x').Name`, `import('x')['Name']` (promise members stay runtime), as
   * es-module-lexer's probablyTypeOnly reads it.
   */
  const dynamicTypeOnly = (afterClose: number, afterTypeof: boolean): boolean => {
    if (afterTypeof) return true;
    const c = source.charCodeAt(afterClose);
    if (c === 91) return true;
    if (c !== 46) return false;
    const member = wordAt(skipSpaceAndComments(afterClose + 1));
    return member !== '' && member !== 'then' && member !== 'catch' && member !== 'finally';
  };

  const onWord = (word: number, end: number): number => {
    if (prevWasDot) return end;
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
        } else recordComputed(argument, 'dynamic');
        return end;
      }
      if (c === 46) return end; // import.meta
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
      } else if (source.startsWith('type', p) && !isIdPart(source.charCodeAt(p + 4))) {
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
        if (literal && source.charCodeAt(skipSpaceAndComments(literal.end)) === 41) record(literal.value, literal.start, 'require', false);
        else if (!definesRequire(p)) recordComputed(argument, 'require');
      }
    }
    return end;
  };

  while (i < n) {
    const top = stack.length > 0 ? stack[stack.length - 1]! : BRACE;

    if (top === JSX_TAG) {
      const c = source.charCodeAt(i);
      if (c === 123) {
        stack.push(JSX_EXPR);
        afterValue = false;
        i++;
      } else if (c === 34 || c === 39) {
        const end = source.indexOf(String.fromCharCode(c), i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c === 47 && (source.charCodeAt(i + 1) === 47 || source.charCodeAt(i + 1) === 42)) {
        i = skipSpaceAndComments(i); // a comment between attributes may hold a quote
      } else if (c === 60) {
        // Type arguments of a generic component, `<Select<Option> …>`: not the end of the tag.
        let depth = 0;
        for (; i < n; i++) {
          const d = source.charCodeAt(i);
          if (d === 60) depth++;
          else if (d === 62 && --depth === 0) break;
        }
        i++;
      } else if (c === 47 && source.charCodeAt(i + 1) === 62) {
        stack.pop(); // self-closing
        i += 2;
        afterValue = true;
      } else if (c === 62) {
        stack.pop();
        stack.push(JSX_CHILDREN);
        i++;
      } else i++;
      continue;
    }

    if (top === JSX_CHILDREN) {
      const c = source.charCodeAt(i);
      if (c === 123) {
        stack.push(JSX_EXPR);
        afterValue = false;
        i++;
      } else if (c === 60 && source.charCodeAt(i + 1) === 47) {
        const end = source.indexOf('>', i);
        i = end < 0 ? n : end + 1;
        stack.pop();
        afterValue = true;
      } else if (c === 60 && source.charCodeAt(i + 1) === 62) {
        stack.push(JSX_CHILDREN);
        i += 2;
      } else if (c === 60 && isIdStart(source.charCodeAt(i + 1))) {
        stack.push(JSX_TAG);
        i++;
      } else i++;
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
      } else {
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
      } else {
        i = end;
        afterValue = true;
      }
      continue;
    }
    if (isIdStart(c)) {
      let end = i + 1;
      while (end < n && isIdPart(source.charCodeAt(end))) end++;
      const word = wordKindAt(source, i, end);
      i = onWord(word, end);
      afterValue = word !== EXPRESSION_KEYWORD && word !== TYPEOF;
      prevWasDot = false;
      prevWord = word;
      continue;
    }
    if (c >= 48 && c <= 57) {
      i++;
      while (i < n && (isIdPart(source.charCodeAt(i)) || source.charCodeAt(i) === 46)) i++;
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
          } else {
            i = end;
            afterValue = true;
          }
        } else {
          afterValue = popped === JSX_EXPR;
        }
        continue;
      }
      case 41:
      case 93:
        afterValue = true;
        if (pendingFrom && c === 41) pendingFrom = false;
        i++;
        continue;
      case 46:
        if (source.charCodeAt(i + 1) === 46 && source.charCodeAt(i + 2) === 46) {
          i += 3; // spread: `...require('x')` is still a call
        } else {
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
          } else {
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
