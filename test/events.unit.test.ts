// The events layer without a runner: CLI event ids and sources, and a webhook URL
// that may hold a credential.
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { eventContext } from '../src/events/context.ts';
import { buildEvent, eventId } from '../src/events/event.ts';
import { readSinkSettings, withoutSecrets } from '../src/events/settings.ts';
import { InputError } from '../src/shared/errors.ts';
import { Inputs } from '../src/shared/inputs.ts';
import { readGitHubContext } from '../src/shared/github-context.ts';

const RUNNER = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: 'a1b2c3d4', GITHUB_SERVER_URL: 'https://github.com' };

function inputs(values: Record<string, string>) {
  const masked: string[] = [];
  return { reader: new Inputs({ get: (name) => values[name] ?? '', mask: (value) => masked.push(value) }), masked };
}

describe('event ids and sources', () => {
  it('two CLI invocations get different ids and a source naming the machine', () => {
    const first = buildEvent('deployment.started', eventContext(readGitHubContext({}), 'staging'));
    const second = buildEvent('deployment.started', eventContext(readGitHubContext({}), 'staging'));
    expect(first.id).not.toBe(second.id);
    expect(first.source).toBe(`urn:deploy-guards:${hostname()}`);
    expect(first.source).not.toContain('/actions/runs/');
  });

  it('on the runner the ids stay stable per run attempt, environment and type', () => {
    const context = eventContext(readGitHubContext(RUNNER), 'staging');
    const again = eventContext(readGitHubContext(RUNNER), 'staging');
    expect(buildEvent('deployment.started', context).id).toBe(buildEvent('deployment.started', again).id);
    expect(buildEvent('deployment.started', context).id).toBe(eventId({ repository: 'acme/shop', runId: '4242', runAttempt: '1', environment: 'staging' }, 'deployment.started'));
    expect(context.source).toBe('https://github.com/acme/shop/actions/runs/4242');
  });
});

describe('sink settings', () => {
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

  it('the journal copy holds no secrets and names the inputs a later step must give', () => {
    const { reader } = inputs({ 'webhook-url': 'https://hooks.example.com/d', 'webhook-token': 'whsec_1', 'loki-url': 'https://loki.example', 'loki-password': 'glc_2', 'github-deployment': 'true', token: 'ghs_3' });
    const recorded = withoutSecrets(readSinkSettings(reader, '/work'));
    const text = JSON.stringify(recorded);
    for (const secret of ['whsec_1', 'glc_2', 'ghs_3']) expect(text).not.toContain(secret);
    expect(recorded.needs).toEqual(['webhook-token', 'loki-password', 'token']);
  });
});
