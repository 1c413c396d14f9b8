// The GitHub client's deadline is one per request, as the Loki and Fly clients': undici's
// header and body timers are idle timers, which a server dripping a byte restarts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubApi } from '../src/shared/github-api.ts';
import { UserError } from '../src/shared/errors.ts';
import { ScenarioServer } from './harness/http-scenarios.ts';

describe('GitHub API deadline', () => {
  const server = new ScenarioServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    const drip = setInterval(() => res.write(' '), 50); // each byte restarts an idle timer
    res.on('close', () => clearInterval(drip));
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('cuts an answer dripped a byte at a time at the request deadline, in one line', async () => {
    const api = new GitHubApi({ token: 't', apiUrl: server.url, timeoutMs: 400 });
    const error = await api.get('/repos/o/r/deployments').then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('GitHub API GET /repos/o/r/deployments failed: no answer within 400 ms');
  }, 20_000);
});
