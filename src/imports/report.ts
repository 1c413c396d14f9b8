import type { Finding } from '../shared/findings.ts';
import { code, details, table } from '../shared/markdown.ts';
import type { DirtyFile } from './git-state.ts';
import type { ImportMiss, MissState, UntrackedFilesResult } from './untracked-files.ts';

/** Ignored imports are a notice: a count plus this many examples. */
export const IGNORED_EXAMPLES = 5;
const MAX_ERROR_ANNOTATIONS = 50;
const SUMMARY_ROWS = 200;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The shell-quoted path, for a fix the user can paste. */
function shellPath(path: string): string {
  return /^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** One command that adds every untracked file an import needs. */
export function gitAddCommand(result: UntrackedFilesResult): string | undefined {
  const paths = [...new Set(result.misses.filter((miss) => miss.state === 'untracked' && miss.violation).map((miss) => miss.resolved))];
  return paths.length === 0 ? undefined : `git add ${paths.map(shellPath).join(' ')}`;
}

function fixFor(miss: ImportMiss): string {
  if (miss.caseMismatch) return `match the letter case of ${miss.resolved} in the import (or git mv the file)`;
  if (miss.state === 'untracked') return `git add ${shellPath(miss.resolved)}`;
  if (miss.state === 'ignored') return `generated output: make sure the build creates ${miss.resolved} before it is imported, or commit it (git add -f ${shellPath(miss.resolved)})`;
  return `create and commit ${miss.resolved}, or fix the import`;
}

function describe(miss: ImportMiss): string {
  const needs = `'${miss.specifier}' (${miss.file}:${miss.line})`;
  if (miss.caseMismatch) return `${needs} differs only in letter case from the tracked ${miss.resolved}: it resolves on case-insensitive disks (macOS, Windows) and fails on Linux. Fix: ${fixFor(miss)}`;
  if (miss.state === 'untracked') return `${needs} resolves to ${miss.resolved}, which exists on this disk but is not tracked by git: a clean clone will not have it. Fix: ${fixFor(miss)}`;
  if (miss.state === 'ignored') return `${needs} resolves to ${miss.resolved}, which .gitignore covers: only a build step can create it. If that is intended, nothing to do; else ${fixFor(miss)}`;
  return `${needs} matches no tracked file and nothing on disk (looked for ${miss.resolved}). Fix: ${fixFor(miss)}`;
}

const DIRTY_TEXT: Record<DirtyFile['state'], string> = {
  untracked: 'is untracked (not in git, not ignored)',
  modified: 'is modified but not committed',
  added: 'is staged but not committed',
  deleted: 'is deleted from disk but still tracked',
  'type-changed': 'changed type (file/symlink) without a commit',
  conflicted: 'has an unresolved merge conflict',
};

export function verdictLine(result: UntrackedFilesResult): string {
  const ignored = result.misses.filter((miss) => miss.state === 'ignored').length;
  const counts = (['untracked', 'missing'] as MissState[]).map((state) => [state, result.misses.filter((miss) => miss.state === state && miss.violation).length] as const);
  if (result.violations > 0) {
    const parts = counts.filter(([, count]) => count > 0).map(([state, count]) => `${plural(count, 'import')} of ${state} files`);
    if (ignored > 0 && result.misses.some((miss) => miss.state === 'ignored' && miss.violation)) parts.push(`${plural(result.misses.filter((m) => m.state === 'ignored' && m.violation).length, 'import')} of ignored files (fail-on-ignored)`);
    if (result.dirtyViolations > 0) parts.push(`${plural(result.dirtyViolations, 'uncommitted file')} in the working tree`);
    const add = gitAddCommand(result);
    return `untracked-files: ${parts.join(', ')}${add ? ` — fix: ${add.length > 200 ? `${add.slice(0, 200)}…` : add}` : ''}`;
  }
  const ignoredNote = ignored > 0 ? `; ${plural(ignored, 'import')} of gitignored (generated) files noted` : '';
  return `untracked-files: every import of ${plural(result.scannedFiles, 'tracked source file')} resolves to a tracked file (${plural(result.importsChecked, 'import')} checked)${ignoredNote}${result.dirty.length > 0 ? `; ${plural(result.dirty.length, 'allowed uncommitted file')}` : ''}`;
}

/** Annotations: errors on the importing line, ignored imports as a few notices, dirty files on the file. */
export function findingsOf(result: UntrackedFilesResult): Finding[] {
  const findings: Finding[] = [];
  const failing = result.misses.filter((miss) => miss.violation);
  for (const miss of failing.slice(0, MAX_ERROR_ANNOTATIONS)) {
    findings.push({ severity: 'error', code: `${miss.state}-import`, title: `Import of ${miss.state === 'missing' ? 'a missing' : `an ${miss.state}`} file`, message: describe(miss), file: miss.file, line: miss.line });
  }
  if (failing.length > MAX_ERROR_ANNOTATIONS) {
    findings.push({ severity: 'error', code: 'more', message: `…and ${failing.length - MAX_ERROR_ANNOTATIONS} more failing imports: see the job summary and the untracked-imports output` });
  }
  const ignored = result.misses.filter((miss) => miss.state === 'ignored' && !miss.violation && !miss.allowed);
  for (const miss of ignored.slice(0, IGNORED_EXAMPLES)) {
    findings.push({ severity: 'notice', code: 'ignored-import', title: 'Import of a gitignored file', message: describe(miss), file: miss.file, line: miss.line });
  }
  if (ignored.length > IGNORED_EXAMPLES) {
    findings.push({ severity: 'notice', code: 'ignored-import', message: `${ignored.length} imports of gitignored files in all (generated output a build step must create); ${IGNORED_EXAMPLES} shown` });
  }
  const reported = new Set(failing.map((miss) => miss.resolved));
  for (const file of result.dirty.filter((entry) => !entry.allowed && !reported.has(entry.path)).slice(0, MAX_ERROR_ANNOTATIONS)) {
    findings.push({ severity: 'error', code: `worktree-${file.state}`, title: 'Uncommitted change', message: `${file.path} ${DIRTY_TEXT[file.state]}: a clean clone of this commit differs from this working tree`, file: file.path });
  }
  return findings;
}

function missTable(misses: ImportMiss[]): string {
  const byTarget = new Map<string, ImportMiss[]>();
  for (const miss of misses) byTarget.set(miss.resolved, [...(byTarget.get(miss.resolved) ?? []), miss]);
  const rows = [...byTarget.entries()].slice(0, SUMMARY_ROWS).map(([target, list]) => [
    code(target),
    list.slice(0, 3).map((miss) => `${miss.file}:${miss.line} ${code(miss.specifier)}`).join(', ') + (list.length > 3 ? ` (+${list.length - 3} more)` : ''),
    list[0]!.state === 'untracked' ? code(fixFor(list[0]!)) : fixFor(list[0]!),
  ]);
  const more = byTarget.size > SUMMARY_ROWS ? `\n…and ${byTarget.size - SUMMARY_ROWS} more files (see the \`untracked-imports\` output)\n` : '';
  return table(['File the import needs', 'Imported by', 'Fix'], rows) + more;
}

/** The job summary: verdict, then the imports grouped by state with their fix, then the working tree. */
export function summaryMarkdown(result: UntrackedFilesResult): string {
  const icon = result.violations > 0 ? '❌' : '✅';
  const parts = [`## ${icon} untracked-files\n\n${verdictLine(result).replace(/^untracked-files: /, '')}\n\n`];
  parts.push(table(['', ''], [
    ['Tracked files', result.trackedCount],
    ['Source files scanned', result.scannedFiles],
    ['Imports checked', result.importsChecked],
    ['Imports of untracked files', result.misses.filter((m) => m.state === 'untracked').length],
    ['Imports of missing files', result.misses.filter((m) => m.state === 'missing').length],
    ['Imports of gitignored files', result.misses.filter((m) => m.state === 'ignored').length],
    ['Uncommitted files', result.dirty.length],
  ]));
  const add = gitAddCommand(result);
  if (add) parts.push(`\n**Fix:** commit the files the imports need:\n\n\`\`\`sh\n${add}\n\`\`\`\n`);
  const sections: [string, (miss: ImportMiss) => boolean][] = [
    ['Untracked: on this disk, not in git (a clean clone fails)', (m) => m.state === 'untracked' && !m.allowed],
    ['Missing: neither in git nor on disk', (m) => m.state === 'missing' && !m.allowed],
    [`Ignored: generated output (${result.misses.some((m) => m.state === 'ignored' && m.violation) ? 'failing: fail-on-ignored' : 'notice only'})`, (m) => m.state === 'ignored' && !m.allowed],
    ['Allowed by `allow`', (m) => m.allowed],
  ];
  for (const [title, test] of sections) {
    const list = result.misses.filter(test);
    if (list.length === 0) continue;
    const body = missTable(list);
    parts.push(`\n### ${title} — ${plural(list.length, 'import')}\n\n`, list.length > 40 ? details(`Show all ${list.length}`, body) : body);
  }
  if (result.dirty.length > 0) {
    const rows = result.dirty.slice(0, SUMMARY_ROWS).map((file) => [code(file.path), file.state, file.allowed ? 'allowed' : file.state === 'untracked' ? code(`git add ${shellPath(file.path)}`) + ' or .gitignore it' : 'commit or revert it']);
    parts.push('\n### Working tree: uncommitted changes\n\n', table(['File', 'State', 'Fix'], rows));
    if (result.dirty.length > SUMMARY_ROWS) parts.push(`\n…and ${result.dirty.length - SUMMARY_ROWS} more (see the \`dirty-files\` output)\n`);
  }
  for (const note of result.notes) parts.push(`\n> ${note}\n`);
  parts.push(`\n<sub>Parsed ${result.parsers.lexer} files with es-module-lexer, ${result.parsers.tokenizer} with the JSX-safe tokenizer.</sub>\n`);
  return parts.join('');
}

/** The `untracked-imports` output: every import that did not resolve to a tracked file. */
export function untrackedImportsJson(result: UntrackedFilesResult): string {
  return JSON.stringify(result.misses.map(({ file, line, specifier, resolved, state, allowed, violation }) => ({ file, line, specifier, resolved, state, allowed, violation })));
}

export function dirtyFilesJson(result: UntrackedFilesResult): string {
  return JSON.stringify(result.dirty);
}

/** Plain lines for the CLI: one per failing import or dirty file, then the fix and the verdict. */
export function cliLines(result: UntrackedFilesResult): string[] {
  const lines: string[] = [];
  for (const miss of result.misses) {
    if (miss.allowed) continue;
    const tag = miss.violation ? miss.state.toUpperCase() : `${miss.state} (notice)`;
    if (!miss.violation && miss.state === 'ignored' && lines.filter((l) => l.startsWith('ignored')).length >= IGNORED_EXAMPLES) continue;
    lines.push(`${tag.padEnd(16)} ${miss.file}:${miss.line}  '${miss.specifier}' -> ${miss.resolved}`);
  }
  const reported = new Set(result.misses.filter((miss) => miss.violation).map((miss) => miss.resolved));
  for (const file of result.dirty) if (!file.allowed && !reported.has(file.path)) lines.push(`${`DIRTY ${file.state}`.padEnd(16)} ${file.path}`);
  for (const note of result.notes) lines.push(`note: ${note}`);
  const add = gitAddCommand(result);
  if (add) lines.push(`fix: ${add}`);
  lines.push(verdictLine(result));
  return lines;
}
