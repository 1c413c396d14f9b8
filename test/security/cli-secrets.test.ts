// The CLI takes every secret input from a file (--<name>-file) or an environment variable
// (DEPLOY_GUARDS_<NAME>), never only from argv, which every user of the machine can read
// in /proc/<pid>/cmdline. Each command's secrets, end to end against real or stand-in servers.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandInputs } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { ROOT, readActionMetadata } from '../harness/action-runner.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { GitHubStandIn } from '../harness/github-stand-in.ts';
import { Receiver, ScenarioServer, checkCloudEvent, checkLokiPush } from '../harness/http-scenarios.ts';
import { SshHost } from '../harness/ssh-host.ts';

interface CliRun { code: number | null; stdout: string; stderr: string; cmdline: string }

/** Runs the bundled CLI; also reads its /proc/<pid>/cmdline while it runs (what `ps` shows everyone). */
function cli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
  } catch {
    // already gone
  }
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, cmdline })));
}

function secretFile(value: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dg-secret-')), 'value');
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return path;
}

const envName = (input: string) => `DEPLOY_GUARDS_${input.toUpperCase().replace(/-/g, '_')}`;

describe('CLI secrets: from a file or the environment, never only argv', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('every secret input of every command is declared, and documented with its variable and file flag', () => {
    const catalog = readFileSync(join(ROOT, 'action-catalog.md'), 'utf8');
    // What makes an input a secret: a credential, or a URL that carries one (a webhook URL).
    const looksSecret = (input: string) => /token|password|passphrase|ssh-key$|webhook-url/.test(input);
    for (const command of COMMANDS) {
      const inputs = Object.keys(commandInputs(command));
      expect([...(command.secrets ?? [])].sort(), command.name).toEqual(inputs.filter(looksSecret).sort());
      for (const secret of command.secrets ?? []) {
        expect(catalog, `catalog names ${envName(secret)} and --${secret}-file`).toContain(envName(secret));
        expect(catalog).toContain(`--${secret}-file`);
      }
    }
    expect(COMMANDS.find((command) => command.name === 'host-canary')?.secrets).toContain('ssh-key');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('--ssh-key-file');
  });

  describe('host-canary: ssh-key and ssh-passphrase', () => {
    const host = new SshHost();
    cleanups.push(() => host.dispose());
    const flags = () => Object.entries(host.inputs()).filter(([name]) => name !== 'ssh-key').flatMap(([name, value]) => [`--${name}`, value]);

    it('--ssh-key-file and --ssh-passphrase-file: the key never on the command line', async () => {
      await host.start();
      const run = await cli(ROOT, ['host-canary', ...flags(), '--ssh-key-file', host.encryptedKeyPath, '--ssh-passphrase-file', secretFile(host.keyPassphrase)]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('is healthy');
      expect(run.cmdline).not.toContain('PRIVATE KEY');
      expect(run.cmdline).not.toContain(host.keyPassphrase);
      expect(run.stderr).toBe('');
    });

    it('DEPLOY_GUARDS_SSH_KEY and DEPLOY_GUARDS_SSH_PASSPHRASE', async () => {
      const run = await cli(ROOT, ['host-canary', ...flags()], { DEPLOY_GUARDS_SSH_KEY: host.encryptedKey, DEPLOY_GUARDS_SSH_PASSPHRASE: host.keyPassphrase });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('is healthy');
    });

    it('--ssh-key on argv still works but warns that every user of the machine can read it', async () => {
      const run = await cli(ROOT, ['host-canary', ...flags(), '--ssh-key', host.clientKey]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stderr).toMatch(/--ssh-key on the command line .*--ssh-key-file or DEPLOY_GUARDS_SSH_KEY/);
      expect(run.stdout + run.stderr).not.toContain(host.clientKey.split('\n')[1]!);
    });

    it('a key given twice, or an unreadable key file, is a one-line error', async () => {
      const twice = await cli(ROOT, ['host-canary', ...flags(), '--ssh-key-file', host.clientKeyPath, '--ssh-key', host.clientKey]);
      expect(twice.code).toBe(2);
      expect(twice.stderr.trim().split('\n')).toHaveLength(1);
      expect(twice.stderr).toContain("Input 'ssh-key'");
      const missing = await cli(ROOT, ['host-canary', ...flags(), '--ssh-key-file', '/nonexistent/key']);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/Input 'ssh-key': --ssh-key-file \/nonexistent\/key cannot be read/);
    });

    it('webhook-url, webhook-token and loki-password for its canary events', async () => {
      const webhook = await new Receiver(() => 200, checkCloudEvent).start();
      const loki = await new Receiver(() => 204, checkLokiPush).start();
      cleanups.push(() => webhook.stop(), () => loki.stop());
      const run = await cli(ROOT, ['host-canary', ...flags(), '--ssh-key-file', host.clientKeyPath, '--loki-url', loki.url, '--loki-username', '123', '--webhook-token-file', secretFile('whsec_fromFile')], {
        DEPLOY_GUARDS_WEBHOOK_URL: `${webhook.url}/hook`, DEPLOY_GUARDS_LOKI_PASSWORD: 'glc_fromEnv',
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(webhook.requests[0]?.headers.authorization).toBe('Bearer whsec_fromFile');
      expect(loki.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('123:glc_fromEnv').toString('base64')}`);
      expect(run.stdout + run.stderr).not.toContain('whsec_fromFile');
    });
  });

  it('commit-count: token (base last-deployment)', async () => {
    const api = await new GitHubStandIn('ghs_fromEnvironment').start();
    cleanups.push(() => api.stop());
    const repo = new GitFixture();
    const deployed = repo.commit('deployed');
    repo.commit('after');
    api.route('GET', /^\/repos\/acme\/shop\/deployments$/, () => ({ body: [{ id: 1, sha: deployed, ref: 'main', created_at: '2026-11-19T10:00:00Z' }] }));
    api.route('GET', /^\/repos\/acme\/shop\/deployments\/1\/statuses$/, () => ({ body: [{ state: 'success' }] }));
    const env = { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/shop' };
    const fromEnv = await cli(repo.dir, ['commit-count', '--base', 'last-deployment', '--expected', '1'], { ...env, DEPLOY_GUARDS_TOKEN: api.token });
    expect(fromEnv.code, fromEnv.stdout + fromEnv.stderr).toBe(0);
    const fromFile = await cli(repo.dir, ['commit-count', '--base', 'last-deployment', '--expected', '1', '--token-file', secretFile(api.token)], env);
    expect(fromFile.code, fromFile.stdout + fromFile.stderr).toBe(0);
    expect(api.violations).toEqual([]);
  });

  it('env-completeness: secrets-token', async () => {
    const api = await new GitHubStandIn('ghs_secretsFromEnv').start();
    cleanups.push(() => api.stop());
    api.route('GET', /\/actions\/(organization-)?(secrets|variables)$/, (request) => ({ body: request.path.endsWith('secrets') ? { total_count: 1, secrets: [{ name: 'DATABASE_URL' }] } : { total_count: 0, variables: [] } }));
    const dir = mkdtempSync(join(tmpdir(), 'dg-compose-'));
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n');
    const run = await cli(dir, ['env-completeness', '--scan-sources', 'false'], { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/shop', DEPLOY_GUARDS_SECRETS_TOKEN: api.token });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(api.violations).toEqual([]);
    expect(api.requests.length).toBeGreaterThan(0);
  });

  it('deploy-canary: webhook-url, webhook-token, loki-password and token', async () => {
    const app = await new ScenarioServer((_req, res) => res.end('ok')).start();
    const webhook = await new Receiver(() => 200, checkCloudEvent).start();
    const loki = await new Receiver(() => 204, checkLokiPush).start();
    const api = await new GitHubStandIn('ghs_deployFromFile').start();
    cleanups.push(() => app.stop(), () => webhook.stop(), () => loki.stop(), () => api.stop());
    api.route('POST', /^\/repos\/acme\/shop\/deployments$/, () => ({ status: 201, body: { id: 5 } }));
    api.route('POST', /^\/repos\/acme\/shop\/deployments\/5\/statuses$/, () => ({ status: 201, body: { id: 1 } }));
    const run = await cli(ROOT, ['deploy-canary', '--urls', `${app.url}/`, '--interval', '100ms', '--successes', '1', '--loki-url', loki.url, '--loki-username', '7',
      '--github-deployment', 'true', '--token-file', secretFile(api.token), '--loki-password-file', secretFile('glc_canaryFile')], {
      GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      DEPLOY_GUARDS_WEBHOOK_URL: `${webhook.url}/hook`, DEPLOY_GUARDS_WEBHOOK_TOKEN: 'whsec_canaryEnv',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(webhook.requests.map((request) => request.headers.authorization)).toContain('Bearer whsec_canaryEnv');
    expect(loki.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('7:glc_canaryFile').toString('base64')}`);
    expect(api.violations).toEqual([]);
    expect(api.requests.some((request) => request.path === '/repos/acme/shop/deployments')).toBe(true);
  });
});
