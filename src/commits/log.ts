import type { Git } from '../git/git.ts';

export interface Commit {
  sha: string;
  subject: string;
  author: string;
  date: string;
  parents: string[];
  /** The whole message, for flag matching (not reported). */
  message: string;
  files: string[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
// %B last: a message may hold anything but these separators.
const FORMAT = `${RECORD}%H${FIELD}%an${FIELD}%aI${FIELD}%P${FIELD}%s${FIELD}%B${FIELD}`;

/**
 * Every commit in `base..head` (or all of head's history without a base) with the
 * files it touches, in one `git log` process. `--no-renames` lists both sides of a
 * rename so a move out of a watched folder is still seen.
 */
export async function listCommits(git: Git, baseSha: string | undefined, headSha: string): Promise<Commit[]> {
  const range = baseSha ? [`${baseSha}..${headSha}`] : [headSha];
  const output = await git.output(['log', '-z', '--no-renames', '--name-only', `--format=${FORMAT}`, ...range, '--']);
  const commits: Commit[] = [];
  for (const record of output.split(RECORD)) {
    if (record === '') continue;
    const fields = record.split(FIELD);
    const [sha = '', author = '', date = '', parents = '', subject = '', message = ''] = fields;
    const files = (fields[6] ?? '').split('\0').map((file) => file.replace(/^\n/, '')).filter(Boolean);
    commits.push({ sha, author, date, parents: parents.split(' ').filter(Boolean), subject, message: message.trim(), files });
  }
  return commits;
}
