import { readFileSync } from 'node:fs';
import { InputError, UserError } from '../shared/errors.ts';
import type { InputSource } from '../shared/inputs.ts';

export interface FlagOptions {
  /** The command's inputs: a secret read that is not one of them (shared settings code) is simply not given. */
  inputs?: readonly string[];
  /** Inputs read as secrets: also `--<name>-file <path>` and DEPLOY_GUARDS_<NAME>. */
  secrets?: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Told when a secret came from argv. */
  warn?: (message: string) => void;
  /** Inputs that are booleans: only these may stand alone (`--fail` = true); any other flag needs a value. */
  booleans?: readonly string[];
}

/** DEPLOY_GUARDS_SSH_KEY for ssh-key: the variable that can carry a secret input instead of argv. */
export function secretVariable(input: string): string {
  return `DEPLOY_GUARDS_${input.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * `--name value`, `--name=value` and bare `--flag` (= true) into the same input names
 * the actions use. Repeating a flag adds a line, for list inputs. A secret input is read
 * from `--<name>-file`, else `--<name>` (with a warning: argv is readable by every user of
 * the machine through /proc/<pid>/cmdline and ps), else DEPLOY_GUARDS_<NAME>.
 */
export function parseFlags(argv: readonly string[], options: FlagOptions = {}): InputSource & { names: string[] } {
  const values = new Map<string, string>();
  const takesValue = (name: string) =>
    (options.inputs?.includes(name) === true && options.booleans?.includes(name) !== true) ||
    (name.endsWith('-file') && options.secrets?.includes(name.slice(0, -'-file'.length)) === true);
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
    } else if (takesValue(name)) {
      throw new UserError(`Flag --${name} needs a value: --${name} VALUE or --${name}=VALUE`);
    } else {
      value = 'true'; // a boolean input; an unknown flag is refused by name later
    }
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
  }
  const secrets = new Set(options.secrets ?? []);
  const env = options.env ?? process.env;
  return {
    names: [...values.keys()],
    get: (name) => values.get(name) ?? '',
    secret: (name) => {
      if (!secrets.has(name)) {
        // Shared settings code may read a secret this command has no input for: not given.
        if (options.inputs && !options.inputs.includes(name)) return '';
        // A programming error, not a user's: the command must declare what it reads as a secret.
        throw new Error(`input '${name}' is read as a secret but the CLI command does not declare it in secrets`);
      }
      const path = values.get(`${name}-file`);
      const given = values.get(name);
      if (path !== undefined && given !== undefined) throw new InputError(name, `is given twice (--${name}-file and --${name})`, `--${name}-file /path/to/${name}`);
      if (path !== undefined) {
        try {
          return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
        } catch (error) {
          throw new InputError(name, `--${name}-file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, `--${name}-file /path/to/${name} (a file only you can read)`);
        }
      }
      if (given !== undefined) {
        options.warn?.(`warning: --${name} on the command line can be read by every user of this machine (ps, /proc/<pid>/cmdline); use --${name}-file or ${secretVariable(name)}`);
        return given;
      }
      return env[secretVariable(name)] ?? '';
    },
    mask: () => {}, // the CLI never prints input values, so there is nothing to mask
  };
}
