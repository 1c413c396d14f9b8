// Workflow-command injection: text a pull request or a server wrote (import specifiers,
// file names, commit subjects and authors, compose content, served bodies, build output,
// host output) reaches the log of every bundled action and of the CLI, and must never
// start a command the runner executes (the runner's parser: ./runner-log.ts).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, printed, runStep, type StepResult } from '../harness/action-runner.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { ScenarioServer } from '../harness/http-scenarios.ts';
import { SshHost } from '../harness/ssh-host.ts';
import { rawCommit } from './hostile-repo.ts';
import { expectNoForgedCommands, injections } from './runner-log.ts';

const NONCE = `pwn${randomUUID().slice(0, 8)}`;
const PAYLOAD = injections(NONCE).join('');
/** Text as the body of a JavaScript string literal (the import parsers unescape it). */
const jsString = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/'/g, "\\'");

function expectClean(step: StepResult, context: string): void {
  expectNoForgedCommands(step.stdout, NONCE, `${context} (stdout)`);
  expectNoForgedCommands(step.stderr, NONCE, `${context} (stderr)`);
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('untrusted text cannot start a workflow command', () => {
  it('untracked-files: import specifiers and tracked file names (action and CLI)', async () => {
    const repo = new GitFixture();
    // A file name holds at most 255 bytes: one injection per name.
    const hostileNames = injections(NONCE).map((injection, i) => `src/x${i}${injection.replace(/\//g, '|')}.ts`);
    // One import per injection: a specifier is also a path, which holds at most 255 bytes a name.
    const imports = injections(NONCE).map((injection, i) => `import a${i} from './missing${jsString(injection)}';\nexport const b${i} = require('./req${jsString(injection)}');\n`);
    repo.commit('init', {
      'src/db.ts': imports.join(''),
      ...Object.fromEntries(hostileNames.map((name) => [name, 'export {};\n'])),
    });
    for (const name of hostileNames) repo.write(name, 'export const dirty = 1;\n');
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(JSON.parse(step.outputs['untracked-imports']!)).toHaveLength(2 * injections(NONCE).length);
    expectClean(step, 'untracked-files action');
    const result = cli(repo.dir, ['untracked-files']);
    expect(result.code).toBe(1);
    expectNoForgedCommands(result.stdout, NONCE, 'untracked-files CLI');
  });

  it('commit-count: commit subjects and author names (action and CLI)', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    for (const injection of injections(NONCE)) rawCommit(repo, `subject ${injection} [skip ci]\n\nbody ${injection}\n`, { author: `Mallory ${injection.replace(/[\r\n<>]/g, ' ')}` });
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'watch-paths': '**' } });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.outputs.count).toBe(String(injections(NONCE).length));
    expectClean(step, 'commit-count action');
    const result = cli(repo.dir, ['commit-count', '--base', base]);
    expect(result.code).toBe(0);
    expectNoForgedCommands(result.stdout, NONCE, 'commit-count CLI');
  });

  describe('deploy-canary: the body a version-url serves', () => {
    let server: ScenarioServer;
    afterAll(() => server?.stop());
    it('appears in round lines without starting a command', async () => {
      server = await new ScenarioServer((req, res) => res.end(req.url === '/version' ? `v9${PAYLOAD}` : 'page')).start();
      const inputs = { urls: `${server.url}/`, 'version-url': `${server.url}/version`, 'expect-version': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', interval: '200ms', timeout: '5s', window: '1s', successes: '1' };
      const step = await runStep('deploy-canary', 'main', { inputs });
      expect(step.outputs.reason, printed(step)).toBe('version-mismatch');
      expect(step.stdout).toContain('version-mismatch');
      expectClean(step, 'deploy-canary action');
      const flags = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value]);
      const result = cli(ROOT, ['deploy-canary', ...flags]);
      expect(result.code).toBe(1);
      expectNoForgedCommands(result.stdout, NONCE, 'deploy-canary CLI stdout');
      expectNoForgedCommands(result.stderr, NONCE, 'deploy-canary CLI stderr');
    });
  });

  it('clean-clone-build: what the build prints is shown, its workflow commands are not run (action and CLI)', async () => {
    const repo = new GitFixture();
    const script = injections(NONCE).map((line) => `printf '%s\\n' '${line.replace(/'/g, `'\\''`)}'`).join('\n');
    repo.commit('init', { 'build.sh': `${script}\nprintf 'no newline at the end ::'\n` });
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { build: 'bash build.sh', install: 'none' } });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(step.stdout).toContain(`::add-mask::${NONCE}`); // shown to the reader
    expectClean(step, 'clean-clone-build action');
    const result = cli(repo.dir, ['clean-clone-build', '--build', 'bash build.sh', '--install', 'none'], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(0);
    expectNoForgedCommands(result.stdout, NONCE, 'clean-clone-build CLI in a workflow');
  });

  it('env-completeness: service and variable names from a compose file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-compose-'));
    const name = JSON.stringify(`web${PAYLOAD}`);
    writeFileSync(join(dir, 'compose.yaml'), `services:\n  ${name}:\n    image: nginx\n    environment:\n      URL: \${URL}\n    env_file: [${JSON.stringify(`./x${PAYLOAD}.env`)}]\n`);
    const step = await runStep('env-completeness', 'main', { cwd: dir, inputs: { 'scan-sources': 'false' } });
    expect(step.stdout).toContain('env-completeness');
    expectClean(step, 'env-completeness action');
  });

  describe('host-canary: what the host says', () => {
    const host = new SshHost();
    afterAll(() => host.dispose());
    it('a hostname written by whoever controls the host (action and CLI)', async () => {
      await host.start();
      host.setIdentity(`evil ##[add-mask]${NONCE} ##[error title=${NONCE}]forged`, '0f5c3a9e6b1d4e7f8a2b3c4d5e6f7a8b');
      const step = await runStep('host-canary', 'main', { inputs: host.inputs() });
      expect(step.outputs.result, printed(step)).toBe('unhealthy');
      expectClean(step, 'host-canary action');
      const flags = Object.entries(host.inputs()).filter(([name]) => name !== 'ssh-key').flatMap(([name, value]) => [`--${name}`, value]);
      const result = cli(ROOT, ['host-canary', ...flags, '--ssh-key', host.clientKey]);
      expect(result.stdout).toContain('hostname-changed');
      expectNoForgedCommands(result.stdout, NONCE, 'host-canary CLI');
    });
  });
});
