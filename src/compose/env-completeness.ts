import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { GitHubApi } from '../shared/github-api.ts';
import { UserError } from '../shared/errors.ts';
import type { Finding } from '../shared/findings.ts';
import { findMissing, type Definition, type ExampleFile, type ImageFacts, type MissingVariable, type ServiceFacts } from './check.ts';
import { DEFAULT_EXAMPLE_FILES, DEFAULT_FLY_CONFIG, inProject, shownPath } from './defaults.ts';
import { readDotenvFile, type DotenvEntry } from './dotenv.ts';
import { listGitHubNames } from './github-names.ts';
import type { Lookup } from './interpolate.ts';
import { servicesShown } from './report.ts';
import { loadProject, type BuildSpec, type EnvFileRef, type Project, type Service } from './project.ts';
import { NoComposeFileError, resolveProjectSettings, type ProjectSettings, type Setting } from './project-settings.ts';
import { requirementOf } from './official-images.ts';
import { checkFlyApp } from './fly-app.ts';
import type { FlyApi } from '../fly/machines-api.ts';
import { scanNotes } from './scan-notes.ts';
import { buildTimeNames, ContextCache, readDockerfile, scanBuildContext, type ScanResult } from './source-scan.ts';

export interface EnvCompletenessOptions {
  workingDirectory: string;
  /** Paths in results are relative to this (the repository root, for annotations); default workingDirectory. */
  displayRoot?: string;
  /** In merge order; empty = COMPOSE_FILE, else Compose's default file names (see project-settings.ts). */
  composeFiles: string[];
  /** Interpolation values and provided names; empty = COMPOSE_ENV_FILES, else the project's `.env`. */
  envFiles: string[];
  /** '' = `.env.example` (else `.env.sample`) in the project directory when the compose project reads the `.env` it templates; 'none' = no example check. */
  exampleFile: string;
  required: Record<string, string[]>;
  scanSources: boolean;
  services: string[];
  /** Empty = COMPOSE_PROFILES from the environment or the project .env. */
  profiles: string[];
  provided: string[];
  ignore: string[];
  environment: string;
  repository: string;
  api?: GitHubApi;
  /** The step's environment: names count as provided, values serve interpolation (never shown). */
  stepEnv: Record<string, string | undefined>;
  /** fly.toml of a Fly app to check too: '' = fly.toml in the working directory when it exists, 'none' = no Fly app. */
  flyConfig?: string;
  /** The Fly app's name; '' = fly.toml's `app`. */
  flyApp?: string;
  /** With a token: the app's secret names and whether its Machines have them. */
  flyApi?: FlyApi;
  log?: (line: string) => void;
}

export interface ServiceReport {
  name: string;
  /** A Fly app rather than a compose service. */
  kind?: 'fly';
  file: string;
  line: number;
  defined: number;
  reads: number;
  filesScanned: number;
}

export interface NotStarted {
  service: string;
  why: string;
}

export interface EnvCompletenessResult {
  files: string[];
  /** Compose's own settings as applied, each with where it came from. */
  settings: { files: Setting<string[]>; envFiles: string[]; profiles: Setting<string[]>; projectName: Setting<string> };
  /** The services checked (those `docker compose up` starts). */
  services: ServiceReport[];
  /** Defined but not started: never silently left out. */
  notStarted: NotStarted[];
  /** Errors: a container would run without something it needs. */
  missing: MissingVariable[];
  /** Worth a look, not failing: pass-throughs nothing provides, empty values a need reads, reads whose use cannot be judged. */
  notices: MissingVariable[];
  provided: { source: string; count: number }[];
  notes: string[];
  findings: Finding[];
}

/** Variables the action itself receives; not part of any deployment. */
const OWN_ENV = /^(INPUT_|STATE_)/;
/** Stands for "set, value unknown" (a provided name, a secret): non-empty, never printed. */
const PROVIDED_VALUE = '\u0000provided';

export async function checkEnvCompleteness(options: EnvCompletenessOptions): Promise<EnvCompletenessResult> {
  const log = options.log ?? (() => {});
  const cwd = options.workingDirectory;
  const root = options.displayRoot ?? cwd;
  const shown = (path: string) => shownPath(root, path);
  const notes: string[] = [];
  const providedSources: { source: string; count: number }[] = [];

  const stepValues = new Map<string, string>();
  for (const [name, value] of Object.entries(options.stepEnv)) if (value !== undefined && !OWN_ENV.test(name)) stepValues.set(name, value);
  providedSources.push({ source: 'step environment', count: stepValues.size });
  const flyConfig = flyConfigPath(options.flyConfig ?? '', cwd);
  let composeSettings: ProjectSettings | undefined;
  try {
    composeSettings = resolveProjectSettings({ cwd, root, composeFiles: options.composeFiles, envFiles: options.envFiles, profiles: options.profiles, env: stepValues, shown });
  } catch (error) {
    if (!(error instanceof NoComposeFileError)) throw error;
    if (!flyConfig) throw new NoComposeFileError(`${error.message}, or fly-config for a Fly app`);
  }
  const settings = composeSettings ?? noComposeProject(cwd);
  for (const file of settings.envFiles) providedSources.push({ source: `env file ${file}`, count: [...settings.fileValues.values()].filter((value) => value.file === file).length });

  const names = new Set<string>(options.provided);
  if (options.provided.length > 0) providedSources.push({ source: 'provided input', count: options.provided.length });
  if (options.api) {
    const github = await listGitHubNames(options.api, options.repository, options.environment);
    for (const name of github.names) names.add(name);
    providedSources.push(...github.sources);
    notes.push(...github.notes);
    log(`GitHub: ${github.names.size} secret and variable names listed`);
  }
  // Compose's precedence: the run's environment, then the env files; Compose itself sets the project name and PWD.
  const own = new Map([['COMPOSE_PROJECT_NAME', settings.projectName.value], ['PWD', cwd]]);
  const lookup: Lookup = (name) => stepValues.get(name) ?? settings.fileValues.get(name)?.value ?? (names.has(name) ? PROVIDED_VALUE : undefined) ?? own.get(name);
  // An empty value in the environment provides nothing (a deleted secret reaches the step as ''); `KEY=` in an env file is an empty value on purpose.
  const deliberatelyEmpty = (name: string) => !stepValues.has(name) && settings.fileValues.get(name)?.value === '';
  const provided = (name: string) => {
    if (names.has(name) || own.has(name)) return true;
    const step = stepValues.get(name);
    return step !== undefined ? step !== '' : settings.fileValues.get(name)?.value !== undefined;
  };

  const project: Project = composeSettings ? loadProject({ files: settings.files.value, workingDirectory: root, lookup }) : { services: new Map(), uses: [], files: [] };
  const { active, notStarted } = selectServices(project, options.services, settings.profiles);
  if (composeSettings) {
    log(`compose files (${settings.files.from}): ${project.files.join(', ')}`);
    log(`env files: ${settings.envFiles.join(', ') || 'none'}; profiles (${settings.profiles.from}): ${settings.profiles.value.join(', ') || 'none'}; project name from ${settings.projectName.from}`);
    log(`services checked (${active.length}): ${active.map((service) => service.name).join(', ') || 'none'}`);
    log(`services not started (${notStarted.length}): ${notStarted.map((entry) => `${entry.service} (${entry.why})`).join(', ') || 'none'}`);
  } else {
    log('compose: no compose file; checking the Fly app only');
  }

  // Compose services and the Fly app may build from one context: it is listed and read once.
  const contexts = new ContextCache();
  const scans = options.scanSources ? await scanImages(project, active, root, notes, contexts) : new Map<string, ScanResult>();
  // The Dockerfile is read with or without the scan: a FROM that needs an ARG is a build need.
  const dockerfiles = new Map<string, ReturnType<typeof readDockerfile>>();
  const dockerfileOf = (build: BuildSpec) => {
    const key = scanKey(build);
    if (!dockerfiles.has(key)) dockerfiles.set(key, scans.get(key) ?? readDockerfile(resolve(build.context, build.dockerfile)));
    return dockerfiles.get(key)!;
  };
  // Services often share env files (Appwrite: one .env for every service): each is read and parsed once; undefined when absent.
  const envFiles = new Map<string, DotenvEntry[] | undefined>();
  const envFileEntries = (ref: EnvFileRef): DotenvEntry[] | undefined => {
    if (!envFiles.has(ref.path)) envFiles.set(ref.path, existsSync(ref.path) ? readDotenvFile(ref.path, ref.shown, lookup, false) : undefined);
    return envFiles.get(ref.path);
  };
  const factsOf = (service: Service): ServiceFacts => {
    const scan = service.build ? dockerfileOf(service.build) : undefined;
    const defined = new Map<string, Definition>();
    const unprovided = new Set<string>();
    // An empty value that interpolation gave is judged where it is interpolated.
    const interpolated = new Set(service.uses.filter((use) => use.path[2] === 'environment').map((use) => use.path[3]));
    for (const entry of service.environment.values()) {
      const at = `${entry.file}:${entry.line}`;
      if (entry.passThrough) {
        if (provided(entry.key)) defined.set(entry.key, { at, empty: deliberatelyEmpty(entry.key) });
        else unprovided.add(entry.key);
      } else {
        defined.set(entry.key, { at, empty: entry.value === '' && !interpolated.has(entry.key) });
      }
    }
    const envFileValues = new Map<string, string>();
    for (const ref of service.envFiles) {
      const entries = envFileEntries(ref);
      if (!entries) {
        if (ref.required && active.includes(service)) notes.push(`${service.name}: env_file ${ref.shown} does not exist here (${ref.file}:${ref.line}); its variables count as not defined`);
        continue;
      }
      for (const entry of entries) {
        if (entry.value === undefined || defined.has(entry.key)) continue;
        defined.set(entry.key, { at: `${ref.shown}:${entry.line}`, empty: entry.value === '' });
        envFileValues.set(entry.key, entry.value);
      }
    }
    // The value the container gets, only to tell empty from not (and POSTGRES_HOST_AUTH_METHOD=trust); never shown.
    const valueOf = (name: string): string | undefined => {
      const entry = service.environment.get(name);
      if (!entry) return envFileValues.get(name);
      return entry.passThrough ? (provided(name) ? lookup(name) : undefined) : entry.value;
    };
    const requirement = service.build ? undefined : requirementOf(service.image);
    const met = requirement && ((requirement.unless && valueOf(requirement.unless.name) === requirement.unless.value) || requirement.oneOf.some((name) => (valueOf(name) ?? '') !== ''));
    for (const name of scan?.dockerfileEnv ?? []) if (!defined.has(name)) defined.set(name, { at: `the Dockerfile of ${service.name}`, empty: false });
    const buildDefined = buildTimeNames(service.build?.args ?? [], scan);
    return { service, defined, unprovided, buildDefined, fromArgs: new Set(scan?.fromArgs ?? []), unmetImageRequirement: requirement && !met ? requirement : undefined };
  };
  const allFacts = [...project.services.values()].map(factsOf);
  const facts = allFacts.filter((fact) => active.includes(fact.service));
  for (const fact of facts) {
    for (const place of fact.service.unnamedEntries) notes.push(`${fact.service.name}: the environment entry at ${place.file}:${place.line} has a name built by interpolation; not checked (the name is not shown)`);
  }

  const images: ImageFacts[] = [];
  for (const [key, scan] of scans) {
    const running = facts.filter((fact) => fact.service.build && scanKey(fact.service.build) === key);
    if (running.length > 0) images.push({ services: running, reads: scan.reads, context: contextShown(running[0]!.service.build!, shown), buildEnvFiles: scan.buildEnvFiles });
  }

  const exampleRead = readExample(options.exampleFile, cwd, settings.projectDirectory, shown);
  const example = exampleRead && composeSettings ? composeExample(exampleRead, project, facts, shown, options.exampleFile !== '', notes) : undefined;

  const found = findMissing({ project, facts, allFacts, images, provided, deliberatelyEmpty, required: options.required, example: composeSettings ? example : undefined, ignore: new Set(options.ignore) });

  const checked: ServiceReport[] = facts.map((fact) => {
    const scan = fact.service.build ? scans.get(scanKey(fact.service.build)) : undefined;
    const reads = scan ? new Set(scan.reads.map((read) => read.name)).size : 0;
    return { name: fact.service.name, file: fact.service.file, line: fact.service.line, defined: fact.defined.size, reads, filesScanned: scan?.filesScanned ?? 0 };
  });
  let flyAppName: string | undefined;
  if (flyConfig) {
    const stepProvides = (name: string) => names.has(name) || (stepValues.get(name) ?? '') !== '';
    const fly = await checkFlyApp({
      configPath: flyConfig, shown, root, app: options.flyApp ?? '', api: options.flyApi, scanSources: options.scanSources, required: options.required,
      example: composeSettings ? undefined : exampleRead, ignore: new Set(options.ignore), providedElsewhere: stepProvides, declared: options.provided, log, contexts,
    });
    flyAppName = fly.app;
    checked.push({ ...fly.service, kind: 'fly' });
    found.push(...fly.findings);
    notes.push(...fly.notes);
    providedSources.push(...fly.provided);
  }
  const defined = [...project.services.keys(), ...(flyAppName ? [flyAppName] : [])];
  const unknownRequired = Object.keys(options.required).filter((name) => name !== '*' && !defined.includes(name));
  if (unknownRequired.length > 0) {
    throw new UserError(`required names ${unknownRequired.join(', ')}, which ${flyAppName ? 'neither the compose files nor the Fly app' : 'the compose files do not'} define (defined: ${defined.join(', ') || 'none'})`);
  }
  const missing = found.filter((entry) => entry.severity === 'error');
  const notices = found.filter((entry) => entry.severity === 'notice');

  return {
    files: project.files,
    settings: { files: { value: project.files, from: settings.files.from }, envFiles: settings.envFiles, profiles: settings.profiles, projectName: settings.projectName },
    services: checked,
    notStarted,
    missing,
    notices,
    provided: providedSources,
    notes,
    findings: [...missing, ...notices].map(toFinding),
  };
}

/** The Fly app's config: the fly-config input, else fly.toml in the working directory when it exists; 'none' = no Fly app. */
function flyConfigPath(input: string, cwd: string): string | undefined {
  if (input === 'none') return undefined;
  if (input) return resolve(cwd, input);
  const path = inProject(cwd, DEFAULT_FLY_CONFIG);
  return existsSync(path) ? path : undefined;
}

/** Compose's settings when there is no compose project (a Fly app only). */
function noComposeProject(cwd: string): ProjectSettings {
  return { files: { value: [], from: 'none found' }, envFiles: [], fileValues: new Map(), profiles: { value: [], from: 'no compose project' }, projectName: { value: '', from: 'no compose project' }, projectDirectory: cwd };
}

/** One scan per build context and Dockerfile: services may share a context yet build from different Dockerfiles. */
function scanKey(build: BuildSpec): string {
  return `${build.context}\0${resolve(build.context, build.dockerfile)}`;
}

function contextShown(build: BuildSpec, shown: (path: string) => string): string {
  return build.shownContext ?? shown(build.context);
}

/**
 * Scans each image the started services build, skipping files that a service not
 * built from that context mounts (another container's scripts), and notes what was
 * left out and why.
 */
async function scanImages(project: Project, active: Service[], root: string, notes: string[], cache: ContextCache): Promise<Map<string, ScanResult>> {
  const scans = new Map<string, ScanResult>();
  const shown = (path: string) => shownPath(root, path);
  for (const service of active) {
    const build = service.build;
    if (!build || scans.has(scanKey(build))) continue;
    const context = contextShown(build, shown);
    if (!existsSync(build.context)) {
      notes.push(`${service.name}: build context ${context} does not exist; not scanned`);
      continue;
    }
    const mountedElsewhere: string[] = [];
    for (const other of project.services.values()) {
      if (other.build && other.build.context === build.context) continue;
      for (const mount of other.mounts) {
        const rel = relative(build.context, mount);
        if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep)) mountedElsewhere.push(rel.split(sep).join('/'));
      }
    }
    // As in Compose, a relative dockerfile is resolved against the context.
    const sharing = active.filter((other) => other.build && scanKey(other.build) === scanKey(build));
    const runs = sharing.flatMap((other) => other.runs).filter(Boolean);
    const scan = await scanBuildContext(build.context, { workingDirectory: root, dockerfile: resolve(build.context, build.dockerfile), shownRoot: build.shownContext, mountedElsewhere, runs, cache });
    scans.set(scanKey(build), scan);
    const ignoreFile = scan.ignoreFile === 'dockerfile' ? `the Dockerfile's own ${build.shownDockerfile ?? build.dockerfile}.dockerignore` : '.dockerignore';
    notes.push(...scanNotes(sharing.map((other) => other.name).join(', '), context, scan, ignoreFile, sharing.flatMap((other) => other.build?.args ?? [])));
  }
  return scans;
}

type ExampleRead = { file: string; keys: { key: string; line: number; empty: boolean }[]; path: string };

/** The example file: the input, else the first default template in the project directory; undefined when there is none. */
function readExample(input: string, cwd: string, projectDirectory: string, shown: (path: string) => string): ExampleRead | undefined {
  if (input === 'none') return undefined;
  const path = input ? resolve(cwd, input) : DEFAULT_EXAMPLE_FILES.map((name) => inProject(projectDirectory, name)).find((candidate) => existsSync(candidate));
  if (!path) return undefined;
  if (!existsSync(path)) throw new UserError(`example-file ${input} does not exist (in ${cwd})`);
  const keys = readDotenvFile(path, shown(path), () => undefined, false).map((entry) => ({ key: entry.key, line: entry.line, empty: (entry.value ?? '') === '' }));
  return { file: shown(path), keys, path };
}

/** The file an example is a template of: `.env.example` / `.env.sample` → `.env`, `prod.env.example` → `prod.env`. */
function templatedFile(examplePath: string): string {
  const stripped = examplePath.replace(/[.-](?:example|sample|template|dist)$/i, '');
  return stripped === examplePath ? inProject(dirname(examplePath), '.env') : stripped;
}

/**
 * The example file, when it describes this compose deployment. A `.env` reaches Compose
 * in two ways only: interpolation of the compose files, and `env_file` ("a container's
 * environment is not set until there's an explicit entry in the service configuration",
 * Compose docs). An example none of whose keys a started service interpolates, and whose
 * `.env` no started service reads as an env_file, documents another way to run the
 * project (from source, with the app's own dotenv): by default it is not used, and a
 * note says so. Given as `example-file`, it always is.
 */
function composeExample(read: ExampleRead, project: Project, started: ServiceFacts[], shown: (path: string) => string, explicit: boolean, notes: string[]): ExampleFile | undefined {
  const template = templatedFile(read.path);
  const readByEnvFile = new Set(started.filter((facts) => facts.service.envFiles.some((ref) => ref.path === template)).map((facts) => facts.service.name));
  const listed = new Set(read.keys.map((entry) => entry.key));
  const interpolated = [...project.uses, ...started.flatMap((facts) => facts.service.uses)].some((use) => listed.has(use.name));
  if (!explicit && readByEnvFile.size === 0 && !interpolated) {
    notes.push(`${read.file} is not used: no started service interpolates a key it lists or reads ${shown(template)} as an env_file, so it documents another way to run the project (from source, for instance); set example-file to check it anyway`);
    return undefined;
  }
  return { file: read.file, keys: read.keys, templateOf: { file: shown(template), readBy: [...readByEnvFile] } };
}

function toFinding(entry: MissingVariable): Finding {
  return {
    severity: entry.severity,
    code: entry.reason,
    title: `${entry.variable}: ${entry.reason}${entry.service ? ` (${servicesShown(entry)})` : ''}`,
    message: `${entry.service ? `${servicesShown(entry)}: ` : ''}${entry.variable} ${REASON_TEXT[entry.reason]} — ${entry.hint}`,
    file: entry.file,
    line: entry.line || undefined,
  };
}

export const REASON_TEXT: Record<MissingVariable['reason'], string> = {
  unset: 'is interpolated or passed through without a default and not provided',
  'required-unset': 'is required (:? / ?) and not provided',
  'empty-default': 'falls back to an empty default',
  'empty-value': 'is set empty on purpose, and a need reads it',
  'not-passed': 'is needed but not passed to the service',
  'example-missing': 'is in the example file but not provided',
  'staged-not-deployed': 'is a Fly secret that is set but not on the running Machines',
};

/** Which services `docker compose up` starts, and why each other one is not started. */
function selectServices(project: Project, names: string[], profiles: Setting<string[]>): { active: Service[]; notStarted: { service: string; why: string }[] } {
  const all = [...project.services.values()];
  if (names.length > 0) {
    const unknown = names.filter((name) => !project.services.has(name));
    if (unknown.length > 0) throw new UserError(`services: ${unknown.join(', ')} not defined by the compose files (defined: ${all.map((s) => s.name).join(', ') || 'none'})`);
    // Naming a service activates it whatever its profiles, as `docker compose up <service>` does.
    return { active: names.map((name) => project.services.get(name)!), notStarted: all.filter((s) => !names.includes(s.name)).map((s) => ({ service: s.name, why: 'not in the services input' })) };
  }
  const everything = profiles.value.includes('*');
  const active = all.filter((s) => everything || s.profiles.length === 0 || s.profiles.some((profile) => profiles.value.includes(profile)));
  const why = (s: Service) => `profile${s.profiles.length === 1 ? '' : 's'} ${s.profiles.join(', ')} ${s.profiles.length === 1 ? 'is' : 'are'} not active`;
  return { active, notStarted: all.filter((s) => !active.includes(s)).map((s) => ({ service: s.name, why: why(s) })) };
}
