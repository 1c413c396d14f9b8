import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { printed, ROOT, runStep } from './harness/action-runner.ts';
import { composeProject } from './harness/compose-project.ts';
import { GitFixture } from './harness/git-fixture.ts';
import { GitHubStandIn } from './harness/github-stand-in.ts';

/** A fresh copy of a fixture project, as a checked-out workspace. */
function workspace(name: 'incident' | 'fixed'): string {
  const dir = mkdtempSync(join(tmpdir(), `env-${name}-`));
  cpSync(join(ROOT, 'test/fixtures/env-completeness', name), dir, { recursive: true });
  return dir;
}

interface Missing { service: string; variable: string; reason: string; file: string; line: number; hint: string }

describe('env-completeness (bundled action)', () => {
  it('catches the MANA_STT_URL incident: not-passed with a hint, the empty key, the unset DATABASE_URL', async () => {
    const step = await runStep('env-completeness', 'main', { cwd: workspace('incident') });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['missing-count']).toBe('3');
    const missing = JSON.parse(step.outputs.missing!) as Missing[];
    expect(missing.map((m) => [m.service, m.variable, m.reason, m.file, m.line])).toEqual([
      ['mana-web', 'DATABASE_URL', 'unset', 'compose.yaml', 7],
      ['mana-web', 'MANA_STT_API_KEY', 'empty-default', 'compose.yaml', 8],
      ['mana-web', 'MANA_STT_URL', 'not-passed', 'compose.yaml', 3],
    ]);
    expect(missing[2]!.hint).toContain('defined for mana-stt-legacy (compose.override.yaml:5) but not for mana-web');
    const notPassed = step.annotations.find((a) => a.properties.title?.startsWith('MANA_STT_URL'));
    expect(notPassed).toMatchObject({ level: 'error', properties: { file: 'compose.yaml', line: '3' } });
    expect(notPassed!.message).toContain('defined for mana-stt-legacy');
    expect(step.stdout).toContain('::error::env-completeness: 3 missing variables: DATABASE_URL (unset, mana-web), MANA_STT_API_KEY (empty-default, mana-web), MANA_STT_URL (not-passed, mana-web)');
    expect(step.summary).toContain('❌ env-completeness: 3 missing variables');
    expect(step.summary).toContain('| mana-web | `MANA_STT_URL` | `not-passed` | compose.yaml:3 |');
  });

  it('passes the fixed twin when the host provides the names', async () => {
    const step = await runStep('env-completeness', 'main', { cwd: workspace('fixed'), inputs: { provided: 'DATABASE_URL\nMANA_STT_URL\nMANA_STT_API_KEY' } });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['missing-count']).toBe('0');
    expect(step.outputs.missing).toBe('[]');
    expect(step.summary).toContain('✅ env-completeness: every needed variable is provided');
    expect(step.stdout).toContain('env-completeness: every variable needed by 1 service is provided');
  });

  it('fail: false turns the failure into warnings', async () => {
    const step = await runStep('env-completeness', 'main', { cwd: workspace('incident'), inputs: { fail: 'false' } });
    expect(step.exitCode).toBe(0);
    expect(step.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(step.annotations.filter((a) => a.level === 'warning').length).toBe(4);
    expect(step.outputs['missing-count']).toBe('3');
  });

  it('a bad input fails with one line naming it and an example', async () => {
    const step = await runStep('env-completeness', 'main', { cwd: workspace('incident'), inputs: { required: 'web: [not a name!]' } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain("::error::Input 'required': the entry for web must be a list of variable names. Example: required: '{web: [DATABASE_URL, MANA_STT_URL], \"*\": [SENTRY_DSN]}'");
    expect(step.stderr).toBe('');
  });

  it('working-directory: compose files there, paths in findings relative to the repository root', async () => {
    const dir = composeProject({ 'deploy/compose.yaml': 'services:\n  web:\n    image: "app:${TAG}"\n', 'deploy/.env': 'OTHER=1\n', 'deploy/tag.env': 'TAG=1\n' });
    const step = await runStep('env-completeness', 'main', { cwd: dir, inputs: { 'working-directory': 'deploy' } });
    expect(step.exitCode).toBe(1);
    expect(JSON.parse(step.outputs.missing!)).toEqual([{ service: 'web', services: ['web'], variable: 'TAG', reason: 'unset', severity: 'error', file: 'deploy/compose.yaml', line: 3, hint: expect.any(String) }]);
    expect(step.annotations.find((a) => a.level === 'error' && a.properties.file)).toMatchObject({ properties: { file: 'deploy/compose.yaml', line: '3' } });
    // env-files are relative to working-directory too.
    const passing = await runStep('env-completeness', 'main', { cwd: dir, inputs: { 'working-directory': 'deploy', 'env-files': 'tag.env' } });
    expect(passing.exitCode).toBe(0);
  });

  it('Compose settings from .env: the log, the summary and the services output name the services checked and not started', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: web\n  vroom:\n    image: "$VROOM_IMAGE"\n    profiles: [feature-complete]\n  debug:\n    image: debug\n    profiles: [debug]\n',
      '.env': 'COMPOSE_PROFILES=feature-complete\n',
    });
    const step = await runStep('env-completeness', 'main', { cwd: dir });
    expect(step.exitCode).toBe(1);
    expect(JSON.parse(step.outputs.missing!)).toEqual([expect.objectContaining({ service: 'vroom', variable: 'VROOM_IMAGE', reason: 'unset' })]);
    expect(step.stdout).toContain('profiles (COMPOSE_PROFILES in .env): feature-complete');
    expect(step.stdout).toContain('services checked (2): web, vroom');
    expect(step.stdout).toContain('services not started (1): debug (profile debug is not active)');
    expect(step.summary).toContain('**Not started** (1): `debug` (profile debug is not active)');
    expect(JSON.parse(step.outputs.services!)).toEqual({ checked: ['web', 'vroom'], 'not-started': [{ service: 'debug', why: 'profile debug is not active' }] });
    // The step environment wins over .env, as in Compose.
    const debug = await runStep('env-completeness', 'main', { cwd: dir, env: { COMPOSE_PROFILES: 'debug' } });
    expect(debug.exitCode).toBe(0);
    expect(JSON.parse(debug.outputs.services!).checked).toEqual(['web', 'debug']);
  });

  it('notices are annotations and a summary section, and do not fail the step', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  mail:\n    image: mailer\n    environment:\n      SMTP_PASSWORD:\n' });
    const step = await runStep('env-completeness', 'main', { cwd: dir });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['missing-count']).toBe('0');
    expect(step.outputs['notice-count']).toBe('1');
    expect(step.annotations.find((a) => a.properties.title === 'SMTP_PASSWORD: unset (mail)')).toMatchObject({ level: 'notice', properties: { file: 'compose.yaml', line: '5' } });
    expect(step.summary).toContain('1 notice (not failing');
    expect(step.stdout).toContain('env-completeness: every variable needed by 1 service is provided (1 notice)');
  });

  it('a hostile compose file fails with file and line, not a stack trace', async () => {
    const dir = composeProject({ 'compose.yaml': `services:\n  web:\n    image: x\n    labels: ${'['.repeat(200)}${']'.repeat(200)}\n` });
    const step = await runStep('env-completeness', 'main', { cwd: dir });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::compose.yaml:4: nesting deeper than 64 levels is refused');
    expect(step.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('never prints a value', () => {
  const CANARIES = ['leak-canary-db-7f3a9c', 'leak-canary-key-91b2', 'leak-canary-url-55e1', 'leak-canary-session-0c4d', 'leak-canary-example-e3', 'leak-canary-token-aa17', 'leak-canary-broken-b00'];

  function assertNoLeak(step: Awaited<ReturnType<typeof runStep>>): void {
    const everything = [printed(step), JSON.stringify(step.outputs), step.summary, JSON.stringify(step.annotations)].join('\n');
    for (const canary of CANARIES) expect(everything, `${canary} leaked`).not.toContain(canary);
  }

  it('with values in the environment, .env, env_file, the example file and the token', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  web:',
        '    build: ./app',
        '    image: "registry.example/web:${MISSING_ONE}"',
        '    env_file: web.env',
        '    environment:',
        '      DATABASE_URL: ${DATABASE_URL}',
        '      MANA_STT_API_KEY: ${MANA_STT_API_KEY:-}',
        '      URL_WITH_KEY: "${MANA_STT_URL}?key=${MANA_STT_API_KEY:?}"',
      ].join('\n'),
      '.env': 'MANA_STT_API_KEY=leak-canary-key-91b2\nMANA_STT_URL="http://leak-canary-url-55e1"\n',
      'web.env': 'SESSION_SECRET=leak-canary-session-0c4d\n',
      '.env.example': 'EXAMPLE_ONLY=leak-canary-example-e3\nDATABASE_URL=\n',
      'app/index.js': 'process.env.SESSION_SECRET; process.env.NOT_GIVEN; process.env.DATABASE_URL',
    });
    const step = await runStep('env-completeness', 'main', {
      cwd: dir,
      env: { DATABASE_URL: 'postgres://leak-canary-db-7f3a9c@db/x', GITHUB_API_URL: 'http://127.0.0.1:9' },
      inputs: { 'secrets-token': 'leak-canary-token-aa17', provided: 'OTHER' },
    });
    // The token is only tried against a closed port: the step fails, but says nothing secret.
    expect(step.exitCode).toBe(1);
    expect(step.masks).toContain('leak-canary-token-aa17');
    assertNoLeak(step);

    const offline = await runStep('env-completeness', 'main', { cwd: dir, env: { DATABASE_URL: 'postgres://leak-canary-db-7f3a9c@db/x' } });
    expect(offline.exitCode).toBe(1);
    const missing = JSON.parse(offline.outputs.missing!) as Missing[];
    expect(missing.map((m) => `${m.service}/${m.variable}/${m.reason}`)).toEqual(['web/MISSING_ONE/unset']);
    // A bare read (`process.env.NOT_GIVEN;`) has no fallback but no use the scan can follow: a notice; so is an example key no service uses.
    const notices = JSON.parse(offline.outputs.notices!) as Missing[];
    expect(notices.map((m) => `${m.service}/${m.variable}/${m.reason}`)).toEqual(['/EXAMPLE_ONLY/example-missing', 'web/NOT_GIVEN/not-passed']);
    assertNoLeak(offline);
  });

  it('with a malformed value', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n', '.env': 'GOOD=1\nBROKEN="leak-canary-broken-b00 ${oops\n' });
    const step = await runStep('env-completeness', 'main', { cwd: dir });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::.env:2: unterminated double-quoted value for BROKEN');
    assertNoLeak(step);
    writeFileSync(join(dir, '.env'), 'BROKEN=leak-canary-broken-b00${oops\n');
    const template = await runStep('env-completeness', 'main', { cwd: dir });
    expect(template.stdout).toContain("::error::.env:1: invalid interpolation format: unterminated '${' (no closing '}') (in the value of BROKEN)");
    assertNoLeak(template);
  });
});

describe('secret and variable names from the GitHub API (stand-in)', () => {
  let standIn: GitHubStandIn | undefined;
  afterEach(async () => standIn?.stop());

  it('lists repository, environment and organization names with pagination and the token', async () => {
    const server = await new GitHubStandIn('ghs_secretsReadToken').start();
    standIn = server;
    const repoSecrets = Array.from({ length: 130 }, (_, i) => ({ name: i === 120 ? 'DATABASE_URL' : `FILLER_${i}`, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }));
    const base = '/repos/acme/shop';
    server
      .route('GET', new RegExp(`^${base}/actions/secrets$`), (req) => GitHubStandIn.paged(req, repoSecrets, server.url, (page) => ({ total_count: repoSecrets.length, secrets: page })))
      .route('GET', new RegExp(`^${base}/actions/variables$`), (req) => GitHubStandIn.paged(req, [{ name: 'LOG_LEVEL', value: 'debug' }], server.url, (page) => ({ total_count: 1, variables: page })))
      .route('GET', new RegExp(`^${base}/actions/organization-secrets$`), (req) => GitHubStandIn.paged(req, [{ name: 'MANA_STT_API_KEY' }], server.url, (page) => ({ total_count: 1, secrets: page })))
      .route('GET', new RegExp(`^${base}/actions/organization-variables$`), () => ({ status: 404, body: { message: 'Not Found' } }))
      .route('GET', new RegExp(`^${base}/environments/production/secrets$`), (req) => GitHubStandIn.paged(req, [], server.url, (page) => ({ total_count: 0, secrets: page })))
      .route('GET', new RegExp(`^${base}/environments/production/variables$`), (req) => GitHubStandIn.paged(req, [{ name: 'MANA_STT_URL', value: 'http://stt' }], server.url, (page) => ({ total_count: 1, variables: page })));

    const step = await runStep('env-completeness', 'main', {
      cwd: workspace('fixed'),
      env: { GITHUB_API_URL: server.url },
      inputs: { 'secrets-token': 'ghs_secretsReadToken', environment: 'production' },
    });
    expect(server.violations).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.masks).toContain('ghs_secretsReadToken');
    expect(server.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      `${base}/actions/secrets?per_page=100`,
      `${base}/actions/secrets?per_page=100&page=2`,
      `${base}/actions/variables?per_page=100`,
      `${base}/actions/organization-secrets?per_page=100`,
      `${base}/actions/organization-variables?per_page=100`,
      `${base}/environments/production/secrets?per_page=100`,
      `${base}/environments/production/variables?per_page=100`,
    ]);
    for (const request of server.requests) expect(request.headers.authorization).toBe('Bearer ghs_secretsReadToken');
    expect(step.summary).toContain('| repository secrets | 130 |');
    expect(step.annotations.some((a) => a.level === 'notice' && a.message.startsWith('organization variables: not listed'))).toBe(true);
    expect(printed(step)).not.toContain('http://stt');
  });

  it('a token that cannot read repository secrets fails with the permission hint', async () => {
    const server = await new GitHubStandIn('ghs_weak').start();
    standIn = server;
    server.route('GET', /\/actions\/secrets$/, () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }));
    const step = await runStep('env-completeness', 'main', { cwd: workspace('fixed'), env: { GITHUB_API_URL: server.url }, inputs: { 'secrets-token': 'ghs_weak' } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::GitHub API GET /repos/acme/shop/actions/secrets answered 403: Resource not accessible by integration (check that the token can read this repository and has the permission this call needs)');
  });
});

describe('deploy-guards env-completeness (bundled CLI)', () => {
  const cli = (cwd: string, args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'env-completeness', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });

  it('prints each finding on one line: a file name with a line break cannot forge a finding line', () => {
    const repo = new GitFixture();
    const forged = 'bin/x\ncompose.yaml:1: web: FORGED [unset] fake\ny.py';
    repo.commit('app', {
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      Dockerfile: 'FROM python:3\nCOPY . /app\nCMD ["python", "/app/app.py"]\n',
      'app.py': 'print(1)\n',
      [forged]: '#!/usr/bin/env python3\nimport os\nprint(os.environ["GITHUB_TOKEN"])\n',
    });
    const run = cli(repo.dir, []);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('compose.yaml:1: web: FORGED'))).toEqual([]);
    expect(run.stdout).toContain('(read at bin/x\\ncompose.yaml:1: web: FORGED [unset] fake\\ny.py:3, a standalone script');
  });

  it('prints each finding with file:line and exits 1; the fixed twin exits 0; bad input exits 2', () => {
    const caught = cli(workspace('incident'), []);
    expect(caught.status).toBe(1);
    expect(caught.stdout).toContain('compose.yaml:3: mana-web: MANA_STT_URL [not-passed] mana-web needs MANA_STT_URL (read at apps/web/src/lib/server/stt.ts:6); defined for mana-stt-legacy (compose.override.yaml:5)');
    const twin = cli(workspace('fixed'), ['--provided', 'DATABASE_URL,MANA_STT_URL,MANA_STT_API_KEY']);
    expect(twin.status).toBe(0);
    expect(twin.stdout).toContain('env-completeness: every variable needed by 1 service is provided');
    const bad = cli(workspace('fixed'), ['--scan-sources', 'maybe']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("deploy-guards env-completeness: Input 'scan-sources': 'maybe' is not a boolean. Example: scan-sources: false");
  });
});
