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
  const lines = text.split('\n');
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

/**
 * The line where `key` is set, in `[table]` or at the top level (undefined table), or
 * as a dotted key (`env.NAME = …`); the table's header line, or 1, when not found.
 * Only for messages: the parse itself is smol-toml's.
 */
function keyLine(lines: string[], table: string | undefined, key: string): number {
  const quoted = `(?:${escape(key)}|"${escape(key)}"|'${escape(key)}')`;
  const direct = new RegExp(`^\\s*${quoted}\\s*=`);
  const dotted = table ? new RegExp(`^\\s*${escape(table)}\\s*\\.\\s*${quoted}\\s*=`) : undefined;
  const header = new RegExp(`^\\s*\\[\\s*${escape(table ?? key)}\\s*\\]`);
  let current: string | undefined;
  let headerLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const section = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?/.exec(line);
    if (section) {
      current = section[1];
      if (header.test(line) && headerLine === 0) headerLine = i + 1;
      continue;
    }
    if (current === table && direct.test(line)) return i + 1;
    if (current === undefined && dotted?.test(line)) return i + 1;
  }
  return headerLine || 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
