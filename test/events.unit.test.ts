// The events layer without a runner: sources, the journal read as untrusted input,
// and a webhook URL that may hold a credential.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventContext } from '../src/events/context.ts';
import { buildEvent, deploymentKey } from '../src/events/event.ts';
import { readJournal } from '../src/events/journal.ts';
import { readSinkSettings } from '../src/events/settings.ts';
import { EventsFileSink, PermanentSinkError, statusLine } from '../src/events/sinks.ts';
import { InputError } from '../src/shared/errors.ts';
import { Inputs } from '../src/shared/inputs.ts';
import { readGitHubContext } from '../src/shared/github-context.ts';

const RUNNER = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: 'a1b2c3d4', GITHUB_SERVER_URL: 'https://github.com' };

function inputs(values: Record<string, string>) {
  const masked: string[] = [];
  return { reader: new Inputs({ get: (name) => values[name] ?? '', mask: (value) => masked.push(value) }), masked };
}

describe('event ids and sources', () => {
  it('two CLI deployments get different ids and a source naming the machine', () => {
    const context = eventContext(readGitHubContext({}), 'staging');
    const first = buildEvent('deployment.started', context, deploymentKey(context));
    const second = buildEvent('deployment.started', context, deploymentKey(context));
    expect(first.id).not.toBe(second.id);
    expect(first.source).toBe(`urn:deploy-guards:${hostname()}`);
  });

  it('on the runner the source is the run URL', () => {
    expect(eventContext(readGitHubContext(RUNNER), 'staging').source).toBe('https://github.com/acme/shop/actions/runs/4242');
  });
});

describe('the journal is untrusted input', () => {
  it('keeps only known, well-typed fields and never a destination', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'j.json');
    writeFileSync(path, JSON.stringify({
      version: 3, environment: 'staging', runId: '1', runAttempt: '1', key: 'k', environmentUrl: 'https://x', deploymentId: '7; rm -rf',
      sinks: { webhookUrl: 'https://evil.example' },
      events: [{ type: 'deployment.started', id: 'a', time: '2026-01-01T00:00:00.000Z', delivered: ['webhook:1', 3] }, { type: 'evil', time: 'x' }, null],
    }));
    const record = readJournal(path)!;
    expect(record).toEqual({
      version: 3, environment: 'staging', runId: '1', runAttempt: '1', key: 'k', environmentUrl: 'https://x', deploymentId: null,
      events: [{ type: 'deployment.started', id: 'a', time: '2026-01-01T00:00:00.000Z', reason: null, durationMs: null, delivered: ['webhook:1'], rejected: [] }],
    });
    writeFileSync(path, '{"version": 2}');
    expect(readJournal(path)).toBeUndefined();
  });
});

describe('sinks', () => {
  it('a failed answer is a status line, never the body', () => {
    expect(statusLine(500)).toBe('answered 500 Internal Server Error');
    expect(statusLine(599)).toBe('answered 599');
  });

  it('an events file that cannot be written fails for good, naming the real cause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sink-'));
    writeFileSync(join(dir, 'file'), '');
    const context = eventContext(readGitHubContext(RUNNER), 'staging');
    const event = buildEvent('deployment.started', context, deploymentKey(context));
    for (const path of [join(dir, 'file', 'events.ndjson'), join(dir, 'file', 'deeper', 'events.ndjson')]) {
      const error = await new EventsFileSink(path).send(event).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PermanentSinkError);
      expect((error as Error).message).toBe(`cannot append to ${path}: ${join(dir, 'file')} is a file, not a directory`);
    }
  });

  it('webhook-url is masked and a bad one is not echoed in the error', () => {
    const url = 'hooks.slack.com/services/T000/B000/XXXXsecretXXXX';
    const { reader, masked } = inputs({ 'webhook-url': url });
    let message = '';
    try {
      readSinkSettings(reader, '/work');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    expect(message).toContain("'webhook-url'");
    expect(message).not.toContain('XXXXsecretXXXX');
    expect(masked).toContain(url);
  });
});
