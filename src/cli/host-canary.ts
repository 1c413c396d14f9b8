import { eventContext } from '../events/context.ts';
import { readCanaryEventSettings } from '../events/settings.ts';
import { emitCanaryVerdict } from '../events/verdict.ts';
import { runHostCanary } from '../host/host-canary.ts';
import { canaryVerdict, verdictLine } from '../host/report.ts';
import { readHostCanarySettings } from '../host/settings.ts';
import { readGitHubContext, runUrl } from '../shared/github-context.ts';
import type { CliCommand } from './command.ts';

export const hostCanaryCommand: CliCommand = {
  name: 'host-canary',
  summary: 'check over SSH that the host is the one you deployed to and its containers are well',
  example: 'deploy-guards host-canary --host db.example.com --user canary --ssh-key-file ~/.ssh/canary --host-key-fingerprints SHA256:… --containers web',
  secrets: ['ssh-key', 'ssh-passphrase', 'webhook-url', 'webhook-token', 'loki-password'],
  async run(inputs, print) {
    const started = performance.now();
    const context = readGitHubContext();
    const settings = await readHostCanarySettings(inputs);
    const events = readCanaryEventSettings(inputs, process.cwd());
    const result = await runHostCanary(settings, print);
    for (const item of result.findings) print(`${item.severity.padEnd(7)} ${item.code}: ${item.message}`);
    await emitCanaryVerdict(canaryVerdict(result, performance.now() - started), {
      context: eventContext(context, events.environment), sinks: events.sinks, apiUrl: context.apiUrl, logUrl: runUrl(context),
      print, warn: (message) => print(`warning: ${message}`),
    });
    print(verdictLine(result));
    return result.result === 'unhealthy' && settings.fail ? 1 : 0;
  },
};
