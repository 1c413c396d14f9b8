import { readFile } from 'node:fs/promises';
import { UserError } from '../shared/errors.ts';
import type { Git } from '../git/git.ts';

const SHA = /^[0-9a-f]{7,64}$/i;
const FIRST_DEEPEN = 100;
const DEEPEN_ROUNDS = 6;

/** How a ref the user named can be fetched when the checkout does not hold it. */
function refspecFor(ref: string, remote: string): string | undefined {
  if (SHA.test(ref) && ref.length >= 40) return ref;
  const remoteBranch = ref.startsWith(`${remote}/`) ? ref.slice(remote.length + 1) : ref.startsWith('refs/remotes/') ? ref.split('/').slice(3).join('/') : undefined;
  if (remoteBranch) return `+refs/heads/${remoteBranch}:refs/remotes/${remote}/${remoteBranch}`;
  if (ref.startsWith('refs/')) return `+${ref}:${ref}`;
  return undefined;
}

async function shallowCommits(git: Git): Promise<Set<string>> {
  const path = (await git.output(['rev-parse', '--git-path', 'shallow'])).trim();
  try {
    const file = path.startsWith('/') ? path : `${git.dir}/${path}`;
    return new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

async function hasRemote(git: Git, remote: string): Promise<boolean> {
  return (await git.run(['remote', 'get-url', remote])).code === 0;
}

/**
 * Makes `ref` resolvable, fetching it from the remote when the checkout lacks it.
 * Returns its SHA, or undefined when neither the repository nor the remote has it.
 */
export async function ensureCommit(git: Git, ref: string, remote: string, log: (line: string) => void): Promise<string | undefined> {
  const local = await git.revParse(ref);
  if (local) return local;
  const refspec = refspecFor(ref, remote);
  if (!refspec || !(await hasRemote(git, remote))) return undefined;
  const depth = (await git.isShallow()) ? ['--depth=1'] : [];
  log(`'${ref}' is not in this checkout; fetching it from ${remote}.`);
  const fetched = await git.run(['fetch', '--no-tags', '--quiet', ...depth, remote, refspec]);
  if (fetched.code !== 0) return undefined;
  return git.revParse(ref);
}

/**
 * A shallow checkout cuts history, and `git rev-list base..head` over a cut history
 * silently miscounts. The count is exact once no commit on either side of the range
 * (the symmetric difference base...head) is a shallow boundary: then both walks end on
 * commits they share. Deepen until that holds, then unshallow as the last resort.
 */
export async function ensureCompleteRange(git: Git, baseSha: string | undefined, headSha: string, remote: string, log: (line: string) => void, shallow?: boolean): Promise<string[]> {
  const notes: string[] = [];
  if (!(shallow ?? (await git.isShallow()))) return notes;
  const range = baseSha ? [`${baseSha}...${headSha}`] : [headSha];
  const isComplete = async () => {
    const shallow = await shallowCommits(git);
    if (shallow.size === 0) return true;
    const commits = (await git.output(['rev-list', ...range])).split('\n');
    return !commits.some((sha) => shallow.has(sha));
  };
  if (await isComplete()) return notes;
  if (!(await hasRemote(git, remote))) {
    throw new UserError(`The checkout is shallow and has no '${remote}' remote to fetch more history from; check out with full history (actions/checkout with fetch-depth: 0)`);
  }
  const wants = baseSha ? [headSha, baseSha] : [headSha];
  let deepen = FIRST_DEEPEN;
  for (let round = 0; round < DEEPEN_ROUNDS; round++) {
    const fetched = await git.run(['fetch', '--no-tags', '--quiet', `--deepen=${deepen}`, remote, ...wants]);
    if (fetched.code !== 0) break;
    notes.push(`shallow checkout: deepened history by ${deepen} commits`);
    log(notes.at(-1)!);
    if (await isComplete()) return notes;
    deepen *= 2;
  }
  const unshallow = await git.run(['fetch', '--no-tags', '--quiet', '--unshallow', remote, ...wants]);
  if (unshallow.code !== 0 || !(await isComplete())) {
    throw new UserError(`Could not fetch the history between ${baseSha?.slice(0, 12) ?? 'the root'} and ${headSha.slice(0, 12)} to count it exactly; use actions/checkout with fetch-depth: 0`);
  }
  notes.push('shallow checkout: fetched the full history (unshallow) to count exactly');
  log(notes.at(-1)!);
  return notes;
}
