import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git, GitError } from '../src/git/git.ts';
import { UserError } from '../src/shared/errors.ts';
import { GitFixture } from './harness/git-fixture.ts';

describe('Git', () => {
  // A "remote" that accepts the connection and never says a word.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    port = (silent.address() as AddressInfo).port;
  });
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
  });

  it('ends a fetch from a remote that never answers at its deadline, as a one-line user error', async () => {
    const repo = new GitFixture();
    repo.commit('one');
    const git = new Git(repo.dir);
    const error = await git.output(['fetch', `git://127.0.0.1:${port}/repo.git`], { timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('git fetch failed: did not finish within 1.00s');
  });

  it('reports git\'s own words when it refuses', async () => {
    const repo = new GitFixture();
    const error = await new Git(repo.dir).output(['rev-parse', '--verify', 'no-such-ref']).catch((e: unknown) => e);
    expect((error as Error).message).toBe('git rev-parse failed: fatal: Needed a single revision');
  });

  it('resolves several revisions and the shallow flag in one call, or none', async () => {
    const repo = new GitFixture();
    const one = repo.commit('one');
    const two = repo.commit('two');
    const git = new Git(repo.dir);
    expect(await git.revParseAll(['HEAD', 'HEAD~1'])).toEqual({ shas: [two, one], shallow: false });
    expect(await git.revParseAll(['HEAD', 'nope'])).toBeUndefined();
    expect(await git.revParseAll(['HEAD', '--all'])).toBeUndefined();
  });
});
