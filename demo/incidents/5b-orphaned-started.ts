import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands, prepareStep, runStep } from '../../test/harness/action-runner.ts';
import { ScenarioServer } from '../../test/harness/http-scenarios.ts';
import { DEMO_SHA, eventsFile, eventsOf, type DemoIncident } from '../incident.ts';

const ENV = { GITHUB_SHA: DEMO_SHA };


export const incident: DemoIncident = {
  guard: 'deploy-canary',
  title: 'Incident 5b: a standalone canary killed mid-window left an orphaned deployment.started',
  story: 'Without deploy-start, a canary killed with SIGKILL (OOM, a lost runner process) left a started that nothing ended; a vanished runner runs no post step at all.',
  async run() {
    const hang = await new ScenarioServer(() => {}).start();
    const app = await new ScenarioServer((_req, res) => res.end('<html>preview</html>')).start();
    try {
      // The canary is killed once its started is out; then the runner runs its post step.
      const killedFile = eventsFile();
      const inputs = { environment: 'preview', urls: `${hang.url}/`, timeout: '30s', window: '60s', 'events-file': killedFile };
      const step = prepareStep('deploy-canary', 'main', { inputs, env: ENV });
      const child = spawn(process.execPath, [step.entry], { cwd: step.cwd, env: step.env, stdio: 'ignore' });
      const closed = new Promise((done) => child.on('close', done));
      while (!existsSync(killedFile)) await new Promise((done) => setTimeout(done, 20));
      child.kill('SIGKILL');
      await closed;
      const post = await runStep('deploy-canary', 'post', { inputs, env: ENV, runnerTemp: step.runnerTemp, state: parseFileCommands(readFileSync(step.paths.state, 'utf8')) });
      // The healthy twin: the canary ends the deployment itself; its post step has nothing to do.
      const fineFile = eventsFile();
      const fineInputs = { environment: 'preview', urls: `${app.url}/`, interval: '250ms', timeout: '2s', window: '3s', 'events-file': fineFile };
      const main = await runStep('deploy-canary', 'main', { inputs: fineInputs, env: ENV });
      const finePost = await runStep('deploy-canary', 'post', { inputs: fineInputs, env: ENV, runnerTemp: main.runnerTemp, state: main.state });
      return {
        caught: eventsOf(killedFile) === 'deployment.started → deployment.failed (job-ended)',
        caughtLine: `${eventsOf(killedFile)}; post step: ${post.annotations.find((a) => a.level === 'warning')?.message ?? '(no warning)'}`,
        twinPassed: main.exitCode === 0 && finePost.exitCode === 0 && eventsOf(fineFile) === 'deployment.started → deployment.complete',
        twinLine: `${eventsOf(fineFile)}; post step: ${finePost.stdout.split('\n').find((line) => line.startsWith('deploy-canary post:')) ?? ''}`,
      };
    } finally {
      await Promise.all([hang.stop(), app.stop()]);
    }
  },
};
