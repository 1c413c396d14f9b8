// What a bundle loads and starts before its verdict: only what the first request needs (issue
// 16's cold start target; the time itself is measured by `npm run bench`, never asserted). Each
// case runs the bundled action as the runner does, with a preload that records the Node
// built-ins the process loaded and the files of the bundle it imported.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferRequires } from '../scripts/defer-requires.ts';
import { ROOT, runStep, type RunOptions } from './harness/action-runner.ts';
import { GitFixture } from './harness/git-fixture.ts';
import { ScenarioServer } from './harness/http-scenarios.ts';
import { SshHost, freePort } from './harness/ssh-host.ts';

const dir = mkdtempSync(join(tmpdir(), 'dg-cold-start-'));
const preload = join(dir, 'record-loads.cjs');
writeFileSync(preload, `
const { registerHooks } = require('node:module');
const { writeFileSync } = require('node:fs');
const files = [];
registerHooks({ load(url, context, nextLoad) { files.push(url); return nextLoad(url, context); } });
process.on('exit', () => writeFileSync(process.env.RECORD_LOADS, JSON.stringify({
  builtins: process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length)),
  files: files.filter((url) => url.startsWith('file:')).map((url) => new URL(url).pathname),
})));
`);

interface Loads {
  builtins: string[];
  /** The bundle's files the process imported (index.js, then its chunks). */
  bundle: string[];
}

let runs = 0;
async function loadsOf(action: string, options: RunOptions): Promise<{ loads: Loads; stdout: string; outputs: Record<string, string> }> {
  const record = join(dir, `loads-${runs++}.json`);
  const step = await runStep(action, 'main', { ...options, env: { ...options.env, NODE_OPTIONS: `--require ${preload}`, RECORD_LOADS: record } });
  const { builtins, files } = JSON.parse(readFileSync(record, 'utf8')) as { builtins: string[]; files: string[] };
  return { loads: { builtins, bundle: files.filter((file) => file.startsWith(join(ROOT, 'dist', action) + '/')).map((file) => basename(file)) }, stdout: step.stdout, outputs: step.outputs };
}

const YAML_PARSER = 'class YAMLParseError';
/** semver's own error for a version it cannot read. */
const SEMVER = 'Invalid Version: ';
const SSH2_KEY_PARSER = 'function parseKey(data, passphrase)';
const SSH2_CLIENT = 'class Client extends EventEmitter';
const holds = (action: string, file: string, marker: string) => readFileSync(join(ROOT, 'dist', action, file), 'utf8').includes(marker);
const holdsYaml = (action: string, file: string) => holds(action, file, YAML_PARSER);

describe('cold start: what the bundles load before the first request', () => {
  const server = new ScenarioServer((_req, res) => res.end('ok'));
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('deploy-canary probing an http:// URL that answers uncompressed loads neither HTTP/2 nor TLS, nor zlib, nor the YAML parser', async () => {
    const { loads, outputs } = await loadsOf('deploy-canary', { inputs: { urls: `${server.url}/`, successes: '1', interval: '100ms', timeout: '2s', window: '5s' } });
    expect(outputs.result).toBe('healthy');
    // zlib only for a compressed answer; fs/promises (with readline) was @actions/core's summary writer.
    expect(loads.builtins.filter((name) => ['http2', 'tls', 'https', 'zlib', 'internal/fs/promises', 'internal/readline/interface'].includes(name))).toEqual([]);
    expect(loads.bundle).toEqual(['index.js']);
    expect(holdsYaml('deploy-canary', 'index.js')).toBe(false);
  });

  it('deploy-canary loads the YAML parser when a checks input needs it', async () => {
    const { loads, outputs } = await loadsOf('deploy-canary', { inputs: { checks: `- {name: home, url: '${server.url}/', expect-body: ok}`, successes: '1', interval: '100ms', timeout: '2s', window: '5s' } });
    expect(outputs.result).toBe('healthy');
    expect(loads.bundle.filter((file) => holdsYaml('deploy-canary', file))).toHaveLength(1);
  });

  it('host-canary loads no TLS, no YAML parser and no SSH client before a TCP connection opens (a closed port needs only the key parser)', async () => {
    const host = new SshHost(); // its keys only: nothing listens on the port
    try {
      const { loads, stdout } = await loadsOf('host-canary', { inputs: host.inputs({ port: String(await freePort()) }) });
      expect(stdout).toMatch(/unreachable/);
      // The key is parsed before connecting (ssh2's key parser, its own chunk); the SSH client
      // is loaded once a TCP connection is open, so a closed port is a verdict without it.
      expect(loads.bundle.filter((file) => holds('host-canary', file, SSH2_KEY_PARSER))).toHaveLength(1);
      expect(loads.bundle.filter((file) => holds('host-canary', file, SSH2_CLIENT))).toEqual([]);
      expect(readdirSync(join(ROOT, 'dist', 'host-canary')).filter((file) => file.endsWith('.js') && holds('host-canary', file, SSH2_CLIENT))).toHaveLength(1); // the marker still names it
      // node:http words a failed GitHub answer; a host check with no sink needs it for nothing.
      expect(loads.builtins.filter((name) => ['http', 'http2', 'tls', 'https'].includes(name))).toEqual([]);
      expect(loads.bundle.filter((file) => holdsYaml('host-canary', file))).toEqual([]);
    } finally {
      await host.dispose();
    }
  });

  it('untracked-files loads the YAML parser only for a tracked pnpm-workspace.yaml, and then resolves through it', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/a.ts': "import { b } from './b';\nexport const a = b;\n", 'src/b.ts': 'export const b = 1;\n' });
    const plain = await loadsOf('untracked-files', { cwd: repo.dir });
    expect(plain.outputs.violations).toBe('0');
    expect(plain.loads.bundle.filter((file) => holdsYaml('untracked-files', file))).toEqual([]);
    repo.commit('workspace', {
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'packages/lib/package.json': JSON.stringify({ name: '@w/lib', main: 'index.js' }),
      'packages/lib/index.js': 'export const lib = 1;\n',
      'src/c.ts': "import { lib } from '@w/lib/missing.js';\nexport const c = lib;\n",
    });
    const workspace = await loadsOf('untracked-files', { cwd: repo.dir });
    expect(workspace.loads.bundle.filter((file) => holdsYaml('untracked-files', file))).toHaveLength(1);
    expect(JSON.parse(workspace.outputs['untracked-imports']!)).toEqual([expect.objectContaining({ file: 'src/c.ts', state: 'missing', resolved: 'packages/lib/missing.js' })]);
  });

  it('untracked-files loads semver only for a repository with more than one package.json, and then judges ranges with it', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'package.json': JSON.stringify({ name: 'app' }), 'src/a.ts': "import { b } from './b';\nexport const a = b;\n", 'src/b.ts': 'export const b = 1;\n' });
    const single = await loadsOf('untracked-files', { cwd: repo.dir });
    expect(single.outputs.violations).toBe('0');
    expect(single.loads.bundle.filter((file) => holds('untracked-files', file, SEMVER))).toEqual([]);
    // A workspace app named like the npm package the other workspace declares by a range it cannot satisfy.
    repo.commit('workspace', {
      'package.json': JSON.stringify({ name: 'app', workspaces: ['apps/*'] }),
      'apps/storybook/package.json': JSON.stringify({ name: 'storybook', version: '0.0.0' }),
      'apps/web/package.json': JSON.stringify({ name: 'web', devDependencies: { storybook: '^10.0.0', docs: '*' } }),
      'apps/docs/package.json': JSON.stringify({ name: 'docs', version: '1.0.0' }),
      'apps/web/button.stories.ts': "import { fn } from 'storybook/test';\nimport { page } from 'docs/missing.js';\nexport const all = [fn, page];\n",
    });
    const workspace = await loadsOf('untracked-files', { cwd: repo.dir });
    expect(workspace.loads.bundle.filter((file) => holds('untracked-files', file, SEMVER))).toHaveLength(1);
    expect(JSON.parse(workspace.outputs['untracked-imports']!)).toEqual([expect.objectContaining({ file: 'apps/web/button.stories.ts', specifier: 'docs/missing.js', state: 'missing', resolved: 'apps/docs/missing.js' })]);
  });

  it('deploy-start and clean-clone-build load no HTTP module: they make no request without a sink', async () => {
    const repo = new GitFixture();
    repo.commit('one', { 'a.txt': '1\n' });
    for (const [action, options] of [['deploy-start', {}], ['clean-clone-build', { cwd: repo.dir, inputs: { install: 'none', build: 'true' } }]] as const) {
      const { loads } = await loadsOf(action, options);
      expect(loads.builtins.filter((name) => ['http', 'http2', 'https', 'tls'].includes(name)), action).toEqual([]);
    }
  });

  it('holds no YAML parser in the bundles of actions that read no YAML', () => {
    for (const action of ['clean-clone-build', 'commit-count', 'deploy-start', 'deploy-watchdog']) expect(holdsYaml(action, 'index.js'), action).toBe(false);
  });

  it('clean-clone-build starts git three times for a clean copy: one rev-parse (root, object store, commit) and, beside it, init; then checkout', async () => {
    const repo = new GitFixture();
    repo.commit('one', { 'a.txt': '1\n' });
    const shim = mkdtempSync(join(dir, 'bin-'));
    const log = join(shim, 'git.log');
    const git = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${git}' "$@"\n`);
    chmodSync(join(shim, 'git'), 0o755);
    const step = await runStep('clean-clone-build', 'main', { cwd: repo.dir, inputs: { install: 'none', build: 'true' }, env: { PATH: `${shim}:${process.env.PATH}` } });
    expect(step.outputs.result).toBe('success');
    // The subcommand: the first lower-case word (not -C, a path, or a -c name=value).
    const commands = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split(' ').find((word) => /^[a-z][a-z-]*$/.test(word)));
    expect(commands.slice(0, 2).sort()).toEqual(['init', 'rev-parse']); // at once: their order is the scheduler's
    expect(commands.slice(2)).toEqual(['checkout']);
  });

  it('makes the bundle rewrite fail loudly when a library no longer has the code it defers', () => {
    expect(deferRequires('const connectH2 = __webpack_require__(8788)\n', 'x.js')).toBe('const connectH2 = (client, socket) => __webpack_require__(8788)(client, socket)\n');
    expect(() => deferRequires("const connectH2 = require('./client-h2.js')\n", 'x.js')).toThrow(/x\.js: undici .* no longer matches/);
    expect(() => deferRequires('const { SSHTTPAgent: HTTPAgent, SSHTTPSAgent: HTTPSAgent, } = require(1);\n', 'y.js')).toThrow(/y\.js: ssh2 .* no longer matches/);
    expect(deferRequires('plain code\n', 'z.js')).toBe('plain code\n');
  });
});
