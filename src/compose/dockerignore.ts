/**
 * `.dockerignore` as Docker reads it for a build context: github.com/moby/patternmatcher
 * (the matcher BuildKit uses) and its ignorefile reader, ported rule for rule. Unlike
 * .gitignore, a pattern is matched against the whole path from the context root (`*.md`
 * excludes only top-level files; `**` spans directories), a pattern that matches a
 * parent directory excludes everything below it, and the last matching pattern wins
 * (`!` re-includes). Docker compiles patterns to RE2 regular expressions, which never
 * backtrack; JavaScript's would, so a pattern here runs as a small automaton in time
 * linear in the path (a hostile pattern cannot stall the scan).
 *
 * Why not an npm package: @balena/dockerignore (a port of moby 19.03) fails 3 of moby's
 * own 69 TestMatches cases and throws on `a.|)$(}+{bc` (it does not escape `|()+{}`), and
 * defaults to case-insensitive matching; @zeit/dockerignore follows .gitignore rules.
 */
import { posix } from 'node:path';

type Token =
  | { kind: 'char'; char: string }
  /** `?`: one character except `/`. */
  | { kind: 'one' }
  /** `*`: any run of characters except `/`. */
  | { kind: 'star' }
  /** `**` followed by more pattern: nothing, or anything that ends in a slash. */
  | { kind: 'dirs' }
  /** `**` at the end (after other wildcards): `.*`. */
  | { kind: 'rest' }
  | { kind: 'class'; negated: boolean; ranges: [number, number][] };

interface Pattern {
  text: string;
  exclusion: boolean;
  type: 'exact' | 'prefix' | 'suffix' | 'glob';
  tokens: Token[];
}

/** Characters moby escapes before building its regular expression: literal here. */
const LITERAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** Go's filepath.Clean for slash paths. */
function clean(path: string): string {
  const normalized = posix.normalize(path);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/**
 * The patterns of a .dockerignore file (moby ignorefile.ReadAll): BOM stripped, lines
 * starting with `#` skipped, whitespace trimmed, paths cleaned, a leading `/` removed.
 */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const raw of lines) {
    if (raw.startsWith('#')) continue;
    let pattern = raw.trim();
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = clean(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}

export class DockerIgnore {
  private readonly patterns: Pattern[] = [];
  /** Patterns Docker would refuse (the build fails there); they match nothing here. */
  readonly invalid: string[] = [];

  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      let text = raw.trim();
      if (text === '') continue;
      text = clean(text);
      const exclusion = text.startsWith('!');
      if (exclusion) text = text.slice(1);
      const compiled = exclusion && text === '' ? undefined : compile(text);
      if (compiled) this.patterns.push({ text, exclusion, ...compiled });
      else this.invalid.push(raw);
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  /** True when the context path (slash-separated, relative to the context) is left out of the build. */
  excludes(path: string): boolean {
    const slash = path.lastIndexOf('/');
    const parents = slash > 0 ? path.slice(0, slash).split('/') : [];
    let matched = false;
    for (const pattern of this.patterns) {
      // An inclusion cannot change an already excluded path, an exclusion an included one.
      if (pattern.exclusion !== matched) continue;
      let match = matches(pattern, path);
      for (let i = 0; !match && i < parents.length; i++) match = matches(pattern, parents.slice(0, i + 1).join('/'));
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}

/** moby's Pattern.compile: the match type and, for globs, the tokens; undefined for a pattern RE2 would reject. */
function compile(pattern: string): { type: Pattern['type']; tokens: Token[] } | undefined {
  const chars = [...pattern];
  const tokens: Token[] = [];
  let type: Pattern['type'] = 'exact';
  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++; // `**/` counts as `**`
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            tokens.push({ kind: 'rest' });
            type = 'glob';
          }
        } else {
          tokens.push({ kind: 'dirs' });
          type = 'glob';
        }
        if (step === 0) type = 'suffix';
      } else {
        tokens.push({ kind: 'star' });
        type = 'glob';
      }
    } else if (ch === '?') {
      tokens.push({ kind: 'one' });
      type = 'glob';
    } else if (LITERAL.has(ch)) {
      tokens.push({ kind: 'char', char: ch });
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        tokens.push({ kind: 'char', char: chars[++i]! });
        type = 'glob';
      } else {
        tokens.push({ kind: 'char', char: '\\' });
      }
    } else if (ch === '[') {
      const parsed = characterClass(chars, i + 1);
      if (!parsed) return undefined;
      tokens.push(parsed.token);
      i = parsed.end;
      type = 'glob';
    } else if (ch === ']') {
      tokens.push({ kind: 'char', char: ']' });
      type = 'glob';
    } else {
      tokens.push({ kind: 'char', char: ch });
    }
  }
  return { type, tokens };
}

/** `[...]` from `from` (after the `[`): ranges and single characters, `^` negates; undefined when it never closes. */
function characterClass(chars: string[], from: number): { token: Token; end: number } | undefined {
  let i = from;
  const negated = chars[i] === '^';
  if (negated) i++;
  const ranges: [number, number][] = [];
  let first = true;
  for (; i < chars.length; i++) {
    let ch = chars[i]!;
    if (ch === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (ch === '\\' && i + 1 < chars.length) ch = chars[++i]!;
    const low = ch.codePointAt(0)!;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let highChar = chars[i + 2]!;
      i += 2;
      if (highChar === '\\' && i + 1 < chars.length) highChar = chars[++i]!;
      const high = highChar.codePointAt(0)!;
      if (high < low) return undefined; // RE2: invalid character class range
      ranges.push([low, high]);
    } else {
      ranges.push([low, low]);
    }
  }
  return undefined;
}

function matches(pattern: Pattern, path: string): boolean {
  switch (pattern.type) {
    case 'exact':
      return path === pattern.text;
    case 'prefix':
      return path.startsWith(pattern.text.slice(0, -2));
    case 'suffix': {
      const suffix = pattern.text.slice(2);
      return path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'glob':
      return runGlob(pattern.tokens, path);
  }
}

/**
 * The tokens as a nondeterministic automaton over the path: the set of token positions
 * reachable so far, plus, for `dirs` tokens, whether we are inside their `.*` waiting
 * for the closing `/`. O(path × tokens), whatever the pattern.
 */
function runGlob(tokens: Token[], path: string): boolean {
  const n = tokens.length;
  let at = new Uint8Array(n + 1);
  let inside = new Uint8Array(n);
  let nextAt = new Uint8Array(n + 1);
  let nextInside = new Uint8Array(n);
  const close = (set: Uint8Array) => {
    // Zero-width steps: `*`, a trailing `**` and an inner `**` may match nothing.
    for (let i = 0; i < n; i++) if (set[i] && tokens[i]!.kind !== 'char' && tokens[i]!.kind !== 'one' && tokens[i]!.kind !== 'class') set[i + 1] = 1;
  };
  at[0] = 1;
  close(at);
  for (const ch of path) {
    nextAt.fill(0);
    nextInside.fill(0);
    const code = ch.codePointAt(0)!;
    const slash = ch === '/';
    let alive = false;
    for (let i = 0; i < n; i++) {
      if (inside[i]) {
        nextInside[i] = 1;
        if (slash) nextAt[i + 1] = 1;
        alive = true;
      }
      if (!at[i]) continue;
      const token = tokens[i]!;
      switch (token.kind) {
        case 'char':
          if (token.char === ch) nextAt[i + 1] = 1;
          break;
        case 'one':
          if (!slash) nextAt[i + 1] = 1;
          break;
        case 'class': {
          // As in RE2, a class may match `/` (Docker does not exclude it).
          const inRange = token.ranges.some(([low, high]) => code >= low && code <= high);
          if (inRange !== token.negated) nextAt[i + 1] = 1;
          break;
        }
        case 'star':
          if (!slash) nextAt[i] = 1;
          break;
        case 'rest':
          nextAt[i] = 1;
          break;
        case 'dirs':
          nextInside[i] = 1;
          if (slash) nextAt[i + 1] = 1;
          break;
      }
      alive = true;
    }
    if (!alive) return false;
    close(nextAt);
    [at, nextAt] = [nextAt, at];
    [inside, nextInside] = [nextInside, inside];
  }
  return at[n] === 1;
}
