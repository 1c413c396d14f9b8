#!/usr/bin/env node
import { parseFlags, secretVariable } from './cli/args.ts';
import { COMMANDS } from './cli/commands.ts';
import { printError, printLine } from './cli/output.ts';
import { UserError, errorMessage } from './shared/errors.ts';
import { Inputs } from './shared/inputs.ts';

function usage(): string {
  const lines = ['Usage: deploy-guards <check> [--input value ...]', '', 'Checks:'];
  for (const command of COMMANDS) lines.push(`  ${command.name.padEnd(20)} ${command.summary}`);
  lines.push(
    '',
    'Flags are the action inputs of the same name (see action-catalog.md).',
    `Secret inputs also come from a file or the environment, which other users cannot read the way they read argv: --ssh-key-file PATH or ${secretVariable('ssh-key')}, and so on for each (${[...new Set(COMMANDS.flatMap((command) => command.secrets ?? []))].join(', ')}).`,
    'Exit code: 0 pass, 1 violations, 2 bad usage or input, 3 unexpected error.',
  );
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    printLine(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    printError(`deploy-guards: unknown check '${name}'.\n${usage()}`);
    return 2;
  }
  try {
    const secrets = command.secrets ?? [];
    const flags = parseFlags(rest, { inputs: command.inputs, secrets, warn: printError });
    const accepted = [...command.inputs, ...secrets.map((secret) => `${secret}-file`)];
    const unknown = flags.names.filter((flag) => !accepted.includes(flag));
    if (unknown.length > 0) throw new UserError(`Unknown flag --${unknown[0]} for ${name}; accepted: ${accepted.map((i) => `--${i}`).join(' ')}`);
    return await command.run(new Inputs(flags), printLine);
  } catch (error) {
    printError(`deploy-guards ${name}: ${errorMessage(error)}`);
    return error instanceof UserError ? 2 : 3;
  }
}

process.exitCode = await main(process.argv.slice(2));
