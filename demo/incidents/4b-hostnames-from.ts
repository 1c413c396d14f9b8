import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runStep } from '../../test/harness/action-runner.ts';
import { ScenarioServer, selfSignedCertificate } from '../../test/harness/http-scenarios.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

const NAMES = ['gpu.widgetcorp.tech', 'stt.widgetcorp.tech', 'chat.widgetcorp.tech'];

export const incident: DemoIncident = {
  guard: 'deploy-canary',
  title: 'Incident 4b: the LAN probe was green while every public hostname behind the tunnel answered 502',
  story: 'A team probed its GPU services by LAN address; all five public hostnames behind a Cloudflare tunnel returned 502 for ten days.',
  async run() {
    const certificate = selfSignedCertificate(NAMES);
    let tunnelUp = false;
    const lan = await new ScenarioServer((_req, res) => res.end('gpu ok')).start();
    // Stands in for the tunnel's edge: every public hostname, over HTTPS (connect-to sends them here).
    const edge = await new ScenarioServer((_req, res) => (tunnelUp ? res.end('<html>ok</html>') : res.writeHead(502).end('Bad Gateway')), certificate).start();
    const workspace = mkdtempSync(join(tmpdir(), 'demo-tunnel-'));
    cpSync(join(ROOT, 'test/fixtures/hostnames/config.yml'), join(workspace, 'config.yml'));
    const canary = () => runStep('deploy-canary', 'main', {
      cwd: workspace,
      inputs: { urls: `${lan.url}/`, 'hostnames-from': 'config.yml', 'connect-to': `:443:127.0.0.1:${edge.port}`, interval: '250ms', timeout: '2s', window: '2s', successes: '2' },
      env: { GITHUB_SHA: '4f1e2d3c4b5a69788796a5b4c3d2e1f001234567', NODE_EXTRA_CA_CERTS: certificate.certPath },
    });
    try {
      const down = await canary();
      tunnelUp = true;
      const up = await canary();
      const probed = down.stdout.split('\n').filter((line) => line.startsWith('hostnames-from: probing')).length;
      return {
        caught: down.outputs.reason === 'status' && probed === 3,
        caughtLine: `${verdictOf(down.stdout)} [${probed} public hostnames from config.yml probed besides the LAN URL]`,
        twinPassed: up.exitCode === 0 && up.outputs.result === 'healthy',
        twinLine: verdictOf(up.stdout),
      };
    } finally {
      await Promise.all([lan.stop(), edge.stop()]);
    }
  },
};
