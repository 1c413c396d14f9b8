// Compose's own project settings (COMPOSE_FILE, COMPOSE_PATH_SEPARATOR, COMPOSE_PROFILES,
// COMPOSE_ENV_FILES, COMPOSE_PROJECT_NAME, COMPOSE_DISABLE_ENV_FILE), read from the step
// environment and the project's .env the way `docker compose` reads them (docker/compose
// cmd/compose/compose.go toProjectOptions; compose-go cli/options.go), when the inputs
// do not say otherwise. Each pattern comes from a real stack: Sentry self-hosted turns its
// profile on in the shipped .env.
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, { scanSources: false, ...extra }));

/** Like Sentry self-hosted: the profile service's image comes from .env, and .env turns the profile on. */
const PROFILED = {
  'docker-compose.yml': [
    'services:',
    '  web:',
    '    image: "$WEB_IMAGE"',
    '  vroom:',
    '    image: "$VROOM_IMAGE"',
    '    profiles: [feature-complete]',
    '  debug:',
    '    image: "$DEBUG_IMAGE"',
    '    profiles: [debug]',
  ].join('\n'),
};

describe('COMPOSE_PROFILES', () => {
  it('from the project .env: the profile services are checked, the others are named as not started', async () => {
    const dir = composeProject({ ...PROFILED, '.env': 'COMPOSE_PROFILES=feature-complete\nWEB_IMAGE=web:1\n' });
    const result = await check(dir);
    expect(result.services.map((s) => s.name)).toEqual(['web', 'vroom']);
    expect(brief(result.missing)).toEqual(['vroom/VROOM_IMAGE/unset']);
    expect(result.notStarted).toEqual([{ service: 'debug', why: 'profile debug is not active' }]);
    expect(result.settings.profiles).toEqual({ value: ['feature-complete'], from: 'COMPOSE_PROFILES in .env' });
  });

  it('from the step environment, which wins over .env', async () => {
    const dir = composeProject({ ...PROFILED, '.env': 'COMPOSE_PROFILES=feature-complete\nWEB_IMAGE=web:1\n' });
    const result = await check(dir, { stepEnv: { COMPOSE_PROFILES: 'debug' } });
    expect(result.services.map((s) => s.name)).toEqual(['web', 'debug']);
    expect(brief(result.missing)).toEqual(['debug/DEBUG_IMAGE/unset']);
    expect(result.settings.profiles.from).toBe('COMPOSE_PROFILES in the environment');
  });

  it('the profiles input wins over both; several profiles are comma-separated with spaces', async () => {
    const dir = composeProject({ ...PROFILED, '.env': 'COMPOSE_PROFILES=feature-complete\nWEB_IMAGE=web:1\n' });
    expect((await check(dir, { profiles: ['debug'] })).services.map((s) => s.name)).toEqual(['web', 'debug']);
    expect((await check(dir, { stepEnv: { COMPOSE_PROFILES: 'debug, feature-complete' } })).services.map((s) => s.name)).toEqual(['web', 'vroom', 'debug']);
  });

  it('without any profile, every profiled service is named as not started', async () => {
    const dir = composeProject({ ...PROFILED, '.env': 'WEB_IMAGE=web:1\n' });
    const result = await check(dir);
    expect(result.notStarted.map((s) => s.service)).toEqual(['vroom', 'debug']);
    expect(result.missing).toEqual([]);
  });
});

describe('COMPOSE_FILE and COMPOSE_PATH_SEPARATOR', () => {
  const files = {
    'deploy/base.yml': 'services:\n  web:\n    image: "app:${TAG}"\n',
    'deploy/prod.yml': 'services:\n  worker:\n    image: "worker:${WORKER_TAG}"\n',
    'deploy/.env': 'WORKER_TAG=deploy-dir\nTAG=from-deploy-dir\n',
  };

  it('from .env in the working directory, split at COMPOSE_PATH_SEPARATOR; the first file\'s directory .env fills in, the working directory .env wins', async () => {
    const dir = composeProject({ ...files, '.env': 'COMPOSE_PATH_SEPARATOR=;\nCOMPOSE_FILE=deploy/base.yml;deploy/prod.yml\nTAG=cwd\n' });
    const result = await check(dir);
    expect(result.files).toEqual(['deploy/base.yml', 'deploy/prod.yml']);
    expect(result.missing).toEqual([]);
    expect(result.settings.files.from).toBe('COMPOSE_FILE in .env');
    expect(result.settings.envFiles).toEqual(['.env', 'deploy/.env']);
  });

  it('from the step environment with the default separator (:)', async () => {
    const dir = composeProject(files);
    const result = await check(dir, { stepEnv: { COMPOSE_FILE: 'deploy/base.yml:deploy/prod.yml' } });
    expect(result.files).toEqual(['deploy/base.yml', 'deploy/prod.yml']);
    expect(result.missing).toEqual([]);
    expect(result.settings.envFiles).toEqual(['deploy/.env']);
  });

  it('the compose-files input wins over COMPOSE_FILE', async () => {
    const dir = composeProject(files);
    const result = await check(dir, { composeFiles: ['deploy/base.yml'], stepEnv: { COMPOSE_FILE: 'deploy/prod.yml' } });
    expect(result.files).toEqual(['deploy/base.yml']);
  });
});

describe('COMPOSE_ENV_FILES, COMPOSE_DISABLE_ENV_FILE, COMPOSE_PROJECT_NAME', () => {
  const compose = { 'compose.yaml': 'services:\n  web:\n    image: "app:${TAG}"\n    container_name: "${COMPOSE_PROJECT_NAME}-web"\n', '.env': 'TAG=1\n', 'prod.env': 'OTHER=1\n' };

  it('COMPOSE_ENV_FILES replaces .env (comma-separated, relative to the working directory)', async () => {
    const dir = composeProject(compose);
    const result = await check(dir, { stepEnv: { COMPOSE_ENV_FILES: 'prod.env' } });
    expect(brief(result.missing)).toEqual(['web/TAG/unset']);
    expect(result.settings.envFiles).toEqual(['prod.env']);
  });

  it('the env-files input wins over COMPOSE_ENV_FILES', async () => {
    const dir = composeProject(compose);
    expect((await check(dir, { envFiles: ['.env'], stepEnv: { COMPOSE_ENV_FILES: 'prod.env' } })).missing).toEqual([]);
  });

  it('COMPOSE_DISABLE_ENV_FILE=true skips the default .env', async () => {
    const dir = composeProject(compose);
    expect(brief((await check(dir, { stepEnv: { COMPOSE_DISABLE_ENV_FILE: 'true' } })).missing)).toEqual(['web/TAG/unset']);
  });

  it('COMPOSE_PROJECT_NAME is always set for interpolation: the environment, else the project directory name', async () => {
    const dir = composeProject(compose);
    const named = await check(dir, { stepEnv: { COMPOSE_PROJECT_NAME: 'shop' } });
    expect(named.missing).toEqual([]);
    expect(named.settings.projectName).toEqual({ value: 'shop', from: 'COMPOSE_PROJECT_NAME in the environment' });
    const unnamed = await check(dir);
    expect(unnamed.missing).toEqual([]);
    expect(unnamed.settings.projectName.from).toBe('the project directory name');
  });
});
