// `import.meta.env.X` is replaced by the bundler while building (Vite and every
// Vite-based framework): from the mode .env files of the build context and the build's
// own environment, never from the container's. And a read in a ternary branch that the
// same read tests is optional. Patterns from excalidraw (a Vite app served by nginx).
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { scanText } from '../src/compose/source-scan.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, extra));
const all = (result: Awaited<ReturnType<typeof check>>) => ({ errors: brief(result.missing), notices: brief(result.notices) });
/** NAME (required), NAME~ (unguarded), NAME? (optional). */
const reads = (text: string) => scanText(text, 'js', 'f').map((read) => `${read.name}${read.strength === 'optional' ? '?' : read.strength === 'unguarded' ? '~' : ''}`);

/** A Vite app built in one stage and served as static files by nginx (excalidraw's shape). */
const STATIC_SITE = 'FROM node:24 AS build\nWORKDIR /app\nCOPY . .\nRUN yarn && yarn build\nFROM nginx:stable-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n';
const COMPOSE = 'services:\n  web:\n    build:\n      context: .\n    ports:\n      - "3000:80"\n    environment:\n      - NODE_ENV=development\n';
const APP = [
  'const get = `${import.meta.env.VITE_APP_BACKEND_GET_URL}/scene`;',
  'fetch(import.meta.env.VITE_APP_AI_BACKEND + "/v1");',
  'export const url = import.meta.env.VITE_APP_LIBRARY_URL.trim();',
].join('\n');

describe('import.meta.env reads are inlined while building, never read from the container (excalidraw)', () => {
  it('given by the mode .env files of the build context: no finding, and a note says how they were judged', async () => {
    const dir = composeProject({
      'compose.yaml': COMPOSE,
      Dockerfile: STATIC_SITE,
      '.env.production': 'VITE_APP_BACKEND_GET_URL=https://json.example/api/v2/\nVITE_APP_AI_BACKEND=https://ai.example\n',
      '.env': 'VITE_APP_LIBRARY_URL=https://libraries.example\n',
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: [] });
    const note = result.notes.find((line) => line.includes('import.meta.env'));
    expect(note).toContain('3 names');
    expect(note).toContain('.env.production');
    expect(note).toContain('never from the container');
  });

  it('set nowhere the build sees: a notice naming the build, never a container error', async () => {
    const dir = composeProject({
      'compose.yaml': COMPOSE,
      Dockerfile: STATIC_SITE,
      '.env.production': 'VITE_APP_AI_BACKEND=https://ai.example\n',
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: ['web/VITE_APP_BACKEND_GET_URL/not-passed', 'web/VITE_APP_LIBRARY_URL/not-passed'] });
    expect(result.notices[0]!.hint).toContain('while building');
    expect(result.notices[0]!.hint).toContain('.env.production');
    expect(result.notes.find((line) => line.includes('import.meta.env'))).toContain('2 not set where the build sees them: VITE_APP_BACKEND_GET_URL, VITE_APP_LIBRARY_URL');
  });

  it('a mode file the .dockerignore leaves out does not reach the build; a build arg or Dockerfile ENV does', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        - VITE_APP_AI_BACKEND=https://ai.example\n',
      Dockerfile: `FROM node:24 AS build\nENV VITE_APP_LIBRARY_URL=https://libraries.example\n${STATIC_SITE.slice(STATIC_SITE.indexOf('WORKDIR'))}`,
      '.dockerignore': '.env.production\n',
      '.env.production': 'VITE_APP_BACKEND_GET_URL=https://json.example/api/v2/\n',
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: ['web/VITE_APP_BACKEND_GET_URL/not-passed'] });
  });

  it("the container's environment does not give an inlined read, nor does an interpolation into it make one an error", async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build: .\n    environment:\n      VITE_APP_AI_BACKEND: ${VITE_APP_AI_BACKEND}\n      VITE_APP_LIBRARY_URL: https://libraries.example\n',
      Dockerfile: STATIC_SITE,
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(result.missing).toEqual([]);
    expect(brief(result.notices)).toEqual(['web/VITE_APP_AI_BACKEND/not-passed', 'web/VITE_APP_AI_BACKEND/unset', 'web/VITE_APP_BACKEND_GET_URL/not-passed', 'web/VITE_APP_LIBRARY_URL/not-passed']);
  });

  it('a Fly app: judged against the build too, never the Machines (fly.toml [env] does not reach the bundle)', async () => {
    const dir = composeProject({
      'fly.toml': "app = 'web'\n[env]\n  VITE_APP_LIBRARY_URL = 'https://libraries.example'\n",
      Dockerfile: STATIC_SITE,
      '.env.production': 'VITE_APP_BACKEND_GET_URL=https://json.example/api/v2/\n',
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: ['web/VITE_APP_AI_BACKEND/not-passed', 'web/VITE_APP_LIBRARY_URL/not-passed'] });
    expect(result.notices[1]!.hint).toContain("never from the Machines' environment");
  });

  it('a Fly app: a [build.args] name is given to the build, in its findings and in its note alike', async () => {
    const dir = composeProject({
      'fly.toml': "app = 'web'\n[build.args]\n  VITE_APP_LIBRARY_URL = 'https://libraries.example'\n  VITE_APP_AI_BACKEND = 'https://ai.example'\n",
      Dockerfile: STATIC_SITE,
      '.env.production': 'VITE_APP_BACKEND_GET_URL=https://json.example/api/v2/\n',
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: [] });
    expect(result.notes.filter((note) => note.includes('import.meta.env'))).toEqual([expect.not.stringContaining('not set where the build sees them')]);
  });

  it('a mode .env file that does not parse is named with its line and why', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      Dockerfile: STATIC_SITE,
      '.env.production': 'VITE_APP_AI_BACKEND="https://ai.example\n',
      'src/app.ts': 'fetch(import.meta.env.VITE_APP_AI_BACKEND + "/v1");\n',
    });
    const notes = (await check(dir)).notes.filter((note) => note.includes('.env.production:'));
    expect(notes).toEqual([expect.stringContaining('.env.production:1: unterminated double-quoted value for VITE_APP_AI_BACKEND; its keys are not known to the build check')]);
  });

  it("a test fixture's mode .env file is not the build's", async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      Dockerfile: STATIC_SITE,
      'test/fixtures/app/.env.production': 'VITE_APP_AI_BACKEND=https://ai.example\n',
      'src/app.ts': 'fetch(import.meta.env.VITE_APP_AI_BACKEND + "/v1");\n',
    });
    expect(all(await check(dir))).toEqual({ errors: [], notices: ['web/VITE_APP_AI_BACKEND/not-passed'] });
  });

  it('with import-meta-env in the bundler config the container fills import.meta.env at startup: a runtime need (hoppscotch)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      Dockerfile: 'FROM node:20\nCOPY . .\nRUN npm run build\nCMD ["sh", "-c", "npx import-meta-env -x .env.example && node server.js"]\n',
      'vite.config.ts': "import ImportMetaEnv from '@import-meta-env/unplugin';\nexport default { plugins: [ImportMetaEnv.vite({ example: '.env.example' })] };\n",
      '.env.production': 'VITE_APP_BACKEND_GET_URL=https://json.example/api/v2/\n',
      'src/app.ts': APP,
    });
    const result = await check(dir);
    expect(brief(result.missing)).toEqual(['web/VITE_APP_AI_BACKEND/not-passed', 'web/VITE_APP_BACKEND_GET_URL/not-passed', 'web/VITE_APP_LIBRARY_URL/not-passed']);
    expect(result.missing[0]!.hint).not.toContain('while building');
  });
});

describe('a read in a ternary branch that the same read tests is optional', () => {
  it.each([
    // excalidraw packages/excalidraw/fonts/ExcalidrawFontFace.ts
    ['`https://esm.sh/${\n  import.meta.env.PKG_NAME\n    ? `${import.meta.env.PKG_NAME}@${import.meta.env.PKG_VERSION}`\n    : "@excalidraw/excalidraw"\n}/dist/`', ['PKG_NAME?', 'PKG_NAME?', 'PKG_VERSION']],
    ['const u = process.env.API_URL ? `${process.env.API_URL}/v1` : "http://localhost";', ['API_URL?', 'API_URL?']],
    ["const p = process.env['PORT'] ? Number(process.env.PORT) : 3000;", ['PORT?', 'PORT?']],
    ['const t = process.env.TOKEN && `Bearer ${process.env.TOKEN}`;', ['TOKEN?', 'TOKEN?']],
    // Not guarded: another name is tested, the read is in the alternate branch, or the ternary ended.
    ['const u = process.env.A ? `${process.env.B}/v1` : "x";', ['A?', 'B']],
    ['const u = process.env.A ? "x" : `${process.env.A}/v1`;', ['A?', 'A']],
    ['const u = process.env.A ? 1 : 2;\nfetch(`${process.env.A}/v1`);', ['A?', 'A']],
  ])('%s', (text, expected) => {
    expect(reads(text).sort()).toEqual([...expected].sort());
  });

  it('the guarded PKG_NAME of a Vite build is no finding at all', async () => {
    const dir = composeProject({
      'compose.yaml': COMPOSE,
      Dockerfile: STATIC_SITE,
      'src/font.ts': 'export const URL = `https://esm.sh/${\n  import.meta.env.PKG_NAME\n    ? `${import.meta.env.PKG_NAME}@${import.meta.env.PKG_VERSION}`\n    : "@excalidraw/excalidraw"\n}/dist/prod/`;\n',
    });
    const result = await check(dir);
    expect(result.missing).toEqual([]);
    // PKG_VERSION: required in its branch, yet inlined while building: a notice at most.
    expect(brief(result.notices)).toEqual(['web/PKG_VERSION/not-passed']);
  });
});
