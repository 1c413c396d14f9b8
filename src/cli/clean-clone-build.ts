import { tmpdir } from 'node:os';
import { cleanCloneBuild } from '../build/clean-clone-build.ts';
import { fixCommands, verdictLine } from '../build/report.ts';
import { readCleanCloneBuildSettings } from '../build/settings.ts';
import type { CliCommand } from './command.ts';
import { untrustedOutput } from './output.ts';

export const cleanCloneBuildCommand: CliCommand = {
  name: 'clean-clone-build',
  summary: 'build the commit in a fresh clone; name files the build needs that git lacks',
  example: `deploy-guards clean-clone-build --build 'npm run build' --isolate-caches`,
  async run(inputs, print) {
    const settings = readCleanCloneBuildSettings(inputs);
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // Terminal users see the build as it runs; inside a workflow its workflow commands are not run.
    const buildOutput = untrustedOutput();
    const result = await cleanCloneBuild({
      ...settings,
      workspace: process.cwd(),
      tempDir: tmpdir(),
      signal: cancel.signal,
      log: print,
      stepStarted: (name, command, directory) => print(`── ${name} (in ${directory}): ${command.trim().split('\n').join(' && ')}`),
      output: (chunk) => buildOutput.chunk(chunk),
      stepEnded: () => buildOutput.end(),
    }).finally(() => buildOutput.end());
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (result.result === 'failure') {
      for (const file of result.missingFromGit) print(`missing from git: ${file.path} (${file.state}) — ${file.mention}`);
      for (const file of result.importedByMissing) print(`also not committed: ${file.path} (imported by ${file.importedBy})`);
      const fix = fixCommands(result);
      if (fix.length > 0) print(`fix: ${fix.join(' && ')}`);
    }
    for (const note of result.notes) print(`note: ${note}`);
    if (result.kept) print(`clone kept at ${result.clonePath}`);
    print(verdictLine(result));
    return result.result === 'failure' && settings.fail ? 1 : 0;
  },
};
