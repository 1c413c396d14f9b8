// `npm run corpus -- env-completeness`: the bundled action on real compose stacks,
// configured as each project's own docs tell a self-hoster to run it, with scan-sources
// on and off. Per stack it prints the services checked and those not started, errors
// and notices on the clean configuration, and removal detection: every key of the
// project's env file is removed in turn, and
// - a *needed* key (its absence breaks Compose, the build, or a container) must be
//   named by a new error, also keys only profile services use;
// - a key only *environment values* of started services interpolate (`KEY: ${X}`: the
//   container gets `KEY=`, which breaks it only where the program needs KEY) must be
//   named, as an error or a notice;
// - removing any other key must not add an error; a pass-through key should give a notice.
//
// The expectations come from an oracle of its own (the YAML read by the `yaml` package,
// the profile rule, a text search for `${KEY}`, and its own copy of what official images
// document), not from the engine under test. Needed: `${KEY}` / `$KEY` without a default
// anywhere in a started service's definition except its environment values and build
// args FROM does not use (an empty string there changes the image reference, a port, a
// mount, the command …), `${KEY:?}` / `${KEY?}` anywhere (Compose stops), a build arg
// FROM uses (a global `ARG NAME` with no default), top-level uses, and the root password
// of a postgres / mysql / mariadb image run as published that only KEY gives.
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runStep, type StepResult } from '../../test/harness/action-runner.ts';
import type { CorpusCheck } from '../corpus.ts';
import { escapeRegExp } from '../../src/shared/regex.ts';

/** How a self-hoster runs a stack, as its docs say: where, which inputs, which environment. */
interface Setup {
  label: string;
  /** Turns a private copy of the repository into the documented configuration. */
  prepare?: (copy: string) => void;
  /** Working directory inside the copy. */
  cwd?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /**
   * Keys the image's code cannot do without, found by reading it: the file (relative to
   * the repository) and the text there that shows it. The check confirms the text is in
   * the file; such a key counts as needed when scan-sources is on (YAML cannot show it).
   */
  codeNeeds?: Record<string, { file: string; text: string }>;
}

/**
 * Documented configurations of the stacks named in issue 11. A repository not listed is
 * run as `docker compose up` in its root would run it. None of this reaches the engine:
 * it only sets up what a user would have on disk.
 */
const DOCUMENTED: Record<string, Setup[]> = {
  // install.sh, then `docker compose up --wait` in the checkout with the shipped .env
  // (COMPOSE_PROFILES=feature-complete); errors-only is the documented alternative profile.
  'self-hosted': [
    { label: 'shipped .env (feature-complete)' },
    { label: 'COMPOSE_PROFILES=errors-only in the environment', env: { COMPOSE_PROFILES: 'errors-only' } },
  ],
  // AGENTS.md: `docker compose up -d --build` in the checkout: docker-compose.yml, its
  // override and the shipped .env (COMPOSE_PROFILES=mongodb).
  appwrite: [{ label: 'docker compose up (shipped .env)' }],
  // docs.getoutline.com "Docker": a docker-compose.yml with outline, redis, postgres and
  // https-portal, every service reading docker.env made from .env.sample; self-build
  // replaces the outline image by `build: .`.
  outline: [{ label: 'docs compose, docker.env from .env.sample, build: .', prepare: outlineSelfBuild }],
  // docs/technical-guide/getting-started/docker.md: `docker compose -p penpot -f docker-compose.yaml up -d`.
  penpot: [{ label: 'docker compose -p penpot -f docker-compose.yaml', cwd: 'docker/images', inputs: { 'compose-files': 'docker-compose.yaml' }, env: { COMPOSE_PROJECT_NAME: 'penpot' } }],

  // The generalisation run (notes/generalise-1.md): stacks nobody tuned the rules on.
  // plausible/community-edition README: `docker compose -f compose.yml -f reverse-proxy/…caddy-gen.yml up`, plausible-conf.env shipped.
  plausible: [{ label: 'compose + caddy-gen, plausible-conf.env', inputs: { 'compose-files': 'docker-compose.yml\nreverse-proxy/docker-compose.caddy-gen.yml' } }],
  plane: [
    // deployments/cli/community/install.sh: docker-compose.yml saved as docker-compose.yaml, variables.env as plane.env, `--env-file plane.env`.
    { label: 'install.sh: -f docker-compose.yaml --env-file plane.env', cwd: 'deployments/cli/community', prepare: planeCommunity, inputs: { 'compose-files': 'docker-compose.yaml', 'env-files': 'plane.env' } },
    // CONTRIBUTING.md: ./setup.sh (every .env.example copied to .env, SECRET_KEY appended to apps/api/.env), `docker compose -f docker-compose-local.yml up`.
    { label: 'setup.sh, -f docker-compose-local.yml', prepare: planeLocal, inputs: { 'compose-files': 'docker-compose-local.yml' } },
  ],
  // Makefile `.env` target (REDASH_COOKIE_SECRET, REDASH_SECRET_KEY), `docker compose up -d --build`.
  redash: [{
    label: 'make .env, docker compose up --build',
    prepare: (copy) => writeEnv(join(copy, '.env'), ['REDASH_COOKIE_SECRET', 'REDASH_SECRET_KEY']),
    // Imported by every redash process (settings of the Flask app): it raises at import time.
    codeNeeds: { REDASH_COOKIE_SECRET: { file: 'redash/settings/__init__.py', text: 'SECRET_KEY = os.environ.get("REDASH_COOKIE_SECRET")\n\nif SECRET_KEY is None:\n    raise Exception(' } },
  }],
  // docs (self-hosting, Docker Compose): docker/production/compose.yml with a .env holding the required and the listed optional keys.
  documenso: [{ label: 'docker/production/compose.yml, .env from the docs', cwd: 'docker/production', prepare: (copy) => writeEnv(join(copy, 'docker/production/.env'), DOCUMENSO_KEYS) }],
  umami: [{ label: 'docker compose up -d' }],
  listmonk: [{ label: 'docker compose up -d' }],
  docmost: [{ label: 'docker compose up -d (environment in the compose file)' }],
  // docs.linkwarden.app: .env from .env.sample with NEXTAUTH_SECRET, POSTGRES_PASSWORD and MEILI_MASTER_KEY set.
  linkwarden: [{ label: '.env from .env.sample (secrets set)', prepare: linkwardenEnv }],
  // docs.hoppscotch.io self-host: `cp .env.example .env`, `docker compose --profile default up`.
  hoppscotch: [{
    label: 'cp .env.example .env, --profile default',
    prepare: (copy) => replaceFile(join(copy, '.env'), readFileSync(join(copy, '.env.example'))),
    inputs: { profiles: 'default' },
    // aio_run.mjs hands the container's VITE_* variables to the built web apps (import-meta-env); these build the URLs they call.
    codeNeeds: {
      VITE_BASE_URL: { file: 'packages/hoppscotch-common/src/components/teams/Invite.vue', text: 'inviteLink = `${import.meta.env.VITE_BASE_URL}/join-team?id=${invitationID}`' },
      VITE_ADMIN_URL: { file: 'packages/hoppscotch-sh-admin/src/components/teams/Invite.vue', text: 'const addGroupImagePath = `${\n  import.meta.env.VITE_ADMIN_URL\n}/images/add_group.svg`' },
      VITE_BACKEND_GQL_URL: { file: 'packages/hoppscotch-selfhost-web/src/platform/auth/desktop/index.ts', text: 'url: `${import.meta.env.VITE_BACKEND_GQL_URL}`,' },
      VITE_BACKEND_API_URL: { file: 'packages/hoppscotch-common/src/components/accessTokens/index.vue', text: 'const endpointPrefix = `${import.meta.env.VITE_BACKEND_API_URL}/access-tokens`' },
    },
  }],
  // Each README: `docker compose up -d` in the folder, with its shipped .env.
  'n8n-hosting': [
    { label: 'docker-compose/withPostgres', cwd: 'docker-compose/withPostgres' },
    { label: 'docker-compose/withPostgresAndWorker', cwd: 'docker-compose/withPostgresAndWorker' },
    { label: 'docker-compose/subfolderWithSSL', cwd: 'docker-compose/subfolderWithSSL' },
    { label: 'docker-caddy', cwd: 'docker-caddy' },
  ],
};

/** documenso's documented keys (required, then the optional ones the docs list), as a self-hoster sets them. */
const DOCUMENSO_KEYS = [
  'POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB', 'NEXTAUTH_SECRET', 'NEXT_PRIVATE_ENCRYPTION_KEY', 'NEXT_PRIVATE_ENCRYPTION_SECONDARY_KEY',
  'NEXT_PUBLIC_WEBAPP_URL', 'NEXT_PRIVATE_INTERNAL_WEBAPP_URL', 'NEXT_PRIVATE_DATABASE_URL', 'NEXT_PRIVATE_SMTP_TRANSPORT', 'NEXT_PRIVATE_SMTP_HOST',
  'NEXT_PRIVATE_SMTP_PORT', 'NEXT_PRIVATE_SMTP_USERNAME', 'NEXT_PRIVATE_SMTP_PASSWORD', 'NEXT_PRIVATE_SMTP_FROM_NAME', 'NEXT_PRIVATE_SMTP_FROM_ADDRESS',
  'PORT', 'NEXT_PRIVATE_SIGNING_PASSPHRASE', 'NEXT_PUBLIC_DISABLE_SIGNUP',
];

/** An env file with these keys set (the values are the operator's; only that they are set matters here). */
function writeEnv(path: string, keys: string[]): void {
  replaceFile(path, keys.map((key) => `${key}=${key === 'PORT' ? '3000' : 'set-by-the-operator'}\n`).join(''));
}

function planeCommunity(copy: string): void {
  const dir = join(copy, 'deployments/cli/community');
  replaceFile(join(dir, 'docker-compose.yaml'), readFileSync(join(dir, 'docker-compose.yml')));
  replaceFile(join(dir, 'plane.env'), readFileSync(join(dir, 'variables.env')));
}

function planeLocal(copy: string): void {
  for (const dir of ['.', 'apps/web', 'apps/api', 'apps/space', 'apps/admin', 'apps/live']) {
    if (existsSync(join(copy, dir, '.env.example'))) replaceFile(join(copy, dir, '.env'), readFileSync(join(copy, dir, '.env.example')));
  }
  replaceFile(join(copy, 'apps/api/.env'), `${readFileSync(join(copy, 'apps/api/.env'), 'utf8')}\nSECRET_KEY="set-by-setup-sh"\n`);
}

function linkwardenEnv(copy: string): void {
  const sample = readFileSync(join(copy, '.env.sample'), 'utf8');
  replaceFile(join(copy, '.env'), sample.replace(/^(NEXTAUTH_SECRET|POSTGRES_PASSWORD|MEILI_MASTER_KEY)=$/gm, '$1=set-by-the-operator'));
}

const OUTLINE_COMPOSE = `services:
  outline:
    build: .
    env_file: ./docker.env
    expose:
      - "3000"
    volumes:
      - storage-data:/var/lib/outline/data
    depends_on:
      - postgres
      - redis
  redis:
    image: redis
    env_file: ./docker.env
    expose:
      - "6379"
    volumes:
      - ./redis.conf:/redis.conf
    command: ["redis-server", "/redis.conf"]
  postgres:
    image: postgres
    env_file: ./docker.env
    expose:
      - "5432"
    volumes:
      - database-data:/var/lib/postgresql/data
    environment:
      POSTGRES_USER: 'user'
      POSTGRES_PASSWORD: 'pass'
      POSTGRES_DB: 'outline'
  https-portal:
    image: steveltn/https-portal
    env_file: ./docker.env
    ports:
      - '80:80'
      - '443:443'
    links:
      - outline
    volumes:
      - https-portal-data:/var/lib/https-portal
    environment:
      DOMAINS: 'docs.mycompany.com -> http://outline:3000'
      STAGE: 'production'
      WEBSOCKET: 'true'
      CLIENT_MAX_BODY_SIZE: '0'
volumes:
  https-portal-data:
  storage-data:
  database-data:
`;

function outlineSelfBuild(copy: string): void {
  replaceFile(join(copy, 'docker-compose.yml'), OUTLINE_COMPOSE);
  replaceFile(join(copy, 'docker.env'), readFileSync(join(copy, '.env.sample')));
}

/** Writes a new file in place of a hard link, so the read-only original never changes. */
function replaceFile(path: string, content: string | Buffer): void {
  if (existsSync(path)) unlinkSync(path);
  writeFileSync(path, content);
}

/** A copy made of hard links (fast for big repositories); files are only ever replaced, never written through. */
function linkCopy(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkCopy(source, target);
    else if (entry.isFile()) {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target); // another file system
      }
    } else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
  }
}

interface Entry { service: string; variable: string; reason: string; file: string; line: number; hint: string }

interface RunFacts {
  errors: Entry[];
  notices: Entry[];
  checked: string[];
  notStarted: string[];
  /** Services the log or summary names as not started. */
  namedNotStarted: string[];
}

function facts(step: StepResult): RunFacts {
  const errors = JSON.parse(step.outputs.missing ?? '[]') as Entry[];
  const notices = step.outputs.notices === undefined ? [] : (JSON.parse(step.outputs.notices) as Entry[]);
  if (step.outputs.services !== undefined) {
    const services = JSON.parse(step.outputs.services) as { checked: string[]; 'not-started': { service: string }[] };
    const notStarted = services['not-started'].map((entry) => entry.service);
    return { errors, notices, checked: services.checked, notStarted, namedNotStarted: notStarted.filter((name) => step.stdout.includes(name) && step.summary.includes(name)) };
  }
  // Bundles before issue 11 print only a count: `compose: files: N services`.
  const count = Number(/: (\d+) services?\n/.exec(step.stdout)?.[1] ?? 0);
  return { errors, notices, checked: Array.from({ length: count }, (_, i) => `#${i}`), notStarted: [], namedNotStarted: [] };
}

/** The oracle's view of a service, from the YAML itself (later files merged over earlier ones). */
interface OracleService {
  profiles: string[];
  /** Everything but environment values and build args FROM does not use: an empty string there breaks Compose, the build or the container. */
  fatalText: string;
  /** Environment values and build args FROM does not use: the container (or build) gets an empty value. */
  valueText: string;
  buildPassThrough: Set<string>;
  fromArgs: Set<string>;
  built: boolean;
  image: string;
  environment: Map<string, string | null>;
  envFiles: string[];
}

interface Oracle {
  services: Map<string, OracleService>;
  topLevelText: string;
}

function composeFilesOf(cwd: string, inputs: Record<string, string>, env: Record<string, string>, dotenv: Map<string, string>): string[] {
  const given = (inputs['compose-files'] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (given.length > 0) return given.map((file) => resolve(cwd, file));
  const fromEnv = env.COMPOSE_FILE ?? dotenv.get('COMPOSE_FILE');
  if (fromEnv) return fromEnv.split(env.COMPOSE_PATH_SEPARATOR ?? dotenv.get('COMPOSE_PATH_SEPARATOR') ?? ':').map((file) => resolve(cwd, file));
  const main = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'].find((name) => existsSync(join(cwd, name)));
  if (!main) return [];
  const base = main.replace(/\.ya?ml$/, '');
  const override = ['.override.yaml', '.override.yml'].map((ext) => base + ext).find((name) => existsSync(join(cwd, name)));
  return [main, ...(override ? [override] : [])].map((file) => join(cwd, file));
}

/** Global `ARG X` (no default) that a FROM line uses as `$X` / `${X}`: the build fails without it. */
function fromArgsOf(dockerfile: string): Set<string> {
  const names = new Set<string>();
  if (!existsSync(dockerfile)) return names;
  const lines = readFileSync(dockerfile, 'utf8').split('\n');
  const firstFrom = lines.findIndex((line) => /^\s*FROM\s/i.test(line));
  const declared = new Set(lines.slice(0, Math.max(firstFrom, 0)).map((line) => /^\s*ARG\s+(\w+)\s*$/i.exec(line)?.[1]).filter((name): name is string => !!name));
  for (const line of lines) if (/^\s*FROM\s/i.test(line)) for (const name of declared) if (line.includes(`\${${name}}`) || new RegExp(`\\$${name}\\b`).test(line)) names.add(name);
  return names;
}

/** `environment` (or build `args`) as a map: list entries `K=v` / `K` and mapping entries. */
function entriesOf(raw: unknown): Map<string, string | null> {
  const entries = new Map<string, string | null>();
  if (Array.isArray(raw)) {
    for (const item of raw.map(String)) entries.set(item.split('=')[0]!.trim(), item.includes('=') ? item.slice(item.indexOf('=') + 1) : null);
  } else if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) entries.set(key, value === null || value === undefined ? null : String(value));
  }
  return entries;
}

function readOracle(files: string[]): Oracle {
  const services = new Map<string, OracleService>();
  let topLevelText = '';
  for (const file of files) {
    const doc = parse(readFileSync(file, 'utf8'), { merge: true, maxAliasCount: -1 }) as Record<string, unknown>;
    for (const [key, value] of Object.entries(doc ?? {})) {
      if (key === 'services' || key.startsWith('x-')) continue;
      topLevelText += JSON.stringify(value ?? null);
    }
    for (const [name, raw] of Object.entries((doc?.services ?? {}) as Record<string, Record<string, unknown> | null>)) {
      const before = services.get(name);
      const definition = { ...(raw ?? {}) };
      const build = definition.build as string | { context?: string; dockerfile?: string; args?: unknown } | undefined;
      const spec = typeof build === 'string' ? { context: build } : build;
      const args = entriesOf(spec?.args);
      const fromArgs = spec ? fromArgsOf(resolve(dirname(files[0]!), spec.context ?? '.', spec.dockerfile ?? 'Dockerfile')) : before?.fromArgs ?? new Set<string>();
      const environment = new Map([...(before?.environment ?? []), ...entriesOf(definition.environment)]);
      const valueArgs = [...args].filter(([arg]) => !fromArgs.has(arg)).map(([, value]) => value);
      delete definition.environment;
      if (spec && typeof spec === 'object') definition.build = { ...spec, args: Object.fromEntries([...args].filter(([arg]) => fromArgs.has(arg))) };
      const envFile = definition.env_file;
      const envFiles = (Array.isArray(envFile) ? envFile : envFile === undefined ? [] : [envFile]).map((entry) => resolve(dirname(file), typeof entry === 'string' ? entry : String((entry as { path?: string }).path)));
      services.set(name, {
        profiles: Array.isArray(definition.profiles) ? definition.profiles.map(String) : before?.profiles ?? [],
        fatalText: (before?.fatalText ?? '') + JSON.stringify(definition),
        // Every value the service's environment holds after the merge, plus build args FROM does not use.
        valueText: JSON.stringify([...environment.values(), ...valueArgs, ...(before ? [before.valueText] : [])]),
        buildPassThrough: spec ? new Set([...args].filter(([, value]) => value === null).map(([arg]) => arg)) : before?.buildPassThrough ?? new Set(),
        fromArgs,
        built: spec !== undefined || before?.built === true,
        image: typeof definition.image === 'string' ? definition.image : before?.image ?? '',
        environment,
        envFiles: [...(before?.envFiles ?? []), ...envFiles],
      });
    }
  }
  return { services, topLevelText };
}

/**
 * The oracle's own copy of what official images document (Docker Hub descriptions):
 * postgres needs POSTGRES_PASSWORD unless POSTGRES_HOST_AUTH_METHOD=trust; mysql one of
 * MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD; mariadb
 * the same or the MARIADB_* names.
 */
const ROOT_PASSWORDS: Record<string, string[]> = {
  postgres: ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD_FILE'],
  mysql: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE'],
  mariadb: ['MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_FILE', 'MYSQL_ROOT_PASSWORD_FILE'],
};

/** Whether only KEY (from the probed env file) gives an official database image its root password. */
function rootPasswordOnlyFrom(service: OracleService, key: string, probedFile: string, fileKeys: Map<string, string>): boolean {
  if (service.built) return false;
  const repository = /^(?:docker\.io\/)?(?:library\/)?([a-z0-9._-]+)(?:[:@].*)?$/.exec(service.image)?.[1] ?? '';
  const names = ROOT_PASSWORDS[repository];
  if (!names || service.environment.get('POSTGRES_HOST_AUTH_METHOD') === 'trust') return false;
  const fromFile = service.envFiles.includes(probedFile);
  const givers = names.filter((name) => {
    const value = service.environment.get(name);
    if (value === undefined) return fromFile && fileKeys.has(name);
    if (value === null) return fileKeys.has(name);
    return value !== '';
  });
  return givers.length > 0 && givers.every((name) => {
    const value = service.environment.get(name);
    return value === undefined || value === null ? name === key : needsWithoutDefault(value, key);
  });
}

function activeProfiles(inputs: Record<string, string>, env: Record<string, string>, dotenv: Map<string, string>): string[] {
  const value = inputs.profiles ?? env.COMPOSE_PROFILES ?? dotenv.get('COMPOSE_PROFILES') ?? '';
  return value.split(',').map((profile) => profile.trim()).filter(Boolean);
}

/** The text Compose evaluates: the word of `${X:-word}` / `${X-word}` only when X is unset (`:-`: or empty). */
function evaluatedText(text: string, isSet: (name: string, operator: string) => boolean): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-)((?:[^{}]|\{[^{}]*\})*)\}/g, (_whole, name: string, operator: string, word: string) => (isSet(name, operator) ? '' : word));
}

/** `${KEY:?…}`, `${KEY?…}`: Compose stops when KEY is missing, wherever it is written. */
function requiredForm(text: string, key: string): boolean {
  const escaped = escapeRegExp(key);
  return new RegExp(`(?<!\\$)\\$\\{${escaped}:?\\?`).test(text);
}

/** `$KEY`, `${KEY}`, `${KEY:?…}`, `${KEY?…}`: an interpolation that has no default. */
function needsWithoutDefault(text: string, key: string): boolean {
  const escaped = escapeRegExp(key);
  return new RegExp(`(?<!\\$)\\$(?:${escaped}(?![A-Za-z0-9_])|\\{${escaped}(?:\\}|:?\\?))`).test(text);
}

function readDotenvKeys(path: string): { keys: Map<string, string>; lines: string[] } {
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
  const keys = new Map<string, string>();
  for (const line of lines) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(line);
    if (match) keys.set(match[1]!, match[2]!.trim());
  }
  return { keys, lines };
}

interface ProbeTally {
  needed: number;
  detected: number;
  /** Keys only environment values interpolate: named (error or notice) or not. */
  valueOnly: number;
  valueOnlyNamed: number;
  valueOnlyErrors: string[];
  valueOnlySilent: string[];
  /** Needed keys only the image's code shows (cited in the setup). */
  byCode: string[];
  profileOnlyNeeded: number;
  profileOnlyDetected: number;
  passThrough: number;
  passThroughNoticed: number;
  harmless: number;
  harmlessWithNewErrors: number;
  missed: string[];
  falseAlarms: string[];
  passThroughSilent: string[];
}

async function probe(copy: string, cwd: string, setup: Setup, scan: string, baseline: RunFacts): Promise<ProbeTally | undefined> {
  const inputs: Record<string, string> = { ...setup.inputs, 'scan-sources': scan };
  const env = setup.env ?? {};
  const firstEnvFile = (inputs['env-files'] ?? '').split('\n').map((line) => line.trim()).find(Boolean);
  // The removal probes edit the first `env-files` input, else the project's .env.
  const dotenvPath = resolve(cwd, firstEnvFile ?? '.env');
  const { keys, lines } = readDotenvKeys(dotenvPath);
  if (keys.size === 0) return undefined;
  const files = composeFilesOf(cwd, inputs, env, keys);
  const oracle = readOracle(files);
  const profiles = activeProfiles(inputs, env, keys);
  const started = [...oracle.services].filter(([, service]) => service.profiles.length === 0 || profiles.includes('*') || service.profiles.some((p) => profiles.includes(p)));
  const tally: ProbeTally = { needed: 0, detected: 0, valueOnly: 0, valueOnlyNamed: 0, valueOnlyErrors: [], valueOnlySilent: [], byCode: [], profileOnlyNeeded: 0, profileOnlyDetected: 0, passThrough: 0, passThroughNoticed: 0, harmless: 0, harmlessWithNewErrors: 0, missed: [], falseAlarms: [], passThroughSilent: [] };
  const original = readFileSync(dotenvPath);
  const baseErrors = new Set(baseline.errors.map((e) => `${e.service}\0${e.variable}\0${e.reason}`));
  const baseNotices = new Set(baseline.notices.map((e) => `${e.service}\0${e.variable}\0${e.reason}`));
  try {
    for (const key of keys.keys()) {
      if (key.startsWith('COMPOSE_') || env[key] !== undefined) continue; // Compose's own settings; a key the environment overrides
      const evaluated = (text: string) => evaluatedText(text, (name, operator) => {
        const value = name === key ? undefined : env[name] ?? keys.get(name);
        return operator === ':-' ? (value ?? '') !== '' : value !== undefined;
      });
      const users = started.filter(([, service]) => needsWithoutDefault(evaluated(service.fatalText), key) || requiredForm(service.valueText, key) || (service.buildPassThrough.has(key) && service.fromArgs.has(key)) || rootPasswordOnlyFrom(service, key, dotenvPath, keys));
      const topLevel = needsWithoutDefault(evaluated(oracle.topLevelText), key);
      const cited = setup.codeNeeds?.[key];
      if (cited && !(existsSync(join(copy, cited.file)) && readFileSync(join(copy, cited.file), 'utf8').includes(cited.text))) throw new Error(`${key}: the cited text is not in ${cited.file}`);
      const byCode = scan === 'true' && cited !== undefined && users.length === 0 && !topLevel;
      if (byCode) tally.byCode.push(key);
      const needed = users.length > 0 || topLevel || byCode;
      const profileOnly = users.length > 0 && users.every(([, service]) => service.profiles.length > 0) && !topLevel;
      const valueOnly = !needed && started.some(([, service]) => needsWithoutDefault(evaluated(service.valueText), key));
      const passThrough = !needed && !valueOnly && started.some(([, service]) => service.environment.get(key) === null);
      replaceFile(dotenvPath, lines.filter((line) => !new RegExp(`^\\s*(?:export\\s+)?${key.replace(/[.]/g, '\\.')}\\s*=`).test(line)).join('\n'));
      const step = await runStep('env-completeness', 'main', { cwd, inputs, env, timeoutMs: 300_000 });
      const after = facts(step);
      const newErrors = after.errors.filter((e) => !baseErrors.has(`${e.service}\0${e.variable}\0${e.reason}`));
      const newNotices = after.notices.filter((e) => !baseNotices.has(`${e.service}\0${e.variable}\0${e.reason}`));
      const named = newErrors.some((e) => e.variable === key);
      if (needed) {
        tally.needed++;
        if (profileOnly) tally.profileOnlyNeeded++;
        if (named) {
          tally.detected++;
          if (profileOnly) tally.profileOnlyDetected++;
        } else tally.missed.push(key);
      } else if (valueOnly) {
        tally.valueOnly++;
        if (named || newNotices.some((e) => e.variable === key)) tally.valueOnlyNamed++;
        else tally.valueOnlySilent.push(key);
        if (named) tally.valueOnlyErrors.push(`${key} (${newErrors.find((e) => e.variable === key)!.hint.replace(/^.*needs [A-Z0-9_]+ \(/, '').slice(0, 80)})`);
      } else {
        tally.harmless++;
        if (newErrors.length > 0) {
          tally.harmlessWithNewErrors++;
          tally.falseAlarms.push(`${key} (${newErrors.map((e) => `${e.variable}/${e.reason}@${e.service || '-'}`).join(', ')})`);
        }
        if (passThrough) {
          tally.passThrough++;
          if (newNotices.some((e) => e.variable === key)) tally.passThroughNoticed++;
          else tally.passThroughSilent.push(key);
        }
      }
    }
  } finally {
    replaceFile(dotenvPath, original);
  }
  return tally;
}

const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${part}/${whole} (${Math.round((part / whole) * 100)}%)`);

export const corpus: CorpusCheck = {
  async run(repoDir, name) {
    const setups = DOCUMENTED[name] ?? [{ label: 'docker compose up in the repository root' }];
    if (!DOCUMENTED[name] && composeFilesOf(repoDir, {}, {}, new Map()).length === 0) {
      console.log(`${name}: no compose file in the repository root (n/a)`);
      return true;
    }
    let ok = true;
    for (const setup of setups) {
      const copy = mkdtempSync(join(tmpdir(), `corpus-env-${name}-`));
      try {
        linkCopy(repoDir, copy);
        setup.prepare?.(copy);
        const cwd = join(copy, setup.cwd ?? '.');
        for (const scan of ['true', 'false']) {
          const step = await runStep('env-completeness', 'main', { cwd, inputs: { ...setup.inputs, 'scan-sources': scan }, env: setup.env, timeoutMs: 300_000 });
          if (step.outputs.missing === undefined) {
            console.log(`${name} [${setup.label}] scan=${scan}: the step stopped before a verdict: ${step.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? step.stderr.slice(0, 300)}`);
            ok = false;
            continue;
          }
          const run = facts(step);
          const tally = process.env.CORPUS_PROBES === '0' ? undefined : await probe(copy, cwd, setup, scan, run);
          const unnamed = run.notStarted.filter((service) => !run.namedNotStarted.includes(service));
          console.log(`${name} [${setup.label}] scan-sources=${scan}`);
          console.log(`  services checked ${run.checked.length}, not started ${run.notStarted.length}${run.notStarted.length ? ` (${run.notStarted.join(', ')})` : ''}${unnamed.length ? `; NOT NAMED in log+summary: ${unnamed.join(', ')}` : ''}`);
          console.log(`  errors ${run.errors.length}, notices ${step.outputs.notices === undefined ? 'n/a (no notices output)' : run.notices.length}`);
          for (const entry of run.errors.slice(0, 15)) console.log(`    error ${entry.service || '-'} ${entry.variable} ${entry.reason} ${entry.file}:${entry.line}`);
          if (run.errors.length > 15) console.log(`    … ${run.errors.length - 15} more errors`);
          if (tally) {
            console.log(`  removal: needed keys detected ${pct(tally.detected, tally.needed)}, of which profile-only ${pct(tally.profileOnlyDetected, tally.profileOnlyNeeded)}; environment-value-only keys named ${pct(tally.valueOnlyNamed, tally.valueOnly)} (${tally.valueOnlyErrors.length} as errors); harmless removals with a new error ${tally.harmlessWithNewErrors}/${tally.harmless}; pass-through removals noticed ${pct(tally.passThroughNoticed, tally.passThrough)}`);
            if (tally.byCode.length) console.log(`    needed by the image's code (cited in the setup): ${tally.byCode.join(', ')}`);
            if (tally.missed.length) console.log(`    missed: ${tally.missed.join(', ')}`);
            if (tally.valueOnlyErrors.length) console.log(`    environment-value-only keys reported as errors (a need shown): ${tally.valueOnlyErrors.join('; ')}`);
            if (tally.valueOnlySilent.length) console.log(`    environment-value-only keys NOT named: ${tally.valueOnlySilent.join(', ')}`);
            if (tally.falseAlarms.length) console.log(`    false alarms: ${tally.falseAlarms.join(', ')}`);
            if (tally.passThroughSilent.length) console.log(`    pass-through removals without a notice: ${tally.passThroughSilent.join(', ')}`);
          } else {
            console.log('  removal: n/a (no env file to probe)');
          }
          if (run.errors.length > 0 || unnamed.length > 0 || (tally && (tally.detected < tally.needed || tally.harmlessWithNewErrors > 0 || tally.valueOnlyNamed < tally.valueOnly))) ok = false;
        }
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
    return ok;
  },
};
