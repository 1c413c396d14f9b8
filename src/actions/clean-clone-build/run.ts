import { tmpdir } from 'node:os';
import * as core from '../shared/toolkit.ts';
import { cleanCloneBuild } from '../../build/clean-clone-build.ts';
import { findings, fixCommands, missingJson, summaryMarkdown, verdictLine } from '../../build/report.ts';
import { readCleanCloneBuildSettings } from '../../build/settings.ts';
import { readGitHubContext } from '../../shared/github-context.ts';
import { actionInputs, annotate, concludeFailure, runAction, writeSummary } from '../shared/action.ts';

export async function run(): Promise<void> {
  await runAction('clean-clone-build', async () => {
    const context = readGitHubContext();
    const settings = readCleanCloneBuildSettings(actionInputs());
    // Cancelling the workflow sends SIGINT, then SIGTERM: stop the build's process group and clean up.
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);

    // The build's output is the pull request's text: shown as printed, its workflow commands not run.
    const buildOutput = core.untrustedOutput();
    const result = await cleanCloneBuild({
      ...settings,
      workspace: context.workspace,
      tempDir: process.env.RUNNER_TEMP || tmpdir(),
      signal: cancel.signal,
      log: core.info,
      stepStarted: (name, command, directory) => core.startGroup(`${name}: ${command.trim().split('\n')[0]}${command.trim().includes('\n') ? ' …' : ''} (in ${directory})`),
      output: (chunk) => buildOutput.chunk(chunk),
      stepEnded: (step) => {
        buildOutput.end();
        core.endGroup();
        core.info(`${step.name} finished in ${(step.durationMs / 1000).toFixed(1)}s${step.timedOut ? ' (timed out)' : step.cancelled ? ' (cancelled)' : ` with exit code ${step.exitCode ?? step.signal}`}`);
      },
    }).finally(() => buildOutput.end());
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);

    core.setOutput('result', result.result);
    core.setOutput('failed-step', result.failedStep ?? '');
    core.setOutput('clone-path', result.kept ? result.clonePath : '');
    core.setOutput('duration-ms', result.durationMs);
    core.setOutput('missing-from-git', missingJson(result));
    await writeSummary(summaryMarkdown(result));

    if (result.result === 'success') {
      for (const note of result.notes) core.warning(note);
      core.info(verdictLine(result));
      return;
    }
    if (result.tail.length > 0) core.info(`\nThe ${result.failedStep} step failed; its last ${result.tail.length} lines:\n${result.tail.map((line) => `  ${line}`).join('\n')}`);
    for (const note of result.notes) core.info(`Note: ${note}`);
    if (result.importedByMissing.length > 0) core.info(`They import ${result.importedByMissing.length} more uncommitted file(s): ${result.importedByMissing.map((file) => file.path).join(', ')}`);
    const fix = fixCommands(result);
    if (fix.length > 0) core.info(`Commit what the build needs:\n  ${fix.join('\n  ')}`);
    annotate(findings(result), { demoteErrors: !settings.fail });
    concludeFailure(verdictLine(result), settings.fail);
  });
}
