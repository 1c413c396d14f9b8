// host-canary's verdict through the shared event sinks: canary.passed / canary.failed
// as CloudEvents, in the events file and at a webhook, against a real sshd.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printed, runStep } from './harness/action-runner.ts';
import { SshHost } from './harness/ssh-host.ts';

describe('host-canary events', () => {
  const host = new SshHost();
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const webhook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(202).end();
    });
  });
  let webhookUrl = '';
  beforeAll(async () => {
    await host.start();
    await new Promise<void>((done) => webhook.listen(0, '127.0.0.1', done));
    webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hooks/canary`;
  });
  afterAll(async () => {
    await host.dispose();
    webhook.close();
  });

  it('sends canary.passed for a healthy host and canary.failed with the finding code for a replaced one', async () => {
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'dg-events-')), 'events.ndjson');
    const sinks = { 'events-file': eventsFile, 'webhook-url': webhookUrl, 'webhook-token': 'whk_canary_secret_123', environment: 'prod-eu' };
    const healthy = await runStep('host-canary', 'main', { inputs: host.inputs(sinks) });
    expect(healthy.exitCode, printed(healthy)).toBe(0);

    const pinned = host.fingerprint;
    host.generateHostKeys();
    await host.restart();
    const replaced = await runStep('host-canary', 'main', { inputs: host.inputs({ ...sinks, 'host-key-fingerprints': pinned }) });
    expect(replaced.exitCode).toBe(1);

    const events = readFileSync(eventsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(events.map((event) => [event.type, event.subject, event.data.reason])).toEqual([
      ['canary.passed', 'prod-eu', null],
      ['canary.failed', 'prod-eu', 'host-key-mismatch'],
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ specversion: '1.0', source: 'https://github.com/acme/shop/actions/runs/4242', datacontenttype: 'application/json' });
      expect(event.data.duration_ms).toBeGreaterThan(0);
    }
    expect(received.map((request) => JSON.parse(request.body).type)).toEqual(['canary.passed', 'canary.failed']);
    expect(received[0]!.headers['content-type']).toMatch(/^application\/cloudevents\+json(;|$)/);
    expect(received[0]!.headers.authorization).toBe('Bearer whk_canary_secret_123');
    for (const step of [healthy, replaced]) expect(printed(step) + step.summary).not.toContain('whk_canary_secret_123');
  });

  it('sends nothing but the verdict when no sink is configured', async () => {
    const step = await runStep('host-canary', 'main', { inputs: host.inputs() });
    expect(step.stdout).not.toContain('event canary.');
  });
});
