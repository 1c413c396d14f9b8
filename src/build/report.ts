import type { Finding } from '../shared/findings.ts';
import { code, details, table } from '../shared/markdown.ts';
import type { CleanCloneBuildResult } from './clean-clone-build.ts';
import type { MissingFile } from './diagnose.ts';

const STATE_TEXT: Record<MissingFile['state'], string> = {
  untracked: 'untracked (never added to git)',
  uncommitted: 'staged, not committed',
  modified: 'modified, not committed',
  ignored: 'ignored by .gitignore',
};

export function verdictLine(result: CleanCloneBuildResult): string {
  if (result.result === 'success') return `clean-clone-build: ${result.reason} in ${(result.durationMs / 1000).toFixed(1)}s`;
  const missing = result.missingFromGit.length > 0 ? `; the failure names ${result.missingFromGit.length} file${result.missingFromGit.length === 1 ? '' : 's'} missing from git: ${result.missingFromGit.map((file) => file.path).join(', ')}` : '';
  return `clean-clone-build: ${result.failedStep} step failed in a clean clone of ${result.sha.slice(0, 12)}: ${result.reason}${missing}`;
}

/** The commands that fix it: commit what the build needs (ignored files need a decision, not a blind add). */
export function fixCommands(result: Pick<CleanCloneBuildResult, 'missingFromGit' | 'importedByMissing'>): string[] {
  const toCommit = [...result.missingFromGit.filter((file) => file.state !== 'ignored'), ...result.importedByMissing].map((file) => quote(file.path));
  return toCommit.length > 0 ? [`git add -- ${toCommit.join(' ')}`, 'git commit -m "Add files the build needs"'] : [];
}

function quote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function missingJson(result: CleanCloneBuildResult): string {
  return JSON.stringify(result.missingFromGit.map(({ path, state, importer, line, mention }) => ({ path, state, importer, line, mention })));
}

/** One annotation per missing file: on the importing line when the log says where, else on the file. */
export function findings(result: CleanCloneBuildResult): Finding[] {
  return result.missingFromGit.map((file) => ({
    severity: 'error' as const,
    code: 'missing-from-git',
    title: `${file.path} is not in the commit`,
    message: `${file.path} is ${STATE_TEXT[file.state]}: the clean-clone ${result.failedStep} failed on it (${file.mention})${file.state === 'ignored' ? '. Generate it in the build or stop ignoring it.' : `. Commit it: git add ${quote(file.path)}`}`,
    file: file.importer ?? (file.path.endsWith('/') ? undefined : file.path),
    line: file.importer ? file.line : undefined,
  }));
}

export function summaryMarkdown(result: CleanCloneBuildResult): string {
  const ok = result.result === 'success';
  const parts = [`## ${ok ? '✅' : '❌'} clean-clone-build: ${ok ? 'the commit builds from a clean clone' : `${result.failedStep} failed in a clean clone`}\n`];
  parts.push(table(['', ''], [
    ['Commit', code(result.sha.slice(0, 12))],
    ['Result', ok ? 'success' : `failure (${result.failedStep})`],
    ['Why', result.reason],
    ['Clone', result.kept ? `${code(result.clonePath)} (kept)` : 'removed after the run'],
    ['Duration', `${(result.durationMs / 1000).toFixed(1)}s`],
  ]));
  if (result.steps.length > 0) {
    parts.push('\n', table(['Step', 'Command', 'Directory', 'Exit', 'Time'], result.steps.map((step) => [
      step.name,
      code(step.command.trim().split('\n').join(' && ').slice(0, 120)),
      code(step.directory),
      step.timedOut ? 'timed out' : step.cancelled ? 'cancelled' : step.exitCode ?? step.signal ?? 'not started',
      `${(step.durationMs / 1000).toFixed(1)}s`,
    ])));
  }
  if (result.missingFromGit.length > 0) {
    parts.push('\n### Missing from git\n\nThe failure names these files. They exist in the working tree of this machine, but not (like this) in the commit, so every local build passes and every clean checkout fails:\n\n');
    parts.push(table(['File', 'State', 'Named by'], result.missingFromGit.map((file) => [code(file.path), STATE_TEXT[file.state], code(file.mention.slice(0, 160))])));
    if (result.importedByMissing.length > 0) {
      const list = table(['File', 'State', 'Imported by'], result.importedByMissing.map((file) => [code(file.path), STATE_TEXT[file.state], code(file.importedBy)]));
      parts.push(`\nThey import ${result.importedByMissing.length} more file${result.importedByMissing.length === 1 ? '' : 's'} that ${result.importedByMissing.length === 1 ? 'is' : 'are'} not committed either (the next clean build would fail on ${result.importedByMissing.length === 1 ? 'it' : 'them'}):\n\n`, result.importedByMissing.length > 10 ? details(`${result.importedByMissing.length} files`, list) : list);
    }
    const fix = fixCommands(result);
    if (fix.length > 0) parts.push('\nCommit them:\n\n```sh\n', fix.join('\n'), '\n```\n');
    if (result.missingFromGit.some((file) => file.state === 'ignored')) parts.push('\nIgnored files are usually generated or secret: make the build produce them, or stop ignoring them if they belong in git.\n');
  }
  for (const note of result.notes) parts.push(`\n> ${note}\n`);
  if (result.tail.length > 0) parts.push('\n', details(`Last ${result.tail.length} lines of the ${result.failedStep} step`, `\`\`\`text\n${result.tail.join('\n').replace(/```/g, "'''")}\n\`\`\``));
  return parts.join('');
}
