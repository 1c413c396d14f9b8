// One way to do each thing in the events layer: the events file is read once per step
// however many events the step asks about, the watchdog and the alert rules select Loki
// streams with one selector, and a GitHub error carries its status and a bounded,
// one-line reason instead of the server's body.
import * as fs from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parser as logql } from '@grafana/lezer-logql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lokiRules } from '../src/events/alert-rules.ts';
import { buildEvent, eventId, type EventContext } from '../src/events/event.ts';
import { closeDeployment, type RunnerState } from '../src/events/lifecycle.ts';
import type { SinkSettings } from '../src/events/settings.ts';
import { LokiSink } from '../src/events/sinks.ts';
import { GitHubApi, GitHubApiError } from '../src/shared/github-api.ts';
import { ScenarioServer } from './harness/http-scenarios.ts';

// Every read of a file through node:fs, by path, as the modules under test make them.
const reads: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    readFileSync: (...args: Parameters<typeof real.readFileSync>) => {
      reads.push(String(args[0]));
      return real.readFileSync(...args);
    },
  };
});

const context: EventContext = { environment: 'production', sha: 'c0ffee'.padEnd(40, '0'), ref: 'refs/heads/main', repository: 'acme/shop', runId: '71', runAttempt: '1', workflow: 'deploy', actor: 'octocat', source: 'https://github.com/acme/shop/actions/runs/71' };
const sinks = (eventsFile: string): SinkSettings => ({
  eventsFile, webhookUrl: '', webhookToken: '', lokiUrl: '', lokiLabels: {}, lokiTenant: '', lokiUsername: '', lokiPassword: '', githubDeployment: false, token: '', sinkTimeoutMs: 2000,
});

describe('the events file', () => {
  it('is read once by a post step that asks it about the end, the started and its own end', async () => {
    const key = 'b'.repeat(32);
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'dg-events-')), 'events.ndjson');
    // The main step appended its started and was killed before it could record the delivery.
    const started = buildEvent('deployment.started', context, key, { time: new Date(Date.now() - 60_000) });
    writeFileSync(eventsFile, `${JSON.stringify(buildEvent('deployment.started', { ...context, runId: '70' }, 'c'.repeat(32)))}\n${JSON.stringify(started)}\n`);
    const saved: Record<string, string> = {
      key, 'started-at': started.time,
      events: JSON.stringify({ events: [{ type: started.type, id: started.id, time: started.time, reason: null, durationMs: null, delivered: [], rejected: [] }], closed: [] }),
    };
    const state: RunnerState = { get: (name) => saved[name] ?? '', save: (name, value) => (saved[name] = value) };
    const printed: string[] = [];
    reads.length = 0;
    const outcome = await closeDeployment({ context, sinks: sinks(eventsFile), environmentUrl: '', logUrl: context.source, apiUrl: '', state, print: (line) => printed.push(line), warn: (line) => printed.push(line) });
    expect(outcome?.ended?.event.id).toBe(eventId(key, 'deployment.failed'));
    expect(outcome?.ended?.outcomes.map((item) => item.ok)).toEqual([true]);
    expect(outcome?.redelivered).toEqual([]); // the started was there: not appended twice
    expect(reads.filter((path) => path === eventsFile)).toHaveLength(1);
    const lines = fs.readFileSync(eventsFile, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(lines).toEqual([eventId('c'.repeat(32), 'deployment.started'), started.id, eventId(key, 'deployment.failed')]);
  });

  it('an event the sink appended is known to it without reading the file again', async () => {
    const eventsFile = join(mkdtempSync(join(tmpdir(), 'dg-events-')), 'events.ndjson');
    const sink = new (await import('../src/events/sinks.ts')).EventsFileSink(eventsFile);
    const event = buildEvent('deployment.started', context, 'd'.repeat(32));
    reads.length = 0;
    expect(sink.has(event)).toBe(false); // no file yet: nothing in it
    await sink.send(event);
    expect(sink.has(event)).toBe(true);
    expect(reads.filter((path) => path === eventsFile)).toHaveLength(0);
  });
});

describe('the Loki stream selector', () => {
  it('the alert rules and the watchdog select the same streams with one selector, even for labels that need escaping', () => {
    const labels = { app: 'shop "blue"', team: 'a\\b' };
    const selector = LokiSink.selector(labels);
    expect(selector).toBe('{service="deployment", app="shop \\"blue\\"", team="a\\\\b"}');
    const rules = lokiRules({ maxAgeMs: 300_000, lookbackMs: 86_400_000, labels });
    expect(rules.split(selector).length - 1).toBe(4); // every expression of the three Loki rules
    const watchdog = LokiSink.selector(labels, ['prod.eu', 'staging']);
    expect(watchdog).toBe(`${selector.slice(0, -1)}, env=~"prod\\\\.eu|staging"}`);
    for (const text of [selector, watchdog]) {
      const tree = logql.parse(`${text} |= "deployment."`);
      let errors = 0;
      tree.iterate({ enter: (node) => void (node.type.isError && errors++) });
      expect(errors, text).toBe(0);
    }
  });
});

describe('GitHub API errors', () => {
  const server = new ScenarioServer((req, res) => {
    const status = Number(new URL(req.url!, 'http://x').searchParams.get('status'));
    const body = req.url!.includes('html') ? `<html>${'Authorization: Bearer ghs_echoed '.repeat(20)}</html>` : JSON.stringify({ message: `Bad credentials\r\n::error::forged\u202e${'y'.repeat(1000)}`, token: 'ghs_echoed' });
    res.writeHead(status, { 'content-type': req.url!.includes('html') ? 'text/html' : 'application/json' }).end(body);
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("carry the status and GitHub's message on one bounded line, never the rest of the body", async () => {
    const api = new GitHubApi({ token: 't', apiUrl: server.url, permission: 'deployments: write' });
    const failure = await api.get('/json', { status: 403 }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubApiError);
    const error = failure as GitHubApiError;
    expect(error.status).toBe(403);
    expect(error.retryable).toBe(false);
    expect(error.reason).toBe(`Bad credentials\\r\\n::error::forged\\u202e${'y'.repeat(200 - 'Bad credentials\r\n::error::forged\u202e'.length)}…`);
    expect(error.message).toBe(`GitHub API GET /json answered 403: ${error.reason} (check that the token can read this repository and has deployments: write)`);
    expect(error.message).not.toMatch(/[\r\n\u202e]|ghs_echoed/);
  });

  it('quote nothing of an answer that is not a JSON error (a proxy page may echo the request)', async () => {
    const api = new GitHubApi({ token: 't', apiUrl: server.url });
    const error = await api.get('/html', { status: 502 }).then(() => undefined, (caught: unknown) => caught as GitHubApiError);
    expect(error?.message).toBe('GitHub API GET /html answered 502: Bad Gateway');
    expect(error?.retryable).toBe(true);
  });
});
