import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runHostCanary } from '../../src/host/host-canary.ts';
import { remoteCommand, remoteStdin } from '../../src/host/remote-script.ts';
import { readHostCanarySettings } from '../../src/host/settings.ts';
import { exec } from '../../src/shared/exec.ts';
import { Inputs } from '../../src/shared/inputs.ts';
import { prepareStep, runStep } from '../../test/harness/action-runner.ts';
import { SshHost, freePort } from '../../test/harness/ssh-host.ts';
import { median, ms, sideBySide, type BenchLine, type BenchSuite } from '../measure.ts';

const RUNS = 7;

export const suite: BenchSuite = {
  name: 'host-canary',
  async coldStart() {
    // A real verdict without a server: valid inputs, a closed port → `unreachable`.
    const host = new SshHost(); // only its keys: nothing listens on the port
    process.once('exit', () => rmSync(host.dir, { recursive: true, force: true }));
    const port = String(await freePort());
    return { action: 'host-canary', step: prepareStep('host-canary', 'main', { inputs: host.inputs({ port }) }) };
  },
  async run() {
    const host = await new SshHost().start();
    try {
      const inputs = host.inputs();
      // The bundled action, a full check (identity, sentinel, backups, containers, units), counted from sshd's log.
      host.clearLog();
      const wall: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const step = await runStep('host-canary', 'main', { inputs });
        wall.push(performance.now() - started);
        if (step.outputs.result !== 'healthy') throw new Error(`bench host is not healthy: ${step.outputs.findings}`);
      }
      const counts = host.counts();

      // The engine in process vs OpenSSH's ssh client running the same script over one connection.
      const settings = await readHostCanarySettings(new Inputs({ get: (name) => inputs[name] ?? '', mask: () => {} }));
      const knownHosts = join(host.dir, 'known_hosts');
      writeFileSync(knownHosts, `[127.0.0.1]:${host.port} ${readFileSync(`${host.hostKeyPath}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`);
      const stdin = remoteStdin({ nonce: 'bench', sentinelFile: host.sentinelPath, backupGlob: inputs['backup-glob']!, composeProject: 'shop', windowSeconds: 900, units: ['docker.service', 'backup.timer'], checkContainers: true });
      const ssh = async () => {
        const result = await exec('ssh', ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${knownHosts}`, '-o', 'StrictHostKeyChecking=yes', '-i', host.clientKeyPath, '-p', String(host.port), `${host.user}@127.0.0.1`, remoteCommand()], { input: stdin, timeoutMs: 30_000 });
        if (result.code !== 0) throw new Error(`ssh failed: ${result.stderr}`);
      };
      const engine = async () => {
        const result = await runHostCanary(settings);
        if (result.result !== 'healthy') throw new Error('engine run not healthy');
      };
      const measured = await sideBySide(engine, ssh, RUNS);

      const lines: BenchLine[] = [
        { label: 'SSH connections per full run (sshd log)', value: `${counts.connections / RUNS} (${counts.connections} over ${RUNS} runs)`, target: '1', ok: counts.connections === RUNS },
        { label: 'remote commands per full run (sshd exec requests)', value: `${counts.commands / RUNS} (${counts.commands} over ${RUNS} runs)`, target: '1', ok: counts.commands === RUNS },
        { label: 'bundled action, full check against loopback sshd (wall time, fresh node process)', value: `median ${ms(median(wall))} over ${RUNS} runs` },
        { label: 'engine full check in process vs OpenSSH ssh running the same script', value: `${ms(measured.ours)} vs ${ms(measured.reference)}`, ratio: measured.ratio },
      ];
      return lines;
    } finally {
      await host.dispose();
    }
  },
};
