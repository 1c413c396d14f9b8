/**
 * Reads one compose file: size, binary and nesting limits BEFORE the parser runs, the
 * `yaml` parser with line numbers and unique keys, then a walk that turns the document
 * into plain values, expanding aliases against a node budget (alias bombs) and a depth
 * limit, keeping the line of every mapping key, and interpolating every string scalar
 * where it stands so each variable use has a line.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLMap, YAMLSeq, type Alias, type Document, type Node as YamlNode, type Tags } from 'yaml';
import { UserError } from '../shared/errors.ts';
import { LineIndex } from '../shared/line-index.ts';
import { interpolate, TemplateError, type Lookup, type VariableUse } from './interpolate.ts';

export const LIMITS = {
  /** Real compose files are kilobytes; anything this big is a mistake or an attack. */
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 64,
  /** Nodes visited including alias expansions: bounds time and memory of an alias bomb. */
  maxNodes: 250_000,
};

/** Compose's merge tags, on mappings, sequences and scalars: known to the parser, kept on the node. */
const COMPOSE_TAGS: Tags = ['!reset', '!override'].flatMap((tag): Tags => [
  { tag, collection: 'map', nodeClass: YAMLMap, resolve: (map) => map },
  { tag, collection: 'seq', nodeClass: YAMLSeq, resolve: (seq) => seq },
  { tag, resolve: (text: string) => text },
]);

/** `!reset` / `!override` on a value: the merge of several files treats it specially. */
export class Tagged {
  readonly tag: '!reset' | '!override';
  readonly value: unknown;
  constructor(tag: '!reset' | '!override', value: unknown) {
    this.tag = tag;
    this.value = value;
  }
}

export interface LocatedUse extends VariableUse {
  file: string;
  line: number;
  /** Where in the document: ['services', 'web', 'environment', 'KEY']. */
  path: readonly (string | number)[];
}

export interface ComposeYaml {
  file: string;
  value: Record<string, unknown>;
  uses: LocatedUse[];
  /** Line of every mapping key and sequence item, by the object holding it. */
  lines: WeakMap<object, Map<string | number, number>>;
  /** The text as written of every value that interpolation changed, by the object holding it: shown instead of the value. */
  templates: WeakMap<object, Map<string | number, string>>;
}

/** A compose file that cannot be read: one line, `file:line: problem`. */
export class ComposeFileError extends UserError {
  override name = 'ComposeFileError';
  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}

/**
 * `file` is the path as the user sees it (messages), `path` where to read it.
 * `lookup` gives interpolation values; they never leave this module except inside the returned value.
 */
export function readComposeYaml(path: string, file: string, lookup: Lookup): ComposeYaml {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ComposeFileError(file, undefined, 'is not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof ComposeFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ComposeFileError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`);
  }
  if (size > LIMITS.maxBytes) {
    throw new ComposeFileError(file, undefined, `is ${(size / 1024 / 1024).toFixed(1)} MB; compose files over ${LIMITS.maxBytes / 1024 / 1024} MB are refused`);
  }
  return parseComposeYaml(readFileSync(path), file, lookup);
}

export function parseComposeYaml(bytes: Buffer | string, file: string, lookup: Lookup): ComposeYaml {
  const text = typeof bytes === 'string' ? bytes : decodeText(bytes, file);
  if (text.length > LIMITS.maxBytes) throw new ComposeFileError(file, undefined, `is over ${LIMITS.maxBytes / 1024 / 1024} MB; compose files that big are refused`);
  checkFlowDepth(text, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, customTags: COMPOSE_TAGS });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new ComposeFileError(file, line, `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const walker = new Walker(doc, file, lineCounter, lookup);
  const value = doc.contents ? walker.walk(doc.contents as YamlNode, [], 0) : {};
  if (value === null || value === undefined) return { file, value: {}, uses: walker.uses, lines: walker.lines, templates: walker.templates };
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Tagged) {
    throw new ComposeFileError(file, 1, 'is not a compose file: the top level must be a mapping (services: …)');
  }
  return { file, value: value as Record<string, unknown>, uses: walker.uses, lines: walker.lines, templates: walker.templates };
}

/** UTF-8 text of a configuration file, or a one-line `file:line` error at its first binary or invalid byte. */
export function decodeText(bytes: Buffer, file: string): string {
  const probe = bytes.subarray(0, 64 * 1024);
  const nul = probe.indexOf(0);
  if (nul >= 0) throw new ComposeFileError(file, new LineIndex(probe).lineAt(nul), 'is not a text file (binary data)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new ComposeFileError(file, new LineIndex(bytes).lineAt(bad), 'is not valid UTF-8 text (binary data?)');
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode (incomplete tails are fine to miss by a few bytes).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return Math.max(0, low - 1);
}

/** Flow collections (`[[[[…`) nest without indentation; refuse deep ones before the parser recurses. */
function checkFlowDepth(text: string, file: string): void {
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line++;
      if (quote === "'") continue;
    } else if (quote) {
      if (ch === 92 && quote === '"') i++;
      else if (text[i] === quote) quote = '';
    } else if (ch === 91 || ch === 123) {
      if (++depth > LIMITS.maxDepth) throw new ComposeFileError(file, line, `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
    } else if (ch === 93 || ch === 125) {
      if (depth > 0) depth--;
    } else if (ch === 35 && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if ((ch === 34 || ch === 39) && depth > 0) {
      quote = text[i]!;
    }
  }
}

/** services.<name>.build.args.<NAME> is as deep as any check looks; deeper nodes share their parent's path. */
const PATH_DEPTH = 5;

/** One entry of a mapping after YAML merge keys: explicit keys win, then earlier merged mappings. */
interface MapEntry {
  key: string;
  keyNode: YamlNode | null;
  value: YamlNode | null;
}

class Walker {
  readonly uses: LocatedUse[] = [];
  readonly lines = new WeakMap<object, Map<string | number, number>>();
  readonly templates = new WeakMap<object, Map<string | number, string>>();
  /** The text of the scalar just interpolated, when it held a variable (read by the collection holding it). */
  private lastTemplate: string | undefined;
  private nodes = 0;
  private readonly file: string;
  private readonly counter: LineCounter;
  private readonly lookup: Lookup;
  /** Anchored nodes by name, in document order (Alias.resolve would walk the whole document per alias). */
  private anchors?: Map<string, YamlNode[]>;
  private readonly doc: Document;

  constructor(doc: Document, file: string, counter: LineCounter, lookup: Lookup) {
    this.file = file;
    this.counter = counter;
    this.lookup = lookup;
    this.doc = doc;
  }

  private anchorMap(): Map<string, YamlNode[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, YamlNode[]>();
    visit(this.doc, (_key, node) => {
      const anchor = (node as { anchor?: string } | null)?.anchor;
      if (anchor) {
        const list = anchors.get(anchor) ?? [];
        list.push(node as YamlNode);
        anchors.set(anchor, list);
      }
    });
    this.anchors = anchors;
    return anchors;
  }

  /** The node an alias names: the last anchor of that name before it, as YAML defines. */
  private resolveAlias(alias: Alias): YamlNode | undefined {
    const candidates = this.anchorMap().get(alias.source);
    const at = alias.range?.[0] ?? Infinity;
    let found: YamlNode | undefined;
    for (const node of candidates ?? []) if ((node.range?.[0] ?? Infinity) < at) found = node;
    return found;
  }

  private lineOf(node: { range?: [number, number, number] | null } | null | undefined): number {
    return node?.range ? this.counter.linePos(node.range[0]).line : 0;
  }

  walk(node: YamlNode | null | undefined, path: readonly (string | number)[], depth: number): unknown {
    if (!node) return null;
    if (++this.nodes > LIMITS.maxNodes) {
      throw new ComposeFileError(this.file, this.lineOf(node), `YAML aliases expand to more than ${LIMITS.maxNodes} nodes (an alias bomb?)`);
    }
    if (depth > LIMITS.maxDepth) throw new ComposeFileError(this.file, this.lineOf(node), `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
    if (isAlias(node)) {
      const target = this.resolveAlias(node);
      if (!target) throw new ComposeFileError(this.file, this.lineOf(node), `unknown alias *${node.source}`);
      return this.walk(target, path, depth + 1);
    }
    const tag = node.tag === '!reset' || node.tag === '!override' ? node.tag : undefined;
    const value = this.plain(node, path, depth);
    return tag ? new Tagged(tag, value) : value;
  }

  private plain(node: YamlNode, path: readonly (string | number)[], depth: number): unknown {
    if (isScalar(node)) {
      if (typeof node.value !== 'string') return node.value ?? null;
      return this.interpolateScalar(node.value, this.lineOf(node), path);
    }
    if (isSeq(node)) {
      const list: unknown[] = [];
      const lines = new Map<string | number, number>();
      node.items.forEach((item, index) => {
        lines.set(index, this.lineOf(item as YamlNode));
        this.lastTemplate = undefined;
        list.push(this.walk(item as YamlNode, path.length < PATH_DEPTH ? [...path, index] : path, depth + 1));
        this.keepTemplate(list, index);
      });
      this.lines.set(list, lines);
      return list;
    }
    if (isMap(node)) {
      const map: Record<string, unknown> = Object.create(null);
      const lines = new Map<string | number, number>();
      // Only the entries that win are walked: an anchored entry a mapping overrides reads no variable.
      for (const entry of this.mapEntries(node, depth)) {
        lines.set(entry.key, this.lineOf(entry.keyNode));
        this.lastTemplate = undefined;
        map[entry.key] = this.walk(entry.value, path.length < PATH_DEPTH ? [...path, entry.key] : path, depth + 1);
        this.keepTemplate(map, entry.key);
      }
      this.lines.set(map, lines);
      return map;
    }
    return null;
  }

  private keepTemplate(holder: object, key: string | number): void {
    if (this.lastTemplate === undefined) return;
    let templates = this.templates.get(holder);
    if (!templates) this.templates.set(holder, (templates = new Map()));
    templates.set(key, this.lastTemplate);
    this.lastTemplate = undefined;
  }

  /** A mapping's entries after YAML merge keys (`<<`): explicit keys win, then earlier merged mappings win. */
  private mapEntries(node: YAMLMap, depth: number): MapEntry[] {
    if (depth > LIMITS.maxDepth) throw new ComposeFileError(this.file, this.lineOf(node), `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
    const entries: MapEntry[] = [];
    const sources: YAMLMap[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      if (isScalar(keyNode) && (typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === 'PLAIN'))) {
        const value = this.deref(pair.value as YamlNode | null);
        const parts = isSeq(value) ? value.items.map((item) => this.deref(item as YamlNode)) : [value];
        for (const part of parts) {
          if (!isMap(part)) throw new ComposeFileError(this.file, this.lineOf(keyNode), 'a merge key (<<) must point at a mapping or a list of mappings');
          sources.push(part);
        }
        continue;
      }
      if (isMap(keyNode) || isSeq(keyNode)) throw new ComposeFileError(this.file, this.lineOf(keyNode), 'a mapping key must be a plain value');
      const key = isScalar(keyNode) ? String(keyNode.value) : isAlias(keyNode) ? String((this.resolveAlias(keyNode) as { value?: unknown } | undefined)?.value) : '';
      entries.push({ key, keyNode, value: pair.value as YamlNode | null });
    }
    const seen = new Set(entries.map((entry) => entry.key));
    for (const source of sources) {
      for (const entry of this.mapEntries(source, depth + 1)) {
        if (++this.nodes > LIMITS.maxNodes) throw new ComposeFileError(this.file, this.lineOf(entry.keyNode), `YAML aliases expand to more than ${LIMITS.maxNodes} nodes (an alias bomb?)`);
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        entries.push(entry);
      }
    }
    return entries;
  }

  /** The node itself, or the node an alias names. */
  private deref(node: YamlNode | null | undefined): YamlNode | null {
    if (!node) return null;
    if (!isAlias(node)) return node;
    const target = this.resolveAlias(node);
    if (!target) throw new ComposeFileError(this.file, this.lineOf(node), `unknown alias *${node.source}`);
    return target;
  }

  private interpolateScalar(text: string, line: number, path: readonly (string | number)[]): string {
    if (!text.includes('$')) return text;
    try {
      const result = interpolate(text, this.lookup);
      for (const use of result.uses) this.uses.push({ ...use, file: this.file, line, path });
      if (result.uses.length > 0) this.lastTemplate = text;
      return result.value;
    } catch (error) {
      if (error instanceof TemplateError) throw new ComposeFileError(this.file, line, `${error.message} (at ${path.join('.') || 'top level'})`);
      throw error;
    }
  }
}
