import { runStep } from '../../test/harness/action-runner.ts';
import { SshHost } from '../../test/harness/ssh-host.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

const MiB = 1024 ** 2;
const COMPOSE = 'services:\n  web:\n    image: ghcr.io/acme/web:latest\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n  postgres:\n    image: postgres:17\n    mem_limit: 1g\n';

export const incident: DemoIncident = {
  guard: 'host-canary',
  title: 'Incident 7 (before the wipe): a 512 MB memory limit that was never enforced',
  story: 'The compose file said deploy.resources.limits.memory: 512M; the host ran docker-compose 1.25 without --compatibility, so the container had no limit, and on the 2 GB VM it crash-looped (exit 137) with no alert.',
  async run() {
    const host = await new SshHost().start();
    try {
      host.setMemTotal(2 * 1024 ** 3 - 64 * MiB);
      host.writeComposeFile(COMPOSE);
      // What docker inspect shows on the host: created by docker-compose 1.25.4, HostConfig.Memory 0.
      host.setContainers([
        { service: 'web', revision: 'abc1234def', composeVersion: '1.25.4', restartCount: 6 },
        { service: 'postgres', revision: 'abc1234def', composeVersion: '1.25.4', memory: 1024 * MiB },
      ], [{ service: 'web', action: 'die', exitCode: 137, ago: 240 }, { service: 'web', action: 'oom', ago: 241 }]);
      const caught = await runStep('host-canary', 'main', { inputs: host.inputs() });
      const findings = JSON.parse(caught.outputs.findings ?? '[]') as { code: string; message: string }[];
      const limit = findings.find((item) => item.code === 'limit-not-enforced');
      // The twin: recreated with Compose v2, the kernel enforces 512 MiB.
      host.setContainers([
        { service: 'web', revision: 'abc1234def', composeVersion: '2.29.7', memory: 512 * MiB },
        { service: 'postgres', revision: 'abc1234def', composeVersion: '2.29.7', memory: 1024 * MiB },
      ], []);
      const twin = await runStep('host-canary', 'main', { inputs: host.inputs() });
      return {
        caught: caught.exitCode === 1 && limit !== undefined && limit.message.includes('HostConfig.Memory 0'),
        caughtLine: `${verdictOf(caught.stdout)} | ${limit?.message ?? '(no limit finding)'}`,
        twinPassed: twin.exitCode === 0 && twin.outputs.result === 'healthy' && twin.outputs.findings === '[]',
        twinLine: verdictOf(twin.stdout),
      };
    } finally {
      await host.dispose();
    }
  },
};
