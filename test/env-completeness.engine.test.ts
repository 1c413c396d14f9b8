import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { loadProject } from '../src/compose/project.ts';
import { ROOT } from './harness/action-runner.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, extra));
const load = (dir: string, files: string[], env: Record<string, string> = {}) =>
  loadProject({ files: files.map((file) => join(dir, file)), workingDirectory: dir, lookup: (name) => env[name] });
const envOf = (project: ReturnType<typeof load>, service: string) => Object.fromEntries([...project.services.get(service)!.environment].map(([key, entry]) => [key, entry.passThrough ? '(pass-through)' : entry.value]));

describe('the incident (compose base + override, .env.example, SvelteKit $env/dynamic/private)', () => {
  const incident = join(ROOT, 'test/fixtures/env-completeness/incident');
  const fixed = join(ROOT, 'test/fixtures/env-completeness/fixed');

  it('finds exactly MANA_STT_URL not passed (hint: defined for the legacy service), the empty key and the unset DATABASE_URL', async () => {
    const result = await check(incident);
    expect(result.missing).toEqual([
      { service: 'mana-web', variable: 'DATABASE_URL', reason: 'unset', services: ['mana-web'], severity: 'error', file: 'compose.yaml', line: 7, hint: expect.stringContaining('no default') },
      { service: 'mana-web', variable: 'MANA_STT_API_KEY', reason: 'empty-default', services: ['mana-web'], severity: 'error', file: 'compose.yaml', line: 8, hint: expect.stringContaining('empty value') },
      { service: 'mana-web', variable: 'MANA_STT_URL', reason: 'not-passed', services: ['mana-web'], severity: 'error', file: 'compose.yaml', line: 3, hint: expect.stringContaining('defined for mana-stt-legacy (compose.override.yaml:5) but not for mana-web') },
    ]);
    expect(result.missing[2]!.hint).toContain('apps/web/src/lib/server/stt.ts:6');
    expect(result.files).toEqual(['compose.yaml', 'compose.override.yaml']);
  });

  it('without source scanning, the example file still names what nothing provides (an error where a started service uses it)', async () => {
    const result = await check(incident, { scanSources: false });
    // DATABASE_URL: the example sets it and mana-web interpolates it without a default.
    expect(brief(result.missing)).toEqual(['mana-web/DATABASE_URL/unset']);
    expect(result.missing[0]!.hint).toContain('listed in .env.example:2');
    // MANA_STT_API_KEY: empty in the example, optional by its own word. MANA_STT_URL: a started service
    // (mana-stt-legacy) sets it itself; that mana-web reads it is only known from the scan (the test above).
    expect(result.notices).toEqual([expect.objectContaining({ service: '', variable: 'MANA_STT_API_KEY', reason: 'example-missing', file: '.env.example', line: 4 })]);
  });

  it('passes the fixed twin when the host provides the three names', async () => {
    const result = await check(fixed, { provided: ['DATABASE_URL', 'MANA_STT_URL', 'MANA_STT_API_KEY'] });
    expect(result.missing).toEqual([]);
    expect(result.services.map((s) => s.name)).toEqual(['mana-web']);
    expect(result.services[0]!.reads).toBeGreaterThanOrEqual(3);
  });

  it('the fixed twin without the secrets reports required-unset for each, never a value', async () => {
    const result = await check(fixed, { provided: ['MANA_STT_URL', 'MANA_STT_API_KEY'] });
    expect(brief(result.missing)).toEqual(['mana-web/DATABASE_URL/required-unset']);
  });
});

describe('reason codes', () => {
  it('unset: ${X} and $X without default (an error in image, a notice in an environment value nothing needs); a default makes it fine', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: "app:${TAG}"\n    environment:\n      A: $ALPHA\n      B: ${BETA:-fine}\n' });
    const result = await check(dir);
    expect(brief(result.missing)).toEqual(['web/TAG/unset']);
    expect(brief(result.notices)).toEqual(['web/ALPHA/unset']);
    expect(brief((await check(dir, { required: { web: ['A'] } })).missing)).toEqual(['web/ALPHA/unset', 'web/TAG/unset']);
    const provided = await check(dir, { stepEnv: { TAG: '1', ALPHA: 'x' } });
    expect([...provided.missing, ...provided.notices]).toEqual([]);
  });

  it('unset also when the value is empty (a deleted secret reaches the step as an empty string)', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: "app:${TAG}"\n    environment:\n      PASS:\n', '.env.example': 'PASS=p\nTAG=1\n' });
    const result = await check(dir, { stepEnv: { TAG: '', PASS: '' } });
    // PASS is also in the example file (with a value): a need; it is reported once, as unset.
    expect(brief(result.missing)).toEqual(['web/PASS/unset', 'web/TAG/unset']);
    expect(result.missing[1]!.hint).toContain('is set but empty');
    expect(brief((await check(dir, { stepEnv: { TAG: '2', PASS: 'p' } })).missing)).toEqual([]);
  });

  it('required-unset: :? for unset or empty, ? only for unset', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n    environment:\n      A: ${A:?set A}\n      B: ${B?set B}\n' });
    expect(brief((await check(dir)).missing)).toEqual(['web/A/required-unset', 'web/B/required-unset']);
    expect(brief((await check(dir, { stepEnv: { A: '', B: '' } })).missing)).toEqual(['web/A/required-unset']);
  });

  it('empty-default: ${X:-} feeding a variable the service needs; not when nothing needs it', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n    environment:\n      - KEY=${KEY:-}\n      - OPTIONAL=${OPTIONAL-}\n' });
    expect(brief((await check(dir, { required: { web: ['KEY'] } })).missing)).toEqual(['web/KEY/empty-default']);
    expect(brief((await check(dir)).missing)).toEqual([]);
    expect(brief((await check(dir, { required: { '*': ['KEY'] }, provided: ['KEY'] })).missing)).toEqual([]);
  });

  it('not-passed: needed (required input) but not in environment/env_file, hint names who defines it', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  api:\n    image: x\n    env_file: api.env\n  web:\n    image: y\n  worker:\n    image: z\n    environment: [QUEUE=q]\n',
      'api.env': 'DATABASE_URL=postgres://x\n',
    });
    const result = await check(dir, { required: { web: ['DATABASE_URL', 'QUEUE', 'NOBODY'] } });
    expect(brief(result.missing)).toEqual(['web/DATABASE_URL/not-passed', 'web/NOBODY/not-passed', 'web/QUEUE/not-passed']);
    expect(result.missing[0]).toMatchObject({ file: 'compose.yaml', line: 5 });
    expect(result.missing[0]!.hint).toContain('defined for api (api.env:1)');
    expect(result.missing[1]!.hint).toContain('no service defines it');
    expect(result.missing[2]!.hint).toContain('defined for worker (compose.yaml:9)');
  });

  it('example-missing: a notice for example keys nothing provides and no started service uses; optional-by-default keys and provided ones pass', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: x\n    environment:\n      LOG: ${LOG_LEVEL:-info}\n',
      '.env.example': '# keys\nSENTRY_DSN=\nLOG_LEVEL=debug\nSMTP_HOST=\n',
    });
    const result = await check(dir, { provided: ['SMTP_HOST'] });
    expect(result.missing).toEqual([]);
    expect(result.notices).toEqual([{ service: '', variable: 'SENTRY_DSN', reason: 'example-missing', services: [], severity: 'notice', file: '.env.example', line: 2, hint: expect.stringContaining('lists SENTRY_DSN with an empty value') }]);
    expect(brief((await check(dir, { exampleFile: 'none' })).notices)).toEqual([]);
  });

  it('a required entry for a service the files do not define is an error, not a silent pass', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n' });
    await expect(check(dir, { required: { wbe: ['A'] } })).rejects.toThrow('required names wbe, which the compose files do not define (defined: web)');
  });

  it('ignore drops a name from every check', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: ${IMAGE}\n' });
    expect(brief((await check(dir, { ignore: ['IMAGE'] })).missing)).toEqual([]);
  });
});

describe('loading compose files like Compose v2', () => {
  it('merges several files in order: environment per key (list or map), later wins, env_file appended', () => {
    const dir = composeProject({
      'base.yaml': 'services:\n  web:\n    image: x\n    environment:\n      - A=base\n      - B=base\n    env_file: [one.env]\n',
      'override.yaml': 'services:\n  web:\n    environment:\n      B: override\n      C: added\n    env_file:\n      - path: two.env\n        required: false\n  extra:\n    image: y\n',
    });
    const project = load(dir, ['base.yaml', 'override.yaml']);
    expect(envOf(project, 'web')).toEqual({ A: 'base', B: 'override', C: 'added' });
    expect(project.services.get('web')!.envFiles.map((ref) => [ref.shown, ref.required])).toEqual([['one.env', true], ['two.env', false]]);
    expect([...project.services.keys()]).toEqual(['web', 'extra']);
  });

  it('!reset removes and !override replaces what earlier files set', () => {
    const dir = composeProject({
      'base.yaml': 'services:\n  web:\n    image: x\n    environment: {A: "1", B: "2"}\n    env_file: [a.env]\n  gone:\n    image: y\n',
      'override.yaml': 'services:\n  web:\n    environment: !override {C: "3"}\n    env_file: !reset []\n  gone: !reset {}\n',
    });
    const project = load(dir, ['base.yaml', 'override.yaml']);
    expect(envOf(project, 'web')).toEqual({ C: '3' });
    expect(project.services.get('web')!.envFiles).toEqual([]);
    expect(project.services.has('gone')).toBe(false);
  });

  it('extends a service of the same file and of another file (paths relative to that file)', () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  base:',
        '    image: x',
        '    environment: {SHARED: "1", LEVEL: base}',
        '  web:',
        '    extends: base',
        '    environment: {LEVEL: web}',
        '  worker:',
        '    extends: {file: common/services.yaml, service: job}',
        '    environment: [OWN=1]',
      ].join('\n'),
      'common/services.yaml': 'services:\n  job:\n    image: j\n    env_file: job.env\n    environment: {FROM_FILE: "1"}\n',
    });
    const project = load(dir, ['compose.yaml']);
    expect(envOf(project, 'web')).toEqual({ SHARED: '1', LEVEL: 'web' });
    expect(envOf(project, 'worker')).toEqual({ FROM_FILE: '1', OWN: '1' });
    expect(project.services.get('worker')!.envFiles.map((ref) => ref.shown)).toEqual(['common/job.env']);
    expect(project.services.get('worker')!.line).toBe(8);
  });

  it('refuses an extends cycle with file and line', () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n' });
    expect(() => load(dir, ['compose.yaml'])).toThrow(/^compose.yaml:4: extends cycle: a -> b -> a$/);
  });

  it('include adds the services of another project, interpolated with its own .env', async () => {
    const dir = composeProject({
      'compose.yaml': 'include:\n  - path: db/compose.yaml\nservices:\n  web:\n    image: x\n',
      'db/compose.yaml': 'services:\n  db:\n    image: "postgres:${PG_TAG}"\n    environment: {POSTGRES_PASSWORD: "${PG_PASSWORD}"}\n',
      'db/.env': 'PG_TAG=17\n',
    });
    const result = await check(dir);
    expect(result.services.map((s) => s.name).sort()).toEqual(['db', 'web']);
    expect(result.missing).toEqual([expect.objectContaining({ service: 'db', variable: 'PG_PASSWORD', reason: 'unset', file: 'db/compose.yaml', line: 4 })]);
    const conflict = composeProject({ 'compose.yaml': 'include: [other.yaml]\nservices:\n  web:\n    image: x\n', 'other.yaml': 'services:\n  web:\n    image: y\n' });
    await expect(check(conflict)).rejects.toThrow(/compose.yaml:3: service web is also defined by an included project/);
  });

  it('include with a list of paths and its own env_file', async () => {
    const dir = composeProject({
      'compose.yaml': 'include:\n  - path: [stack/a.yaml, stack/b.yaml]\n    env_file: stack/values.env\n',
      'stack/a.yaml': 'services:\n  a:\n    image: "a:${A_TAG}"\n',
      'stack/b.yaml': 'services:\n  b:\n    image: "b:${B_TAG}"\n',
      'stack/values.env': 'A_TAG=1\n',
    });
    const result = await check(dir);
    expect(result.files).toEqual(['compose.yaml', 'stack/a.yaml', 'stack/b.yaml']);
    expect(result.missing).toEqual([expect.objectContaining({ service: 'b', variable: 'B_TAG', reason: 'unset', file: 'stack/b.yaml', line: 3 })]);
  });

  it('profiles: services of inactive profiles are left out unless activated or named', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n  debug:\n    image: "${DEBUG_IMAGE}"\n    profiles: [debug]\n' });
    const plain = await check(dir);
    expect(plain.missing).toEqual([]);
    expect(plain.notStarted).toEqual([{ service: 'debug', why: 'profile debug is not active' }]);
    expect(brief((await check(dir, { profiles: ['debug'] })).missing)).toEqual(['debug/DEBUG_IMAGE/unset']);
    expect(brief((await check(dir, { profiles: ['*'] })).missing)).toEqual(['debug/DEBUG_IMAGE/unset']);
    expect(brief((await check(dir, { services: ['debug'] })).missing)).toEqual(['debug/DEBUG_IMAGE/unset']);
    await expect(check(dir, { services: ['nope'] })).rejects.toThrow(/services: nope not defined by the compose files \(defined: web, debug\)/);
  });

  it('pass-through entries are defined only when something provides them (one finding, on the entry\'s line)', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n    environment:\n      - API_KEY\n' });
    expect(brief((await check(dir, { required: { web: ['API_KEY'] } })).missing)).toEqual(['web/API_KEY/unset']);
    expect(brief((await check(dir, { required: { web: ['API_KEY'] }, provided: ['API_KEY'] })).missing)).toEqual([]);
    const map = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n    environment:\n      API_KEY:\n' });
    expect(brief((await check(map, { stepEnv: { API_KEY: 'k' } })).missing)).toEqual([]);
  });

  it('uses the project .env for interpolation and counts its keys as provided; env_file required: false may be absent', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: "app:${TAG}"\n    env_file:\n      - path: ./local.env\n        required: false\n      - ./missing.env\n',
      '.env': 'TAG=3\n',
    });
    const result = await check(dir);
    expect(result.missing).toEqual([]);
    expect(result.notes).toEqual([expect.stringMatching(/^web: env_file missing.env does not exist here \(compose.yaml:7\)/)]);
  });

  it('YAML anchors and merge keys carry environment into services', () => {
    const dir = composeProject({ 'compose.yaml': 'x-env: &env\n  environment: {A: "1"}\nservices:\n  web:\n    <<: *env\n    image: x\n' });
    expect(envOf(load(dir, ['compose.yaml']), 'web')).toEqual({ A: '1' });
  });

  it('finds compose.yaml and compose.override.yaml by default, and says when there is none', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n', 'compose.override.yaml': 'services:\n  web:\n    image: "x:${A}"\n' });
    expect(brief((await check(dir)).missing)).toEqual(['web/A/unset']);
    await expect(check(composeProject({ 'README.md': '' }))).rejects.toThrow(/no compose file given and none of compose.yaml/);
  });

  it('build.dockerfile: services sharing a context each get the ENV of their own Dockerfile', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  web:',
        '    build: ./app',
        '  worker:',
        '    build: { context: ./app, dockerfile: Dockerfile.worker }',
        '  cron:',
        '    build: { context: ./app, dockerfile: ../docker/cron.Dockerfile }',
        '',
      ].join('\n'),
      'app/index.js': 'export const auth = `Bearer ${process.env.API_KEY}`;\n',
      'app/Dockerfile': 'FROM node\nENV PORT=3000\n',
      'app/Dockerfile.worker': 'FROM node\nENV API_KEY=baked-in-for-the-worker\n',
      'docker/cron.Dockerfile': 'FROM node\nENV API_KEY=baked-in-for-cron\n',
    });
    const result = await check(dir);
    expect(brief(result.missing)).toEqual(['web/API_KEY/not-passed']);
    expect(result.services.map((service) => [service.name, service.filesScanned])).toEqual([['web', 1], ['worker', 1], ['cron', 1]]);
  });
});
