import type { CliCommand } from './command.ts';
import { cleanCloneBuildCommand } from './clean-clone-build.ts';
import { commitCountCommand } from './commit-count.ts';

/** Every `deploy-guards <check>`; one line per action. */
export const COMMANDS: readonly CliCommand[] = [
  commitCountCommand,
  cleanCloneBuildCommand,
];
