// `deploy-guards --help` and `deploy-guards <check> --help`, generated from the actions'
// metadata (src/cli/action-metadata.ts, made from action.yml) so help and action never disagree.
import { ACTIONS, VERSION } from './action-metadata.ts';
import { secretVariable } from './args.ts';
import { commandInputs, isBooleanInput, type CliCommand } from './command.ts';

const WIDTH = 100;
export const EXIT_CODES = 'Exit codes: 0 pass, 1 violations (or a failed verdict), 2 bad usage or input, 3 unexpected error.';

/** Wraps `text` at words to WIDTH columns, every line after the first indented by `indent`. */
function wrap(text: string, indent: number, first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else {
      line += line.trim() ? ` ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** An action.yml default as a CLI user meets it: `${{ github.token }}` has no meaning outside a workflow. */
function defaultText(value: string): string {
  if (value === '') return '';
  if (/^\$\{\{.*\}\}$/.test(value)) return `in a workflow ${value}; on the command line none`;
  return value.includes('\n') ? JSON.stringify(value) : value;
}

/** A command line as a shell reads it: long ones continued with `\` before a flag. */
function exampleLines(example: string): string[] {
  const lines: string[] = [];
  let line = '  ';
  for (const part of example.split(/ (?=--)/)) {
    if (line.trim() && line.length + 1 + part.length > WIDTH - 2) {
      lines.push(`${line} \\`);
      line = `    ${part}`;
    } else {
      line += line.trim() ? ` ${part}` : part;
    }
  }
  return [...lines, line];
}

export function mainHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    `deploy-guards ${VERSION}: deploy postmortems turned into checks (the CLI of the deploy-guards GitHub Actions).`,
    '',
    'Usage: deploy-guards <check> [--input value ...]',
    '       deploy-guards <check> --help',
    '       deploy-guards --version',
    '',
    'Checks:',
    ...commands.flatMap((command) => wrap(command.summary, width + 2, `  ${command.name.padEnd(width)}`)),
    '',
    ...wrap('Flags are the inputs of the action of the same name, with the same defaults (see action-catalog.md). Secret inputs also come from --<input>-file PATH or DEPLOY_GUARDS_<INPUT>, which other users of the machine cannot read the way they read the command line.', 0),
    EXIT_CODES,
  ].join('\n');
}

export function commandHelp(command: CliCommand): string {
  const description = ACTIONS[command.name]?.description ?? command.summary;
  const inputs = Object.entries(commandInputs(command));
  const secrets = new Set(command.secrets ?? []);
  const lines = [...wrap(`deploy-guards ${command.name}: ${description}`, 2), '', `Usage: deploy-guards ${command.name} [--input value ...]`, '', 'Inputs:'];
  for (const [name, input] of inputs) {
    const flag = isBooleanInput(input) ? `--${name} [true|false]` : `--${name} VALUE`;
    lines.push(`  ${flag}${input.required ? '  (required)' : ''}`);
    const facts = [input.description];
    const fallback = defaultText(input.default);
    if (fallback) facts.push(`Default: ${fallback}.`);
    if (secrets.has(name)) facts.push(`Secret: prefer --${name}-file PATH or ${secretVariable(name)}.`);
    lines.push(...wrap(facts.join(' '), 6, '      '));
  }
  lines.push('', EXIT_CODES, '', 'Example:', ...exampleLines(command.example));
  return lines.join('\n');
}
