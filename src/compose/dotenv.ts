/**
 * `.env` files as Docker Compose reads them: `KEY=VALUE` lines, optional `export `,
 * `#` comment lines, inline comments after a space (unquoted) or after the closing
 * quote, single quotes literal (only `\'` escaped), double quotes with `\n \r \t \\ \" \$`
 * escapes, quoted values spanning lines, and interpolation (same rules as compose
 * files) in unquoted and double-quoted values. Errors carry the line, never a value.
 */
import { readFileSync, statSync } from 'node:fs';
import { LineIndex } from '../shared/line-index.ts';
import { interpolate, TemplateError, type Lookup } from './interpolate.ts';
import { ComposeFileError } from './yaml-file.ts';

export interface DotenvEntry {
  key: string;
  /** undefined for a bare `KEY` line that the environment does not set. */
  value: string | undefined;
  line: number;
}

export class DotenvError extends Error {
  override name = 'DotenvError';
  readonly line: number;
  constructor(message: string, line: number) {
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
export function parseDotenv(text: string, lookup: Lookup = () => undefined, { expand: expandValues = true } = {}): DotenvEntry[] {
  const entries = new Map<string, DotenvEntry>();
  // Compose (compose-go since 2023): the environment wins over the file, also inside it.
  const local: Lookup = (name) => lookup(name) ?? entries.get(name)?.value;
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
      const key = body.split(/\s+#/)[0]!.trim();
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
    while (v < lineEnd && (text[v] === ' ' || text[v] === '\t')) v++;
    const quote = text[v];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = closingQuote(text, v + 1, quote);
      if (close < 0) throw new DotenvError(`unterminated ${quote === '"' ? 'double' : 'single'}-quoted value for ${key}`, startLine);
      const inner = text.slice(v + 1, close);
      line += countNewlines(inner);
      const after = endOfLine(text, close + 1);
      const rest = text.slice(close + 1, after).trim();
      if (rest !== '' && !rest.startsWith('#')) throw new DotenvError(`unexpected text after the closing quote of ${key}`, line);
      value = quote === "'" ? inner.replace(/\\'/g, "'") : expandValues ? expand(unescapeDouble(inner), local, key, startLine) : unescapeDouble(inner);
      pos = after + 1;
      line++;
    } else {
      let unquoted = text.slice(valueStart, lineEnd);
      const comment = /[ \t]#/.exec(unquoted);
      if (comment) unquoted = unquoted.slice(0, comment.index);
      value = expandValues ? expand(unquoted.trim(), local, key, startLine) : unquoted.trim();
      pos = lineEnd + 1;
      line++;
    }
    entries.delete(key);
    entries.set(key, { key, value, line: startLine });
  }
  return [...entries.values()];
}

function checkKey(key: string, line: number): void {
  if (key === '') throw new DotenvError('a line with no variable name before "="', line);
  if (!KEY.test(key)) {
    const bad = [...key].find((ch) => !KEY.test(ch)) ?? '?';
    throw new DotenvError(`unexpected character ${JSON.stringify(bad)} in a variable name`, line);
  }
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === quote) return i;
  }
  return -1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'" };

/** Double-quoted escapes; an escaped `$` becomes `$$` so interpolation keeps it literal. */
function unescapeDouble(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([\s\S])/g, (whole, ch: string) => (ch === '$' ? '$$' : ESCAPES[ch] ?? whole));
}

function expand(text: string, lookup: Lookup, key: string, line: number): string {
  try {
    const result = interpolate(text, lookup);
    const missing = result.uses.find((use) => use.requiredMissing);
    if (missing) throw new DotenvError(`required variable ${missing.name} is missing a value (in the value of ${key})`, line);
    return result.value;
  } catch (error) {
    if (error instanceof TemplateError) throw new DotenvError(`${error.message} (in the value of ${key})`, line);
    throw error;
  }
}

const MAX_DOTENV_BYTES = 4 * 1024 * 1024;

/**
 * The one way to read a `.env` file from disk (the project's, a service's env_file, an
 * include's env_file, the example): size limit, binary check, and every problem as a
 * one-line ComposeFileError naming `file` (as shown) and the line, never a value.
 */
export function readDotenvFile(path: string, file: string, lookup: Lookup, expand = true): DotenvEntry[] {
  let text: string;
  try {
    if (statSync(path).size > MAX_DOTENV_BYTES) throw new ComposeFileError(file, undefined, `is over ${MAX_DOTENV_BYTES / 1024 / 1024} MB; env files that big are refused`);
    const bytes = readFileSync(path);
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new ComposeFileError(file, new LineIndex(bytes).lineAt(nul), 'is not a text file (binary data)');
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof ComposeFileError) throw error;
    throw new ComposeFileError(file, undefined, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read');
  }
  try {
    return parseDotenv(text, lookup, { expand });
  } catch (error) {
    if (error instanceof DotenvError) throw new ComposeFileError(file, error.line, error.message);
    throw error;
  }
}
