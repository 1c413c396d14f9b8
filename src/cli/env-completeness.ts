import { checkEnvCompleteness } from '../compose/env-completeness.ts';
import { findingLine, noteLine, verdictLine } from '../compose/report.ts';
import { readEnvCompletenessSettings } from '../compose/settings.ts';
import { readGitHubContext } from '../shared/github-context.ts';
import type { CliCommand } from './command.ts';

export const envCompletenessCommand: CliCommand = {
  name: 'env-completeness',
  summary: 'check that every compose service and Fly app gets every variable it needs (names only)',
  example: 'deploy-guards env-completeness --env-files .env --profiles web',
  secrets: ['secrets-token', 'fly-token'],
  async run(inputs, print) {
    const context = readGitHubContext();
    const settings = readEnvCompletenessSettings(inputs, context, process.cwd());
    const result = await checkEnvCompleteness({ ...settings, stepEnv: process.env, log: print });
    for (const entry of [...result.missing, ...result.notices]) print(findingLine(entry));
    for (const note of result.notes) print(`note: ${noteLine(note)}`);
    print(verdictLine(result));
    return result.missing.length > 0 && settings.fail ? 1 : 0;
  },
};
