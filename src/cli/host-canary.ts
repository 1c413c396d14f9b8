import { runHostCanary } from '../host/host-canary.ts';
import { verdictLine } from '../host/report.ts';
import { readHostCanarySettings } from '../host/settings.ts';
import type { CliCommand } from './command.ts';

export const hostCanaryCommand: CliCommand = {
  name: 'host-canary',
  summary: 'check over SSH that the host is the one you deployed to and its containers are well',
  inputs: ['host', 'port', 'user', 'ssh-key', 'ssh-passphrase', 'host-key-fingerprints', 'connect-timeout', 'command-timeout', 'expect-hostname', 'expect-machine-id', 'sentinel-file', 'sentinel-value', 'min-uptime', 'containers', 'compose-project', 'expect-revision', 'window', 'backup-glob', 'backup-max-age', 'backup-min-ratio', 'units', 'fail'],
  async run(inputs, print) {
    const settings = await readHostCanarySettings(inputs);
    const result = await runHostCanary(settings, print);
    for (const item of result.findings) print(`${item.severity.padEnd(7)} ${item.code}: ${item.message}`);
    print(verdictLine(result));
    return result.result === 'unhealthy' && settings.fail ? 1 : 0;
  },
};
