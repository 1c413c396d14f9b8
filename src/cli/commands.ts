import type { CliCommand } from './command.ts';
import { commitCountCommand } from './commit-count.ts';
import { deployCanaryCommand } from './deploy-canary.ts';

/** Every `deploy-guards <check>`; one line per action. */
export const COMMANDS: readonly CliCommand[] = [
  commitCountCommand,
  deployCanaryCommand,
];
