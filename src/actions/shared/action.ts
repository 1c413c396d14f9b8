import * as core from './toolkit.ts';
import { escapeCell, inertMarkdown } from '../../shared/markdown.ts';
import { UserError, errorMessage } from '../../shared/errors.ts';
import type { Finding } from '../../shared/findings.ts';
import { Inputs } from '../../shared/inputs.ts';

/** Inputs read from the runner (INPUT_* variables), secrets masked through core.setSecret. */
export function actionInputs(): Inputs {
  return new Inputs({ get: (name) => core.getInput(name), mask: (value) => core.setSecret(value) });
}

/**
 * Runs an action's body: a user error fails the step with its one line, anything
 * else also fails it, with the stack only in debug logs.
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const message = error instanceof UserError ? error.message : `${name}: unexpected error: ${errorMessage(error)}`;
    core.setFailed(message);
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(error.stack);
    // A summary on every run, so the failed step's page says why without opening the log.
    await writeSummary(`## ❌ ${name}\n\n${escapeCell(message)}\n`).catch(() => {});
  }
}

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice };

/** One annotation per finding, pointing at the file and line when the finding has one. */
export function annotate(findings: readonly Finding[], { demoteErrors = false } = {}): void {
  for (const finding of findings) {
    const severity = demoteErrors && finding.severity === 'error' ? 'warning' : finding.severity;
    ANNOTATE[severity](finding.message, {
      title: finding.title ?? finding.code,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
    });
  }
}

/** Fails the step with a one-line verdict, or only warns when the user set `fail: false`. */
export function concludeFailure(verdict: string, fail: boolean): void {
  if (fail) core.setFailed(verdict);
  else core.warning(`${verdict} (not failing the step: fail is false)`);
}

/** The one way to the job summary: whatever text the markdown quotes, none of it renders as a link, an image or HTML. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return; // not on a runner: nothing to write to
  core.appendSummary(inertMarkdown(markdown));
}
