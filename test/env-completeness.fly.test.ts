// env-completeness for Fly.io apps: fly.toml, the app's secrets and their deployment
// (Machines API stand-in on 127.0.0.1), Elixir reads in a Phoenix app laid out as
// `mix phx.new` + `mix phx.gen.release --docker` + `fly launch` make it.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEnvCompleteness } from '../src/compose/env-completeness.ts';
import { scanBuildContext, scanText } from '../src/compose/source-scan.ts';
import { parseFlyConfig, readFlyConfig } from '../src/fly/fly-config.ts';
import { FlyApi, type FlyMachine } from '../src/fly/machines-api.ts';
import { runningMachines, secretStatus } from '../src/fly/secret-status.ts';
import { ROOT, runStep } from './harness/action-runner.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';
import { FlyStandIn, type StandInApp } from './harness/fly-stand-in.ts';

const HOUR = 3_600_000;
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
/** The last deploy: both Machines were updated then. */
const deployedAt = now - 2 * HOUR;

function phoenixApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fly-phoenix-'));
  cpSync(join(ROOT, 'test/fixtures/fly-phoenix'), dir, { recursive: true });
  return dir;
}

function secret(name: string, setAt: number, createdAt = setAt) {
  return { name, digest: `${name.length.toString(16)}e37b7b239ee4aefc75352fe3fa6dc6`.slice(0, 32), createdAt: iso(createdAt), updatedAt: iso(setAt) };
}

function machines(...boots: number[]): StandInApp['machines'] {
  return boots.map((at, index) => ({ id: `e784${index}79b${index}e4d83`, state: 'started', boots: [{ type: 'launch', at: at - 30 * 24 * HOUR }, { type: 'update', at }, { type: 'start', at: at + 2000 }], updatedAt: iso(at + 2000) }));
}

/** The incident: DATABASE_URL was unset (a redeploy without it), then set again by re-attaching the database, staged. */
const INCIDENT: StandInApp = {
  secrets: [
    secret('SECRET_KEY_BASE', now - 40 * 24 * HOUR),
    secret('POSTMARK_API_KEY', now - 40 * 24 * HOUR),
    secret('DATABASE_URL', now - HOUR),
  ],
  machines: machines(deployedAt, deployedAt),
};
const DEPLOYED: StandInApp = { ...INCIDENT, machines: machines(now - 10 * 60_000, now - 10 * 60_000) };

describe('fly.toml', () => {
  it('reads app, [env] names with their lines, and [build]', () => {
    const config = parseFlyConfig("# generated\napp = 'hello-phx'\n\n[build]\n  dockerfile = 'Dockerfile.prod'\n  [build.args]\n    GIT_SHA = 'x'\n\n[env]\n  PHX_HOST = 'h'\n  \"PORT\" = '8080'\n  FLY_X = 'refused by Fly'\n", 'fly.toml');
    expect(config.app).toBe('hello-phx');
    expect(config.appLine).toBe(2);
    expect([...config.env]).toEqual([['PHX_HOST', 10], ['PORT', 11]]);
    expect(config.build).toEqual({ dockerfile: 'Dockerfile.prod', image: undefined, ignorefile: undefined, builder: undefined, args: ['GIT_SHA'] });
  });

  it('a dotted env key and an inline table are read the same way', () => {
    const config = parseFlyConfig("app = \"a\"\nenv.LOG_LEVEL = 'debug'\nbuild = { image = 'flyio/hellofly:latest' }\n", 'fly.toml');
    expect([...config.env]).toEqual([['LOG_LEVEL', 2]]);
    expect(config.build.image).toBe('flyio/hellofly:latest');
  });

  it('bad TOML, deep nesting and a wrong type fail in one line with file:line, quoting nothing', () => {
    const fail = (text: string) => {
      try {
        parseFlyConfig(text, 'deploy/fly.toml');
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('parsed');
    };
    expect(fail("app = 'x'\n[env]\n  DATABASE_URL = postgres://user:hunter2@db\n")).toBe('deploy/fly.toml:3: invalid TOML: invalid value');
    expect(fail("app = 'x'\n[env]\nA = '1'\n[env]\n")).toBe('deploy/fly.toml:4: invalid TOML: trying to redefine an already defined table or value');
    expect(fail(`app = 'x'\nx = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`)).toBe('deploy/fly.toml:2: invalid TOML: document contains excessively nested structures. aborting.');
    expect(fail(`app = 'x'\nx = ${'{a = '.repeat(20_000)}1${'}'.repeat(20_000)}\n`)).toMatch(/^deploy\/fly\.toml:2: invalid TOML: document contains excessively nested structures/);
    expect(fail('app = 5\n')).toBe('deploy/fly.toml:1: `app` must be a string (the Fly app name)');
    expect(fail("app = 'x'\nenv = ['A']\n")).toBe('deploy/fly.toml:2: `env` must be a table of NAME = "value"');
    for (const message of [fail("app = 'x'\n[env]\n  DATABASE_URL = postgres://user:hunter2@db\n")]) expect(message).not.toContain('hunter2');
  });

  it('a pull request can write fly.toml: key lines are found in one pass, so the work grows with the file, not with keys x lines (up to the 1 MB cap)', () => {
    const flyToml = (keys: number) => `app = 'a'\n[env]\n${Array.from({ length: keys }, (_, i) => `  KEY_${i} = 'v'`).join('\n')}\n`;
    // Every regex run (test, exec, match, replace all go through RegExp.prototype.exec), counted: work, not time.
    const regexRuns = <T>(read: () => T): { runs: number; value: T } => {
      const exec = RegExp.prototype.exec;
      let runs = 0;
      RegExp.prototype.exec = function (this: RegExp, text: string) {
        runs++;
        return exec.call(this, text);
      };
      try {
        const value = read();
        return { runs, value };
      } finally {
        RegExp.prototype.exec = exec;
      }
    };
    const small = regexRuns(() => parseFlyConfig(flyToml(1000), 'fly.toml'));
    const large = regexRuns(() => parseFlyConfig(flyToml(2000), 'fly.toml'));
    expect(large.value.env.size).toBe(2000);
    // Twice the keys: twice the work when linear; four times when each key searches every line.
    expect(large.runs / small.runs).toBeLessThan(2.5);

    const dir = mkdtempSync(join(tmpdir(), 'fly-cap-'));
    try {
      const keys = Math.floor((1024 * 1024 - 64) / '  KEY_00000 = \'v\'\n'.length);
      const text = flyToml(keys);
      expect(text.length).toBeLessThanOrEqual(1024 * 1024);
      writeFileSync(join(dir, 'fly.toml'), text);
      const atCap = regexRuns(() => readFlyConfig(join(dir, 'fly.toml'), 'fly.toml'));
      expect(atCap.value.env.size).toBe(keys);
      expect(atCap.value.env.get(`KEY_${keys - 1}`)).toBe(keys + 2);
      expect(atCap.runs).toBeLessThan(4 * (keys + 3));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Elixir reads', () => {
  const reads = (text: string, file = 'config/runtime.exs') => scanText(text, 'ex', file).map((read) => `${read.name}:${read.line}:${read.strength}:${read.phase}`);

  it("Phoenix's runtime.exs: `|| raise` and fetch_env! are required; a default, a compared or tested read is optional", () => {
    const text = [
      'if System.get_env("PHX_SERVER") do',
      '  config :hello, HelloWeb.Endpoint, server: true',
      'end',
      'config :hello, HelloWeb.Endpoint, http: [port: String.to_integer(System.get_env("PORT", "4000"))]',
      'database_url =',
      '  System.get_env("DATABASE_URL") ||',
      '    raise """',
      '    environment variable DATABASE_URL is missing.',
      '    System.get_env("IN_A_HEREDOC")',
      '    """',
      'maybe_ipv6 = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []',
      'pool_size = String.to_integer(System.get_env("POOL_SIZE") || "10")',
      'key = System.fetch_env!("SECRET_KEY_BASE")',
      '{:ok, token} = System.fetch_env("OPTIONAL_TOKEN")',
      'config :hello, :dns_cluster_query, System.get_env("DNS_CLUSTER_QUERY")',
      '#     api_key: System.get_env("MAILGUN_API_KEY"),',
      'config :hello, :sentry, dsn: System.get_env "SENTRY_DSN"',
      'halt = System.get_env("LICENSE") || System.halt(1)',
    ].join('\n');
    expect(reads(text)).toEqual([
      'PHX_SERVER:1:optional:run',
      'PORT:4:optional:run',
      'DATABASE_URL:6:required:run',
      'ECTO_IPV6:11:optional:run',
      'POOL_SIZE:12:optional:run',
      'DNS_CLUSTER_QUERY:15:unguarded:run',
      'LICENSE:18:required:run',
      'SECRET_KEY_BASE:13:required:run',
      'OPTIONAL_TOKEN:14:optional:run',
      'SENTRY_DSN:17:unguarded:run',
    ]);
  });

  it('a `#` inside a string, a sigil or a character literal is not a comment; interpolated code is read', () => {
    expect(reads('url = "postgres://#{System.fetch_env!("DB_HOST")}/app#main" <> ~r/#x/ <> System.fetch_env!("B")\nc = ?# && System.fetch_env!("C")\n')).toEqual(['DB_HOST:1:required:run', 'B:1:required:run', 'C:2:required:run']);
  });

  it('config.exs and config/<MIX_ENV>.exs are read while the release compiles; other environments are not the image; a module attribute is compiled', async () => {
    const dir = composeProject({
      'Dockerfile': 'FROM elixir\nENV MIX_ENV="staging"\nRUN mix release\n',
      'config/config.exs': 'import Config\nconfig :a, :b, System.fetch_env!("COMPILE_A")\nimport_config "#{config_env()}.exs"\n',
      'config/staging.exs': 'import Config\nconfig :a, :c, System.fetch_env!("COMPILE_B")\n',
      'config/prod.exs': 'import Config\nconfig :a, :c, System.fetch_env!("OTHER_ENV")\n',
      'config/test.exs': 'import Config\nconfig :a, :d, System.fetch_env!("MIX_TEST_PARTITION")\n',
      'config/runtime.exs': 'import Config\nconfig :a, :e, System.fetch_env!("AT_BOOT")\n',
    });
    const scan = await scanBuildContext(dir, { workingDirectory: dir });
    expect(scan.reads.map((read) => `${read.name}:${read.file}:${read.phase}`).sort()).toEqual(['AT_BOOT:config/runtime.exs:run', 'COMPILE_A:config/config.exs:build', 'COMPILE_B:config/staging.exs:build']);
    expect(scan.skipped.mixEnv).toBe(2);
    expect(scan.mixEnv).toBe('staging');
    expect(reads('defmodule A do\n  @sha System.fetch_env!("GIT_SHA")\n  def key, do: System.fetch_env!("KEY")\nend\n', 'lib/a.ex')).toEqual(['GIT_SHA:2:required:build', 'KEY:3:required:run']);
  });
});

describe('secret deployment from the Machines API alone', () => {
  const machine = (state: string, lastBoot: number | undefined, processGroup = 'app'): FlyMachine => ({ id: state, state, processGroup, lastBoot, bootFrom: 'events' });
  const set = (at: number, created = at) => ({ name: 'X', createdAt: created, updatedAt: at });

  it('staged when every running Machine started before the secret was set; partial when some; deployed when none', () => {
    const running = runningMachines([machine('started', 100), machine('started', 100)]);
    expect(secretStatus(set(150), running)).toEqual({ state: 'staged', running: 2, lacking: 2, absent: true });
    expect(secretStatus(set(150), runningMachines([machine('started', 100), machine('started', 200)]))).toEqual({ state: 'partial', running: 2, lacking: 1, absent: true });
    expect(secretStatus(set(50), running)).toEqual({ state: 'deployed', running: 2, lacking: 0, absent: false });
  });

  it('an updated value: the Machines run the previous one (not absent)', () => {
    expect(secretStatus(set(150, 10), runningMachines([machine('started', 100)]))).toMatchObject({ state: 'staged', absent: false });
  });

  it('stopped Machines get it at their next start; release-command and destroyed Machines are left out', () => {
    const listed = [machine('stopped', 100), machine('destroyed', 100), machine('started', 100, 'fly_app_release_command')];
    expect(runningMachines(listed)).toEqual([]);
    expect(secretStatus(set(150), runningMachines(listed)).state).toBe('not-running');
  });

  it('a Machine without a start or update time, or a secret without updated_at: unknown', () => {
    expect(secretStatus(set(150), [machine('started', undefined)]).state).toBe('unknown');
    expect(secretStatus({ name: 'X' }, [machine('started', 100)]).state).toBe('unknown');
  });
});

describe('env-completeness on a Fly app (Machines API stand-in)', () => {
  const fly = new FlyStandIn();
  beforeAll(async () => {
    await fly.start();
  });
  afterAll(async () => {
    expect(fly.violations).toEqual([]);
    await fly.stop();
  });

  const engine = (dir: string, app: StandInApp | undefined, extra: Parameters<typeof engineOptions>[1] = {}) => {
    if (app) fly.app('hello-phx', app);
    return checkEnvCompleteness(engineOptions(dir, { flyApi: app ? new FlyApi({ token: fly.token, apiUrl: fly.url }) : undefined, ...extra }));
  };

  it('the incident: DATABASE_URL set again but staged is an error naming fly secrets deploy; the documented requests only', async () => {
    fly.requests.length = 0;
    const result = await engine(phoenixApp(), INCIDENT);
    expect(brief(result.missing)).toEqual(['hello-phx/DATABASE_URL/staged-not-deployed']);
    expect(result.missing[0]).toMatchObject({ file: 'fly.toml', line: 6, severity: 'error' });
    expect(result.missing[0]!.hint).toBe('DATABASE_URL is set as a secret of hello-phx but staged, not deployed: all 2 running Machines started before it was set and run without it, and hello-phx needs it (read at config/runtime.exs:28); run `fly secrets deploy` (or `fly deploy`) to restart them with it');
    expect(brief(result.notices)).toEqual(['hello-phx/DNS_CLUSTER_QUERY/not-passed']);
    expect(fly.requests.map((request) => `${request.method} ${request.path}${request.query.size ? `?${request.query}` : ''}`)).toEqual(['GET /v1/apps/hello-phx/secrets', 'GET /v1/apps/hello-phx/machines']);
    expect(result.notes).toContain('Fly app hello-phx: 3 secrets listed by the Machines API (2 deployed, 1 staged); 2 of 2 Machines running');
    // config/dev.exs and config/test.exs are not what the image runs; test/ is .dockerignored.
    expect(result.notes.find((note) => note.includes('source files scanned'))).toContain('2 excluded by .dockerignore, 2 Elixir config files of other Mix environments (the image builds with MIX_ENV=prod)');
  });

  it('after `fly secrets deploy` (Machines updated since): no error', async () => {
    const result = await engine(phoenixApp(), DEPLOYED);
    expect(result.missing).toEqual([]);
    expect(brief(result.notices)).toEqual(['hello-phx/DNS_CLUSTER_QUERY/not-passed']);
  });

  it('before the re-attach: DATABASE_URL unset is not-passed, and the hint says how to set it', async () => {
    const result = await engine(phoenixApp(), { ...DEPLOYED, secrets: DEPLOYED.secrets.filter((entry) => entry.name !== 'DATABASE_URL') });
    expect(brief(result.missing)).toEqual(['hello-phx/DATABASE_URL/not-passed']);
    expect(result.missing[0]!.hint).toContain("neither fly.toml [env] nor the app's 2 secrets set it: `fly secrets set DATABASE_URL=…`");
  });

  it('a rolling deploy that stopped halfway: partial; an updated value not deployed is a notice', async () => {
    const partial = await engine(phoenixApp(), { ...INCIDENT, machines: machines(deployedAt, now - 10 * 60_000) });
    expect(partial.missing[0]!.hint).toContain('only partly deployed: 1 of 2 running Machines started before it was set');
    const rotated = await engine(phoenixApp(), { ...INCIDENT, secrets: [secret('SECRET_KEY_BASE', now - HOUR, now - 40 * 24 * HOUR), secret('POSTMARK_API_KEY', now - 40 * 24 * HOUR), secret('DATABASE_URL', now - 40 * 24 * HOUR)] });
    expect(rotated.missing).toEqual([]);
    expect(rotated.notices.find((entry) => entry.variable === 'SECRET_KEY_BASE')).toMatchObject({ reason: 'staged-not-deployed', severity: 'notice' });
    expect(rotated.notices.find((entry) => entry.variable === 'SECRET_KEY_BASE')!.hint).toContain('run with its previous value');
  });

  it('Machines all stopped (auto_stop_machines): nothing is staged, they start with it', async () => {
    const stopped = INCIDENT.machines.map((machine) => ({ ...machine, state: 'stopped' as const }));
    const result = await engine(phoenixApp(), { ...INCIDENT, machines: stopped });
    expect(result.missing).toEqual([]);
    expect(result.notes).toContain('Fly app hello-phx: no Machine is running; secrets reach a Machine when it starts, so none is judged staged');
  });

  it('without a token: needs nothing else provides are notices, never errors', async () => {
    const result = await engine(phoenixApp(), undefined);
    expect(result.missing).toEqual([]);
    expect(brief(result.notices)).toEqual(['hello-phx/DATABASE_URL/not-passed', 'hello-phx/DNS_CLUSTER_QUERY/not-passed', 'hello-phx/POSTMARK_API_KEY/not-passed', 'hello-phx/SECRET_KEY_BASE/not-passed']);
    expect(result.notes[0]).toBe("Fly app hello-phx: the app's secrets were not listed (no fly-token); what nothing else provides is a notice, since it may be a Fly secret");
  });

  it('a compile-time read of a secret: error, secrets do not reach the build; [build.args] does', async () => {
    const dir = phoenixApp();
    writeFileSync(join(dir, 'config/prod.exs'), 'import Config\nconfig :hello, :sentry_dsn, System.fetch_env!("SENTRY_DSN")\n');
    const app = { ...DEPLOYED, secrets: [...DEPLOYED.secrets, secret('SENTRY_DSN', now - 40 * 24 * HOUR)] };
    const failing = await engine(dir, app);
    expect(brief(failing.missing)).toEqual(['hello-phx/SENTRY_DSN/not-passed']);
    expect(failing.missing[0]!.hint).toContain('while building (read at config/prod.exs:2 while building). It is set for the Machines (a Fly secret), but Fly secrets and [env] do not reach the build');
    writeFileSync(join(dir, 'fly.toml'), "app = 'hello-phx'\n[build]\n  [build.args]\n    SENTRY_DSN = 'https://public@sentry.example/1'\n[env]\n  PHX_HOST = 'hello-phx.fly.dev'\n");
    expect((await engine(dir, app)).missing).toEqual([]);
  });

  it('a compose project and a Fly app in one repository are both checked', async () => {
    const dir = phoenixApp();
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  db:\n    image: "postgres:${PG_VERSION}"\n    environment: {POSTGRES_HOST_AUTH_METHOD: trust}\n');
    const result = await engine(dir, DEPLOYED, { required: { 'hello-phx': ['SMTP_HOST'] } });
    expect(brief(result.missing)).toEqual(['/PG_VERSION/unset', 'hello-phx/SMTP_HOST/not-passed'].map((entry) => (entry.startsWith('/') ? `db${entry}` : entry)));
    expect(result.services.map((service) => `${service.name}${service.kind ? ` (${service.kind})` : ''}`)).toEqual(['db', 'hello-phx (fly)']);
  });

  it('fly-config: none skips the app; no compose file and no fly.toml names both inputs', async () => {
    const dir = phoenixApp();
    await expect(engine(dir, undefined, { flyConfig: 'none' })).rejects.toThrow('no compose file given and none of compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml exists in .; set compose-files or COMPOSE_FILE, or fly-config for a Fly app');
    rmSync(join(dir, 'fly.toml'));
    await expect(engine(dir, undefined)).rejects.toThrow('or fly-config for a Fly app');
  });

  it('API errors are one line naming what to check; a 404 for an unknown app', async () => {
    await expect(engine(phoenixApp(), undefined, { flyApi: new FlyApi({ token: fly.token, apiUrl: fly.url }), flyApp: 'no-such-app' })).rejects.toThrow('Fly Machines API GET /v1/apps/no-such-app/secrets answered 404: no such app, or not visible to this token (check fly-app or the app name in fly.toml)');
    await expect(engine(phoenixApp(), undefined, { flyApi: new FlyApi({ token: 'FlyV1 fm2_wrong', apiUrl: fly.url }) })).rejects.toThrow('answered 401: the fly-token is invalid or expired');
    fly.violations.length = 0; // the wrong token above was the point of that request
  });
});

describe('env-completeness on a Fly app (bundled action)', () => {
  const fly = new FlyStandIn();
  beforeAll(async () => {
    await fly.start();
    fly.app('hello-phx', INCIDENT);
  });
  afterAll(async () => {
    await fly.stop();
  });

  it('fails on the staged secret with an annotation on fly.toml, masks the token, sends only documented requests', async () => {
    const step = await runStep('env-completeness', 'main', { cwd: phoenixApp(), inputs: { 'fly-token': fly.token, 'fly-api-url': fly.url } });
    expect(fly.violations).toEqual([]);
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::env-completeness: 1 missing variable: DATABASE_URL (staged-not-deployed, hello-phx)');
    const annotation = step.annotations.find((entry) => entry.level === 'error' && entry.properties.title?.startsWith('DATABASE_URL'));
    expect(annotation).toMatchObject({ properties: { file: 'fly.toml', line: '6', title: 'DATABASE_URL: staged-not-deployed (hello-phx)' } });
    expect(annotation!.message).toContain('run `fly secrets deploy`');
    expect(step.masks).toContain(fly.token);
    expect(step.summary).toContain('| hello-phx (Fly app) | fly.toml:6 |');
    expect(step.summary).toContain('No compose file: the Fly app only.');
    expect(JSON.parse(step.outputs.services!)).toEqual({ checked: ['hello-phx'], 'not-started': [] });
  });

  it('a hostile fly.toml fails the step in one line with file:line', async () => {
    const dir = composeProject({ 'fly.toml': `app = 'x'\n[env]\nA = '1'\nC = '2'\nD = '3'\nB = ${'['.repeat(100_000)}\n` });
    const step = await runStep('env-completeness', 'main', { cwd: dir });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('::error::fly.toml:6: invalid TOML: document contains excessively nested structures. aborting.');
    expect(step.stderr).toBe('');
    const huge = composeProject({ 'fly.toml': `app = 'x'\n# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    const hugeStep = await runStep('env-completeness', 'main', { cwd: huge });
    expect(hugeStep.stdout).toContain('::error::fly.toml:1: is 2.0 MB; a fly.toml over 1 MB is refused');
    const binary = composeProject({ 'fly.toml': Buffer.from("app = 'x'\n[env]\nA = '\xff\xfe'\n", 'latin1') });
    expect((await runStep('env-completeness', 'main', { cwd: binary })).stdout).toContain('::error::fly.toml:3: is not valid UTF-8 text (binary data?)');
  });

  it('the CLI takes the token from --fly-token-file or DEPLOY_GUARDS_FLY_TOKEN', async () => {
    const dir = phoenixApp();
    const tokenFile = join(dir, '..', `fly-token-${process.pid}`);
    writeFileSync(tokenFile, `${fly.token}\n`);
    // Asynchronously: the stand-in answers from this process.
    const cli = (args: string[], env: Record<string, string> = {}) => new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'env-completeness', '--fly-api-url', fly.url, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } }, (error, stdout, stderr) => done({ status: error ? Number(error.code) : 0, stdout, stderr }));
    });
    const fromFile = await cli(['--fly-token-file', tokenFile]);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stdout).toContain('fly.toml:6: hello-phx: DATABASE_URL [staged-not-deployed]');
    const fromEnv = await cli([], { DEPLOY_GUARDS_FLY_TOKEN: fly.token });
    expect(fromEnv.status).toBe(1);
    for (const run of [fromFile, fromEnv]) expect(run.stdout + run.stderr).not.toContain(fly.token.slice(6));
    rmSync(tokenFile);
    expect(fly.violations).toEqual([]);
  });
});
