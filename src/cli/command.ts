import type { Inputs } from '../shared/inputs.ts';
import { ACTIONS, type InputMetadata } from './action-metadata.ts';

/** A `deploy-guards <name>` command: a second adapter over an action's engine. */
export interface CliCommand {
  name: string;
  summary: string;
  /** One command line a user would run, shown by `--help`. */
  example: string;
  /**
   * Accepted --flags with their help, when the command is not an action: an action's
   * command takes exactly the action's inputs (src/cli/action-metadata.ts, from action.yml).
   */
  inputs?: Record<string, InputMetadata>;
  /**
   * The inputs read as secrets: each also comes from DEPLOY_GUARDS_<NAME> or
   * --<name>-file, so it need not sit in argv, which every user of the machine can read.
   */
  secrets?: readonly string[];
  /** Prints its report to stdout and returns the exit code: 0 pass, 1 violations. */
  run(inputs: Inputs, print: (line: string) => void): Promise<number>;
}

/** The command's flags: its action's inputs, or its own list. */
export function commandInputs(command: CliCommand): Record<string, InputMetadata> {
  return command.inputs ?? ACTIONS[command.name]?.inputs ?? {};
}

/** A flag that stands alone (`--fail`) because its input is a boolean. */
export function isBooleanInput(input: InputMetadata): boolean {
  return input.default === 'true' || input.default === 'false';
}
