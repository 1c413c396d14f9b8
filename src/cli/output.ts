import { UntrustedStream, safeLogText } from '../shared/log-text.ts';

/**
 * The CLI's only ways to the terminal (or to a runner's log, when a workflow step runs
 * it): every line through the same inert-text path as the actions' log.
 */
export function printLine(line: string): void {
  process.stdout.write(`${safeLogText(line)}\n`);
}

export function printError(line: string): void {
  process.stderr.write(`${safeLogText(line)}\n`);
}

/** A program's output (a build's), verbatim; inside a workflow its commands are switched off. */
export function untrustedOutput(): UntrustedStream {
  return new UntrustedStream((chunk) => process.stdout.write(chunk));
}
