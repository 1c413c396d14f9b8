import { eventContext } from '../events/context.ts';
import { deployCanary } from '../probe/deploy-canary.ts';
import { verdictLine } from '../probe/report.ts';
import { readDeployCanarySettings } from '../probe/settings.ts';
import { readGitHubContext, runUrl } from '../shared/github-context.ts';
import type { CliCommand } from './command.ts';
import { printError } from './output.ts';

export const deployCanaryCommand: CliCommand = {
  name: 'deploy-canary',
  summary: 'probe URLs until healthy (N rounds in a row) or the window ends; emit deployment events',
  example: 'deploy-guards deploy-canary --urls http://127.0.0.1:3000/ --version-url http://127.0.0.1:3000/version --expect-version "$(git rev-parse HEAD)" --window 2m',
  secrets: ['webhook-url', 'webhook-token', 'loki-password', 'token'],
  async run(inputs, print) {
    const context = readGitHubContext();
    const settings = await readDeployCanarySettings(inputs, context);
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const result = await deployCanary(settings, {
        context: eventContext(context, settings.environment), logUrl: runUrl(context), apiUrl: context.apiUrl,
        print, warn: (message) => printError(`warning: ${message}`), signal: cancel.signal,
        onAttempt: (attempt) => print(`round ${attempt.round} ${attempt.check}: ${attempt.ok ? 'pass' : attempt.reason} — ${attempt.detail}`),
      });
      print(verdictLine(result));
      return result.healthy || !settings.fail ? 0 : 1;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
