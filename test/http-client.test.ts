// The one HTTP client (undici) loaded from its dispatcher and request modules only: it must
// send what undici's own `request(url, options)` sends, and load none of fetch, WebSocket
// or the rest of undici's index (what deploy-canary's cold start used to compile).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request, RequestFailed, requestText } from '../src/shared/http-client.ts';
import { ScenarioServer } from './harness/http-scenarios.ts';

describe('http-client', () => {
  const server = new ScenarioServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => res.end(JSON.stringify({ method: req.method, url: req.url, header: req.headers['x-probe'] ?? null, body })));
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('sends the path and query of the URL, the method, headers and body', async () => {
    const response = await request(`${server.url}/a/b%20c?x=1&y=two#fragment`, { method: 'POST', headers: { 'x-probe': 'yes' }, body: 'hello' });
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toEqual({ method: 'POST', url: '/a/b%20c?x=1&y=two', header: 'yes', body: 'hello' });
  });

  it('takes a URL object, defaults to GET (PUT with a body, as undici does) and uses the dispatcher given', async () => {
    const agent = new Agent();
    let dispatched = 0;
    const counting = { dispatch: (...args: Parameters<Agent['dispatch']>) => (dispatched++, agent.dispatch(...args)) } as unknown as Agent;
    const plain = await request(new URL(`${server.url}/plain`), { dispatcher: counting });
    expect(await plain.body.json()).toMatchObject({ method: 'GET', url: '/plain' });
    const put = await request(`${server.url}/put`, { body: 'x' });
    expect(await put.body.json()).toMatchObject({ method: 'PUT', body: 'x' });
    expect(dispatched).toBe(1);
    await agent.close();
  });

  it("loads none of undici's index (fetch, WebSocket, cache, mocks)", () => {
    const loaded = execFileSync(process.execPath, ['--input-type=module', '-e', `
      import { createRequire } from 'node:module';
      await import(${JSON.stringify(join(import.meta.dirname, '..', 'src', 'shared', 'http-client.ts'))});
      console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));
    `], { encoding: 'utf8' });
    const undici = (JSON.parse(loaded) as string[]).filter((file) => file.includes('/node_modules/undici/'));
    expect(undici.some((file) => file.endsWith('/lib/dispatcher/agent.js'))).toBe(true);
    expect(undici.filter((file) => file.endsWith('/undici/index.js') || file.includes('/lib/web/') || file.includes('/lib/mock/'))).toEqual([]);
  });

  it.each([
    ['undici', 'src/shared/http-client.ts'],
    ['ssh2', 'src/host/private-key.ts'],
  ])("pins %s exactly: the lib/ files %s deep-imports are not its public API, so no update may move them", (library, importer) => {
    const root = join(import.meta.dirname, '..');
    const source = readFileSync(join(root, importer), 'utf8');
    const deep = [...source.matchAll(new RegExp(`['"](${library}/lib/[^'"]+)['"]`, 'g'))].map((match) => match[1]!);
    expect(deep.length).toBeGreaterThan(0);
    for (const file of deep) expect(existsSync(join(root, 'node_modules', file)), `${file} is missing from the installed ${library}`).toBe(true);
    const installed = (JSON.parse(readFileSync(join(root, 'node_modules', library, 'package.json'), 'utf8')) as { version: string }).version;
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; devDependencies?: Record<string, string> }> };
    // An exact version, not a range (^6.29.1, ~6.29.1, 6.x, >=6): a minor release may reorganise lib/.
    expect(manifest.devDependencies[library]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.devDependencies[library]).toBe(installed);
    expect(lock.packages['']!.devDependencies![library]).toBe(installed);
    expect(lock.packages[`node_modules/${library}`]!.version).toBe(installed);
  });
});

describe('requestText (the API clients\' one request)', () => {
  const server = new ScenarioServer((req, res) => {
    if (req.url === '/reset') return req.socket.destroy();
    if (req.url === '/hang') return; // answers nothing
    if (req.url === '/big') return res.end('x'.repeat(2000));
    res.writeHead(201, { link: '<next>; rel="next"' }).end('{"ok":true}');
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('returns status, headers and text; undefined text past the bound; a failure as one line that is not a timeout', async () => {
    const answer = await requestText(`${server.url}/ok`, { deadlineMs: 5000, maxBytes: 1000 });
    expect(answer).toMatchObject({ status: 201, text: '{"ok":true}' });
    expect(answer.headers.link).toBe('<next>; rel="next"');
    expect((await requestText(`${server.url}/big`, { deadlineMs: 5000, maxBytes: 1000 })).text).toBeUndefined();
    const failure = await requestText(`${server.url}/reset`, { deadlineMs: 5000, maxBytes: 1000 }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestFailed);
    expect((failure as RequestFailed).timedOut).toBe(false);
    expect((failure as RequestFailed).reason).toMatch(/^[^\n]+$/);
  });

  it("says 'cancelled' when the caller's signal ends the request, not undici's words, and it is no timeout", async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 100);
    const failure = await requestText(`${server.url}/hang`, { deadlineMs: 10_000, maxBytes: 1000, signal: cancel.signal }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestFailed);
    expect(failure).toMatchObject({ timedOut: false, reason: 'cancelled' });
  });
});
