import { ScenarioServer } from '../../test/harness/http-scenarios.ts';
import { demoCanary, verdictOf, type DemoIncident } from '../incident.ts';

export const incident: DemoIncident = {
  guard: 'deploy-canary',
  title: 'Incident 4: /readyz green while every page hangs with 0 bytes',
  story: 'The health endpoint answered 200 while GET / sent its headers and then nothing: a synchronous subprocess blocked the event loop, and a status-code check called it healthy.',
  async run() {
    const hanging = await new ScenarioServer((req, res) => {
      if (req.url === '/readyz') return res.end('ok');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.flushHeaders(); // headers, then never a byte of the page
    }).start();
    const healthy = await new ScenarioServer((req, res) => res.end(req.url === '/readyz' ? 'ok' : '<html>shop</html>')).start();
    try {
      const hung = await demoCanary(`${hanging.url}/readyz\n${hanging.url}/`);
      const twin = await demoCanary(`${healthy.url}/readyz\n${healthy.url}/`);
      return {
        caught: hung.step.outputs.reason === 'timeout-body',
        caughtLine: `${verdictOf(hung.step.stdout)} [events: ${hung.events}]`,
        twinPassed: twin.step.exitCode === 0 && twin.step.outputs.result === 'healthy',
        twinLine: `${verdictOf(twin.step.stdout)} [events: ${twin.events}]`,
      };
    } finally {
      await Promise.all([hanging.stop(), healthy.stop()]);
    }
  },
};
