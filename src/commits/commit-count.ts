import type { Git } from '../git/git.ts';
import type { Finding } from '../shared/findings.ts';
import type { GlobSet } from '../shared/inputs.ts';
import { ensureCompleteRange } from './history.ts';
import { listCommits } from './log.ts';
import { resolveRange, type RangeRequest } from './range.ts';

export interface CommitCountOptions extends RangeRequest {
  /** 0 = no limit. */
  maxCommits: number;
  expected?: number;
  watchPaths: GlobSet;
  /** undefined = no limit. */
  maxWatched?: number;
  flagMessages?: RegExp;
  log?: (line: string) => void;
}

export interface CountedCommit {
  sha: string;
  subject: string;
  author: string;
  date: string;
  /** Files of the commit that match watch-paths. */
  watched: string[];
  /** Why the commit is flagged: 'merge', 'message: [skip ci]', 'watched'. */
  flags: string[];
}

export interface CommitCountResult {
  count: number;
  baseSha?: string;
  headSha: string;
  baseSource: string;
  commits: CountedCommit[];
  watchedCount: number;
  flaggedCount: number;
  /** What was done to a shallow checkout to make the count exact. */
  historyNotes: string[];
  /** One line per broken rule; empty means pass. */
  violations: string[];
  findings: Finding[];
}

export async function countCommits(git: Git, options: CommitCountOptions): Promise<CommitCountResult> {
  const log = options.log ?? (() => {});
  const range = await resolveRange(git, options, log);
  const history = await ensureCompleteRange(git, { ...range, remote: options.remote, log });
  const raw = await listCommits(git, range.baseSha, range.headSha, {
    exclude: history.exclude,
    keepFile: options.watchPaths.isEmpty ? undefined : (file) => options.watchPaths.matches(file),
    flag: options.flagMessages,
  });

  const commits: CountedCommit[] = raw.map((commit) => {
    const watched = commit.files;
    const flags: string[] = [];
    if (watched.length > 0) flags.push('watched');
    if (commit.marker !== undefined) flags.push(`message: ${commit.marker}`);
    return { sha: commit.sha, subject: commit.subject, author: commit.author, date: commit.date, watched, flags };
  });
  const watchedCount = commits.filter((commit) => commit.watched.length > 0).length;
  const flaggedCount = commits.filter((commit) => commit.flags.some((flag) => flag.startsWith('message'))).length;
  const count = commits.length;

  const violations: string[] = [];
  if (options.expected !== undefined && count !== options.expected) {
    violations.push(`announced ${options.expected} commit${options.expected === 1 ? '' : 's'}, found ${count}`);
  }
  if (options.maxCommits > 0 && count > options.maxCommits) violations.push(`${count} commits is over max-commits ${options.maxCommits}`);
  if (options.maxWatched !== undefined && watchedCount > options.maxWatched) {
    violations.push(`${watchedCount} commit${watchedCount === 1 ? '' : 's'} touch watched paths, over max-watched ${options.maxWatched}`);
  }

  const findings: Finding[] = commits
    .filter((commit) => commit.flags.length > 0)
    .map((commit) => ({
      severity: 'warning' as const,
      code: 'flagged-commit',
      title: `Risky commit ${commit.sha.slice(0, 7)}`,
      message: `${commit.sha.slice(0, 7)} ${commit.subject} — ${commit.flags.map((flag) => (flag === 'watched' ? `touches ${commit.watched.slice(0, 3).join(', ')}${commit.watched.length > 3 ? ' …' : ''}` : flag)).join('; ')}`,
    }));

  const { baseSha, headSha, baseSource } = range;
  return { count, baseSha, headSha, baseSource, commits, watchedCount, flaggedCount, historyNotes: history.notes, violations, findings };
}
