import { runStep } from '../../test/harness/action-runner.ts';
import { fixIncident, incidentRepo } from '../../test/harness/import-fixtures.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

export const incident: DemoIncident = {
  guard: 'untracked-files',
  title: 'Incident 1: Could not resolve "./module-registry" on the first clean clone',
  story: 'module-registry.ts and 31 module.config.ts files existed on every developer\'s disk but were never committed; every local build passed, the deploy host\'s clean clone failed, and a Dockerfile heap bump was never committed.',
  async run() {
    const repo = incidentRepo();
    // The check runs where the files exist on disk: tsc would pass here.
    const caught = await runStep('untracked-files', 'main', { cwd: repo.dir });
    fixIncident(repo);
    const twin = await runStep('untracked-files', 'main', { cwd: repo.dir });
    const registry = caught.annotations.find((a) => a.level === 'error' && a.message.includes('module-registry'));
    return {
      caught: caught.exitCode === 1 && caught.outputs.violations === '33',
      // The step's verdict (setFailed) is the error line without properties; annotations carry file=…
      caughtLine: `${(caught.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '').slice(9, 170)}…; first annotation at ${registry?.properties.file}:${registry?.properties.line}`,
      twinPassed: twin.exitCode === 0,
      twinLine: verdictOf(twin.stdout),
    };
  },
};
