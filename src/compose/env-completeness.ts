import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { GitHubApi } from '../shared/github-api.ts';
import { UserError } from '../shared/errors.ts';
import type { Finding } from '../shared/findings.ts';
import { findMissing, type MissingVariable, type ServiceFacts } from './check.ts';
import { DEFAULT_ENV_FILE, DEFAULT_EXAMPLE_FILE, inProject, shownPath } from './defaults.ts';
import { readDotenvFile } from './dotenv.ts';
import { listGitHubNames } from './github-names.ts';
import type { Lookup } from './interpolate.ts';
import { loadProject, type BuildSpec, type Project, type Service } from './project.ts';
import { scanBuildContext, type ScanResult } from './source-scan.ts';

export interface EnvCompletenessOptions {
  workingDirectory: string;
  /** Paths in results are relative to this (the repository root, for annotations); default workingDirectory. */
  displayRoot?: string;
  /** In merge order; empty = Compose's defaults (compose.yaml … plus its override file). */
  composeFiles: string[];
  /** Interpolation values and provided names; empty = the project's `.env` when it exists. */
  envFiles: string[];
  /** '' = `.env.example` next to the first compose file when it exists; 'none' = no example check. */
  exampleFile: string;
  required: Record<string, string[]>;
  scanSources: boolean;
  services: string[];
  profiles: string[];
  provided: string[];
  ignore: string[];
  environment: string;
  repository: string;
  api?: GitHubApi;
  /** The step's environment: names count as provided, values serve interpolation (never shown). */
  stepEnv: Record<string, string | undefined>;
  log?: (line: string) => void;
}

export interface ServiceReport {
  name: string;
  file: string;
  line: number;
  defined: number;
  reads: number;
  filesScanned: number;
}

export interface EnvCompletenessResult {
  files: string[];
  services: ServiceReport[];
  skippedServices: string[];
  missing: MissingVariable[];
  provided: { source: string; count: number }[];
  notes: string[];
  findings: Finding[];
}

const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
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

  const composeFiles = resolveComposeFiles(options.composeFiles, cwd);
  const projectDir = dirname(composeFiles[0]!);

  // Provided names and interpolation values, in Compose's precedence: the run's environment, then env files.
  const stepValues = new Map<string, string>();
  for (const [name, value] of Object.entries(options.stepEnv)) if (value !== undefined && !OWN_ENV.test(name)) stepValues.set(name, value);
  providedSources.push({ source: 'step environment', count: stepValues.size });
  const fileValues = new Map<string, string | undefined>();
  const envFiles = options.envFiles.length > 0 ? options.envFiles.map((file) => resolve(cwd, file)) : [inProject(projectDir, DEFAULT_ENV_FILE)].filter((path) => existsSync(path));
  for (const path of envFiles) {
    const entries = readDotenvFile(path, shown(path), (name) => stepValues.get(name) ?? fileValues.get(name));
    for (const entry of entries) fileValues.set(entry.key, entry.value);
    providedSources.push({ source: `env file ${shown(path)}`, count: entries.length });
  }
  const names = new Set<string>(options.provided);
  if (options.provided.length > 0) providedSources.push({ source: 'provided input', count: options.provided.length });
  if (options.api) {
    const github = await listGitHubNames(options.api, options.repository, options.environment);
    for (const name of github.names) names.add(name);
    providedSources.push(...github.sources);
    notes.push(...github.notes);
    log(`GitHub: ${github.names.size} secret and variable names listed`);
  }
  const lookup: Lookup = (name) => stepValues.get(name) ?? fileValues.get(name) ?? (names.has(name) ? PROVIDED_VALUE : undefined);
  // An empty value provides nothing: a deleted secret reaches the step as ''.
  const provided = new Set<string>([...[...stepValues, ...fileValues].filter(([, value]) => value !== undefined && value !== '').map(([key]) => key), ...names]);

  const project = loadProject({ files: composeFiles, workingDirectory: root, lookup });
  log(`compose: ${project.files.join(', ')}: ${project.services.size} service${project.services.size === 1 ? '' : 's'}`);

  const unknownRequired = Object.keys(options.required).filter((name) => name !== '*' && !project.services.has(name));
  if (unknownRequired.length > 0) {
    throw new UserError(`required names ${unknownRequired.join(', ')}, which the compose files do not define (defined: ${[...project.services.keys()].join(', ') || 'none'})`);
  }
  const { active, skipped } = selectServices(project, options.services, options.profiles);
  // One scan per build context and Dockerfile: services may share a context yet build from different Dockerfiles.
  const scans = new Map<string, ScanResult>();
  const scanKey = (build: BuildSpec) => `${build.context}\0${resolve(build.context, build.dockerfile)}`;
  if (options.scanSources) {
    for (const service of active) {
      if (!service.build || scans.has(scanKey(service.build))) continue;
      if (!existsSync(service.build.context)) {
        notes.push(`${service.name}: build context ${shown(service.build.context)} does not exist; not scanned`);
        continue;
      }
      // As in Compose, a relative dockerfile is resolved against the context.
      const scan = await scanBuildContext(service.build.context, { workingDirectory: root, dockerfile: resolve(service.build.context, service.build.dockerfile) });
      scans.set(scanKey(service.build), scan);
      if (scan.truncated) notes.push(`${service.name}: build context has more source files than the scan limit; the rest was not scanned`);
    }
  }
  const factsOf = (service: Service): ServiceFacts => {
    const scan = options.scanSources && service.build && active.includes(service) ? scans.get(scanKey(service.build)) : undefined;
    const defined = new Set<string>();
    const definedAt = new Map<string, string>();
    for (const entry of service.environment.values()) {
      if (!entry.passThrough || provided.has(entry.key)) {
        defined.add(entry.key);
        definedAt.set(entry.key, `${entry.file}:${entry.line}`);
      }
    }
    for (const ref of service.envFiles) {
      if (!existsSync(ref.path)) {
        if (ref.required && active.includes(service)) notes.push(`${service.name}: env_file ${ref.shown} does not exist here (${ref.file}:${ref.line}); its variables count as not defined`);
        continue;
      }
      for (const entry of readDotenvFile(ref.path, ref.shown, lookup, false)) {
        if (entry.value === undefined) continue;
        defined.add(entry.key);
        if (!definedAt.has(entry.key)) definedAt.set(entry.key, `${ref.shown}:${entry.line}`);
      }
    }
    for (const name of scan?.dockerfileEnv ?? []) defined.add(name);
    const buildDefined = new Set([...(service.build?.args ?? []), ...(scan?.dockerfileArgs ?? []), ...(scan?.dockerfileEnv ?? [])]);
    return { service, defined, definedAt, buildDefined, reads: scan?.reads ?? [] };
  };
  const allFacts = [...project.services.values()].map(factsOf);
  const facts = allFacts.filter((fact) => active.includes(fact.service));

  let example: { file: string; keys: { key: string; line: number }[] } | undefined;
  const examplePath = options.exampleFile === 'none' ? undefined : options.exampleFile ? resolve(cwd, options.exampleFile) : inProject(projectDir, DEFAULT_EXAMPLE_FILE);
  if (examplePath && existsSync(examplePath)) {
    const keys = readDotenvFile(examplePath, shown(examplePath), () => undefined, false).map((entry) => ({ key: entry.key, line: entry.line }));
    example = { file: shown(examplePath), keys };
  } else if (options.exampleFile && options.exampleFile !== 'none') {
    throw new UserError(`example-file ${options.exampleFile} does not exist (in ${cwd})`);
  }

  const missing = findMissing({
    project,
    facts,
    allFacts,
    provided,
    required: options.required,
    example,
    ignore: new Set(options.ignore),
  });

  return {
    files: project.files,
    services: facts.map((fact) => {
      const scan = fact.service.build ? scans.get(scanKey(fact.service.build)) : undefined;
      return { name: fact.service.name, file: fact.service.file, line: fact.service.line, defined: fact.defined.size, reads: new Set(fact.reads.map((read) => read.name)).size, filesScanned: scan?.filesScanned ?? 0 };
    }),
    skippedServices: skipped,
    missing,
    provided: providedSources,
    notes,
    findings: missing.map(toFinding),
  };
}

function toFinding(entry: MissingVariable): Finding {
  return {
    severity: 'error',
    code: entry.reason,
    title: `${entry.variable}: ${entry.reason}${entry.service ? ` (${entry.service})` : ''}`,
    message: `${entry.service ? `${entry.service}: ` : ''}${entry.variable} ${REASON_TEXT[entry.reason]} — ${entry.hint}`,
    file: entry.file,
    line: entry.line || undefined,
  };
}

export const REASON_TEXT: Record<MissingVariable['reason'], string> = {
  unset: 'is interpolated without a default and not provided',
  'required-unset': 'is required (:? / ?) and not provided',
  'empty-default': 'falls back to an empty default',
  'not-passed': 'is needed but not passed to the service',
  'example-missing': 'is in the example file but not provided',
};

function resolveComposeFiles(given: string[], cwd: string): string[] {
  if (given.length > 0) return given.map((file) => resolve(cwd, file));
  const main = DEFAULT_FILES.find((file) => existsSync(resolve(cwd, file)));
  if (!main) throw new UserError(`no compose file given and none of ${DEFAULT_FILES.join(', ')} exists in ${cwd}; set compose-files`);
  const base = main.replace(/\.ya?ml$/, '');
  const override = ['.override.yaml', '.override.yml'].map((ext) => `${base}${ext}`).find((file) => existsSync(resolve(cwd, file)));
  return [main, ...(override ? [override] : [])].map((file) => resolve(cwd, file));
}

function selectServices(project: Project, names: string[], profiles: string[]): { active: Service[]; skipped: string[] } {
  const all = [...project.services.values()];
  if (names.length > 0) {
    const unknown = names.filter((name) => !project.services.has(name));
    if (unknown.length > 0) throw new UserError(`services: ${unknown.join(', ')} not defined by the compose files (defined: ${all.map((s) => s.name).join(', ') || 'none'})`);
    // Naming a service activates it whatever its profiles, as `docker compose up <service>` does.
    return { active: names.map((name) => project.services.get(name)!), skipped: all.filter((s) => !names.includes(s.name)).map((s) => s.name) };
  }
  const everything = profiles.includes('*');
  const active = all.filter((s) => everything || s.profiles.length === 0 || s.profiles.some((profile) => profiles.includes(profile)));
  return { active, skipped: all.filter((s) => !active.includes(s)).map((s) => s.name) };
}
