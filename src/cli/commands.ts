import type { CliCommand } from './command.ts';
import { alertRulesCommand } from './alert-rules.ts';
import { cleanCloneBuildCommand } from './clean-clone-build.ts';
import { commitCountCommand } from './commit-count.ts';
import { deployCanaryCommand } from './deploy-canary.ts';
import { deployWatchdogCommand } from './deploy-watchdog.ts';
import { envCompletenessCommand } from './env-completeness.ts';
import { hostCanaryCommand } from './host-canary.ts';
import { untrackedFilesCommand } from './untracked-files.ts';

/** Every `deploy-guards <check>`, in the order of DESIGN.md; one line per action. */
export const COMMANDS: readonly CliCommand[] = [
  commitCountCommand,
  untrackedFilesCommand,
  cleanCloneBuildCommand,
  deployCanaryCommand,
  deployWatchdogCommand,
  envCompletenessCommand,
  hostCanaryCommand,
  alertRulesCommand,
];
