/**
 * How a source read of an environment variable is used, judged from the text around it
 * (no parser: the scan must stay close to the speed of reading the bytes).
 *
 * - `required`: the code breaks or misbehaves without it: the value is put into a
 *   string (`${…}`, `+`), dereferenced (`.split`, `[0]`, a call), asserted (`!`,
 *   `as string`), or read by a call that raises when it is missing (`os.environ['X']`,
 *   `ENV.fetch('X')`, `System.fetch_env!`), or a variable holding it is used so, or
 *   checked and then thrown on.
 * - `optional`: the code copes without it: a fallback (`??`, `||`, `or`, a default
 *   argument, a default in the call), a read that is only tested or compared (`if (x)`,
 *   `!x`, `x ? a : b`, `x && f()`, `=== 'y'`, `typeof`), the last operand of `a || b`, an
 *   assignment to it or `delete`, or a variable holding it that the code checks.
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
  if (next === 'optional' || next === 'required') return next;
  const previous = before(text, start, end);
  if (previous === 'optional' || previous === 'required') return previous;
  if (previous === 'default') return 'optional';
  const name = boundName(text, start);
  return name ? variableUseStrength(text, name, end) : 'unguarded';
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
      if (throwsWhenMissing(text, end)) required = true;
      else checked = true;
    } else if (next === 'required' || previous === 'required') {
      required = true;
    }
  }
  if (checked && !required) return 'optional';
  return required ? 'required' : 'unguarded';
}

/** `if (!x) throw …` / `if (!x) { throw …` / `|| process.exit(1)` / `|| raise "…"` / `|| System.halt(1)`: the code refuses to run without it. */
function throwsWhenMissing(text: string, end: number): boolean {
  const rest = text.slice(end, end + 60);
  return /^\s*\)\s*\{?\s*(throw\b|process\.exit\(|raise\b|abort\()/.test(rest) || /^\s*(\|\||\?\?|or)\s*(throw\b|process\.exit\(|raise\b|exit\(|System\.halt\b)/.test(rest);
}

/** Python, Ruby, Elixir, Go: only what follows and precedes matters (no variable following). */
export function otherReadStrength(text: string, start: number, end: number, base: ReadStrength): ReadStrength {
  const next = after(text, end);
  // `System.get_env("X") || raise "…"` (Phoenix's runtime.exs), `ENV['X'] || raise`: the fallback refuses to run.
  if (next === 'optional') return throwsWhenMissing(text, end) ? 'required' : 'optional';
  const previous = before(text, start, end);
  if (previous === 'optional' || previous === 'default') return 'optional';
  if (base !== 'unguarded') return base;
  return next === 'required' || previous === 'required' ? 'required' : 'unguarded';
}
