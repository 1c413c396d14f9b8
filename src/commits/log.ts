import { GitError, type Git } from '../git/git.ts';
import { UserError } from '../shared/errors.ts';
import { oneLine } from '../shared/log-text.ts';
import { markerOf, parseCommitObject, type CommitObject } from './commit-object.ts';

export interface Commit extends CommitObject {
  sha: string;
  /** Files of the commit that `keepFile` kept (all of them without it; none for a merge, as git log shows). */
  files: string[];
  /** What `flag` matched in the whole message, if anything. */
  marker?: string;
}

export interface ListOptions {
  /** Only these files are kept per commit (watch-paths); without it, files are not listed at all. */
  keepFile?: (path: string) => boolean;
  /** Run on each whole message as it streams by (flag-messages). */
  flag?: RegExp;
  /** More commits whose history is left out, as base's is (ancestors of base the remote named). */
  exclude?: readonly string[];
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** `git log --raw -z` entry head: `:<mode> <mode> <oid> <oid> <status>`; its one path is the next field. */
const RAW_ENTRY = /^\n?:[0-7]{6} [0-7]{6} [0-9a-f]+ [0-9a-f]+ [A-Z][0-9]*$/;
/** One commit object is read whole; a message larger than this fails the count instead of being cut. */
const MAX_COMMIT_BYTES = 16 * 1024 * 1024;

/**
 * Every commit in `base..head` (or all of head's history without a base), in git's order,
 * with its author, subject, parents, watched files and message marker. Nothing a commit
 * says can be mistaken for structure, and nothing is ever read cut:
 * - the commits and their files come from `git log -z --raw --format=%H`, where a field is a
 *   SHA or a raw entry head, and the one path after an entry head is taken by position, so
 *   a file name cannot pose as either (file names hold no NUL);
 * - authors and messages come from `git cat-file --batch`, which prefixes every object with
 *   its size in bytes: a message holding any byte (\x1e, \x1f, NUL, newlines) stays inside
 *   its commit;
 * - both outputs are streamed (no cap to hit: a log of 300 MB is counted whole).
 */
export async function listCommits(git: Git, baseSha: string | undefined, headSha: string, options: ListOptions = {}): Promise<Commit[]> {
  const range = [...(baseSha ? [`${baseSha}..${headSha}`] : [headSha]), ...(options.exclude ?? []).map((sha) => `^${sha}`)];
  const order = options.keepFile ? await commitsWithFiles(git, range, options.keepFile) : await commitsOnly(git, range);
  const objects = await readCommitObjects(git, order.map((entry) => entry.sha), options.flag);
  return order.map((entry) => ({ ...objects.get(entry.sha)!, sha: entry.sha, files: entry.files }));
}

function unexpected(what: string, detail: string): UserError {
  return new UserError(`git ${what} printed output deploy-guards cannot read (${oneLine(detail, 80)}); nothing was counted rather than a guess`);
}

async function commitsOnly(git: Git, range: string[]): Promise<{ sha: string; files: string[] }[]> {
  const commits: { sha: string; files: string[] }[] = [];
  let pending = '';
  const take = (line: string) => {
    if (!SHA.test(line)) throw unexpected('rev-list', line);
    commits.push({ sha: line, files: [] });
  };
  const failure = await streamLines(git, ['rev-list', ...range, '--'], '\n', (line) => take(line), (rest) => (pending = rest));
  if (pending !== '') take(pending);
  if (failure) throw failure;
  return commits;
}

async function commitsWithFiles(git: Git, range: string[], keepFile: (path: string) => boolean): Promise<{ sha: string; files: string[] }[]> {
  const commits: { sha: string; files: string[] }[] = [];
  let pathNext = false;
  const take = (field: string) => {
    if (pathNext) {
      pathNext = false;
      if (keepFile(field)) commits.at(-1)!.files.push(field);
    } else if (SHA.test(field)) {
      commits.push({ sha: field, files: [] });
    } else if (RAW_ENTRY.test(field) && commits.length > 0) {
      pathNext = true;
    } else {
      throw unexpected('log', JSON.stringify(field));
    }
  };
  // Fixed output whatever the user's config says: no colour, signatures, relative paths or renames.
  const args = ['log', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-color', '--no-show-signature', '--no-relative', '--format=%H', ...range, '--'];
  let pending = '';
  const failure = await streamLines(git, args, '\0', take, (rest) => (pending = rest));
  if (pending !== '') take(pending);
  if (failure) throw failure;
  if (pathNext) throw unexpected('log', 'a raw entry without its path');
  return commits;
}

/**
 * Runs git with stdout split on `separator` as it streams (a piece split across chunks is
 * joined first); `rest` gets the unterminated tail. Resolves with git's failure instead
 * of throwing, so the caller finishes its parse first.
 */
async function streamLines(git: Git, args: string[], separator: string, take: (piece: string) => void, rest: (tail: string) => void): Promise<GitError | undefined> {
  let tail = Buffer.alloc(0);
  const code = separator.charCodeAt(0);
  let parseError: unknown;
  const stop = new AbortController();
  const result = await git.run(args, {
    signal: stop.signal,
    streamStdout: (chunk) => {
      if (parseError) return;
      const data = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      let start = 0;
      try {
        for (let end = data.indexOf(code, start); end >= 0; end = data.indexOf(code, start)) {
          take(data.toString('utf8', start, end));
          start = end + 1;
        }
      } catch (error) {
        parseError = error;
        stop.abort();
      }
      tail = Buffer.from(data.subarray(start));
    },
  });
  if (parseError) throw parseError;
  rest(tail.toString('utf8'));
  return result.code === 0 ? undefined : new GitError(args, result);
}

/** Bytes arriving in chunks, taken off the front without copying more than once. */
class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  indexOf(byte: number): number {
    let offset = 0;
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(byte);
      if (at >= 0) return offset + at;
      offset += chunk.length;
    }
    return -1;
  }

  take(count: number): Buffer {
    const parts: Buffer[] = [];
    let left = count;
    while (left > 0) {
      const chunk = this.chunks[0]!;
      if (chunk.length <= left) {
        parts.push(chunk);
        this.chunks.shift();
        left -= chunk.length;
      } else {
        parts.push(chunk.subarray(0, left));
        this.chunks[0] = chunk.subarray(left);
        left = 0;
      }
    }
    this.length -= count;
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }
}

/** `git cat-file --batch`: each commit object whole, framed by its byte size. */
export async function readCommitObjects(git: Git, shas: readonly string[], flag?: RegExp): Promise<Map<string, CommitObject & { marker?: string }>> {
  const objects = new Map<string, CommitObject & { marker?: string }>();
  if (shas.length === 0) return objects;
  const queue = new ByteQueue();
  let need: { sha: string; size: number } | undefined;
  let parseError: unknown;
  const stop = new AbortController();
  const consume = () => {
    for (;;) {
      if (!need) {
        const eol = queue.indexOf(0x0a);
        if (eol < 0) return;
        const header = queue.take(eol + 1).toString('utf8', 0, eol);
        const match = /^([0-9a-f]{40,64}) commit (\d+)$/.exec(header);
        if (!match) throw unexpected('cat-file', header);
        const size = Number(match[2]);
        if (size > MAX_COMMIT_BYTES) throw new UserError(`commit ${match[1]!.slice(0, 12)} is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_COMMIT_BYTES / 1024 / 1024} MB deploy-guards reads of one commit: nothing was counted rather than a commit read cut`);
        need = { sha: match[1]!, size };
      }
      if (queue.length < need.size + 1) return;
      const object = parseCommitObject(queue.take(need.size + 1).subarray(0, need.size));
      objects.set(need.sha, { ...object, marker: markerOf(object.message, flag), message: '' });
      need = undefined;
    }
  };
  const args = ['cat-file', '--batch'];
  const result = await git.run(args, {
    input: `${shas.join('\n')}\n`,
    signal: stop.signal,
    streamStdout: (chunk) => {
      if (parseError) return;
      queue.push(chunk);
      try {
        consume();
      } catch (error) {
        parseError = error;
        stop.abort();
      }
    },
  });
  if (parseError) throw parseError;
  if (result.code !== 0) throw new GitError(args, result);
  for (const sha of shas) if (!objects.has(sha)) throw unexpected('cat-file', `no object for ${sha}`);
  return objects;
}
