// Property test: commit messages, author names, file names, import specifiers and served
// bodies made of random bytes 0–255, laced with line breaks, white space and command
// fragments, go through the bundled actions and the CLI. Whatever they hold, no stdout or
// stderr line starts a workflow command the action did not write, and commit-count's
// count and per-commit facts equal git's own. A failure names its seed: replay it with
// DG_PROPERTY_SEED=<seed>.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, printed, runStep } from '../harness/action-runner.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { ScenarioServer } from '../harness/http-scenarios.ts';
import { mulberry32 as random } from '../harness/random.ts';
import { randomBytes, rawCommit, revListCount } from './hostile-repo.ts';
import { expectNoForgedCommands } from './runner-log.ts';

const NONCE = 'pwnprop';
const FRAGMENTS = [
  '\n', '\r', '\r\n', '\u2028', '\u0085', ' ', '\t', '\u00a0', '\u3000', '\v', '\f', '::', '##[', '%0A', '%25', '\x1e', '\x1f', '\0', '\x1b[2K',
  `::add-mask::${NONCE}`, `::error title=${NONCE}::forged`, `##[add-mask]${NONCE}`, `##[error title=${NONCE}]x`, `::stop-commands::${NONCE}`, `::set-output name=a::${NONCE}`,
  '[skip ci]', '[click](https://evil.example)', '<img src=x>', '`', '|',
];
const SEEDS = process.env.DG_PROPERTY_SEED ? [Number(process.env.DG_PROPERTY_SEED)] : [1, 2, 3, Date.now() % 1_000_000];

/** Random bytes with fragments spliced in: most runs carry several would-be commands. */
function hostile(next: () => number, maxLength: number, { exclude = [] as number[] } = {}): Buffer {
  const parts: Buffer[] = [];
  let length = 0;
  const target = Math.floor(next() * maxLength);
  while (length < target) {
    const part = next() < 0.5 ? Buffer.from(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!) : randomBytes(next, 1 + Math.floor(next() * 12));
    parts.push(part);
    length += part.length;
  }
  const bytes = Buffer.concat(parts).subarray(0, maxLength);
  return Buffer.from(bytes.filter((byte) => !exclude.includes(byte)));
}

function cli(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true' } });
}

function expectClean(output: { stdout: string; stderr: string }, context: string): void {
  expectNoForgedCommands(output.stdout, NONCE, `${context} stdout`);
  expectNoForgedCommands(output.stderr, NONCE, `${context} stderr`);
}

describe.each(SEEDS)('random hostile bytes, seed %i', (seed) => {
  it('commit-count: messages, author names and file names', async () => {
    const next = random(seed);
    const repo = new GitFixture();
    const base = repo.commit('base');
    const slash = '/'.charCodeAt(0);
    for (let i = 0; i < 12; i++) {
      // A file name is any bytes but '/' and NUL, at most 255 of them; an author name holds no '<', '>' or newline.
      const name = hostile(next, 60, { exclude: [0, slash] });
      const file = Buffer.concat([Buffer.from(`${i}-`), name]);
      mkdirSync(join(repo.dir, 'f'), { recursive: true });
      writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/f/`), file]), 'x');
      rawCommit(repo, hostile(next, 400), { author: `A${hostile(next, 30, { exclude: [0, 10, 60, 62] }).toString('latin1')}` });
    }
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base, 'watch-paths': '**' } });
    expect(step.exitCode, `seed ${seed}\n${printed(step)}`).toBe(0);
    expectClean(step, `seed ${seed} commit-count action`);
    expect(Number(step.outputs.count), `seed ${seed}`).toBe(revListCount(repo, `${base}..HEAD`));
    const commits = JSON.parse(step.outputs.commits!) as { sha: string; subject: string; author: string; watched: string[] }[];
    const shas = repo.git('rev-list', `${base}..HEAD`).split('\n');
    expect(commits.map((commit) => commit.sha), `seed ${seed}`).toEqual(shas);
    for (const commit of commits) {
      const git = (format: string) => execFileSync('git', ['-C', repo.dir, 'log', '-1', `--format=${format}`, commit.sha]).toString('utf8').replace(/\n$/, '');
      const files = execFileSync('git', ['-C', repo.dir, 'diff-tree', '-r', '-z', '--no-commit-id', '--name-only', '--no-renames', '--root', commit.sha]).toString('utf8').split('\0').filter(Boolean);
      expect({ subject: commit.subject, author: commit.author, watched: commit.watched }, `seed ${seed} ${commit.sha}`).toEqual({ subject: git('%s'), author: git('%an'), watched: files });
    }
    const result = cli(repo.dir, ['commit-count', '--base', base]);
    expect(result.status, `seed ${seed} ${result.stderr}`).toBe(0);
    expectClean(result, `seed ${seed} commit-count CLI`);
    expect(result.stdout).toContain(`commit-count: ${shas.length} commits in`);
  });

  it('untracked-files: file names and import specifiers', async () => {
    const next = random(seed + 1000);
    const repo = new GitFixture();
    const lines: string[] = [];
    for (let i = 0; i < 10; i++) {
      // Specifiers are read from string literals: random code points, escaped as JavaScript would write them.
      // Any byte, NUL included: a specifier is text the pull request wrote.
      const text = hostile(next, 80).toString('utf8');
      const literal = [...text].map((char) => (/[\w./-]/.test(char) ? char : `\\u{${char.codePointAt(0)!.toString(16)}}`)).join('');
      lines.push(`import a${i} from './m${i}${literal}';`);
    }
    repo.commit('init', { 'src/index.ts': `${lines.join('\n')}\n` });
    for (let i = 0; i < 8; i++) {
      const name = Buffer.concat([Buffer.from(`${repo.dir}/src/n${i}`), hostile(next, 40, { exclude: [0, '/'.charCodeAt(0)] }), Buffer.from('.ts')]);
      writeFileSync(name, 'export {};\n');
    }
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode, `seed ${seed}\n${printed(step)}`).toBe(1);
    expectClean(step, `seed ${seed} untracked-files action`);
    const result = cli(repo.dir, ['untracked-files']);
    expect(result.status, `seed ${seed} ${result.stderr}`).toBe(1);
    expectClean(result, `seed ${seed} untracked-files CLI`);
  });

  describe('deploy-canary: served bodies', () => {
    let server: ScenarioServer;
    afterAll(() => server?.stop());
    it('round lines quote the body without running it', async () => {
      const next = random(seed + 2000);
      const bodies = Array.from({ length: 8 }, () => hostile(next, 300));
      server = await new ScenarioServer((req, res, hit) => res.end(req.url === '/version' ? bodies[(hit - 1) % bodies.length] : 'page')).start();
      const inputs = { urls: `${server.url}/`, 'version-url': `${server.url}/version`, 'expect-version': 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', interval: '100ms', window: '1200ms', successes: '1' };
      const step = await runStep('deploy-canary', 'main', { inputs });
      expect(step.outputs.result, `seed ${seed}\n${printed(step)}`).toBe('unhealthy');
      expectClean(step, `seed ${seed} deploy-canary action`);
      const result = cli(ROOT, ['deploy-canary', ...Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])]);
      expect(result.status).toBe(1);
      expectClean(result, `seed ${seed} deploy-canary CLI`);
    });
  });
});
