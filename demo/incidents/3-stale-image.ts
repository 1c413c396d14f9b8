import { ScenarioServer } from '../../test/harness/http-scenarios.ts';
import { DEMO_SHA, demoCanary, verdictOf, type DemoIncident } from '../incident.ts';

export const incident: DemoIncident = {
  guard: 'deploy-canary',
  title: 'Incident 3: a cached image shipped the old code while every step looked green',
  story: 'The remote Docker builder served every layer from its cache; the deploy succeeded, /readyz answered 200, and the app kept serving the previous build.',
  async run() {
    // The app is up and healthy, only it reports the build it really runs: the previous one.
    const serving = (sha: string) => new ScenarioServer((req, res) => {
      if (req.url === '/version') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ build: { sha } }));
      res.end(req.url === '/readyz' ? 'ok' : '<html>shop</html>');
    }).start();
    const cached = await serving('0ld5ha0ld5ha0ld5ha0ld5ha0ld5ha0ld5ha0ld5');
    const rebuilt = await serving(DEMO_SHA);
    try {
      const version = (server: ScenarioServer) => ({ 'version-url': `${server.url}/version`, 'version-field': 'build.sha' });
      const stale = await demoCanary(`${cached.url}/readyz\n${cached.url}/`, version(cached));
      const twin = await demoCanary(`${rebuilt.url}/readyz\n${rebuilt.url}/`, version(rebuilt));
      return {
        caught: stale.step.outputs.reason === 'version-mismatch',
        caughtLine: `${verdictOf(stale.step.stdout)} [events: ${stale.events}]`,
        twinPassed: twin.step.exitCode === 0 && twin.step.outputs.result === 'healthy',
        twinLine: `${verdictOf(twin.step.stdout)} [events: ${twin.events}]`,
      };
    } finally {
      await Promise.all([cached.stop(), rebuilt.stop()]);
    }
  },
};
