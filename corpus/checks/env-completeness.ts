// `npm run corpus -- env-completeness`: the bundled action on real compose stacks,
// configured as each project's own docs tell a self-hoster to run it, with scan-sources
// on and off. Per stack it prints the services checked and those not started, errors
// and notices on the clean configuration, and removal detection: every key of the
// project's .env is removed in turn and the run must name it when a started service
// interpolates it without a default (also keys only profile services use), must not
// fail when nothing started needs it, and should give a notice for a pass-through key.
//
// The expectations of the removal probes come from an oracle of their own (the YAML
// read by the `yaml` package, the profile rule and a text search for `${KEY}`), not
// from the engine under test. A build arg passed through (`args: [NAME]`) that the
// Dockerfile's FROM uses (a global `ARG NAME` with no default) counts as needed too.
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runStep, type StepResult } from '../../test/harness/action-runner.ts';
import type { CorpusCheck } from '../corpus.ts';

/** How a self-hoster runs a stack, as its docs say: where, which inputs, which environment. */
interface Setup {
  label: string;
  /** Turns a private copy of the repository into the documented configuration. */
  prepare?: (copy: string) => void;
  /** Working directory inside the copy. */
  cwd?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
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
};

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

/** The oracle: services, their profiles, and the no-default interpolations each holds, from the YAML itself. */
interface Oracle {
  services: Map<string, { profiles: string[]; text: string; buildPassThrough: Set<string>; fromArgs: Set<string> }>;
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

function readOracle(files: string[]): Oracle {
  const services = new Map<string, { profiles: string[]; text: string; buildPassThrough: Set<string>; fromArgs: Set<string> }>();
  let topLevelText = '';
  for (const file of files) {
    const doc = parse(readFileSync(file, 'utf8'), { merge: true, maxAliasCount: -1 }) as Record<string, unknown>;
    for (const [key, value] of Object.entries(doc ?? {})) {
      if (key === 'services' || key.startsWith('x-')) continue;
      topLevelText += JSON.stringify(value ?? null);
    }
    for (const [name, raw] of Object.entries((doc?.services ?? {}) as Record<string, Record<string, unknown> | null>)) {
      const before = services.get(name);
      const profiles = Array.isArray(raw?.profiles) ? raw.profiles.map(String) : before?.profiles ?? [];
      const build = raw?.build as string | { context?: string; dockerfile?: string; args?: unknown } | undefined;
      const spec = typeof build === 'string' ? { context: build } : build;
      const args = spec?.args;
      const passThrough = new Set(Array.isArray(args) ? args.map(String).filter((arg) => !arg.includes('=')) : args && typeof args === 'object' ? Object.entries(args).filter(([, v]) => v === null).map(([k]) => k) : []);
      const fromArgs = spec ? fromArgsOf(resolve(dirname(files[0]!), spec.context ?? '.', spec.dockerfile ?? 'Dockerfile')) : before?.fromArgs ?? new Set<string>();
      services.set(name, { profiles, text: (before?.text ?? '') + JSON.stringify(raw ?? {}), buildPassThrough: spec ? passThrough : before?.buildPassThrough ?? new Set(), fromArgs });
    }
  }
  return { services, topLevelText };
}

function activeProfiles(inputs: Record<string, string>, env: Record<string, string>, dotenv: Map<string, string>): string[] {
  const value = inputs.profiles ?? env.COMPOSE_PROFILES ?? dotenv.get('COMPOSE_PROFILES') ?? '';
  return value.split(',').map((profile) => profile.trim()).filter(Boolean);
}

/** `$KEY`, `${KEY}`, `${KEY:?…}`, `${KEY?…}`: an interpolation that has no default. */
function needsWithoutDefault(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\$)\\$(?:${escaped}(?![A-Za-z0-9_])|\\{${escaped}(?:\\}|:?\\?))`).test(text);
}

function passThroughIn(text: string, key: string): boolean {
  return text.includes(`"${key}"`) && (text.includes(`"${key}":null`) || text.includes(`"${key}",`) || text.includes(`"${key}"]`));
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
  const inputs = { ...setup.inputs, 'scan-sources': scan };
  const env = setup.env ?? {};
  const dotenvPath = join(cwd, '.env');
  const { keys, lines } = readDotenvKeys(dotenvPath);
  if (keys.size === 0) return undefined;
  const files = composeFilesOf(cwd, inputs, env, keys);
  const oracle = readOracle(files);
  const profiles = activeProfiles(inputs, env, keys);
  const started = [...oracle.services].filter(([, service]) => service.profiles.length === 0 || profiles.includes('*') || service.profiles.some((p) => profiles.includes(p)));
  const tally: ProbeTally = { needed: 0, detected: 0, profileOnlyNeeded: 0, profileOnlyDetected: 0, passThrough: 0, passThroughNoticed: 0, harmless: 0, harmlessWithNewErrors: 0, missed: [], falseAlarms: [], passThroughSilent: [] };
  const original = readFileSync(dotenvPath);
  const baseErrors = new Set(baseline.errors.map((e) => `${e.service}\0${e.variable}\0${e.reason}`));
  const baseNotices = new Set(baseline.notices.map((e) => `${e.service}\0${e.variable}\0${e.reason}`));
  try {
    for (const key of keys.keys()) {
      if (key.startsWith('COMPOSE_') || env[key] !== undefined) continue; // Compose's own settings; a key the environment overrides
      const users = started.filter(([, service]) => needsWithoutDefault(service.text, key) || (service.buildPassThrough.has(key) && service.fromArgs.has(key)));
      const needed = users.length > 0 || needsWithoutDefault(oracle.topLevelText, key);
      const profileOnly = needed && users.every(([, service]) => service.profiles.length > 0) && !needsWithoutDefault(oracle.topLevelText, key);
      const passThrough = !needed && started.some(([, service]) => passThroughIn(service.text, key));
      replaceFile(dotenvPath, lines.filter((line) => !new RegExp(`^\\s*(?:export\\s+)?${key.replace(/[.]/g, '\\.')}\\s*=`).test(line)).join('\n'));
      const step = await runStep('env-completeness', 'main', { cwd, inputs, env, timeoutMs: 300_000 });
      const after = facts(step);
      const newErrors = after.errors.filter((e) => !baseErrors.has(`${e.service}\0${e.variable}\0${e.reason}`));
      const named = newErrors.some((e) => e.variable === key);
      if (needed) {
        tally.needed++;
        if (profileOnly) tally.profileOnlyNeeded++;
        if (named) {
          tally.detected++;
          if (profileOnly) tally.profileOnlyDetected++;
        } else tally.missed.push(key);
      } else {
        tally.harmless++;
        if (newErrors.length > 0) {
          tally.harmlessWithNewErrors++;
          tally.falseAlarms.push(key);
        }
        if (passThrough) {
          tally.passThrough++;
          if (after.notices.some((e) => e.variable === key && !baseNotices.has(`${e.service}\0${e.variable}\0${e.reason}`))) tally.passThroughNoticed++;
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
            console.log(`  removal: needed keys detected ${pct(tally.detected, tally.needed)}, of which profile-only ${pct(tally.profileOnlyDetected, tally.profileOnlyNeeded)}; harmless removals with a new error ${tally.harmlessWithNewErrors}/${tally.harmless}; pass-through removals noticed ${pct(tally.passThroughNoticed, tally.passThrough)}`);
            if (tally.missed.length) console.log(`    missed: ${tally.missed.join(', ')}`);
            if (tally.falseAlarms.length) console.log(`    false alarms: ${tally.falseAlarms.join(', ')}`);
            if (tally.passThroughSilent.length) console.log(`    pass-through removals without a notice: ${tally.passThroughSilent.join(', ')}`);
          } else {
            console.log('  removal: n/a (no project .env)');
          }
          if (run.errors.length > 0 || unnamed.length > 0 || (tally && (tally.detected < tally.needed || tally.harmlessWithNewErrors > 0))) ok = false;
        }
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
    return ok;
  },
};
