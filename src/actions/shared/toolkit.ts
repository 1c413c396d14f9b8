// The runner protocol, from @actions/core's own modules (workflow commands, file
// commands); the job summary is appended here (appendSummary). Importing the package root
// also loads its OIDC client, which pulls in @actions/http-client and undici: about 1 MB to
// compile and 50 ms on every cold start, for a feature no deploy-guards action uses. These
// functions mirror core.js (same names and signatures), with one difference: `info` and the
// annotation messages go through the one path for text an action did not write itself
// (src/shared/log-text.ts), so no caller can let a file name, a commit subject or a
// served body start a workflow command. There is no other way to stdout.
import { issue, issueCommand } from '../../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../../node_modules/@actions/core/lib/utils.js';
import { closeSync, constants, openSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { UntrustedStream, safeAnnotationText, safeLogText } from '../../shared/log-text.ts';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setOutput(name: string, value: unknown): void {
  issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
}

export function saveState(name: string, value: unknown): void {
  issueFileCommand('STATE', prepareKeyValueMessage(name, value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), safeAnnotationText(message));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), safeAnnotationText(message));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), safeAnnotationText(message));
}

/** A log line (or lines): each one inert, whatever text it quotes. */
export function info(message: string): void {
  process.stdout.write(safeLogText(message) + EOL);
}

/** Another program's output, streamed verbatim with its workflow commands switched off. */
export function untrustedOutput(): UntrustedStream {
  return new UntrustedStream((chunk) => process.stdout.write(chunk), { guard: true });
}

/**
 * Appends markdown to the job summary, as core.summary.addRaw(markdown).write() does, in its
 * words for a missing variable or a file that cannot be opened (a folder included). Not core's
 * Summary class: it loads node:fs/promises (and with it readline) at start, ~1.5 ms of every
 * action's cold start, for one append at the end.
 */
export function appendSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND); // the runner creates the file: never a new one elsewhere
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  try {
    writeFileSync(fd, markdown, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}

export { toCommandValue };
