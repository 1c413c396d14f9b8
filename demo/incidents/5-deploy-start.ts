import { runStep, runWithPost } from '../../test/harness/action-runner.ts';
import { ScenarioServer } from '../../test/harness/http-scenarios.ts';
import { DEMO_SHA, eventsFile, eventsOf, type DemoIncident } from '../incident.ts';

const ENV = { GITHUB_SHA: DEMO_SHA };


export const incident: DemoIncident = {
  guard: 'deploy-start',
  title: 'Incident 5: deployment.started, then silence for 30 minutes',
  story: 'deploy.sh emitted deployment.started; the preview app died and nothing ever emitted complete or failed, so no alert fired.',
  async run() {
    // The incident: the job dies between deploy-start and the canary; only the post step runs.
    const died = eventsFile();
    const { post } = await runWithPost('deploy-start', { inputs: { environment: 'preview', 'events-file': died }, env: ENV });
    // The healthy twin: deploy-start, a canary that sees the app healthy, then the post step.
    const app = await new ScenarioServer((_req, res) => res.end('<html>preview</html>')).start();
    const fine = eventsFile();
    try {
      const start = await runStep('deploy-start', 'main', { inputs: { environment: 'preview', 'events-file': fine }, env: ENV });
      const canary = await runStep('deploy-canary', 'main', {
        inputs: { environment: 'preview', 'events-file': fine, urls: `${app.url}/`, interval: '250ms', timeout: '1s', window: '3s' }, env: ENV, runnerTemp: start.runnerTemp,
      });
      const twinPost = await runStep('deploy-start', 'post', { inputs: { environment: 'preview', 'events-file': fine }, env: ENV, runnerTemp: start.runnerTemp, state: start.state });
      const warning = post.annotations.find((a) => a.level === 'warning')?.message ?? '(no warning)';
      return {
        caught: eventsOf(died) === 'deployment.started → deployment.failed (job-ended)',
        caughtLine: `${eventsOf(died)}; ${warning}`,
        twinPassed: canary.exitCode === 0 && twinPost.exitCode === 0 && eventsOf(fine) === 'deployment.started → deployment.complete',
        twinLine: `${eventsOf(fine)}; post step: ${twinPost.stdout.split('\n').find((line) => line.startsWith('deploy-start post:')) ?? ''}`,
      };
    } finally {
      await app.stop();
    }
  },
};
