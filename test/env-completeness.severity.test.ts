// Severity that matches harm: an error only where a container would run without
// something it needs. Patterns from real stacks: Sentry's and Penpot's pass-through
// entries documented as optional, Appwrite's `KEY=` lines in its shipped .env, and a
// YAML anchor whose entry a service overrides (the winning entry's line counts).
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, extra));

describe('pass-through entries (KEY / KEY: with no value)', () => {
  const compose = {
    'compose.yaml': [
      'services:',
      '  mail:',
      '    image: mailer',
      '    environment:',
      '      # leave empty to pass whatever the host sets',
      '      SMTP_USERNAME:',
      '      SMTP_PASSWORD:',
    ].join('\n'),
    'list.yaml': 'services:\n  mail:\n    image: mailer\n    environment:\n      - SMTP_USERNAME\n',
  };

  it('that nothing provides are notices: the container simply does not get them', async () => {
    const dir = composeProject(compose);
    const result = await check(dir);
    expect(result.missing).toEqual([]);
    expect(brief(result.notices)).toEqual(['mail/SMTP_PASSWORD/unset', 'mail/SMTP_USERNAME/unset']);
    expect(result.notices[1]).toMatchObject({ file: 'compose.yaml', line: 6, severity: 'notice' });
    expect(brief((await check(dir, { composeFiles: ['list.yaml'] })).notices)).toEqual(['mail/SMTP_USERNAME/unset']);
  });

  it('are errors when a need is shown for that service', async () => {
    const dir = composeProject(compose);
    const result = await check(dir, { required: { mail: ['SMTP_PASSWORD'] } });
    expect(brief(result.missing)).toEqual(['mail/SMTP_PASSWORD/unset']);
    expect(brief(result.notices)).toEqual(['mail/SMTP_USERNAME/unset']);
  });

  it('take their value from the project .env too', async () => {
    const dir = composeProject({ ...compose, '.env': 'SMTP_USERNAME=u\nSMTP_PASSWORD=p\n' });
    const result = await check(dir);
    expect([...result.missing, ...result.notices]).toEqual([]);
  });
});

describe('one place, several services', () => {
  it('a pass-through in an anchor several services merge is one notice naming every service', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'x-env: &env',
        '  environment:',
        '    SENTRY_MAIL_HOST:',
        'services:',
        '  web:',
        '    image: sentry',
        '    <<: *env',
        '  worker:',
        '    image: sentry',
        '    <<: *env',
      ].join('\n'),
    });
    const result = await check(dir);
    expect(result.notices).toEqual([expect.objectContaining({ service: 'web', services: ['web', 'worker'], variable: 'SENTRY_MAIL_HOST', reason: 'unset', file: 'compose.yaml', line: 3 })]);
    expect(result.findings.map((finding) => finding.title)).toEqual(['SENTRY_MAIL_HOST: unset (web, worker)']);
  });
});

describe('build args (Sentry builds its image FROM ${SENTRY_IMAGE}, a pass-through arg .env sets)', () => {
  const files = {
    'compose.yaml': [
      'services:',
      '  web:',
      '    build:',
      '      context: ./sentry',
      '      args:',
      '        - SENTRY_IMAGE',
      '        - PIP_INDEX',
      '  cleanup:',
      '    build: ./cron',
    ].join('\n'),
    'sentry/Dockerfile': 'ARG SENTRY_IMAGE\nFROM ${SENTRY_IMAGE}\nARG PIP_INDEX\nRUN pip install x\n',
    'cron/Dockerfile': 'ARG BASE_IMAGE\nARG TAG=1\nFROM $BASE_IMAGE:${TAG}\n',
  };

  it('a pass-through arg the FROM needs is an error when nothing provides it; one the FROM does not use a notice', async () => {
    const dir = composeProject(files);
    for (const scanSources of [true, false]) {
      const result = await check(dir, { scanSources });
      expect(result.missing).toEqual([
        expect.objectContaining({ service: 'cleanup', variable: 'BASE_IMAGE', reason: 'not-passed', file: 'compose.yaml', line: 8 }),
        expect.objectContaining({ service: 'web', variable: 'SENTRY_IMAGE', reason: 'unset', file: 'compose.yaml', line: 6 }),
      ]);
      expect(brief(result.notices)).toEqual(['web/PIP_INDEX/unset']);
    }
  });

  it('the project .env provides a pass-through arg', async () => {
    const dir = composeProject({ ...files, '.env': 'SENTRY_IMAGE=getsentry/sentry:nightly\nPIP_INDEX=x\n', 'compose.yaml': files['compose.yaml'].replace('    build: ./cron', '    build:\n      context: ./cron\n      args: {BASE_IMAGE: web-local}') });
    expect([...(await check(dir)).missing, ...(await check(dir)).notices]).toEqual([]);
  });
});

describe('explicit empty values', () => {
  const compose = {
    'compose.yaml': [
      'services:',
      '  api:',
      '    image: "api:${TAG}"',
      '    environment:',
      '      - _APP_REDIS_PASS',
      '      - LOGGING=${_APP_LOGGING_CONFIG}',
      '      - DB_PASS=${_APP_DB_PASS}',
    ].join('\n'),
  };

  it('KEY= in the project .env is a deliberate empty value: provided, no finding', async () => {
    const dir = composeProject({ ...compose, '.env': 'TAG=1\n_APP_REDIS_PASS=\n_APP_LOGGING_CONFIG=\n_APP_DB_PASS=\n' });
    const result = await check(dir);
    expect([...result.missing, ...result.notices]).toEqual([]);
  });

  it('a notice (empty-value) only when a required need reads it', async () => {
    const dir = composeProject({ ...compose, '.env': 'TAG=1\n_APP_REDIS_PASS=\n_APP_LOGGING_CONFIG=\n_APP_DB_PASS=\n' });
    const result = await check(dir, { required: { api: ['DB_PASS', '_APP_REDIS_PASS'] } });
    expect(result.missing).toEqual([]);
    expect(brief(result.notices)).toEqual(['api/_APP_DB_PASS/empty-value', 'api/_APP_REDIS_PASS/empty-value']);
  });

  it('an empty STEP variable is not provided: a deleted secret reaches the step as an empty string', async () => {
    const dir = composeProject(compose);
    const result = await check(dir, { stepEnv: { TAG: '', _APP_REDIS_PASS: '', _APP_LOGGING_CONFIG: '', _APP_DB_PASS: 'x' } });
    expect(brief(result.missing)).toEqual(['api/TAG/unset']);
    // In environment values the container gets an empty value: notices, no need for them shown.
    expect(brief(result.notices)).toEqual(['api/_APP_LOGGING_CONFIG/unset', 'api/_APP_REDIS_PASS/unset']);
  });

  it('an empty step variable wins over the value in .env, as in Compose', async () => {
    const dir = composeProject({ ...compose, '.env': 'TAG=1\n_APP_REDIS_PASS=p\n_APP_LOGGING_CONFIG=c\n_APP_DB_PASS=d\n' });
    expect(brief((await check(dir, { stepEnv: { TAG: '' } })).missing)).toEqual(['api/TAG/unset']);
    expect(brief((await check(dir, { stepEnv: { _APP_LOGGING_CONFIG: '' } })).notices)).toEqual(['api/_APP_LOGGING_CONFIG/unset']);
  });

  it('KEY= in a service env_file defines the key (empty), notice only when needed', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  api:\n    image: api\n    env_file: api.env\n', 'api.env': 'SENTRY_DSN=\n' });
    expect([...(await check(dir)).missing, ...(await check(dir)).notices]).toEqual([]);
    const needed = await check(dir, { required: { api: ['SENTRY_DSN'] } });
    expect(needed.missing).toEqual([]);
    expect(brief(needed.notices)).toEqual(['api/SENTRY_DSN/empty-value']);
  });
});

describe('the line of the entry that wins', () => {
  it('an anchored entry a service overrides is not reported, and its line is not used', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'x-env: &env',
        '  DATABASE_URL: ${DATABASE_URL}',
        '  LOG_LEVEL: ${LOG_LEVEL}',
        'services:',
        '  web:',
        '    image: web',
        '    environment:',
        '      <<: *env',
        '      DATABASE_URL: postgres://db/app',
      ].join('\n'),
    });
    const result = await check(dir);
    expect(result.missing).toEqual([]);
    expect(result.notices).toEqual([expect.objectContaining({ service: 'web', variable: 'LOG_LEVEL', reason: 'unset', file: 'compose.yaml', line: 3 })]);
  });

  it('an entry a later file overrides is not reported; the later file\'s line is', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: "web:${TAG}"\n    environment:\n      DATABASE_URL: ${DATABASE_URL}\n',
      'compose.override.yaml': 'services:\n  web:\n    image: web:2\n    environment:\n      DATABASE_URL: ${PROD_DATABASE_URL}\n',
    });
    const result = await check(dir);
    expect(result.missing).toEqual([]);
    expect(result.notices).toEqual([expect.objectContaining({ service: 'web', variable: 'PROD_DATABASE_URL', reason: 'unset', file: 'compose.override.yaml', line: 5 })]);
  });
});

describe('the project .env', () => {
  it('a NUL byte is an error with its line', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: web\n', '.env': Buffer.from('A=1\nB=2\nC=\u0000x\n') });
    await expect(check(dir)).rejects.toThrow(/^\.env:3: is not a text file \(binary data\)$/);
  });
});
