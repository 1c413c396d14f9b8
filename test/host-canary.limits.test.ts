// host-canary reads what the kernel enforces: the memory and CPU limits of each watched
// container (`docker inspect` HostConfig, fake docker printing docker's real format)
// against what the compose project declares (the compose files the containers' labels
// name, read on the host in the same batched command, or compose-files given to the
// canary), through the bundled action and a real sshd.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseComposeYaml } from '../src/compose/yaml-file.ts';
import { declaredLimits, ramInBytes } from '../src/host/limits.ts';
import { printed, runStep, type StepResult } from './harness/action-runner.ts';
import { SshHost } from './harness/ssh-host.ts';
import { escapeRegExp } from '../src/shared/regex.ts';

interface OutputFinding { code: string; severity: string; message: string }
const findingsOf = (step: StepResult) => JSON.parse(step.outputs.findings ?? '[]') as OutputFinding[];
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

const INCIDENT_COMPOSE = [
  'services:',
  '  web:',
  '    image: ghcr.io/acme/web:latest',
  '    deploy:',
  '      resources:',
  '        limits:',
  '          memory: 512M',
  '          cpus: "0.5"',
  '        reservations:',
  '          memory: 256M',
  '  postgres:',
  '    image: postgres:17',
  '    mem_limit: 1g',
  '',
].join('\n');

describe('declared limits (compose files, merge order)', () => {
  it('reads sizes as Compose does (go-units RAMInBytes: powers of 1024, decimals, optional i/b)', () => {
    expect([ramInBytes('512M'), ramInBytes('512m'), ramInBytes('512MiB'), ramInBytes('1.5g'), ramInBytes('1024'), ramInBytes('100 kb'), ramInBytes('twelve')]).toEqual([512 * MiB, 512 * MiB, 512 * MiB, 1.5 * GiB, 1024, 100 * 1024, undefined]);
  });

  it('deploy.resources wins over the service-level keys; a later file sets a key anew; lines point at the winner', () => {
    const declared = declaredLimits([
      { file: 'compose.yaml', text: 'services:\n  web:\n    mem_limit: 1g\n    cpus: 2\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n' },
      { file: 'compose.prod.yaml', text: 'services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: 768M\n' },
    ], 'web', parseComposeYaml);
    expect(declared).toEqual({
      memory: { value: 768 * MiB, key: 'deploy.resources.limits.memory', file: 'compose.prod.yaml', line: 6 },
      cpus: { value: 2, key: 'cpus', file: 'compose.yaml', line: 4 },
      notJudged: [],
    });
  });

  it('a variable with a default is read; one the host .env would set is not judged', () => {
    expect(declaredLimits([{ file: 'c.yaml', text: 'services:\n  web:\n    mem_limit: ${WEB_MEM:-256m}\n' }], 'web', parseComposeYaml).memory?.value).toBe(256 * MiB);
    expect(declaredLimits([{ file: 'c.yaml', text: 'services:\n  web:\n    mem_limit: ${WEB_MEM}\n' }], 'web', parseComposeYaml)).toEqual({ notJudged: ['mem_limit (c.yaml:3) uses a variable the canary cannot read (the host\'s .env)'] });
  });
});

describe('host-canary limits against a real sshd', () => {
  const host = new SshHost();
  beforeAll(() => host.start());
  afterAll(() => host.dispose());
  beforeEach(() => {
    host.reset();
    host.clearLog();
  });
  const run = (extra: Record<string, string> = {}) => runStep('host-canary', 'main', { inputs: host.inputs(extra), timeoutMs: 60_000 });

  it('the incident: 512M declared under deploy.resources, the container made by docker-compose 1.25 without --compatibility has no limit', async () => {
    host.setMemTotal(2 * GiB - 64 * MiB);
    host.writeComposeFile(INCIDENT_COMPOSE);
    host.setContainers([
      { service: 'web', revision: 'abc1234def', composeVersion: '1.25.4', healthcheck: ['CMD-SHELL', 'curl -fsS http://localhost:3000/healthz || exit 1'] },
      { service: 'postgres', revision: 'abc1234def', composeVersion: '1.25.4', memory: GiB },
    ], []);
    const step = await run();
    expect(step.exitCode, printed(step)).toBe(1);
    const found = findingsOf(step);
    expect(found.map((item) => `${item.severity} ${item.code}`)).toEqual(['error limit-not-enforced', 'warning limit-not-enforced', 'warning limit-not-enforced']);
    expect(found[0]!.message).toBe(`service web declares a memory limit of 512 MiB (deploy.resources.limits.memory, ${host.composeFile}:7) but the kernel enforces none (HostConfig.Memory 0); created by Compose 1.25.4: docker-compose v1 before 1.27.0 applies deploy.resources only with --compatibility; recreate it with a current Compose (docker compose up -d --force-recreate web)`);
    expect(found[1]!.message).toContain('declares a memory reservation of 256 MiB');
    expect(found[2]!.message).toContain('declares 0.5 CPUs (deploy.resources.limits.cpus');
    expect(step.stdout).toContain('::error::host-canary: ');
    expect(step.summary).toContain('| web | shop-web-1 | running | 0 | 0 | no |  | none | no limit | abc1234def |');
    expect(step.summary).toContain('| postgres | shop-postgres-1 | running | 0 | 0 | no | no healthcheck | 1 GiB | no limit |');
    expect(step.summary).toContain('Host memory: 1.9 GiB.');
  });

  it('Compose v2 before 2.13.0 applied the limit but not deploy.resources.reservations.memory (docker/compose#10046)', async () => {
    host.writeComposeFile(INCIDENT_COMPOSE);
    host.setContainers([
      { service: 'web', revision: 'abc1234def', composeVersion: '2.12.2', memory: 512 * MiB, nanoCpus: 500_000_000 },
      { service: 'postgres', revision: 'abc1234def', composeVersion: '2.12.2', memory: GiB },
    ], []);
    const step = await run();
    expect(step.exitCode, printed(step)).toBe(0);
    expect(findingsOf(step)).toEqual([{ code: 'limit-not-enforced', severity: 'warning', message: `service web declares a memory reservation of 256 MiB (deploy.resources.reservations.memory, ${host.composeFile}:10) but has none (HostConfig.MemoryReservation 0); created by Compose 2.12.2: Compose before v2.13.0 ignored deploy.resources.reservations.memory (docker/compose#9902, #10046); recreate it with a current Compose (docker compose up -d --force-recreate web)` }]);
  });

  it('every declared limit enforced: healthy, no finding', async () => {
    host.setMemTotal(2 * GiB);
    host.writeComposeFile(INCIDENT_COMPOSE);
    host.setContainers([
      { service: 'web', revision: 'abc1234def', memory: 512 * MiB, memoryReservation: 256 * MiB, nanoCpus: 500_000_000 },
      { service: 'postgres', revision: 'abc1234def', memory: GiB },
    ], []);
    const step = await run();
    expect(step.exitCode, printed(step)).toBe(0);
    expect(findingsOf(step)).toEqual([]);
  });

  it('no memory limit at all on a 2 GB host is a notice; on an 8 GB host it is not', async () => {
    host.setMemTotal(2 * GiB - 64 * MiB);
    const small = await run();
    expect(small.exitCode).toBe(0);
    expect(findingsOf(small).map((item) => `${item.severity} ${item.code}`)).toEqual(['notice no-memory-limit', 'notice no-memory-limit']);
    expect(findingsOf(small)[0]!.message).toBe('service web has no memory limit on a host with 1.9 GiB of memory: one leak in it can take the whole host down (the OOM killer picks any process); set deploy.resources.limits.memory');
    host.setMemTotal(8 * GiB);
    expect(findingsOf(await run())).toEqual([]);
  });

  it('a container that restarts without a healthcheck is named as such', async () => {
    host.setContainers([{ service: 'web', revision: 'abc1234def' }, { service: 'postgres', revision: 'abc1234def', healthcheck: ['CMD-SHELL', 'pg_isready -U postgres'] }], [
      { service: 'web', action: 'die', exitCode: 137, ago: 120 },
      { service: 'postgres', action: 'die', exitCode: 1, ago: 60 },
    ]);
    const step = await run();
    const restarted = findingsOf(step).filter((item) => item.code === 'container-restarted');
    expect(restarted.map((item) => item.message)).toEqual([
      'service web died 1 time in the last 15m0s (exit codes 137; RestartCount 0); it has no healthcheck, so a restart is the only sign docker gives of it failing',
      'service postgres died 1 time in the last 15m0s (exit codes 1; RestartCount 0)',
    ]);
  });

  it('compose-files given to the canary are the declaration; the host files are then not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-compose-'));
    writeFileSync(join(dir, 'compose.prod.yaml'), 'services:\n  web:\n    mem_limit: 256m\n');
    host.setContainers([{ service: 'web', revision: 'abc1234def', memory: 512 * MiB }, { service: 'postgres', revision: 'abc1234def' }], []);
    const step = await runStep('host-canary', 'main', { cwd: dir, inputs: host.inputs({ 'compose-files': 'compose.prod.yaml' }), timeoutMs: 60_000 });
    expect(findingsOf(step)).toEqual([{ code: 'limit-not-enforced', severity: 'error', message: 'service web declares a memory limit of 256 MiB (mem_limit, compose.prod.yaml:3) but the kernel enforces 512 MiB (HostConfig.Memory 536870912); created by Compose 2.29.7: it was created from other settings; recreate it with a current Compose (docker compose up -d --force-recreate web)' }]);
    expect(host.dockerArgs().some((args) => args.startsWith('inspect --format'))).toBe(false);
  });

  it('hostile labels and files: only absolute *.yml/*.yaml paths are read; a file that is not compose YAML is one line, not judged', async () => {
    const bomb = join(host.dir, 'srv', 'bomb.yaml');
    host.writeComposeFile(`a: &a [${'x, '.repeat(10)}x]\nb: &b [${'*a, '.repeat(10)}*a]\nc: &c [${'*b, '.repeat(10)}*b]\nd: &d [${'*c, '.repeat(10)}*c]\ne: &e [${'*d, '.repeat(10)}*d]\nf: &f [${'*e, '.repeat(10)}*e]\nservices:\n  web: {image: x, mem_limit: 1g}\n`, bomb);
    host.setContainers([
      { service: 'web', revision: 'abc1234def', configFiles: `/etc/passwd,${bomb},relative.yaml` },
      { service: 'postgres', revision: 'abc1234def', configFiles: join(host.dir, 'srv', 'missing.yaml') },
    ], []);
    const step = await run();
    const found = findingsOf(step);
    expect(found.map((item) => `${item.severity} ${item.code}`)).toEqual(['warning limit-not-enforced', 'warning limit-not-enforced', 'warning limit-not-enforced']);
    // The files it does not read are named, not skipped in silence.
    expect(found[0]!.message).toBe('service web: the compose files it was created from could not be read (/etc/passwd was not read on the host (it reads absolute .yml/.yaml paths only, the first 20); relative.yaml was not read on the host (it reads absolute .yml/.yaml paths only, the first 20)), so its declared limits are not judged');
    expect(found[1]!.message).toMatch(new RegExp(`^service web: declared limits not judged: ${escapeRegExp(bomb)}:\\d+: `));
    expect(found[2]!.message).toBe(`service postgres: the compose file it was created from could not be read (${join(host.dir, 'srv', 'missing.yaml')} cannot be read by the SSH user), so its declared limits are not judged`);
    expect(step.stdout).not.toContain('root:x:0:0');
  });
});
