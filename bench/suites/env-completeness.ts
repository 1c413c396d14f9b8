import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../../src/compose/env-completeness.ts';
import { scanBuildContext } from '../../src/compose/source-scan.ts';
import { parseFlyConfig } from '../../src/fly/fly-config.ts';
import { Git } from '../../src/git/git.ts';
import { parse as parseToml } from 'smol-toml';
import { prepareStep } from '../../test/harness/action-runner.ts';
import { composeProject } from '../../test/harness/compose-project.ts';
import { ms, sideBySide, time, type BenchSuite } from '../measure.ts';

const CACHE = join(import.meta.dirname, '..', '..', '.bench-cache');
const COMPOSE_DIR = join(CACHE, 'env-completeness-compose');
const CONTEXT_DIR = join(CACHE, 'env-completeness-context-20000');
const FILES = 50;
const SERVICES = 20;
const CONTEXT_FILES = 20_000;
const SCRIPTS_DIR = join(CACHE, 'env-completeness-scripts-1000');
/** `  KEY_nnnnn = 'v'` lines: just under fly.toml's 1 MB cap. */
const FLY_KEYS = 55_000;

/** 50 compose files, each restating the same 20 services with more environment (an override stack). */
function composeFiles(): string[] {
  const names = Array.from({ length: FILES }, (_, i) => `compose.${String(i).padStart(2, '0')}.yaml`);
  if (!existsSync(join(COMPOSE_DIR, names.at(-1)!))) {
    mkdirSync(COMPOSE_DIR, { recursive: true });
    names.forEach((name, file) => {
      const lines = ['x-common: &common', '  LOG_LEVEL: ${LOG_LEVEL:-info}', 'services:'];
      for (let s = 0; s < SERVICES; s++) {
        lines.push(`  svc${s}:`, `    image: "registry.example/svc${s}:\${TAG_${s}:-latest}"`, '    environment:', '      <<: *common');
        for (let v = 0; v < 10; v++) lines.push(`      VAR_${file}_${v}: "\${VAR_${file}_${v}:-default-${v}}"`);
        lines.push(`      DATABASE_URL: \${DATABASE_URL:?set DATABASE_URL}`, `      SHARED_${s}: $SHARED_${s}`);
        if (file % 10 === 0) lines.push('    env_file:', '      - path: optional.env', '        required: false');
      }
      writeFileSync(join(COMPOSE_DIR, name), `${lines.join('\n')}\n`);
    });
  }
  return names;
}

/**
 * A 20,000-file build context: 200 folders of 100 TypeScript modules, 1 in 10 reading
 * the environment, in a git repository of its own (files staged) as a checkout would be.
 */
async function buildContext(): Promise<string[]> {
  const paths: string[] = [];
  for (let d = 0; d < CONTEXT_FILES / 100; d++) for (let f = 0; f < 100; f++) paths.push(join(CONTEXT_DIR, 'src', `feature-${d}`, `module-${f}.ts`));
  if (!existsSync(paths.at(-1)!)) {
    for (let d = 0; d < CONTEXT_FILES / 100; d++) {
      mkdirSync(join(CONTEXT_DIR, 'src', `feature-${d}`), { recursive: true });
      for (let f = 0; f < 100; f++) {
        const i = d * 100 + f;
        const body = [
          `import { helper${i % 37} } from '../shared/helpers';`,
          `export interface Model${i} { id: string; name: string; createdAt: Date; tags: string[] }`,
          ...Array.from({ length: 30 }, (_, k) => `export function compute${i}_${k}(input: Model${i}): number { return input.name.length * ${k} + input.tags.length; }`),
          i % 10 === 0 ? `export const endpoint = process.env.ENDPOINT_${i % 50} ?? 'http://localhost';\nexport const key = process.env['KEY_${i % 20}'];` : '',
        ];
        writeFileSync(join(CONTEXT_DIR, 'src', `feature-${d}`, `module-${f}.ts`), `${body.join('\n')}\n`);
      }
    }
    writeFileSync(join(CONTEXT_DIR, '.gitignore'), 'node_modules/\ndist/\n');
  }
  if (!existsSync(join(CONTEXT_DIR, '.git'))) {
    const git = new Git(CONTEXT_DIR);
    await git.output(['init', '-q']);
    await git.output(['add', '-A']);
  }
  return paths;
}

/**
 * Two 1,000-file build contexts, 100 TypeScript modules and 900 images of 128 KB each in
 * git repositories of their own: one also holds a `#!` script that nothing names, so the
 * scan searches the context for its name.
 */
async function scriptContexts(): Promise<{ plain: string; scripted: string }> {
  const plain = join(SCRIPTS_DIR, 'plain');
  const scripted = join(SCRIPTS_DIR, 'scripted');
  for (const dir of [plain, scripted]) {
    if (existsSync(join(dir, '.git'))) continue;
    const image = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(128 * 1024 - 12, 0x41)]);
    for (let i = 0; i < 100; i++) {
      mkdirSync(join(dir, 'src', `d${i % 10}`), { recursive: true });
      writeFileSync(join(dir, 'src', `d${i % 10}`, `m${i}.ts`), `${`export const x${i} = ${i};\n`.repeat(100)}${i % 10 === 0 ? `export const e = process.env.E_${i} ?? '';\n` : ''}`);
    }
    for (let i = 0; i < 900; i++) {
      mkdirSync(join(dir, 'public', `i${i % 10}`), { recursive: true });
      writeFileSync(join(dir, 'public', `i${i % 10}`, `p${i}.png`), image);
    }
    if (dir === scripted) {
      mkdirSync(join(dir, 'bin'), { recursive: true });
      writeFileSync(join(dir, 'bin', 'backfill.js'), '#!/usr/bin/env node\nconst token = process.env.BACKFILL_TOKEN.trim();\n');
    }
    const git = new Git(dir);
    await git.output(['init', '-q']);
    await git.output(['add', '-A']);
  }
  return { plain, scripted };
}

export const suite: BenchSuite = {
  name: 'env-completeness',
  async coldStart() {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: "app:${TAG:-1}"\n    environment: [A=1]\n' });
    return { action: 'env-completeness', step: prepareStep('env-completeness', 'main', { cwd: dir }) };
  },
  async run() {
    const files = composeFiles();
    const options: EnvCompletenessOptions = {
      workingDirectory: COMPOSE_DIR, composeFiles: files, envFiles: [], exampleFile: 'none', required: { '*': ['DATABASE_URL'] }, scanSources: false,
      services: [], profiles: [], provided: ['DATABASE_URL'], ignore: [], environment: '', repository: 'acme/shop', stepEnv: { TAG_1: '2' },
    };
    const result = await checkEnvCompleteness(options);
    // Each service's `SHARED_n: $SHARED_n` is an environment value nothing provides and nothing needs: a notice.
    if (result.services.length !== SERVICES || result.notices.length !== SERVICES) throw new Error(`bench fixture misread: ${result.services.length} services, ${result.notices.length} notices`);
    const engine = await time(() => checkEnvCompleteness(options), 9);

    const paths = await buildContext();
    const scan = await scanBuildContext(CONTEXT_DIR, { workingDirectory: CONTEXT_DIR });
    if (scan.filesScanned !== CONTEXT_FILES) throw new Error(`bench context misread: ${scan.filesScanned} files`);
    if (readdirSync(join(CONTEXT_DIR, 'src')).length !== CONTEXT_FILES / 100) throw new Error('bench context incomplete');
    const measured = await sideBySide(
      async () => scanBuildContext(CONTEXT_DIR, { workingDirectory: CONTEXT_DIR }),
      async () => {
        let bytes = 0;
        for (const path of paths) bytes += readFileSync(path).length;
        return bytes;
      },
      5,
    );
    // A pull request can write fly.toml: at the 1 MB cap, finding each key's line is one pass (a search per key took minutes here).
    const flyToml = `app = 'a'\n[env]\n${Array.from({ length: FLY_KEYS }, (_, i) => `  KEY_${i} = 'v'`).join('\n')}\n`;
    if (flyToml.length > 1024 * 1024 || parseFlyConfig(flyToml, 'fly.toml').env.size !== FLY_KEYS) throw new Error('bench fly.toml misbuilt');
    const fly = await sideBySide(async () => parseFlyConfig(flyToml, 'fly.toml'), async () => parseToml(flyToml), 5);

    // One `#!` script nothing names: the search for its name reads the context's text files, not its 900 images.
    const contexts = await scriptContexts();
    const scripted = await scanBuildContext(contexts.scripted, { workingDirectory: contexts.scripted });
    if (scripted.standaloneScripts.join() !== 'bin/backfill.js' || scripted.filesScanned !== 101) throw new Error('bench script context misread');
    const search = await sideBySide(
      async () => scanBuildContext(contexts.scripted, { workingDirectory: contexts.scripted }),
      async () => scanBuildContext(contexts.plain, { workingDirectory: contexts.plain }),
      7,
    );
    return [
      {
        label: `${FILES} compose files x ${SERVICES} services merged, interpolated and checked (engine)`,
        value: `median ${ms(engine)} over 9 runs`,
        target: '< 500 ms',
        ok: engine < 500,
      },
      {
        label: `source scan of a ${CONTEXT_FILES.toLocaleString('en')}-file build context (git lists the files) vs reading those files' bytes`,
        value: `${ms(measured.ours)} vs ${ms(measured.reference)}`,
        ratio: measured.ratio,
        target: '<= 2x',
        ok: measured.ratio <= 2,
      },
      {
        label: `fly.toml at the 1 MB cap (${FLY_KEYS.toLocaleString('en')} [env] keys) read with each key's line vs smol-toml's parse alone`,
        value: `${ms(fly.ours)} vs ${ms(fly.reference)}`,
        ratio: fly.ratio,
        // Linear passes of their own (key lines, the [env] names): a search per key was over 100x here.
        target: '<= 3x',
        ok: fly.ratio <= 3,
      },
      {
        label: 'source scan of a 1,000-file context (100 modules, 900 images) with one #! script nothing names vs the same context without it',
        value: `${ms(search.ours)} vs ${ms(search.reference)}`,
        ratio: search.ratio,
        target: '<= 1.5x',
        ok: search.ratio <= 1.5,
      },
    ];
  },
};
