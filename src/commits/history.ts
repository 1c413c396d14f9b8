import { readFile } from 'node:fs/promises';
import { UserError } from '../shared/errors.ts';
import { GitError, type Git } from '../git/git.ts';
import { replaceLocked } from '../git/lock-file.ts';
import { readCommitObjects } from './log.ts';
import { remoteBranchOf } from './range.ts';

const SHA = /^[0-9a-f]{7,64}$/i;
/** `git rev-list base --not <bottom>` runs at once for this many bottoms of the head side. */
const CHECKS_AT_ONCE = 4;

/** How a ref the user named can be fetched when the checkout does not hold it. */
function refspecFor(ref: string, remote: string): string | undefined {
  if (SHA.test(ref) && ref.length >= 40) return ref;
  // Another remote's branch (refs/remotes/upstream/main) is not fetched into this remote's.
  const remoteBranch = remoteBranchOf(ref, remote);
  if (remoteBranch) return `+refs/heads/${remoteBranch}:refs/remotes/${remote}/${remoteBranch}`;
  if (ref.startsWith('refs/')) return `+${ref}:${ref}`;
  return undefined;
}

/** The shallow file of each repository, asked of git once (its place depends on the layout: worktrees, GIT_DIR). */
const shallowFiles = new WeakMap<Git, Promise<string>>();

function shallowFile(git: Git): Promise<string> {
  let file = shallowFiles.get(git);
  if (!file) {
    file = git.gitPaths(['shallow']).then((paths) => paths.shallow);
    shallowFiles.set(git, file);
  }
  return file;
}

async function shallowCommits(git: Git): Promise<Set<string>> {
  const file = await shallowFile(git);
  try {
    return new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

async function hasRemote(git: Git, remote: string): Promise<boolean> {
  return (await git.run(['remote', 'get-url', remote])).code === 0;
}

/**
 * The one way this module fetches: quiet, no tags, nothing written to FETCH_HEAD. A
 * failure is git's own (GitError). Whether the remote exists is asked only when the
 * fetch failed: a fetch that works costs no process more.
 */
async function fetchFrom(git: Git, remote: string, options: readonly string[], wants: readonly string[]): Promise<{ failure?: GitError; noRemote?: boolean }> {
  const args = ['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...options, remote, ...wants];
  const result = await git.run(args);
  if (result.code === 0) return {};
  return { failure: new GitError(args, result), noRemote: !(await hasRemote(git, remote)) };
}

export interface EnsuredCommit {
  sha?: string;
  /** git's words when the fetch failed. */
  fetchFailure?: string;
}

export interface EnsuredCommits {
  commits: EnsuredCommit[];
  /** Whether the checkout is shallow, when that had to be asked (a fetch was needed). */
  shallow?: boolean;
}

/**
 * Makes each ref resolvable, fetching what the checkout lacks from the remote in one
 * fetch (one at a time only when that fails, to tell which one the remote refused).
 * A ref neither the repository nor the remote has comes back without a SHA.
 */
export async function ensureCommits(git: Git, refs: readonly string[], remote: string, log: (line: string) => void): Promise<EnsuredCommits> {
  const results: EnsuredCommit[] = [];
  for (const ref of refs) results.push({ sha: await git.revParse(ref) });
  const missing = refs.map((ref, i) => ({ ref, i, refspec: refspecFor(ref, remote) })).filter(({ i, refspec }) => !results[i]!.sha && refspec);
  if (missing.length === 0) return { commits: results };
  const shallow = await git.isShallow();
  const depth = shallow ? ['--depth=1'] : [];
  for (const { ref } of missing) log(`'${ref}' is not in this checkout; fetching it from ${remote}.`);
  const fetch = (refspecs: string[]) => fetchFrom(git, remote, depth, refspecs);
  const together = missing.length > 1 ? await fetch(missing.map(({ refspec }) => refspec!)) : undefined;
  // No such remote: the refs stay unresolved, and the caller says that neither the checkout nor the remote has them.
  if (together?.noRemote) return { commits: results, shallow };
  for (const { i, refspec } of missing) {
    const fetched = together && !together.failure ? together : await fetch([refspec!]);
    if (fetched.noRemote) return { commits: results, shallow };
    if (fetched.failure) results[i] = { fetchFailure: fetched.failure.detail };
  }
  // Every ref in one process when all resolve now (the usual case), else one by one.
  const all = await git.revParseAll(refs);
  for (const [i, ref] of refs.entries()) {
    if (results[i]!.fetchFailure === undefined && !results[i]!.sha) results[i] = { sha: all ? all.shas[i] : await git.revParse(ref) };
  }
  return { commits: results, shallow };
}

export interface HistoryRequest {
  /** undefined: head's whole history is counted. */
  baseSha?: string;
  headSha: string;
  remote: string;
  log: (line: string) => void;
  /** Known from resolving the range; asked when undefined. */
  shallow?: boolean;
  /** The remote branch the base is the tip of, as the event or input named it (a pull request's base branch). */
  baseBranch?: string;
}

export interface CompleteHistory {
  /** What was fetched and why, for the log and the summary. */
  notes: string[];
  /**
   * Ancestors of the base the count must also leave out: the commits where head's own
   * history leaves the base branch, as the remote computed them (see `negotiate`).
   */
  exclude: string[];
}

/**
 * A shallow checkout cuts history, and `git rev-list base..head` over a cut history
 * silently miscounts. This fetches what the count needs, and not much more, until the
 * local history proves the count exact (`inspect`):
 * 1. when the base is still the tip of its branch on the remote, the remote itself lists
 *    head's own commits (`negotiate`): a few small fetches, whatever the base's history;
 * 2. else both sides are deepened together, each fetch aimed by commit dates at where the
 *    other side has reached (as git's merge-base walks both sides in date order), until
 *    they meet: a branch of 8 commits whose base moved on by 2,000 fetches about that
 *    many commits of the base side, not the whole history;
 * 3. the full history only when the answer needs it (head's whole history without a
 *    base; sides that still do not meet after the last round), said so with the number
 *    of objects fetched.
 * Only depth fetches change the shallow boundary here: git answers a date or exclusion
 * fetch (`--shallow-since`, `--shallow-exclude`) across a merge with boundary commits it
 * never sends, which breaks every later fetch of the checkout ("error in object:
 * unshallow"); the one exclusion fetch `negotiate` makes is followed by dropping them.
 */
export async function ensureCompleteRange(git: Git, request: HistoryRequest): Promise<CompleteHistory> {
  const { baseSha, headSha, remote, log } = request;
  const result: CompleteHistory = { notes: [], exclude: [] };
  if (!(request.shallow ?? (await git.isShallow()))) return result;
  let state = await inspect(git, baseSha, headSha);
  if (state.complete) return result;
  const fetches = new Fetches(git, remote);
  await fetches.start();
  const say = async (note: string) => {
    result.notes.push(`shallow checkout: ${note} (${await fetches.summary()})`);
    log(result.notes.at(-1)!);
  };

  if (baseSha && request.baseBranch) {
    const negotiated = await negotiate(git, fetches, baseSha, headSha, request.baseBranch, log);
    if (negotiated) {
      result.exclude = negotiated.exclude;
      await say(`${request.baseBranch} on ${remote} is still at the base, so ${remote} listed the ${negotiated.own} commit${negotiated.own === 1 ? '' : 's'} of head it does not hold`);
      return result;
    }
    state = await inspect(git, baseSha, headSha);
  }

  if (baseSha) {
    const depth = new Map([[headSha, 1], [baseSha, 1]]);
    for (let round = 1; round <= DEPTH_ROUNDS && !state.complete; round++) {
      const shallow = await shallowCommits(git);
      const [head, base] = [await reach(git, headSha, shallow), await reach(git, baseSha, shallow)];
      // The side that has reached less far back in time goes next, aimed at where the other one is
      // (a side whose history is whole has nowhere to go: clock skew can date a cut commit older than any).
      const baseFirst = state.headCut ? base.cut && head.oldest <= base.oldest : true;
      let [side, target] = baseFirst ? [baseSha, state.headCut ? head.oldest : state.edgeTime!] : [headSha, base.oldest];
      const reached = side === headSha ? head : base;
      if (target >= reached.oldest) target = reached.oldest - 1; // already that far: go further back
      const next = Math.max(2 * depth.get(side)!, reached.commitsPerSecond ? Math.ceil((reached.newest - target) * reached.commitsPerSecond * 1.15) + 1 : FIRST_DEEPEN);
      depth.set(side, next);
      const fetched = await fetches.run([`--depth=${next}`], [side]);
      if (!fetched.ok) {
        log(`shallow checkout: deepening failed (${fetched.said}); fetching the full history instead`);
        break;
      }
      state = await inspect(git, baseSha, headSha);
      if (state.complete) {
        await say(`deepened base to ${depth.get(baseSha)} and head to ${depth.get(headSha)} commits, where they meet`);
        return result;
      }
    }
  }

  const why = baseSha ? `base and head did not meet within ${DEPTH_ROUNDS} rounds of deepening` : 'every commit of head is counted (no base)';
  const unshallow = await fetches.run(['--unshallow'], [headSha, ...(baseSha ? [baseSha] : [])]);
  state = unshallow.ok ? await inspect(git, baseSha, headSha) : state;
  if (!unshallow.ok || !state.complete) {
    throw new UserError(`Could not fetch the history between ${baseSha?.slice(0, 12) ?? 'the root'} and ${headSha.slice(0, 12)} to count it exactly${unshallow.ok ? '' : ` (git fetch: ${unshallow.said})`}; use actions/checkout with fetch-depth: 0`);
  }
  await say(`fetched the full history of ${baseSha ? 'base and head' : 'head'} (unshallow): ${why}`);
  return result;
}

const FIRST_DEEPEN = 100;
/** Rounds of deepening before the full history is fetched (each at least doubles a side's depth). */
const DEPTH_ROUNDS = 12;

/** Every fetch this check makes, and how many objects they brought (git count-objects before and after). */
class Fetches {
  private readonly git: Git;
  readonly remote: string;
  private objectsBefore = 0;
  count = 0;

  constructor(git: Git, remote: string) {
    this.git = git;
    this.remote = remote;
  }

  private async objects(): Promise<number> {
    const result = await this.git.run(['count-objects', '-v']);
    let total = 0;
    for (const match of result.stdout.matchAll(/^(?:count|in-pack): (\d+)$/gm)) total += Number(match[1]);
    return total;
  }

  async start(): Promise<void> {
    this.objectsBefore = await this.objects();
  }

  async run(options: string[], wants: string[]): Promise<{ ok: boolean; said: string }> {
    this.count++;
    const { failure, noRemote } = await fetchFrom(this.git, this.remote, options, wants);
    if (noRemote) {
      throw new UserError(`The checkout is shallow and has no '${this.remote}' remote to fetch more history from; check out with full history (actions/checkout with fetch-depth: 0)`);
    }
    return { ok: !failure, said: failure?.detail ?? '' };
  }

  async summary(): Promise<string> {
    const objects = (await this.objects()) - this.objectsBefore;
    return `${this.count} fetch${this.count === 1 ? '' : 'es'}, ${objects.toLocaleString('en-US')} object${objects === 1 ? '' : 's'}`;
  }
}

/** The smallest and largest of `values` in one pass (a spread into Math.min overflows the stack past ~125,000 commits). */
export function extent(values: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/** How far back a side's local history reaches, and how densely it was committed (to aim the next depth). */
async function reach(git: Git, sha: string, shallow: ReadonlySet<string>): Promise<{ newest: number; oldest: number; cut: boolean; commitsPerSecond?: number }> {
  const lines = (await git.output(['rev-list', '--timestamp', sha, '--'])).split('\n').filter(Boolean);
  const times = lines.map((line) => Number(line.slice(0, line.indexOf(' '))));
  const { min: oldest, max: newest } = extent(times);
  const cut = lines.some((line) => shallow.has(line.slice(line.indexOf(' ') + 1)));
  return { newest, oldest, cut, commitsPerSecond: times.length >= 2 && newest > oldest ? (times.length - 1) / (newest - oldest) : undefined };
}

interface RangeState {
  /** The local history proves `git rev-list base..head` exact. */
  complete: boolean;
  /** A commit of head's side (base..head) is a shallow boundary: its parents are not here. */
  headCut: boolean;
  /** When the head side is whole: the oldest commit time where it leaves from (the parents of its oldest commits). */
  edgeTime?: number;
}

/**
 * Whether the cut history still counts base..head exactly. With H = the commits
 * `rev-list base..head` lists here, the count is exact when
 *  (a) no commit of H is a shallow boundary: then every commit truly in base..head is in
 *      H (a walk from head reaches each of them through commits whose parents are all here);
 *  (b) every shallow boundary reachable from base is an ancestor of each bottom of H
 *      (a commit of H with no parent in H): then no commit of H is truly reachable from
 *      base. Were one, a true path from base to it would leave the local history at a
 *      boundary X below which it lies; but X is an ancestor of a bottom below that commit,
 *      so the commit would be its own ancestor.
 * (b) is what a walk that merely found a common commit misses: a boundary shared by both
 * sides can hide that an older commit of H is also behind base.
 */
async function inspect(git: Git, baseSha: string | undefined, headSha: string): Promise<RangeState> {
  const shallow = await shallowCommits(git);
  if (shallow.size === 0) return { complete: true, headCut: false };
  const range = baseSha ? [`${baseSha}..${headSha}`] : [headSha];
  const own = new Map<string, { time: number; parents: string[] }>();
  const edge: number[] = [];
  for (const line of (await git.output(['rev-list', '--timestamp', '--parents', '--boundary', ...range, '--'])).split('\n')) {
    if (!line) continue;
    const [time, sha, ...parents] = line.split(' ');
    if (sha!.startsWith('-')) edge.push(Number(time));
    else own.set(sha!, { time: Number(time), parents });
  }
  if ([...own.keys()].some((sha) => shallow.has(sha))) return { complete: false, headCut: true };
  if (!baseSha || own.size === 0) return { complete: true, headCut: false };
  const bottoms = [...own].filter(([, commit]) => !commit.parents.some((parent) => own.has(parent)));
  const edgeTime = extent(edge.length > 0 ? edge : bottoms.map(([, commit]) => commit.time)).min;
  const queue = bottoms.map(([sha]) => sha);
  let baseCut = false;
  await Promise.all(Array.from({ length: Math.min(CHECKS_AT_ONCE, queue.length) }, async () => {
    for (let bottom = queue.shift(); bottom && !baseCut; bottom = queue.shift()) {
      const behind = await git.output(['rev-list', baseSha, '--not', bottom, '--']);
      if (behind.split('\n').some((sha) => shallow.has(sha))) baseCut = true;
    }
  }));
  return { complete: !baseCut, headCut: false, edgeTime };
}

/** The commits of the list that this repository does not hold. */
async function absent(git: Git, shas: readonly string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set();
  const answer = await git.output(['cat-file', '--batch-check=%(objectname)'], { input: `${shas.join('\n')}\n` });
  return new Set(answer.split('\n').filter((line) => line.endsWith(' missing')).map((line) => line.slice(0, line.indexOf(' '))));
}

/**
 * Drops the shallow entries of commits this repository does not hold. An exclusion fetch
 * across a merge makes git list boundary commits it never sends (pack-objects stops at
 * the merge, which is itself a boundary); a later fetch that extends history through one
 * of them dies with "error in object: unshallow <sha>". Without its object such an entry
 * means nothing, so the file is rewritten without it, by git's lock-file protocol (replaceLocked).
 */
async function dropAbsentShallowEntries(git: Git): Promise<void> {
  const entries = [...(await shallowCommits(git))];
  const missing = await absent(git, entries);
  if (missing.size === 0) return;
  const file = await shallowFile(git);
  const kept = entries.filter((sha) => !missing.has(sha));
  await replaceLocked(file, kept.map((sha) => `${sha}\n`).join(''));
}

/**
 * When the base is still the tip of `branch` on the remote, the remote knows which
 * commits of head are not behind it: `fetch --shallow-exclude=refs/heads/<branch>` sends
 * head's commits that are not ancestors of the branch tip, each one whose parent is
 * behind the tip marked as a boundary. When every boundary has one parent, that parent
 * is behind the tip and the commits are exactly head's own; a boundary merge could have
 * a parent of either kind (git stops at the merge without saying which), so such a
 * history goes the deepening way. `ls-remote` then confirms the tip is still the base,
 * which makes head's own commits exactly base..head (the tip moving away and back
 * within the second in between is the one case it does not rule out). A last depth
 * fetch from head, deep enough to hold them all, brings the parents they leave from, so
 * each counted commit lists its files against its real parent; those parents are behind
 * the base and are excluded from the count.
 */
async function negotiate(git: Git, fetches: Fetches, baseSha: string, headSha: string, branch: string, log: (line: string) => void): Promise<{ exclude: string[]; own: number } | undefined> {
  const ref = `refs/heads/${branch}`;
  const fetched = await fetches.run([`--shallow-exclude=${ref}`], [headSha]);
  await dropAbsentShallowEntries(git);
  if (!fetched.ok) {
    log(`shallow checkout: ${fetches.remote} did not list head's own commits against ${branch} (${fetched.said}); deepening instead`);
    return undefined;
  }
  const own = (await git.output(['rev-list', headSha, '--'])).split('\n').filter(Boolean);
  const shallow = await shallowCommits(git);
  const boundary = await readCommitObjects(git, own.filter((sha) => shallow.has(sha)));
  if ([...boundary.values()].some((commit) => commit.parents.length !== 1)) {
    log(`shallow checkout: head's own commits leave ${branch} at a merge; deepening both sides instead`);
    return undefined;
  }
  // Both at once: the depth fetch only brings the parents, wanted either way; ls-remote decides.
  const [listed, deepened] = await Promise.all([git.run(['ls-remote', fetches.remote, ref]), fetches.run([`--depth=${own.length + 1}`], [headSha])]);
  const tip = listed.stdout.split('\n').map((line) => line.split('\t')).find(([, name]) => name === ref)?.[0];
  if (listed.code !== 0 || tip !== baseSha) {
    log(`shallow checkout: ${branch} on ${fetches.remote} is ${tip ? `at ${tip.slice(0, 12)}, no longer at the base` : 'not listed'}; deepening both sides instead`);
    return undefined;
  }
  const after = await shallowCommits(git);
  if (!deepened.ok || own.some((sha) => after.has(sha))) return undefined;
  const mine = new Set(own);
  const exclude = new Set([...boundary.values()].map((commit) => commit.parents[0]!).filter((parent) => !mine.has(parent)));
  return { exclude: [...exclude], own: own.length };
}
