import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerfileNames, scanBuildContext, scanText } from '../src/compose/source-scan.ts';
import { composeProject } from './harness/compose-project.ts';

const reads = (text: string, language: Parameters<typeof scanText>[1] = 'js') =>
  scanText(text, language, 'f').map((read) => `${read.name}${read.optional ? '?' : ''}${read.phase === 'build' ? '@build' : ''}`);

describe('environment reads in source', () => {
  it.each([
    ['process.env.DATABASE_URL', ['DATABASE_URL']],
    ["process.env['API_KEY']", ['API_KEY']],
    ['process.env["API_KEY"]', ['API_KEY']],
    ['process.env[`API_KEY`]', ['API_KEY']],
    ["const port = process.env.PORT ?? '3000'", ['PORT?']],
    ["const host = process.env.HOST || 'localhost'", ['HOST?']],
    ['const { A, B = "x", C: renamed } = process.env', ['A', 'B?', 'C']],
    ['import.meta.env.VITE_API_URL; import.meta.env.MODE', ['VITE_API_URL']],
    ["import { env } from '$env/dynamic/private';\nfetch(env.MANA_STT_URL); env['TOKEN']; env.OPT ?? 1", ['MANA_STT_URL', 'TOKEN', 'OPT?']],
    ["import { env as priv } from '$env/dynamic/private';\npriv.SECRET_A; myenv.NOT_THIS", ['SECRET_A']],
    ["import { env } from '$env/dynamic/private';\nconst { MANA_STT_URL, TIMEOUT = '5s' } = env;\nconst { NOT_ENV } = myenv;", ['MANA_STT_URL', 'TIMEOUT?']],
    ["import { env } from '$env/dynamic/public';\nenv.PUBLIC_SITE", ['PUBLIC_SITE']],
    ["import { STRIPE_KEY, DB_URL as url } from '$env/static/private';", ['STRIPE_KEY@build', 'DB_URL@build']],
    ['somethingElse.env.X; processXenv.Y', []],
  ])('js: %s', (text, expected) => {
    expect(reads(text)).toEqual(expected);
  });

  it.each([
    ["os.environ['DATABASE_URL']", ['DATABASE_URL']],
    ['os.environ.get("A")', ['A']],
    ['os.environ.get("A", "x")', ['A?']],
    ["os.getenv('B')", ['B']],
    ["os.getenv('B', 'd')", ['B?']],
  ])('python: %s', (text, expected) => {
    expect(reads(text, 'py')).toEqual(expected);
  });

  it.each([
    ['System.get_env("A")', ['A']],
    ['System.get_env("A", "x")', ['A?']],
    ['System.fetch_env!("B")', ['B']],
  ])('elixir: %s', (text, expected) => {
    expect(reads(text, 'ex')).toEqual(expected);
  });

  it.each([
    ["ENV['A']", ['A']],
    ['ENV["A"] || "x"', ['A?']],
    ["ENV.fetch('B')", ['B']],
    ["ENV.fetch('B', 'x')", ['B?']],
    ["ENV.fetch('B') { 'x' }", ['B?']],
  ])('ruby: %s', (text, expected) => {
    expect(reads(text, 'rb')).toEqual(expected);
  });

  it('go: os.Getenv needs, os.LookupEnv is optional', () => {
    expect(reads('os.Getenv("A"); v, ok := os.LookupEnv("B")', 'go')).toEqual(['A', 'B?']);
  });

  it('gives the line of each read', () => {
    expect(scanText('a\nb\n  process.env.X\n\nprocess.env.Y', 'js', 'f').map((read) => read.line)).toEqual([3, 5]);
  });

  it('reads Dockerfile ENV and ARG names, not values', () => {
    expect(dockerfileNames('FROM x\nENV NODE_ENV=production PORT=3000\nENV LEGACY value with words\nARG VERSION\nARG COMMIT=abc \\\n  OTHER=1\n')).toEqual({ dockerfileEnv: ['NODE_ENV', 'PORT', 'LEGACY'], dockerfileArgs: ['VERSION', 'COMMIT', 'OTHER'] });
  });
});

describe('scanning a build context', () => {
  it('skips node_modules, .git and gitignored paths; honours negation; skips big files', () => {
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
    const result = scanBuildContext(dir, { workingDirectory: dir });
    expect(result.reads.map((read) => read.name).sort()).toEqual(['APP', 'KEPT', 'NESTED_OUT', 'PY_VAR', 'VITE_VIEW']);
    expect(result.reads.find((read) => read.name === 'APP')!.file).toBe('src/app.ts');
    expect(result.dockerfileEnv).toEqual(['FROM_IMAGE']);
  });

  it('stops at the file limit and says so', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.js`] = `process.env.V${i}`;
    const result = scanBuildContext(composeProject(files), { workingDirectory: '/', maxFiles: 10 });
    expect(result.truncated).toBe(true);
    expect(result.reads.length).toBe(10);
  });
});
