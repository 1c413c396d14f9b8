import { UserError } from '../shared/errors.ts';
import type { InputSource } from '../shared/inputs.ts';

/**
 * `--name value`, `--name=value` and bare `--flag` (= true) into the same input names
 * the actions use. Repeating a flag adds a line, for list inputs.
 */
export function parseFlags(argv: readonly string[]): InputSource & { names: string[] } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UserError(`Unexpected argument '${arg}': inputs are given as --name value (for example --max-commits 10)`);
    let name = arg.slice(2);
    let value: string;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    } else if (i + 1 < argv.length && !/^--[a-z]/i.test(argv[i + 1]!)) {
      // A value may itself start with dashes (a PEM key's "-----BEGIN"): only --name is a flag.
      value = argv[++i]!;
    } else {
      value = 'true';
    }
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
  }
  return {
    names: [...values.keys()],
    get: (name) => values.get(name) ?? '',
    mask: () => {}, // the CLI never prints input values, so there is nothing to mask
  };
}
