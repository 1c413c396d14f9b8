// The runner protocol, from @actions/core's own modules (workflow commands, file
// commands, job summary). Importing the package root also loads its OIDC client,
// which pulls in @actions/http-client and undici: about 1 MB to compile and 50 ms
// on every cold start, for a feature no deploy-guards action uses. These functions
// mirror core.js one for one (same names and signatures).
import { issue, issueCommand } from '../../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../../node_modules/@actions/core/lib/file-command.js';
import { summary } from '../../../node_modules/@actions/core/lib/summary.js';
import { toCommandProperties, toCommandValue } from '../../../node_modules/@actions/core/lib/utils.js';
import { EOL } from 'node:os';

export { summary };

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
  issueCommand('error', toCommandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}

export { toCommandValue };
