import { code, details, table } from '../shared/markdown.ts';
import type { CommitCountResult, CountedCommit } from './commit-count.ts';

const SUMMARY_ROWS = 300;

export function verdictLine(result: CommitCountResult): string {
  const range = `${result.baseSha?.slice(0, 7) ?? 'root'}..${result.headSha.slice(0, 7)}`;
  return result.violations.length > 0
    ? `commit-count: ${result.violations.join('; ')} (${range})`
    : `commit-count: ${result.count} commit${result.count === 1 ? '' : 's'} in ${range}, ${result.watchedCount} touching watched paths, ${result.flaggedCount} flagged`;
}

/** The job summary: verdict, where the base came from, and every commit with its flags. */
export function summaryMarkdown(result: CommitCountResult): string {
  const icon = result.violations.length > 0 ? '❌' : '✅';
  const parts = [`## ${icon} commit-count: ${result.count} commit${result.count === 1 ? '' : 's'} to ship\n`];
  parts.push(table(['Range', ''], [
    ['Base', `${code(result.baseSha?.slice(0, 12) ?? '(root)')} — ${result.baseSource}`],
    ['Head', code(result.headSha.slice(0, 12))],
    ['Commits', result.count],
    ['Touching watched paths', result.watchedCount],
    ['Flagged by message', result.flaggedCount],
  ]));
  if (result.violations.length > 0) parts.push(`\n**Failed:** ${result.violations.join('; ')}\n`);
  for (const note of result.historyNotes) parts.push(`\n> ${note}\n`);
  const rows = result.commits.slice(0, SUMMARY_ROWS).map((commit) => [
    code(commit.sha.slice(0, 7)),
    commit.subject,
    commit.author,
    commit.watched.slice(0, 5).join(', ') + (commit.watched.length > 5 ? ` (+${commit.watched.length - 5})` : ''),
    commit.flags.map((flag) => (flag === 'watched' ? '⚠️ watched' : `🚩 ${flag}`)).join(', '),
  ]);
  if (rows.length > 0) {
    const more = result.commits.length > SUMMARY_ROWS ? `\n…and ${result.commits.length - SUMMARY_ROWS} more (see the \`commits\` output)\n` : '';
    const list = table(['Commit', 'Subject', 'Author', 'Watched paths', 'Flags'], rows) + more;
    parts.push('\n', result.commits.length > 30 ? details(`All ${result.commits.length} commits`, list) : list);
  }
  return parts.join('');
}

/** One log line per commit: short SHA, subject, author and flags. */
export function commitLine(commit: CountedCommit): string {
  return `${commit.sha.slice(0, 10)} ${commit.subject} (${commit.author})${commit.flags.length ? `  [${commit.flags.join(', ')}]` : ''}`;
}

/** The `commits` output: what a later step needs to see, not the whole message. */
export function commitsJson(result: CommitCountResult): string {
  return JSON.stringify(result.commits.map(({ sha, subject, author, watched, flags }) => ({ sha, subject, author, watched, flags })));
}
