import { readGitHubContext, runUrl } from '../shared/github-context.ts';
import { staleLine, verdictLine } from '../watchdog/report.ts';
import { readWatchdogSettings } from '../watchdog/settings.ts';
import { runWatchdog } from '../watchdog/watchdog.ts';
import { hostname } from 'node:os';
import type { CliCommand } from './command.ts';
import { printError } from './output.ts';

export const deployWatchdogCommand: CliCommand = {
  name: 'deploy-watchdog',
  summary: 'find deployments started and never ended (GitHub Deployments, an events file, Loki); end them with --end-stale',
  example: 'deploy-guards deploy-watchdog --events-file /var/log/deploys.ndjson --max-age 5m --end-stale',
  secrets: ['token', 'webhook-url', 'webhook-token', 'loki-password'],
  async run(inputs, print) {
    const context = readGitHubContext();
    const settings = readWatchdogSettings(inputs, process.cwd());
    const source = context.runId ? runUrl(context) : `urn:deploy-guards:${hostname() || 'localhost'}`;
    const result = await runWatchdog(settings, { repository: context.repository, apiUrl: context.apiUrl, logUrl: source, source, print, warn: (message) => printError(`warning: ${message}`) });
    for (const item of result.stale) print(staleLine(item));
    print(verdictLine(result, settings));
    return result.stale.length > 0 && settings.fail ? 1 : 0;
  },
};
