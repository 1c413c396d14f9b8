// What the GitHub runner does with a step's stdout and stderr, read from actions/runner
// (src/Runner.Sdk/ProcessInvoker.cs, src/Runner.Worker/Handlers/OutputManager.cs,
// src/Runner.Common/ActionCommand.cs, src/Runner.Worker/ActionCommandManager.cs):
// - both streams are read with .NET StreamReader.ReadLine, which ends a line at \n, \r or \r\n
//   (not at U+2028 or U+0085);
// - every line goes to TryParseV2 (after TrimStart of .NET white space, the line must start
//   with `::`; the name runs to the first space or the next `::`), then to the legacy
//   TryParse (`##[name props]data` ANYWHERE in the line);
// - names are matched case-insensitively against the registered commands;
// - after `::stop-commands::TOKEN` nothing is processed until the line `::TOKEN::`.
import { expect } from 'vitest';

const REGISTERED = ['add-mask', 'add-matcher', 'add-path', 'debug', 'echo', 'endgroup', 'error', 'group', 'notice', 'remove-matcher', 'save-state', 'set-env', 'set-output', 'warning', 'stop-commands'];
// char.IsWhiteSpace: Unicode Zs, Zl, Zp, and \t \n \v \f \r \u0085 \u00a0.
const LEADING_DOTNET_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** `##[…]` anywhere in a line (no deploy-guards code ever writes this form). */
  legacy: boolean;
  line: string;
}

/** Lines as the runner reads them. */
export function runnerLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.replace(LEADING_DOTNET_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = pair.slice(eq + 1).replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    }
  }
  const data = message.slice(end + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { name: name.toLowerCase(), properties, data, legacy: false, line };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  }
  return { name: name.toLowerCase(), properties, data: line.slice(close + 1), legacy: true, line };
}

/** Every workflow command the runner would execute from this output, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const commands: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of runnerLines(output)) {
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        commands.push(command);
      }
      continue;
    }
    if (command.name === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
    }
    commands.push(command);
  }
  return commands;
}

/** Commands deploy-guards writes itself; the stop-commands tokens are its own random ones. */
const OWN = new Set(['add-mask', 'group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'stop-commands']);

/**
 * The commands a hostile text made the runner execute: any legacy `##[` command (never
 * written by deploy-guards), any command deploy-guards never writes, an add-mask of the
 * nonce, an annotation titled exactly the nonce (the payloads' `title=<nonce>::`; a real
 * title that quotes hostile text holds more than that), and a stop-commands whose token is
 * not a random one of ours.
 */
export function forgedCommands(output: string, nonce: string): RunnerCommand[] {
  const commands = runnerCommands(output);
  const tokens = new Set(commands.filter((command) => command.name === 'stop-commands').map((command) => command.data.toLowerCase()));
  return commands.filter((command) => {
    if (command.legacy) return true;
    if (tokens.has(command.name)) return !/^[0-9a-f]{32,}$/.test(command.name);
    if (!OWN.has(command.name)) return true;
    if (command.name === 'stop-commands') return !/^[0-9a-f]{32,}$/.test(command.data);
    if (command.name === 'add-mask') return command.data.includes(nonce);
    if (command.properties.title === nonce) return true;
    return false;
  });
}

export function expectNoForgedCommands(output: string, nonce: string, context = ''): void {
  const forged = forgedCommands(output, nonce);
  const lines = forged.map((command) => command.line);
  expect(lines, `${context}: forged workflow commands:\n${lines.join('\n')}`).toEqual([]);
}

/** Payloads that start a workflow command after each kind of line break, and the legacy form mid-line. */
export function injections(nonce: string): string[] {
  return [
    `\n::add-mask::${nonce}`,
    `\n::error title=${nonce}::Deploy approved`,
    `\r::warning title=${nonce}::carriage return`,
    `\r\n  ::notice title=${nonce}::indented`,
    `\n\u00a0\u3000::error title=${nonce}::unicode white space`,
    `\u2028::set-output name=x::${nonce}`,
    ` ##[add-mask]${nonce}`,
    ` ##[error title=${nonce}]legacy`,
    `\n::stop-commands::${nonce}`,
    `\n::ADD-MASK::${nonce}`,
  ];
}
