import { cliLines } from '../imports/report.ts';
import { readUntrackedFilesSettings } from '../imports/settings.ts';
import { checkUntrackedFiles } from '../imports/untracked-files.ts';
import type { CliCommand } from './command.ts';

export const untrackedFilesCommand: CliCommand = {
  name: 'untracked-files',
  summary: 'fail when an import resolves only to a file git does not track',
  example: 'deploy-guards untracked-files --check-worktree false',
  async run(inputs, print) {
    const settings = readUntrackedFilesSettings(inputs, process.cwd());
    const result = await checkUntrackedFiles({ ...settings, log: print });
    for (const line of cliLines(result)) print(line);
    return result.violations > 0 && settings.fail ? 1 : 0;
  },
};
