// untracked-files over a real repository, through the action's bundle as the runner
// runs it: the clean tree with default inputs and with the documented one-line test
// exclude (findings listed for a person to judge), notices by class, what was not
// checked, and recall over 20 deterministic un-track probes on a copy: a tracked file
// that a relative value import needs is removed from the index (still on disk), and
// the action must report that import as untracked.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findImports, sourceKindOf } from '../../src/imports/imports.ts';
import { GlobSet } from '../../src/shared/inputs.ts';
import { runStep } from '../../test/harness/action-runner.ts';
import type { CorpusCheck } from '../corpus.ts';

/** The exclude action-catalog.md documents for test code that is broken on purpose. */
export const TEST_EXCLUDE = '**/{test,tests,__tests__,__testfixtures__,e2e,fixtures,playground}/**';
const PROBES = 20;

interface Miss {
  file: string;
  line: number;
  specifier: string;
  resolved: string;
  state: string;
  generator?: string;
  violation: boolean;
}

interface Run {
  exitCode: number | null;
  misses: Miss[];
  notChecked: Record<string, number>;
  dirty: { path: string; state: string }[];
}

async function runAction(dir: string, inputs: Record<string, string>): Promise<Run> {
  // GIT_OPTIONAL_LOCKS=0: `git status` must not rewrite the index of a repository we only read.
  const step = await runStep('untracked-files', 'main', { cwd: dir, inputs, timeoutMs: 600_000, env: { GIT_OPTIONAL_LOCKS: '0' } });
  const json = <T>(name: string, fallback: T): T => (step.outputs[name] ? (JSON.parse(step.outputs[name]) as T) : fallback);
  if (step.outputs['untracked-imports'] === undefined) throw new Error(`the action produced no outputs:\n${step.stdout}\n${step.stderr}`);
  return { exitCode: step.exitCode, misses: json('untracked-imports', []), notChecked: json('not-checked', {}), dirty: json('dirty-files', []) };
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** What Node, TypeScript and Vite would load for a relative specifier, judged on disk alone (independent of the engine). */
function onDiskTarget(repo: string, dir: string, specifier: string): string | undefined {
  const path = join(dir, specifier.split('?')[0]!).replace(/\\/g, '/');
  if (path.startsWith('..')) return undefined;
  const stem = path.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [
    path,
    ...(stem !== path ? ['.ts', '.tsx', '.mts', '.cts'].map((ext) => stem + ext) : []),
    ...['.ts', '.tsx', '.js', '.jsx', '.mjs', '.mts', '.svelte', '.vue', '.astro', '.json'].map((ext) => path + ext),
    ...['.ts', '.tsx', '.js', '.jsx'].map((ext) => `${path}/index${ext}`),
  ];
  return candidates.find((candidate) => !candidate.endsWith('.d.ts') && isFile(join(repo, candidate)));
}

/** The runtime entry of a workspace package (`exports` '.', then module/main), as Node and Vite pick it, or undefined. */
function packageEntry(repo: string, dir: string): string | undefined {
  let manifest: { exports?: unknown; module?: unknown; main?: unknown };
  try {
    manifest = JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8').replace(/^\uFEFF/, '')) as typeof manifest;
  } catch {
    return undefined;
  }
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
    if ('.' in record) return pick(record['.']);
    for (const condition of ['import', 'default', 'node', 'require']) if (condition in record) return pick(record[condition]);
    return undefined;
  };
  const entry = pick(manifest.exports) ?? (typeof manifest.module === 'string' ? manifest.module : typeof manifest.main === 'string' ? manifest.main : undefined);
  return entry === undefined ? undefined : join(dir, entry).replace(/\\/g, '/');
}

interface Probe {
  target: string;
  importer: string;
  specifier: string;
  why: string;
}

/**
 * 20 files to un-track, chosen by a hash of their path (the same every run): each
 * needed by a relative value import from a scanned file. Picked first when the
 * repository has one: a `.js` beside a tracked `.d.ts` (the resolver must not take the
 * declaration for the module), and a file imported from a component (.svelte/.vue/.astro).
 */
function chooseProbes(repo: string, excluded: (path: string) => boolean): Probe[] {
  const listing = git(repo, 'ls-files', '-z', '--stage').split('\0').filter(Boolean);
  const regular = new Set(listing.filter((entry) => entry.startsWith('100')).map((entry) => entry.slice(entry.indexOf('\t') + 1)));
  const workspaces = new Map<string, string>();
  for (const file of regular) {
    if (!file.endsWith('package.json') || file.includes('node_modules/') || (file !== 'package.json' && !file.endsWith('/package.json'))) continue;
    try {
      const manifest = JSON.parse(readFileSync(join(repo, file), 'utf8').replace(/^\uFEFF/, '')) as { name?: unknown };
      if (typeof manifest.name === 'string') workspaces.set(manifest.name, file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
    } catch {
      // not JSON: not a package
    }
  }
  const edges = new Map<string, Probe>();
  for (const file of regular) {
    const kind = sourceKindOf(file);
    if (!kind || kind === 'dts' || excluded(file)) continue;
    let source: string;
    try {
      source = readFileSync(join(repo, file), 'utf8');
    } catch {
      continue;
    }
    for (const found of findImports(source, kind)) {
      if (found.typeOnly) continue;
      const relative = /^\.\.?\//.test(found.specifier);
      const packageDir = relative ? undefined : workspaces.get(found.specifier);
      if (!relative && packageDir === undefined) continue;
      const target = relative ? onDiskTarget(repo, file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', found.specifier) : packageEntry(repo, packageDir!);
      if (!target || !regular.has(target) || edges.has(target)) continue;
      const besideDeclaration = target.endsWith('.js') && regular.has(`${target.slice(0, -3)}.d.ts`);
      const how = relative ? 'relative import' : 'workspace package entry';
      edges.set(target, { target, importer: file, specifier: found.specifier, why: besideDeclaration ? '.js beside a tracked .d.ts' : /\.(svelte|vue|astro)$/.test(file) ? `imported from a .${file.split('.').pop()} file` : how });
    }
  }
  // A target git would ignore once untracked is a notice by design, not a probe.
  const asked = spawnSync('git', ['-C', repo, 'check-ignore', '--no-index', '-z', '--stdin'], { input: [...edges.keys()].join('\0'), encoding: 'utf8', maxBuffer: 1 << 30 });
  const ignored = new Set(asked.stdout.split('\0'));
  const hash = (text: string) => createHash('sha1').update(text).digest('hex');
  const ordered = [...edges.values()].filter((probe) => !ignored.has(probe.target)).sort((a, b) => hash(a.target).localeCompare(hash(b.target)));
  const chosen: Probe[] = [];
  for (const why of ['.js beside a tracked .d.ts', 'imported from a .svelte file', 'imported from a .vue file', 'imported from a .astro file', 'workspace package entry']) {
    const first = ordered.find((probe) => probe.why === why);
    if (first) chosen.push(first);
  }
  for (const probe of ordered) {
    if (chosen.length >= PROBES) break;
    if (!chosen.includes(probe)) chosen.push(probe);
  }
  return chosen;
}

function countBy<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(', ') || 'none';
}

export const corpus: CorpusCheck = {
  async run(repoDir, name) {
    const tracked = git(repoDir, 'ls-files', '-z').split('\0').filter(Boolean).length;
    console.log(`## ${name}: ${tracked} tracked files`);
    const findings = (run: Run) => run.misses.filter((miss) => miss.violation);
    const plain = await runAction(repoDir, {});
    console.log(`  clean tree, default inputs: ${findings(plain).length} failing imports, ${plain.dirty.length} uncommitted files`);
    const withExclude = await runAction(repoDir, { exclude: TEST_EXCLUDE });
    const failing = findings(withExclude);
    console.log(`  clean tree, exclude '${TEST_EXCLUDE}': ${failing.length} failing imports (each to judge: would the build break?)`);
    for (const miss of findings(plain)) console.log(`    ${failing.some((f) => f.file === miss.file && f.line === miss.line) ? 'FINDING ' : 'excluded'} ${miss.state} ${miss.file}:${miss.line} '${miss.specifier}' -> ${miss.resolved}`);
    for (const file of plain.dirty) console.log(`    dirty ${file.state} ${file.path}`);
    const notices = plain.misses.filter((miss) => !miss.violation);
    console.log(`  notices by class: ${countBy(notices, (miss) => (miss.state === 'generated' ? `generated (${miss.generator})` : miss.state))}`);
    const notChecked = Object.entries(plain.notChecked).map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none';
    console.log(`  not checked: ${notChecked}`);

    const exclude = new GlobSet([TEST_EXCLUDE]);
    const probes = chooseProbes(repoDir, (path) => exclude.matches(path));
    const copy = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
    let caught = 0;
    try {
      cpSync(repoDir, copy, { recursive: true, verbatimSymlinks: true });
      for (const probe of probes) {
        git(copy, 'rm', '-q', '--cached', '--', probe.target);
        try {
          const run = await runAction(copy, { exclude: TEST_EXCLUDE });
          const hit = run.misses.find((miss) => miss.resolved === probe.target && miss.state === 'untracked' && miss.violation);
          if (hit) caught++;
          else console.log(`    MISSED probe ${probe.target} (${probe.why}; '${probe.specifier}' in ${probe.importer}); reported: ${JSON.stringify(run.misses.filter((miss) => miss.resolved === probe.target || miss.file === probe.importer))}`);
        } finally {
          git(copy, 'reset', '-q', '--', probe.target);
        }
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    const few = probes.length < PROBES ? ` — the repository has only ${probes.length} files a relative or workspace value import needs` : '';
    console.log(`  recall: ${caught}/${probes.length} un-track probes (${countBy(probes, (probe) => probe.why)})${few}`);
    console.log(`| ${name} | ${tracked} | ${findings(plain).length} | ${failing.length} | ${countBy(notices, (miss) => (miss.state === 'generated' ? `generated (${miss.generator})` : miss.state))} | ${notChecked} | ${caught}/${probes.length} |`);
    return caught === probes.length;
  },
};
