import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerfileNames, scanBuildContext, scanText } from '../src/compose/source-scan.ts';
import { composeProject } from './harness/compose-project.ts';
import { GitFixture } from './harness/git-fixture.ts';

/** NAME (required), NAME~ (unguarded: no fallback, use not followed), NAME? (optional). */
const reads = (text: string, language: Parameters<typeof scanText>[1] = 'js') =>
  scanText(text, language, 'f').map((read) => `${read.name}${read.strength === 'optional' ? '?' : read.strength === 'unguarded' ? '~' : ''}${read.phase === 'build' ? '@build' : ''}`);

describe('environment reads in source', () => {
  it.each([
    ['process.env.DATABASE_URL', ['DATABASE_URL~']],
    ["process.env['API_KEY']", ['API_KEY~']],
    ['process.env["API_KEY"]', ['API_KEY~']],
    ['process.env[`API_KEY`]', ['API_KEY~']],
    ["const port = process.env.PORT ?? '3000'", ['PORT?']],
    ["const host = process.env.HOST || 'localhost'", ['HOST?']],
    ['const { A, B = "x", C: renamed } = process.env', ['A~', 'B?', 'C~']],
    ['const { A, C: renamed } = process.env;\nfetch(`${A}/${renamed}`)', ['A', 'C']],
    ['import.meta.env.VITE_API_URL; import.meta.env.MODE', ['VITE_API_URL~@build']],
    ["import { env } from '$env/dynamic/private';\nfetch(env.MANA_STT_URL); env['TOKEN']; env.OPT ?? 1", ['MANA_STT_URL~', 'TOKEN~', 'OPT?']],
    ["import { env } from '$env/dynamic/private';\nfetch(`${env.MANA_STT_URL}/v1`)", ['MANA_STT_URL']],
    ["import { env as priv } from '$env/dynamic/private';\npriv.SECRET_A; myenv.NOT_THIS", ['SECRET_A~']],
    ["import { env } from '$env/dynamic/private';\nconst { MANA_STT_URL, TIMEOUT = '5s' } = env;\nconst { NOT_ENV } = myenv;", ['MANA_STT_URL~', 'TIMEOUT?']],
    ["import { env } from '$env/dynamic/public';\nenv.PUBLIC_SITE", ['PUBLIC_SITE~']],
    ["import { STRIPE_KEY, DB_URL as url } from '$env/static/private';", ['STRIPE_KEY@build', 'DB_URL@build']],
    ['somethingElse.env.X; processXenv.Y', []],
  ])('js: %s', (text, expected) => {
    expect(reads(text)).toEqual(expected);
  });

  it.each([
    ["os.environ['DATABASE_URL']", ['DATABASE_URL']],
    ['os.environ.get("A")', ['A~']],
    ['os.environ.get("A", "x")', ['A?']],
    ["os.getenv('B')", ['B~']],
    ["os.getenv('B') or 'x'", ['B?']],
    ["os.getenv('B', 'd')", ['B?']],
  ])('python: %s', (text, expected) => {
    expect(reads(text, 'py')).toEqual(expected);
  });

  it.each([
    ['System.get_env("A")', ['A~']],
    ['System.get_env("A", "x")', ['A?']],
    ['System.fetch_env!("B")', ['B']],
  ])('elixir: %s', (text, expected) => {
    expect(reads(text, 'ex')).toEqual(expected);
  });

  it.each([
    ["ENV['A']", ['A~']],
    ['ENV["A"] || "x"', ['A?']],
    ["ENV.fetch('B')", ['B']],
    ["ENV.fetch('B', 'x')", ['B?']],
    ["ENV.fetch('B') { 'x' }", ['B?']],
  ])('ruby: %s', (text, expected) => {
    expect(reads(text, 'rb')).toEqual(expected);
  });

  it('go: os.Getenv returns "" (use not followed), os.LookupEnv is optional', () => {
    expect(reads('os.Getenv("A"); v, ok := os.LookupEnv("B")', 'go')).toEqual(['A~', 'B?']);
  });

  it('gives the line of each read', () => {
    expect(scanText('a\nb\n  process.env.X\n\nprocess.env.Y', 'js', 'f').map((read) => read.line)).toEqual([3, 5]);
  });

  it('reads Dockerfile ENV and ARG names, not values', () => {
    expect(dockerfileNames('FROM x\nENV NODE_ENV=production PORT=3000\nENV LEGACY value with words\nARG VERSION\nARG COMMIT=abc \\\n  OTHER=1\n')).toEqual({ dockerfileEnv: ['NODE_ENV', 'PORT', 'LEGACY'], dockerfileArgs: ['VERSION', 'COMMIT', 'OTHER'], fromArgs: [] });
  });

  it('names the global ARGs without a default that a FROM uses', () => {
    expect(dockerfileNames('ARG BASE\nARG TAG=1\nARG LATER\nFROM ${BASE}:${TAG} AS build\nARG LATER2\nFROM $LATER\nFROM ${NOT_AN_ARG}\nFROM ${BASE:-x}\n').fromArgs).toEqual(['BASE', 'LATER']);
  });
});

describe('scanning a build context', () => {
  it('outside a git repository: skips node_modules, .git and gitignored paths; honours negation; skips big files', async () => {
    const dir = composeProject({
      'src/app.ts': 'process.env.APP',
      'src/view.svelte': '<script>const x = import.meta.env.VITE_VIEW</script>',
      'server.py': "os.getenv('PY_VAR')",
      'node_modules/lib/index.js': 'process.env.LIB',
      '.git/hooks/x.js': 'process.env.GIT',
      '.gitignore': 'generated/\n*.gen.ts\n/out\n!keep.gen.ts\n',
      'generated/a.ts': 'process.env.GENERATED',
      'src/b.gen.ts': 'process.env.GEN_FILE',
      'src/keep.gen.ts': 'process.env.KEPT',
      'out/x.ts': 'process.env.OUT',
      'nested/out/y.ts': 'process.env.NESTED_OUT',
      'nested/.gitignore': 'local-only.ts\n',
      'nested/local-only.ts': 'process.env.LOCAL_ONLY',
      'README.md': 'process.env.DOCS',
      'Dockerfile': 'FROM x\nENV FROM_IMAGE=1\n',
    });
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big/huge.js'), `process.env.HUGE;${' '.repeat(2 * 1024 * 1024)}`);
    const result = await scanBuildContext(dir, { workingDirectory: dir });
    expect(result.reads.map((read) => read.name).sort()).toEqual(['APP', 'KEPT', 'NESTED_OUT', 'PY_VAR', 'VITE_VIEW']);
    expect(result.reads.find((read) => read.name === 'APP')!.file).toBe('src/app.ts');
    expect(result.dockerfileEnv).toEqual(['FROM_IMAGE']);
  });

  it('stops at the file limit and says so', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.js`] = `process.env.V${i}`;
    const result = await scanBuildContext(composeProject(files), { workingDirectory: '/', maxFiles: 10 });
    expect(result.truncated).toBe(true);
    expect(result.reads.length).toBe(10);
  });

  it('inside a git repository: git decides (a .gitignore above the context, .git/info/exclude, nested rules)', async () => {
    const repo = new GitFixture();
    repo.commit('app', {
      '.gitignore': 'generated/\n*.local.ts\n',
      'app/src/tracked.ts': 'process.env.TRACKED',
      'app/generated/client.ts': 'process.env.GENERATED_ABOVE',
      'app/nested/.gitignore': 'only-here.ts\n',
      'app/nested/only-here.ts': 'process.env.NESTED_RULE',
      'app/Dockerfile': 'FROM x\nENV FROM_IMAGE=1\n',
    });
    repo.write('app/src/untracked.ts', 'process.env.UNTRACKED');
    repo.write('app/src/secret.local.ts', 'process.env.LOCAL_FILE');
    repo.write('app/scratch/notes.ts', 'process.env.EXCLUDED');
    repo.write('app/node_modules/lib/index.js', 'process.env.LIB');
    writeFileSync(join(repo.dir, '.git/info/exclude'), 'scratch/\n');
    // git lists symlinks too; the scan does not follow them (nor did the walk).
    repo.write('outside/secret.ts', 'process.env.OUTSIDE');
    symlinkSync(join(repo.dir, 'outside/secret.ts'), join(repo.dir, 'app/src/link.ts'));
    // A file git tracks despite an ignore rule is scanned (it is part of the checkout).
    repo.write('app/generated/forced.ts', 'process.env.FORCED');
    repo.git('add', '-f', 'app/generated/forced.ts');
    const context = join(repo.dir, 'app');
    const result = await scanBuildContext(context, { workingDirectory: repo.dir });
    expect(result.reads.map((read) => read.name).sort()).toEqual(['FORCED', 'TRACKED', 'UNTRACKED']);
    expect(result.reads.find((read) => read.name === 'TRACKED')!.file).toBe('app/src/tracked.ts');
    expect(result.filesScanned).toBe(3);
    expect(result.dockerfileEnv).toEqual(['FROM_IMAGE']);
  });

  it('a context that git ignores as a whole is still scanned', async () => {
    const repo = new GitFixture();
    repo.commit('root', { '.gitignore': 'vendored-app/\n' });
    repo.write('vendored-app/index.js', 'process.env.INSIDE');
    const result = await scanBuildContext(join(repo.dir, 'vendored-app'), { workingDirectory: repo.dir });
    expect(result.reads.map((read) => read.name)).toEqual(['INSIDE']);
  });

  it('reads the Dockerfile it is given', async () => {
    const dir = composeProject({ 'Dockerfile': 'FROM x\nENV DEFAULT_ONE=1\n', 'docker/worker.Dockerfile': 'FROM x\nARG BUILD_ONLY\nENV WORKER_ONE=1\n' });
    const result = await scanBuildContext(dir, { workingDirectory: dir, dockerfile: join(dir, 'docker/worker.Dockerfile') });
    expect(result).toMatchObject({ dockerfileEnv: ['WORKER_ONE'], dockerfileArgs: ['BUILD_ONLY'] });
  });
});
