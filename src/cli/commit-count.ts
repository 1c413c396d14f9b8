import { countCommits } from '../commits/commit-count.ts';
import { commitLine, verdictLine } from '../commits/report.ts';
import { readCommitCountSettings } from '../commits/settings.ts';
import { Git } from '../git/git.ts';
import { readGitHubContext } from '../shared/github-context.ts';
import type { CliCommand } from './command.ts';

export const commitCountCommand: CliCommand = {
  name: 'commit-count',
  summary: 'count and list the commits in base..head, flag risky ones',
  example: 'deploy-guards commit-count --base origin/main --expected 3',
  secrets: ['token'],
  async run(inputs, print) {
    const context = readGitHubContext();
    const settings = readCommitCountSettings(inputs, context);
    const result = await countCommits(new Git(process.cwd(), { auth: settings.auth }), { ...settings, log: (line) => print(line) });
    for (const commit of result.commits) print(commitLine(commit));
    print(verdictLine(result));
    return result.violations.length > 0 && settings.fail ? 1 : 0;
  },
};
