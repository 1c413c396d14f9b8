// Finds the module specifiers a source file names, with their line numbers.
// Fast path: es-module-lexer (wasm, a few ms per MB). It cannot see require()
// and throws on some JSX, so those files go through the tokenizer instead; both
// give the same specifiers and lines (test/untracked-files.parse.test.ts).
import { parse } from 'es-module-lexer';
import { LineIndex } from '../shared/line-index.ts';
import { computedText, scanImportsWithTokenizer } from './tokenizer.ts';

export type ImportKind = 'static' | 'dynamic' | 'require' | 'reference';

/** A specifier at an offset of the scanned text. */
export interface FoundImport {
  specifier: string;
  /** Offset of the specifier's first character. */
  index: number;
  kind: ImportKind;
  /** Needed at type-check time only (TypeScript erases it): a `.d.ts` satisfies it. */
  typeOnly: boolean;
  /** A static `import` that binds names (`import X`, `import { … }`, `import * as N`), not a bare `import './x'` or a re-export. */
  bindings?: boolean;
  /**
   * An import()/require() whose specifier is computed at run time: `specifier` is then
   * the pattern of a template (`./locales/*.json`, one `*` per `${…}`), or
   * `import(…)`/`require(…)` for any other expression: text to show, never a file.
   */
  computed?: boolean;
}

export interface SourceImport {
  specifier: string;
  /** 1-based line of the specifier in the original file. */
  line: number;
  kind: ImportKind;
  typeOnly: boolean;
}

/** `dts`: a declaration file, whose every import is type-only. */
export type SourceKind = 'ts' | 'tsx' | 'js' | 'jsx' | 'svelte' | 'vue' | 'astro' | 'dts';

const KIND_BY_EXTENSION: Record<string, SourceKind> = {
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
export function isTypeTest(path: string): boolean {
  return /\.(?:test|spec)-d\.[cm]?[jt]sx?$/.test(path);
}

/** The source kind of a path, or undefined when it is not a file this check parses. */
export function sourceKindOf(path: string): SourceKind | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  const kind = KIND_BY_EXTENSION[path.slice(dot + 1)];
  return kind === 'ts' && path.startsWith('.d', dot - 2) ? 'dts' : kind;
}

// In Node, parse() compiles the lexer's wasm synchronously on first use: no init() needed.
const lexer = (source: string) => parse(source);

export interface ScanStats {
  lexer: number;
  tokenizer: number;
}

/** One import; `computed` as in FoundImport (the specifier is then a pattern or text to show). */
export type OnImport = (specifier: string, index: number, kind: ImportKind, typeOnly: boolean, bindings: boolean, computed: boolean) => void;

/** Whether `type` occurs in code[from, to): a scan of the import clause only, never of the rest of the file. */
function mentionsType(code: string, from: number, to: number): boolean {
  for (let p = from; p + 4 <= to; p++) if (code.charCodeAt(p) === 116 /* t */ && code.startsWith('type', p)) return true;
  return false;
}

/** Whether the static import at `start` binds names: `import X …`, `import { … }`, `import * as …`, not `import './x'`. */
function bindsNames(code: string, start: number): boolean {
  if (!code.startsWith('import', start)) return false;
  let p = start + 6;
  while (p < code.length && (code.charCodeAt(p) === 32 || code.charCodeAt(p) === 9 || code.charCodeAt(p) === 10 || code.charCodeAt(p) === 13)) p++;
  const c = code.charCodeAt(p);
  return c !== 39 && c !== 34;
}

/**
 * `import { type A, type B } from` / `export { type A } from`: every name carries its
 * own `type` modifier, so TypeScript (and esbuild) drop the statement.
 */
function namesAreAllTypes(clause: string): boolean {
  const open = clause.indexOf('{');
  const close = clause.lastIndexOf('}');
  if (open < 0 || close < open || /^\s*(?:import|export)\s*[^{\s]/.test(clause)) return false;
  const names = clause.slice(open + 1, close).split(',').map((name) => name.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => /^type\s/.test(name));
}

/**
 * Specifiers in JS/TS text via es-module-lexer, handed to `onImport` as they are
 * read (no array per file); false when the lexer cannot be trusted with this
 * text: it threw, or the text may hold require() calls it does not report.
 */
export function lexImports(code: string, onImport: OnImport): boolean {
  if (code.includes('require')) return false;
  let imports;
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // a parse error is expected here; its stack is not needed
  try {
    [imports] = lexer(code);
  } catch {
    return false;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  for (const entry of imports) {
    if (entry.type === 'import-meta') continue;
    if (entry.type === 'dynamic') {
      // A dynamic import's start is its quote; a static one's is the first character inside.
      const quote = code.charCodeAt(entry.start);
      const index = entry.start + (quote === 39 || quote === 34 || quote === 96 ? 1 : 0);
      // No specifier: a computed import('./x' + y). A glob: a template with `${…}`,
      // which 3.x reports as './locales/*.js' — a pattern, not a file to resolve.
      if (entry.specifier === undefined || entry.glob) onImport(computedText('dynamic', entry.glob ? entry.specifier : undefined), index, 'dynamic', false, false, true);
      else onImport(entry.specifier, index, 'dynamic', entry.probablyTypeOnly, false, false);
    } else {
      const typeOnly = entry.typeOnly || (mentionsType(code, entry.importStart, entry.start) && namesAreAllTypes(code.slice(entry.importStart, entry.start)));
      onImport(entry.specifier, entry.start, 'static', typeOnly, !typeOnly && bindsNames(code, entry.importStart), false);
    }
  }
  return true;
}

/** lexImports as an array, or undefined where the lexer cannot be used. */
export function scanImportsWithLexer(code: string): FoundImport[] | undefined {
  const found: FoundImport[] = [];
  const lexed = lexImports(code, (specifier, index, kind, typeOnly, bindings, computed) => found.push({ specifier, index, kind, typeOnly, bindings, ...(computed ? { computed } : {}) }));
  return lexed ? found : undefined;
}

const REFERENCE = /^\/\/\/\s*<reference\s+path\s*=\s*(["'])([^"']+)\1/;

/**
 * `/// <reference path="…" />` directives: TypeScript reads them only in the
 * leading comments of a file, so only those are looked at.
 */
export function referenceDirectives(code: string): FoundImport[] {
  const found: FoundImport[] = [];
  let p = code.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (p < code.length) {
    while (p < code.length && /\s/.test(code[p]!)) p++;
    if (code.startsWith('/*', p)) {
      const end = code.indexOf('*/', p + 2);
      if (end < 0) break;
      p = end + 2;
      continue;
    }
    if (!code.startsWith('//', p)) break;
    const eol = code.indexOf('\n', p);
    const line = code.slice(p, eol < 0 ? code.length : eol);
    const match = REFERENCE.exec(line);
    if (match) {
      const path = match[2]!;
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
export function extractScripts(source: string, kind: 'svelte' | 'vue' | 'astro'): { code: string; jsx: boolean; sources: FoundImport[] } {
  const keep: [number, number][] = [];
  const sources: FoundImport[] = [];
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
    if (/\blang\s*=\s*["']?(tsx|jsx)\b/i.test(attributes)) jsx = true;
    const src = /\bsrc\s*=\s*(["'])([^"']+)\1/i.exec(attributes);
    if (src) sources.push({ specifier: /^\.{0,2}\//.test(src[2]!) ? src[2]! : `./${src[2]}`, index: match.index + match[0].indexOf(src[2]!), kind: 'static', typeOnly: false });
    if (/\/\s*$/.test(attributes)) continue; // <script … />
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
    if (start < at) continue;
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
export function scanSource(source: string, kind: SourceKind, onImport: OnImport, stats?: ScanStats): void {
  let code = source;
  let jsx = kind === 'tsx' || kind === 'jsx';
  if (kind === 'svelte' || kind === 'vue' || kind === 'astro') {
    const scripts = extractScripts(source, kind);
    code = scripts.code;
    jsx = scripts.jsx;
    for (const found of scripts.sources) onImport(found.specifier, found.index, found.kind, found.typeOnly, false, false);
  } else if (code.startsWith('///', code.charCodeAt(0) === 0xfeff ? 1 : 0) || code.includes('\n///')) {
    for (const found of referenceDirectives(code)) onImport(found.specifier, found.index, found.kind, true, false, false);
  }
  // JSX with closing tags is where the lexer throws or, worse, could misread text
  // such as `<p>Don't</p>` as a string: such files go to the JSX-aware tokenizer.
  // A declaration file too: es-module-lexer erases `declare` and `interface` bodies,
  // and with them the `import('./x').T` types that are a .d.ts file's imports.
  if (kind !== 'dts' && !(jsx && code.includes('</')) && lexImports(code, onImport)) {
    if (stats) stats.lexer++;
  } else {
    const everyTypeOnly = kind === 'dts';
    for (const found of scanImportsWithTokenizer(code, { jsx })) {
      onImport(found.specifier, found.index, found.kind, everyTypeOnly || found.typeOnly, !everyTypeOnly && (found.bindings ?? false), found.computed ?? false);
    }
    if (stats) stats.tokenizer++;
  }
}

/** Every import-like specifier of a source file with its line, in file order (computed ones left out: they name no file). */
export function findImports(source: string, kind: SourceKind, stats?: ScanStats): SourceImport[] {
  const found: FoundImport[] = [];
  scanSource(source, kind, (specifier, index, kind, typeOnly, bindings, computed) => {
    if (!computed) found.push({ specifier, index, kind, typeOnly, bindings });
  }, stats);
  found.sort((a, b) => a.index - b.index);
  const lines = new LineIndex(source);
  return found.map((entry) => ({ specifier: entry.specifier, line: lines.lineAt(entry.index), kind: entry.kind, typeOnly: entry.typeOnly }));
}
