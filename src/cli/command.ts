import type { Inputs } from '../shared/inputs.ts';

/** A `deploy-guards <name>` command: a second adapter over an action's engine. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Accepted --flags: the action's input names (a test checks they match action.yml). */
  inputs: readonly string[];
  /**
   * The inputs read as secrets: each also comes from DEPLOY_GUARDS_<NAME> or
   * --<name>-file, so it need not sit in argv, which every user of the machine can read.
   */
  secrets?: readonly string[];
  /** Prints its report to stdout and returns the exit code: 0 pass, 1 violations. */
  run(inputs: Inputs, print: (line: string) => void): Promise<number>;
}
