import picomatch from 'picomatch';
import { InputError } from './errors.ts';
import { parseDurationMs } from './duration.ts';

/**
 * Where raw input strings come from: the runner's INPUT_* variables for actions,
 * `--flags` for the CLI. Both use the action.yml input names, so one parser serves both.
 */
export interface InputSource {
  /** The raw value, '' when not given. */
  get(name: string): string;
  /** A secret's raw value when it may come from elsewhere than `get` (the CLI: a file or the environment). */
  secret?(name: string): string;
  /** Hide a secret value from all further output (core.setSecret in actions). */
  mask(value: string): void;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Upper bounds, so an absurd value fails at once instead of waiting until the job's own
 * timeout: whole numbers (counts, limits) up to a million, and durations up to 6 hours,
 * the longest a GitHub-hosted job runs. An input that means more (a look-back window, a
 * backup's age) passes its own `max`.
 */
export const MAX_INTEGER = 1_000_000;
export const MAX_DURATION_MS = 6 * 3_600_000;
/** Ages and look-backs (a watchdog's lookback, host-canary's window, backup-max-age, min-uptime) are not waits: up to 30 days. */
export const MAX_LOOK_BACK_MS = 30 * 86_400_000;

/** 6h, 30m, 45s: a limit as a user would write it. */
function durationText(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** Typed, validated reads; every failure is one line naming the input and a good example. YAML inputs: yamlInput (./yaml-input.ts). */
export class Inputs {
  readonly source: InputSource;
  constructor(source: InputSource) {
    this.source = source;
  }

  string(name: string, fallback = ''): string {
    const value = this.source.get(name).trim();
    return value === '' ? fallback : value;
  }

  required(name: string, example: string): string {
    const value = this.string(name);
    if (value === '') throw new InputError(name, 'is required but was not given', example);
    return value;
  }

  /** A secret: masked before anything else can print it. */
  secret(name: string): string {
    const value = (this.source.secret ? this.source.secret(name) : this.source.get(name)).trim();
    if (value !== '') this.source.mask(value);
    return value;
  }

  /** YAML 1.2 core-schema booleans, as @actions/core getBooleanInput accepts. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw new InputError(name, `'${value}' is not a boolean`, `${name}: ${fallback ? 'false' : 'true'}`);
  }

  integer(name: string, fallback: number | undefined, { min = 0, max = MAX_INTEGER, example = '10' } = {}): number | undefined {
    const value = this.string(name);
    if (value === '') return fallback;
    if (!/^-?\d+$/.test(value)) throw new InputError(name, `'${value}' is not a whole number`, `${name}: ${example}`);
    const number = Number(value);
    if (number < min) throw new InputError(name, `${number} is below the minimum of ${min}`, `${name}: ${example}`);
    if (number > max) throw new InputError(name, `${value.length > 20 ? `${value.slice(0, 20)}…` : value} is above the maximum of ${max}`, `${name}: ${example}`);
    return number;
  }

  number(name: string, fallback: number, { min = 0, max = MAX_INTEGER, example = '0.5' } = {}): number {
    const value = this.string(name);
    if (value === '') return fallback;
    const number = Number(value);
    if (Number.isFinite(number) && number > max) throw new InputError(name, `'${value}' is above the maximum of ${max}`, `${name}: ${example}`);
    if (!Number.isFinite(number) || number < min) {
      throw new InputError(name, `'${value}' is not a number from ${min} to ${max}`, `${name}: ${example}`);
    }
    return number;
  }

  durationMs(name: string, fallback: string, { min = 0, max = MAX_DURATION_MS } = {}): number {
    const value = this.string(name, fallback);
    const ms = parseDurationMs(value);
    if (ms === undefined) throw new InputError(name, `'${value}' is not a duration`, `${name}: 30s (also 500ms, 3m, 1h; a bare number means seconds)`);
    if (ms < min) throw new InputError(name, `'${value}' is shorter than the minimum of ${min}ms`, `${name}: ${fallback}`);
    if (ms > max) throw new InputError(name, `'${value.length > 20 ? `${value.slice(0, 20)}…` : value}' is longer than the maximum of ${durationText(max)}`, `${name}: ${fallback}`);
    return ms;
  }

  /** One item per line (commas also separate, as many actions accept); blank lines and `#` comments dropped. */
  list(name: string, { splitCommas = false } = {}): string[] {
    return splitList(this.source.get(name), splitCommas);
  }

  regex(name: string, fallback = ''): RegExp | undefined {
    const value = this.string(name, fallback);
    if (value === '') return undefined;
    try {
      return new RegExp(value, 'i');
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid';
      throw new InputError(name, `the regular expression does not compile (${reason})`, `${name}: '\\[(skip ci|ci skip)\\]'`);
    }
  }

  /** Glob patterns, one per line; `!pattern` excludes. */
  globs(name: string): GlobSet {
    const patterns = this.list(name);
    for (const pattern of patterns) {
      try {
        picomatch.makeRe(pattern.replace(/^!/, ''));
      } catch {
        throw new InputError(name, `'${pattern}' is not a valid glob`, `${name}: 'db/migrations/**'`);
      }
    }
    return new GlobSet(patterns);
  }
}

export function splitList(text: string, splitCommas = false): string[] {
  const items = text.split(/\r?\n/).flatMap((line) => (splitCommas ? line.split(',') : [line]));
  return items.map((item) => item.trim()).filter((item) => item !== '' && !item.startsWith('#'));
}

/** Include/exclude glob list with gitignore-like `!` negation: the last matching pattern wins. */
export class GlobSet {
  readonly patterns: string[];
  private readonly matchers: { negate: boolean; test: (path: string) => boolean }[];

  constructor(patterns: string[]) {
    this.patterns = patterns;
    this.matchers = patterns.map((pattern) => {
      const negate = pattern.startsWith('!');
      return { negate, test: picomatch(negate ? pattern.slice(1) : pattern, { dot: true }) };
    });
  }

  get isEmpty(): boolean {
    return this.matchers.length === 0;
  }

  matches(path: string): boolean {
    // picomatch's regexes use `.`, which no line terminator matches: a file named
    // "db/migrations/1\n.sql" would slip past db/migrations/**. As far as a glob is
    // concerned they are ordinary characters.
    const subject = path.replace(/[\n\r\u2028\u2029]/g, '\uFFFD');
    let matched = false;
    for (const matcher of this.matchers) if (matcher.test(subject)) matched = !matcher.negate;
    return matched;
  }
}
