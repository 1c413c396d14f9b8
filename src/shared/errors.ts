/**
 * A problem the user can fix (bad input, a checkout that lacks history, a missing
 * token). Adapters print only its one-line message, never a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A bad input value: the message names the input, the problem and a good example. */
export class InputError extends UserError {
  override name = 'InputError';
  readonly input: string;
  constructor(input: string, problem: string, example: string) {
    super(`Input '${input}': ${problem}. Example: ${example}`);
    this.input = input;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
