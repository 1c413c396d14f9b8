#!/usr/bin/env node
import './cli/node-version.ts'; // first: refuse an old Node.js before anything else loads
import { VERSION } from './cli/action-metadata.ts';
import { parseFlags } from './cli/args.ts';
import { commandInputs, isBooleanInput } from './cli/command.ts';
import { COMMANDS } from './cli/commands.ts';
import { commandHelp, mainHelp } from './cli/help.ts';
import { printError, printLine } from './cli/output.ts';
import { UserError, errorMessage } from './shared/errors.ts';
import { Inputs } from './shared/inputs.ts';

const HELP = ['--help', '-h', 'help'];

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    printError(mainHelp(COMMANDS));
    return 2;
  }
  if (HELP.includes(name)) {
    const topic = COMMANDS.find((candidate) => candidate.name === rest[0]);
    printLine(topic ? commandHelp(topic) : mainHelp(COMMANDS));
    return 0;
  }
  if (name === '--version' || name === '-V') {
    printLine(VERSION);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    printError(`deploy-guards: unknown check '${name}'; run deploy-guards --help for the list.`);
    return 2;
  }
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    printLine(commandHelp(command));
    return 0;
  }
  try {
    const inputs = commandInputs(command);
    const names = Object.keys(inputs);
    const secrets = command.secrets ?? [];
    const booleans = names.filter((input) => isBooleanInput(inputs[input]!));
    const flags = parseFlags(rest, { inputs: names, secrets, booleans, warn: printError });
    const accepted = [...names, ...secrets.map((secret) => `${secret}-file`)];
    const unknown = flags.names.filter((flag) => !accepted.includes(flag));
    if (unknown.length > 0) throw new UserError(`Unknown flag --${unknown[0]} for ${name}; run deploy-guards ${name} --help for its flags`);
    return await command.run(new Inputs(flags), printLine);
  } catch (error) {
    printError(`deploy-guards ${name}: ${errorMessage(error)}`);
    return error instanceof UserError ? 2 : 3;
  }
}

process.exitCode = await main(process.argv.slice(2));
