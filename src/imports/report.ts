import type { Finding } from '../shared/findings.ts';
import { oneLine } from '../shared/log-text.ts';
import { code, details, table } from '../shared/markdown.ts';
import { GENERATORS, generatorOfPath, generatorOfSpecifier } from './generated.ts';
import type { DirtyFile } from './git-state.ts';
import type { ImportMiss, MissState, NotCheckedGroup, UntrackedFilesResult } from './untracked-files.ts';

/** Ignored imports are a notice: a count plus this many examples. */
export const IGNORED_EXAMPLES = 5;
const MAX_ERROR_ANNOTATIONS = 50;
const MAX_NOTICE_GROUPS = 10;
const SUMMARY_ROWS = 200;
/** Specifiers and paths come from the repository: one that is absurdly long is cut for display. */
const MAX_SHOWN = 300;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A file name or specifier as one line of text (escaped, and cut when absurdly long). */
const printable = (text: string) => oneLine(text, MAX_SHOWN);

/** The shell-quoted path, for a fix the user can paste (ANSI-C quoting for a name with control characters). */
function shellPath(path: string): string {
  if (/^[\w./@+-]+$/.test(path)) return path;
  if (/[\u0000-\u001f\u007f]/.test(path)) return `$'${path.replace(/[\\']/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

/** One command that adds every untracked file an import needs. */
export function gitAddCommand(result: UntrackedFilesResult): string | undefined {
  const paths = [...new Set(result.misses.filter((miss) => miss.state === 'untracked' && miss.violation).map((miss) => miss.resolved))];
  return paths.length === 0 ? undefined : `git add ${paths.map(shellPath).join(' ')}`;
}

function fixFor(miss: ImportMiss): string {
  if (miss.caseMismatch) return `match the letter case of ${printable(miss.resolved)} in the import (or git mv the file)`;
  if (miss.state === 'untracked') return `git add ${shellPath(miss.resolved)}`;
  if (miss.state === 'ignored') return `generated output: make sure the build creates ${printable(miss.resolved)} before it is imported, or commit it (git add -f ${shellPath(miss.resolved)})`;
  if (miss.state === 'generated') return `nothing to commit: ${generatorAdvice(miss.generator)}`;
  if (miss.declaration) return `commit the runtime file beside ${printable(miss.declaration)}, or make the import type-only (import type …)`;
  return `create and commit ${printable(miss.resolved)}, or fix the import`;
}

function generatorAdvice(name: string | undefined): string {
  const generator = GENERATORS.find((candidate) => candidate.name === name);
  return generator ? `${generator.name} creates it (${generator.command})` : 'a build tool creates it';
}

function describe(miss: ImportMiss): string {
  const needs = `'${printable(miss.specifier)}' (${printable(miss.file)}:${miss.line})`;
  const resolved = printable(miss.resolved);
  if (miss.caseMismatch) return `${needs} differs only in letter case from the tracked ${resolved}: it resolves on case-insensitive disks (macOS, Windows) and fails on Linux. Fix: ${fixFor(miss)}`;
  const declarationOnly = miss.declaration ? ` Only the declaration file ${printable(miss.declaration)} is tracked: it has the types, but this import needs the module at run time.` : '';
  if (miss.state === 'untracked') return `${needs} resolves to ${resolved}, which exists on this disk but is not tracked by git: a clean clone will not have it.${declarationOnly} Fix: ${fixFor(miss)}`;
  if (miss.state === 'ignored') return `${needs} resolves to ${resolved}, which .gitignore covers: only a build step can create it. If that is intended, nothing to do; else ${fixFor(miss)}`;
  if (miss.state === 'generated') return `${needs} is a module ${miss.generator ?? 'a build tool'} generates or provides (${resolved}): not a file to commit. ${generatorAdvice(miss.generator)}`;
  return `${needs} matches no tracked file and nothing on disk (looked for ${resolved}).${declarationOnly} Fix: ${fixFor(miss)}`;
}

/** One sentence per group of imports that were not judged: how many, through what, why, and what to do. */
export function notCheckedSentence(group: NotCheckedGroup): string {
  const imports = plural(group.count, 'import');
  const subject = printable(group.subject);
  const detail = group.detail === undefined ? undefined : printable(group.detail);
  const example = ` (e.g. '${printable(group.example.specifier)}' in ${printable(group.example.file)}:${group.example.line})`;
  switch (group.reason) {
    case 'generated-tsconfig': {
      const generator = generatorOfPath(group.detail ?? '') ?? generatorOfSpecifier(group.detail ?? '');
      return `${imports} through \`${subject}\` not checked: the tsconfig it extends, ${detail}, is generated — run \`${generator?.command ?? 'the framework\'s sync command'}\` first${example}`;
    }
    case 'absent-tsconfig':
      return `${imports} through \`${subject}\` not checked: the tsconfig it extends, ${detail}, is not there — install the dependencies (or create it) before this step${example}`;
    case 'unknown-alias':
      return `${imports} through \`${subject}\` not checked: ${detail ? `neither ${detail} \`paths\`` : 'no tsconfig `paths`'} nor package.json \`imports\` defines it (a bundler alias?) — add it to tsconfig \`paths\` to have these imports checked${example}`;
    case 'submodule-not-checked-out':
      return `${imports} into the submodule ${subject} not checked: it is not checked out — check out submodules first (actions/checkout with \`submodules: true\`)${example}`;
    case 'not-exported':
      return `${imports} of \`${subject}\` subpaths that its package.json \`exports\` (${detail}/package.json) does not list not checked: Node refuses them, so a bundler plugin must provide them${example}`;
    case 'outside-repository':
      return `${imports} not checked: the path leaves the repository${example}`;
    case 'root-relative':
      return `${imports} of absolute or server-root paths ('/…') not checked: which root they mean is the bundler's setting${example}`;
    case 'ignore-status-unknown':
      return `${imports} not classified as untracked, ignored or missing: git check-ignore refused their path (git said: ${detail})${example}`;
    case 'computed':
      return `${imports} with a computed specifier not checked: the file is chosen at run time (a variable, a concatenation, or a template that matches no tracked file) — write the specifier as a literal, or as a template whose folder holds the tracked files it may load, to have it checked${example}`;
    case 'asset-only':
      return `${imports} in ${subject} not checked: every import of that file reads it as text or a URL (?raw, ?url), so the bundler never loads it as a module${example}`;
    case 'skip-lib-check':
      return `${imports} in declaration files that name no tracked file not failed: ${subject} sets skipLibCheck, so tsc does not check .d.ts files and no bundler loads them; the types they import become \`any\` — fix the path (or commit the file) to have them typed${example}`;
  }
}

/** `not-checked` output: reason → count. */
export function notCheckedJson(result: UntrackedFilesResult): string {
  const byReason: Record<string, number> = {};
  for (const group of result.notChecked) byReason[group.reason] = (byReason[group.reason] ?? 0) + group.count;
  return JSON.stringify(byReason);
}

/** Generated imports by tool, most first. */
function generatedByTool(result: UntrackedFilesResult): { generator: string; misses: ImportMiss[] }[] {
  const byTool = new Map<string, ImportMiss[]>();
  for (const miss of result.misses) if (miss.state === 'generated' && !miss.allowed) byTool.set(miss.generator!, [...(byTool.get(miss.generator!) ?? []), miss]);
  return [...byTool.entries()].map(([generator, misses]) => ({ generator, misses })).sort((a, b) => b.misses.length - a.misses.length);
}

function generatedLine({ generator, misses }: { generator: string; misses: ImportMiss[] }): string {
  const specifiers = [...new Set(misses.map((miss) => printable(miss.specifier)))];
  return `${plural(misses.length, 'import')} of modules ${generator} generates or provides (${specifiers.slice(0, 3).map((s) => `'${s}'`).join(', ')}${specifiers.length > 3 ? ', …' : ''}): not files to commit; ${generatorAdvice(generator)}`;
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
  const notChecked = result.importCounts.notChecked > 0 ? `; ${plural(result.importCounts.notChecked, 'import')} not checked (see the reasons above)` : '';
  if (result.violations > 0) {
    const parts = counts.filter(([, count]) => count > 0).map(([state, count]) => `${plural(count, 'import')} of ${state} files`);
    if (ignored > 0 && result.misses.some((miss) => miss.state === 'ignored' && miss.violation)) parts.push(`${plural(result.misses.filter((m) => m.state === 'ignored' && m.violation).length, 'import')} of ignored files (fail-on-ignored)`);
    if (result.dirtyViolations > 0) parts.push(`${plural(result.dirtyViolations, 'uncommitted file')} in the working tree`);
    const add = gitAddCommand(result);
    return `untracked-files: ${parts.join(', ')}${add ? ` — fix: ${add.length > 200 ? `${add.slice(0, 200)}…` : add}` : ''}${notChecked}`;
  }
  const ignoredNote = ignored > 0 ? `; ${plural(ignored, 'import')} of gitignored (generated) files noted` : '';
  const generated = result.importCounts.generated > 0 ? `; ${plural(result.importCounts.generated, 'import')} of framework-generated modules noted` : '';
  return `untracked-files: every import of ${plural(result.scannedFiles, 'tracked source file')} resolves to a tracked file (${plural(result.importsChecked, 'import')} checked)${ignoredNote}${generated}${result.dirty.length > 0 ? `; ${plural(result.dirty.length, 'allowed uncommitted file')}` : ''}${notChecked}`;
}

/** Annotations: errors on the importing line; ignored, generated and not-checked imports as a few notices; dirty files on the file. */
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
  for (const tool of generatedByTool(result).slice(0, MAX_NOTICE_GROUPS)) {
    const first = tool.misses[0]!;
    findings.push({ severity: 'notice', code: 'generated-import', title: `Imports of ${tool.generator}-generated modules`, message: generatedLine(tool), file: first.file, line: first.line });
  }
  for (const group of result.notChecked.slice(0, MAX_NOTICE_GROUPS)) {
    findings.push({ severity: 'notice', code: `not-checked-${group.reason}`, title: 'Imports not checked', message: notCheckedSentence(group), file: group.example.file, line: group.example.line });
  }
  if (result.notChecked.length > MAX_NOTICE_GROUPS) {
    findings.push({ severity: 'notice', code: 'not-checked', message: `…and ${result.notChecked.length - MAX_NOTICE_GROUPS} more groups of imports not checked: see the job summary` });
  }
  const reported = new Set(failing.map((miss) => miss.resolved));
  for (const file of result.dirty.filter((entry) => !entry.allowed && !reported.has(entry.path)).slice(0, MAX_ERROR_ANNOTATIONS)) {
    findings.push({ severity: 'error', code: `worktree-${file.state}`, title: 'Uncommitted change', message: `${printable(file.path)} ${DIRTY_TEXT[file.state]}: a clean clone of this commit differs from this working tree`, file: file.path });
  }
  return findings;
}

function missTable(misses: ImportMiss[]): string {
  const byTarget = new Map<string, ImportMiss[]>();
  for (const miss of misses) byTarget.set(miss.resolved, [...(byTarget.get(miss.resolved) ?? []), miss]);
  const rows = [...byTarget.entries()].slice(0, SUMMARY_ROWS).map(([target, list]) => [
    code(printable(target)),
    list.slice(0, 3).map((miss) => `${printable(miss.file)}:${miss.line} ${code(printable(miss.specifier))}`).join(', ') + (list.length > 3 ? ` (+${list.length - 3} more)` : ''),
    list[0]!.state === 'untracked' ? code(fixFor(list[0]!)) : fixFor(list[0]!),
  ]);
  const more = byTarget.size > SUMMARY_ROWS ? `\n…and ${byTarget.size - SUMMARY_ROWS} more files (see the \`untracked-imports\` output)\n` : '';
  return table(['File the import needs', 'Imported by', 'Fix'], rows) + more;
}

/** The job summary: verdict, where every import ended up, the imports grouped by state with their fix, what was not checked, then the working tree. */
export function summaryMarkdown(result: UntrackedFilesResult): string {
  const icon = result.violations > 0 ? '❌' : '✅';
  const parts = [`## ${icon} untracked-files\n\n${verdictLine(result).replace(/^untracked-files: /, '')}\n\n`];
  const counts = result.importCounts;
  parts.push(table(['', ''], [
    ['Tracked files', result.trackedCount],
    ['Source files scanned', result.scannedFiles],
    ['Imports checked', result.importsChecked],
    ['… of tracked files', counts.tracked],
    ['… of packages, builtins and URLs (installed, not in git)', counts.external],
    ['… of untracked files', counts.untracked],
    ['… of missing files', counts.missing],
    ['… of gitignored files (notice)', counts.ignored],
    ['… of framework-generated modules (notice)', counts.generated],
    ['… not checked', counts.notChecked],
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
  const tools = generatedByTool(result);
  if (tools.length > 0) {
    parts.push(`\n### Generated by a framework (notice only) — ${plural(counts.generated, 'import')}\n\n`);
    parts.push(table(['Tool', 'Imports', 'Modules', 'Creates them'], tools.map(({ generator, misses }) => {
      const specifiers = [...new Set(misses.map((miss) => miss.specifier))];
      return [generator, misses.length, specifiers.slice(0, 5).map((s) => code(printable(s))).join(', ') + (specifiers.length > 5 ? ', …' : ''), code(GENERATORS.find((g) => g.name === generator)?.command ?? '')];
    })));
  }
  if (result.notChecked.length > 0) {
    parts.push(`\n### Not checked — ${plural(counts.notChecked, 'import')}\n\n`);
    const rows = result.notChecked.slice(0, SUMMARY_ROWS).map((group) => [group.reason, group.count, notCheckedSentence(group)]);
    const body = table(['Reason', 'Imports', 'What to do'], rows) + (result.notChecked.length > SUMMARY_ROWS ? `\n…and ${result.notChecked.length - SUMMARY_ROWS} more groups\n` : '');
    parts.push(result.notChecked.length > 20 ? details(`Show all ${result.notChecked.length} groups`, body) : body);
  }
  if (result.dirty.length > 0) {
    const rows = result.dirty.slice(0, SUMMARY_ROWS).map((file) => [code(printable(file.path)), file.state, file.allowed ? 'allowed' : file.state === 'untracked' ? code(`git add ${shellPath(file.path)}`) + ' or .gitignore it' : 'commit or revert it']);
    parts.push('\n### Working tree: uncommitted changes\n\n', table(['File', 'State', 'Fix'], rows));
    if (result.dirty.length > SUMMARY_ROWS) parts.push(`\n…and ${result.dirty.length - SUMMARY_ROWS} more (see the \`dirty-files\` output)\n`);
  }
  for (const note of result.notes) parts.push(`\n> ${printable(note)}\n`);
  parts.push(`\n<sub>Parsed ${result.parsers.lexer} files with es-module-lexer, ${result.parsers.tokenizer} with the JSX-safe tokenizer.</sub>\n`);
  return parts.join('');
}

/** The `untracked-imports` output: every import that did not resolve to a tracked file. */
export function untrackedImportsJson(result: UntrackedFilesResult): string {
  return JSON.stringify(result.misses.map(({ file, line, specifier, resolved, state, generator, allowed, violation }) => ({ file, line, specifier, resolved, state, ...(generator ? { generator } : {}), allowed, violation })));
}

export function dirtyFilesJson(result: UntrackedFilesResult): string {
  return JSON.stringify(result.dirty);
}

/** Plain lines for the log and the CLI: failing imports, a few notices, what was not checked, dirty files, then the fix and the verdict. */
export function cliLines(result: UntrackedFilesResult): string[] {
  const lines: string[] = [];
  let ignoredShown = 0;
  for (const miss of result.misses) {
    if (miss.allowed || miss.state === 'generated') continue;
    if (!miss.violation && miss.state === 'ignored' && ignoredShown++ >= IGNORED_EXAMPLES) continue;
    const tag = miss.violation ? miss.state.toUpperCase() : `${miss.state} (notice)`;
    const declarationOnly = miss.declaration ? ` (only ${printable(miss.declaration)} is tracked: types, not the module)` : '';
    lines.push(`${tag.padEnd(16)} ${printable(miss.file)}:${miss.line}  '${printable(miss.specifier)}' -> ${printable(miss.resolved)}${declarationOnly}`);
  }
  const ignored = result.importCounts.ignored;
  if (ignored > IGNORED_EXAMPLES) lines.push(`${'ignored (notice)'.padEnd(16)} ${ignored - IGNORED_EXAMPLES} more imports of gitignored files`);
  for (const tool of generatedByTool(result)) lines.push(`${'generated'.padEnd(16)} ${generatedLine(tool)}`);
  for (const group of result.notChecked.slice(0, 20)) lines.push(`${'not checked'.padEnd(16)} ${notCheckedSentence(group)}`);
  if (result.notChecked.length > 20) lines.push(`${'not checked'.padEnd(16)} …and ${result.notChecked.length - 20} more groups (see the job summary)`);
  const reported = new Set(result.misses.filter((miss) => miss.violation).map((miss) => miss.resolved));
  for (const file of result.dirty) if (!file.allowed && !reported.has(file.path)) lines.push(`${`DIRTY ${file.state}`.padEnd(16)} ${printable(file.path)}`);
  for (const note of result.notes) lines.push(`note: ${printable(note)}`);
  const add = gitAddCommand(result);
  if (add) lines.push(`fix: ${add}`);
  lines.push(verdictLine(result));
  return lines;
}
