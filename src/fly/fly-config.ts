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
import { readFileSync, statSync } from 'node:fs';
import { parse, TomlError } from 'smol-toml';
import { decodeText, ComposeFileError as FileError } from '../compose/yaml-file.ts';

/** flyctl reads fly.toml whole; no real one comes near this. */
const MAX_BYTES = 1024 * 1024;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface FlyConfig {
  /** The file as shown in messages. */
  file: string;
  app?: string;
  /** Line of `app = …` (1 when absent). */
  appLine: number;
  /** `[env]` names, each with the line that sets it. Values are never kept. */
  env: Map<string, number>;
  build: {
    image?: string;
    dockerfile?: string;
    ignorefile?: string;
    builder?: string;
    /** `[build.args]` names (values never kept). */
    args: string[];
  };
}

export function readFlyConfig(path: string, file: string): FlyConfig {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new FileError(file, undefined, 'is not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(file, undefined, code === 'ENOENT' ? 'no such file (set fly-config to the app\'s fly.toml, or none)' : `cannot be read (${code ?? 'error'})`);
  }
  if (size > MAX_BYTES) throw new FileError(file, 1, `is ${(size / 1024 / 1024).toFixed(1)} MB; a fly.toml over ${MAX_BYTES / 1024 / 1024} MB is refused`);
  return parseFlyConfig(decodeText(readFileSync(path), file), file);
}

export function parseFlyConfig(text: string, file: string): FlyConfig {
  let value: Record<string, unknown>;
  try {
    value = parse(text) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof TomlError)) throw new FileError(file, undefined, 'is not valid TOML');
    // smol-toml's message quotes the lines around the error: keep only what went wrong.
    const problem = error.message.replace(/^Invalid TOML document:\s*/, '').split('\n')[0]!.trim();
    throw new FileError(file, error.line, `invalid TOML: ${problem}`);
  }
  const lines = keyLines(text);
  const app = typeof value.app === 'string' ? value.app : undefined;
  if (value.app !== undefined && app === undefined) throw new FileError(file, keyLine(lines, undefined, 'app'), '`app` must be a string (the Fly app name)');

  const env = new Map<string, number>();
  const envTable = value.env;
  if (envTable !== undefined) {
    if (!isTable(envTable)) throw new FileError(file, keyLine(lines, undefined, 'env'), '`env` must be a table of NAME = "value"');
    for (const name of Object.keys(envTable)) {
      if (!NAME.test(name) || name.startsWith('FLY_')) continue; // Fly refuses these; they set nothing
      env.set(name, keyLine(lines, 'env', name));
    }
  }
  const buildTable = isTable(value.build) ? value.build : {};
  const text_ = (key: string) => (typeof buildTable[key] === 'string' && buildTable[key] !== '' ? (buildTable[key] as string) : undefined);
  const args = isTable(buildTable.args) ? Object.keys(buildTable.args).filter((name) => NAME.test(name)) : [];
  return {
    file,
    app,
    appLine: app === undefined ? 1 : keyLine(lines, undefined, 'app'),
    env,
    build: { image: text_('image'), dockerfile: text_('dockerfile'), ignorefile: text_('ignorefile'), builder: text_('builder'), args },
  };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Top-level keys in `KeyLines.keys` (a TOML table name is never empty). */
const TOP = '';
/** At a line's start (sticky): `[table]` or `[[table]]`, else `key =` or `table.key =` (each part bare or quoted, no escapes). */
const LINE_START = /[ \t\f\v\r]*(?:(\[\[?)\s*([^\]\n]+?)\s*\]|([A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')[ \t]*(?:\.[ \t]*([A-Za-z0-9_-]+|"[^"\\\n]*"|'[^'\n]*')[ \t]*)?=)/y;

/**
 * Where keys are set, from one pass over the lines (a pull request can write fly.toml:
 * a search per key would cost keys x lines). Only for messages: the parse itself is
 * smol-toml's.
 */
interface KeyLines {
  /** table → key → the first line setting it: `key =` under `[table]`, or `table.key =` at the top level (table TOP for top-level keys). */
  keys: Map<string, Map<string, number>>;
  /** `[table]` → its first header line. */
  headers: Map<string, number>;
}

function keyLines(text: string): KeyLines {
  const keys = new Map<string, Map<string, number>>();
  const headers = new Map<string, number>();
  const set = (table: string, key: string, line: number) => {
    let lines = keys.get(table);
    if (!lines) keys.set(table, (lines = new Map()));
    if (!lines.has(key)) lines.set(key, line);
  };
  let current = TOP;
  let line = 1;
  for (let at = 0; at < text.length; line++) {
    LINE_START.lastIndex = at;
    const found = LINE_START.exec(text);
    if (found?.[2] !== undefined) {
      current = found[2];
      if (found[1] === '[' && !headers.has(current)) headers.set(current, line);
    } else if (found) {
      const first = unquote(found[3]!);
      if (found[4] === undefined) set(current, first, line);
      else if (current === TOP && found[3] === first) set(first, unquote(found[4]), line);
    }
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length : end + 1;
  }
  return { keys, headers };
}

function unquote(key: string): string {
  return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key;
}

/**
 * The line where `key` is set, in `[table]` or at the top level (undefined table), or
 * as a dotted key (`env.NAME = …`); the table's header line, or 1, when not found.
 */
function keyLine(lines: KeyLines, table: string | undefined, key: string): number {
  return lines.keys.get(table ?? TOP)?.get(key) ?? lines.headers.get(table ?? key) ?? 1;
}
