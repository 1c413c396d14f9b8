/**
 * How a source read of an environment variable is used, judged from the text around it
 * (no parser: the scan must stay close to the speed of reading the bytes).
 *
 * - `required`: the code breaks or misbehaves without it: the value is put into a
 *   string (`${…}`, `+`), dereferenced (`.split`, `[0]`, a call), asserted (`!`,
 *   `as string`), or read by a call that raises when it is missing (`os.environ['X']`,
 *   `ENV.fetch('X')`, `System.fetch_env!`), or a variable holding it is used so, or
 *   checked and then thrown on (`if (!x) throw`, Python's `if x is None:` / `if not x:`
 *   followed by `raise` or `sys.exit(`, Go's `if x == "" { log.Fatal(…) }`).
 * - `optional`: the code copes without it: a fallback (`??`, `||`, `or`, a default
 *   argument, a default in the call), a read that is only tested or compared (`if (x)`,
 *   `!x`, `x ? a : b`, `x && f()`, `=== 'y'`, `typeof`), the last operand of `a || b`, an
 *   assignment to it or `delete`, a variable holding it that the code checks, or a read
 *   in the branch that a test of the same read guards (`X ? `${X}/v1` : d`, `X && f(X)`).
 * - `unguarded`: no fallback and no check, but used where the scan cannot follow it (an
 *   object property, a function argument, a return value): whether the container
 *   needs it cannot be judged from here.
 */
export type ReadStrength = 'required' | 'unguarded' | 'optional';

const IDENT_CHAR = /[\w$]/;
const SPACE = /\s/;

function skipSpaceForward(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function skipSpaceBackward(text: string, from: number): number {
  let i = from;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  return i;
}

/** What follows the read: `a` starts right after the read expression. */
function after(text: string, end: number): ReadStrength | 'binding' | undefined {
  const i = skipSpaceForward(text, end);
  const rest = text.slice(i, i + 12);
  if (/^(\?\?|\|\||\bor\b|&&|\band\b)/.test(rest)) return 'optional';
  if (/^(===|!==|==|!=|<=|>=|\bis\b|\bin\b)/.test(rest)) return 'optional';
  if (/^\?\./.test(rest)) return 'optional';
  if (/^\?(?!\?)/.test(rest)) return 'optional'; // the test of `x ? a : b`
  if (/^(\+=|-=|\?\?=|\|\|=|&&=|=(?![=>]))/.test(rest)) return 'optional'; // assigned, not read
  if (/^![^=]/.test(rest) || rest === '!') return 'required'; // TypeScript non-null assertion
  if (/^as\s+string\b/.test(rest)) return 'required';
  if (/^\+(?![+=])/.test(rest)) return 'required';
  if (/^[.[(]/.test(rest)) return 'required'; // dereferenced or called
  return undefined;
}

/** What precedes the read: `start` is the read's first character. */
function before(text: string, start: number, end: number): ReadStrength | 'binding' | 'default' | undefined {
  const i = skipSpaceBackward(text, start - 1);
  const head = text.slice(Math.max(0, i - 11), i + 1);
  if (/\$\{$/.test(head)) return 'required'; // `${process.env.X}`
  if (/(\?\?|\|\||\bor|===|!==|==|!=|<=|>=)$/.test(head)) return 'optional';
  if (/(^|[^!=])!$/.test(head)) return 'optional'; // `!x`
  if (/\b(typeof|delete|not|if|elif|unless|while)$/.test(head)) return 'optional';
  if (/\b(if|while)\s*\($/.test(text.slice(Math.max(0, i - 10), i + 1))) return 'optional';
  if (/[^+]\+$/.test(head)) return 'required'; // `'a' + x`
  if (/[^=!<>]=$/.test(head)) {
    // `name = read` and then `,` / `)` / `}`: a default value (argument or destructuring).
    const next = skipSpaceForward(text, end);
    if (/[,)}]/.test(text[next] ?? '')) return 'default';
    return 'binding';
  }
  return undefined;
}

/** The variable a read is bound to (`const url = process.env.URL`), when there is one. */
function boundName(text: string, start: number): string | undefined {
  const i = skipSpaceBackward(text, start - 1);
  if (text[i] !== '=') return undefined;
  const head = text.slice(Math.max(0, i - 80), i);
  return /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$<>[\]| ]+)?\s*$/.exec(head)?.[1];
}

/**
 * The strength of a read at [start, end) in JavaScript or TypeScript text (also
 * SvelteKit's `env.X`). A value bound to a variable is judged by that variable's uses.
 */
export function jsReadStrength(text: string, start: number, end: number): ReadStrength {
  const next = after(text, end);
  if (next === 'optional') return next;
  const previous = before(text, start, end);
  if (previous === 'optional') return previous;
  if (previous === 'default') return 'optional';
  if (guardedBySameRead(text, start, end)) return 'optional';
  if (next === 'required') return next;
  if (previous === 'required') return previous;
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
function guardedBySameRead(text: string, start: number, end: number): boolean {
  const name = /([A-Za-z_]\w*)['"`]?\s*\]?$/.exec(text.slice(start, end))?.[1];
  if (!name) return false;
  const from = Math.max(0, start - 400);
  const window = text.slice(from, start);
  TESTED_READ.lastIndex = 0;
  let test: RegExpExecArray | undefined;
  for (let match = TESTED_READ.exec(window); match; match = TESTED_READ.exec(window)) if ((match[1] ?? match[2]) === name) test = match;
  if (!test) return false;
  return inSameBranch(window.slice(test.index + test[0].length), test[3] === '&&');
}

/** `between` (from the test's operator to the read) stays inside the branch the test guards. */
function inSameBranch(between: string, and: boolean): boolean {
  const open: string[] = [];
  for (let i = 0; i < between.length; i++) {
    const ch = between[i]!;
    if (open.at(-1) === '`') {
      if (ch === '\\') i++;
      else if (ch === '`') open.pop();
      else if (ch === '$' && between[i + 1] === '{') open.push('{'), i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const close = between.indexOf(ch, i + 1);
      if (close < 0) return false;
      i = close;
    } else if (ch === '`' || ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (open.length === 0) return false; // the expression holding the test ended
      open.pop();
    } else if (open.length === 0) {
      if (ch === ';' || ch === ',' || ch === ':') return false; // the statement ended, or the false branch began
      if (and && (ch === '?' || (ch === '|' && between[i + 1] === '|'))) return false;
    }
  }
  return true;
}

/**
 * A variable holding the value: any check makes it optional (unless the check throws:
 * then the code itself says it is required); otherwise any required-style use makes it
 * required; otherwise unguarded.
 */
export function variableUseStrength(text: string, name: string, from: number): ReadStrength {
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
      if (next === 'binding' || /^\s*=(?![=>])/.test(text.slice(end, end + 4))) continue; // reassigned
      if (throwsWhenMissing(text, start, end)) required = true;
      else checked = true;
    } else if (next === 'required' || previous === 'required') {
      required = true;
    }
  }
  if (checked && !required) return 'optional';
  return required ? 'required' : 'unguarded';
}

/** What refuses to run: JavaScript, Python, Ruby, Elixir and Go spellings. */
const REFUSE = String.raw`(?:throw\b|process\.exit\(|raise\b|abort\(|sys\.exit\(|exit\(|os\._exit\(|System\.halt\b|panic\(|log\.Fatal\w*\(|os\.Exit\()`;
/** Compared with "missing" and then refusing: `=== undefined) throw`, Python `is None:` + `raise` on the next line, Go `== "" { log.Fatal(…)`. */
const MISSING_THEN_REFUSE = new RegExp(String.raw`^\s*(?:is\s+None|==\s*None|===?\s*(?:''|""|null|undefined))\s*\)?\s*[:{]?\s*(?:#[^\n]*\n\s*)*${REFUSE}`);
/** After a negated test (`!x`, `not x`): `) throw`, `) { throw`, Python `:` + `raise`. */
const TEST_THEN_REFUSE = new RegExp(String.raw`^\s*\)?\s*[:{]?\s*(?:#[^\n]*\n\s*)*${REFUSE}`);
/** `x || process.exit(1)`, `|| raise "…"` (Elixir, Ruby), `or sys.exit(…)`. */
const FALLBACK_REFUSES = new RegExp(String.raw`^\s*(?:\|\||\?\?|or)\s*${REFUSE}`);

/** The code refuses to run without the value at [start, end): tested for being missing, then thrown on or exited. */
function throwsWhenMissing(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + 120);
  if (MISSING_THEN_REFUSE.test(rest) || FALLBACK_REFUSES.test(rest)) return true;
  return /(?:!|\bnot\s+)$/.test(text.slice(Math.max(0, start - 6), start)) && TEST_THEN_REFUSE.test(rest);
}

/**
 * Python, Ruby, Elixir, Go: what follows and precedes the read, and a variable it is
 * bound to (`x = os.environ.get("X")`, Go's `x := os.Getenv("X")` and
 * `if x := os.Getenv("X"); x != ""`), judged by that variable's uses.
 */
export function otherReadStrength(text: string, start: number, end: number, base: ReadStrength): ReadStrength {
  const next = after(text, end);
  // `System.get_env("X") || raise "…"` (Phoenix's runtime.exs), `ENV['X'] || raise`, `if os.environ.get("X") is None: raise`.
  if (next === 'optional') return throwsWhenMissing(text, start, end) ? 'required' : 'optional';
  const previous = before(text, start, end);
  if (previous === 'optional') return throwsWhenMissing(text, start, end) ? 'required' : 'optional';
  if (previous === 'default') return 'optional';
  if (base !== 'unguarded') return base;
  if (next === 'required' || previous === 'required') return 'required';
  const name = previous === 'binding' ? assignedName(text, start) : undefined;
  return name ? variableUseStrength(text, name, end) : 'unguarded';
}

/** `name = read`, `name: str = read`, Go `name := read`, `var name = read`, `if name := read` on the read's line. */
function assignedName(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /(?:^|[\s;(])(?:var\s+)?([A-Za-z_]\w*)\s*(?::\s*[^=\n]+?)?\s*:?=\s*$/.exec(text.slice(Math.max(lineStart, start - 200), start))?.[1];
}
