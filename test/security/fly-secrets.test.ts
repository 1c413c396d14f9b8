// The env-completeness leak test, extended to Fly.io (issue 15): the Fly token, the
// secrets' digests and any value a server sends back never reach the log, the summary,
// the outputs or the annotations, in the action and in the CLI, also when the API
// answers with an error that echoes the request, or lists entries that are not names.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printed, ROOT, runStep, type StepResult } from '../harness/action-runner.ts';
import { FlyStandIn } from '../harness/fly-stand-in.ts';
import { runnerCommands } from './runner-log.ts';

const TOKEN_PART = 'fm2_lJPECAAAAAAAAAA8AsM5yMkVeqSxtvx1LeakCanary0b9a';
const TOKEN = `FlyV1 ${TOKEN_PART},fm2_SecondMacaroonPart7c1dLeakCanary`;
const DIGESTS = ['b9e37b7b239ee4aefc75352fe3fa6dc6', 'cdbe3268a82bfe993921b9cae2a526af'];
const VALUE = 'postgres://hello:LeakCanaryPassw0rd@top2.nearest.of.hello-db.internal:5432/hello';

function app(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fly-leak-'));
  cpSync(join(ROOT, 'test/fixtures/fly-phoenix'), dir, { recursive: true });
  return dir;
}

function everything(step: StepResult): string {
  return [printed(step), JSON.stringify(step.outputs), step.summary, JSON.stringify(step.annotations)].join('\n');
}

function expectNoLeak(text: string): void {
  for (const secret of [TOKEN_PART, 'fm2_SecondMacaroonPart7c1dLeakCanary', ...DIGESTS, VALUE, 'LeakCanaryPassw0rd']) expect(text).not.toContain(secret);
}

/** A Machines API that lies: values in the list, hostile names, errors echoing the Authorization header. */
class LyingFly {
  private server?: Server;
  url = '';
  mode: 'values' | 'echo-error' | 'hostile-names' = 'values';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const echo = `${req.headers.authorization} ${DIGESTS.join(' ')} ${VALUE}`;
      if (this.mode === 'echo-error') return send(req.url?.endsWith('/secrets') ? 500 : 403, { error: echo, status: echo });
      if (req.url?.endsWith('/machines')) return send(200, [{ id: 'm1', state: 'started', updated_at: new Date(Date.now() - 7_200_000).toISOString(), events: [{ type: 'start', status: 'started', source: 'flyd', timestamp: Date.now() - 7_200_000 }], config: { metadata: { fly_process_group: 'app' } } }]);
      const secrets = this.mode === 'values'
        ? [{ name: 'DATABASE_URL', digest: DIGESTS[0], value: VALUE, created_at: new Date().toISOString(), updated_at: new Date().toISOString() }, { name: 'SECRET_KEY_BASE', digest: DIGESTS[1], value: VALUE, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }]
        : [{ name: `::error::${VALUE}`, digest: DIGESTS[0] }, { name: `${TOKEN}`, digest: DIGESTS[1] }, { name: 'SECRET_KEY_BASE', digest: DIGESTS[1], updated_at: '2026-01-01T00:00:00Z' }];
      send(200, { secrets });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

describe('env-completeness never shows the Fly token, digests or values', () => {
  const lying = new LyingFly();
  const honest = new FlyStandIn(TOKEN);
  beforeAll(async () => {
    await lying.start();
    await honest.start();
    honest.app('hello-phx', {
      secrets: [
        { name: 'DATABASE_URL', digest: DIGESTS[0]!, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
        { name: 'SECRET_KEY_BASE', digest: DIGESTS[1]!, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
      ],
      machines: [{ id: 'm1', state: 'started', boots: [{ type: 'update', at: Date.now() - 7_200_000 }], updatedAt: new Date(Date.now() - 7_200_000).toISOString() }],
    });
  });
  afterAll(async () => {
    await lying.stop();
    await honest.stop();
  });

  it('the documented answer: token masked (whole and each part), digests nowhere', async () => {
    const step = await runStep('env-completeness', 'main', { cwd: app(), inputs: { 'fly-token': TOKEN, 'fly-api-url': honest.url } });
    expect(honest.violations).toEqual([]);
    expect(step.exitCode).toBe(1); // the staged DATABASE_URL
    expect(step.masks).toEqual(expect.arrayContaining([TOKEN, TOKEN_PART, 'fm2_SecondMacaroonPart7c1dLeakCanary']));
    expectNoLeak(everything(step));
  });

  it('a server that sends values with the list: they are never read', async () => {
    lying.mode = 'values';
    const step = await runStep('env-completeness', 'main', { cwd: app(), inputs: { 'fly-token': TOKEN, 'fly-api-url': lying.url } });
    expect(step.exitCode).toBe(1);
    expectNoLeak(everything(step));
  });

  it('an error answer echoing the Authorization header, digests and a value: one line with the status only', async () => {
    lying.mode = 'echo-error';
    const step = await runStep('env-completeness', 'main', { cwd: app(), inputs: { 'fly-token': TOKEN, 'fly-api-url': lying.url } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::Fly Machines API GET /v1/apps/hello-phx/secrets answered 500: the API had a problem; try again later');
    expectNoLeak(everything(step));
  });

  it('entries that are not variable names (a value, the token, a workflow command) are counted, never shown', async () => {
    lying.mode = 'hostile-names';
    const step = await runStep('env-completeness', 'main', { cwd: app(), inputs: { 'fly-token': TOKEN, 'fly-api-url': lying.url } });
    expectNoLeak(everything(step));
    // The only commands are the action's own: its masks and its own annotations, none carrying the hostile text.
    expect(runnerCommands(step.stdout).filter((command) => command.name !== 'add-mask' && (command.line.includes('LeakCanary') || !['error', 'notice', 'warning'].includes(command.name)))).toEqual([]);
    expect(step.stdout).toContain('2 secret entries without a variable name were not used (not shown)');
  });

  it('the CLI (no runner masking): neither token nor digests in its output, also on an error', async () => {
    const dir = app();
    const tokenFile = join(dir, '..', `leak-token-${process.pid}`);
    writeFileSync(tokenFile, TOKEN);
    for (const [url, mode] of [[honest.url, 'values'], [lying.url, 'echo-error'], [lying.url, 'values']] as const) {
      lying.mode = mode;
      const output = await new Promise<string>((done) => {
        execFile(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'env-completeness', '--fly-api-url', url, '--fly-token-file', tokenFile], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } }, (_error, stdout, stderr) => done(stdout + stderr));
      });
      expect(output).toContain('env-completeness');
      expectNoLeak(output);
    }
  });
});
