import type { CliCommand } from './command.ts';
import { commitCountCommand } from './commit-count.ts';
import { hostCanaryCommand } from './host-canary.ts';
import { envCompletenessCommand } from './env-completeness.ts';
import { untrackedFilesCommand } from './untracked-files.ts';
import { deployCanaryCommand } from './deploy-canary.ts';

/** Every `deploy-guards <check>`; one line per action. */
export const COMMANDS: readonly CliCommand[] = [
  commitCountCommand,
  hostCanaryCommand,
  envCompletenessCommand,
  untrackedFilesCommand,
  deployCanaryCommand,
];
