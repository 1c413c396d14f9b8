/**
 * env-completeness for a Fly.io app: what the app's code needs against what its
 * Machines get.
 *
 * - Needs: the reads of the code its image runs (the same scan as for a compose
 *   service: build context = the directory of fly.toml, `[build] dockerfile` /
 *   `ignorefile`), the `required` input (keyed by the app name or `*`), and the example
 *   file's keys when there is no compose project.
 * - Given at run time: fly.toml `[env]`, the Dockerfile's ENV, the app's secrets (names
 *   from the Machines API, with a token), the step environment, `provided` and GitHub
 *   names; Fly's own runtime variables (FLY_APP_NAME, PRIMARY_REGION …).
 * - Given while building: `[build.args]`, the Dockerfile's ARG/ENV, `provided`. Fly
 *   secrets and `[env]` never reach a build.
 *
 * A secret set but not on the running Machines (staged, or on some of them) is
 * `staged-not-deployed`: an error when the code cannot do without it and the Machines
 * started before it existed, a notice otherwise (they run an older value, or no need
 * is shown). Without a token the secrets are unknown: what nothing else provides is a
 * notice, never an error.
 */
import { dirname, resolve } from 'node:path';
import { readFlyConfig, type FlyConfig } from '../fly/fly-config.ts';
import type { FlyApi, FlySecret } from '../fly/machines-api.ts';
import { runningMachines, secretStatus, type SecretStatus } from '../fly/secret-status.ts';
import { UserError } from '../shared/errors.ts';
import { inlinedHint, readNeeds, RUNTIME_NAMES, type MissingVariable } from './check.ts';
import { scanNotes } from './scan-notes.ts';
import { buildTimeNames, readDockerfile, scanBuildContext, type ContextCache, type ScanResult } from './source-scan.ts';

/** Set by Fly on every Machine (Fly's runtime environment documentation). */
const FLY_RUNTIME_NAMES = new Set(['FLY_APP_NAME', 'FLY_MACHINE_ID', 'FLY_ALLOC_ID', 'FLY_REGION', 'FLY_PUBLIC_IP', 'FLY_IMAGE_REF', 'FLY_MACHINE_VERSION', 'FLY_PRIVATE_IP', 'FLY_PROCESS_GROUP', 'FLY_VM_MEMORY_MB', 'PRIMARY_REGION']);

export interface FlyAppInput {
  /** fly.toml, absolute. */
  configPath: string;
  shown: (path: string) => string;
  /** Paths in results are relative to this. */
  root: string;
  /** The fly-app input; '' = fly.toml's `app`. */
  app: string;
  api?: FlyApi;
  scanSources: boolean;
  required: Record<string, string[]>;
  example?: { file: string; keys: { key: string; line: number; empty: boolean }[] };
  ignore: Set<string>;
  /** Names provided outside Fly (a non-empty step variable, the provided input, GitHub names). */
  providedElsewhere: (name: string) => boolean;
  /** The provided input: names the deployment declares, also for the build. */
  declared: string[];
  log: (line: string) => void;
  /** The run's reads of build contexts, shared with the compose services' scans. */
  contexts?: ContextCache;
}

export interface FlyAppResult {
  app: string;
  config: FlyConfig;
  service: { name: string; file: string; line: number; defined: number; reads: number; filesScanned: number };
  findings: MissingVariable[];
  notes: string[];
  provided: { source: string; count: number }[];
}

export async function checkFlyApp(input: FlyAppInput): Promise<FlyAppResult> {
  const config = readFlyConfig(input.configPath, input.shown(input.configPath));
  const app = input.app || config.app;
  if (!app) throw new UserError(`${config.file} has no \`app = "…"\` and fly-app is not set: name the Fly app`);
  const notes: string[] = [];
  const provided: { source: string; count: number }[] = [{ source: `${config.file} [env]`, count: config.env.size }];

  // The app's secrets and Machines, names and times only.
  let secrets: Map<string, { secret: FlySecret; status: SecretStatus }> | undefined;
  if (input.api) {
    const listed = await input.api.listSecrets(app);
    const machines = await input.api.listMachines(app);
    const running = runningMachines(machines);
    secrets = new Map(listed.secrets.map((secret) => [secret.name, { secret, status: secretStatus(secret, running) }]));
    const counts = countStates([...secrets.values()].map((entry) => entry.status));
    input.log(`Fly app ${app}: ${listed.secrets.length} secret names listed (${counts}); ${machines.length} Machine${machines.length === 1 ? '' : 's'}, ${running.length} running`);
    provided.push({ source: `Fly secrets of ${app}`, count: listed.secrets.length });
    notes.push(`Fly app ${app}: ${listed.secrets.length} secret${listed.secrets.length === 1 ? '' : 's'} listed by the Machines API (${counts}); ${running.length} of ${machines.length} Machine${machines.length === 1 ? '' : 's'} running`);
    if (listed.skipped > 0) notes.push(`Fly app ${app}: ${listed.skipped} secret entr${listed.skipped === 1 ? 'y' : 'ies'} without a variable name were not used (not shown)`);
    if (running.length === 0) notes.push(`Fly app ${app}: no Machine is running; secrets reach a Machine when it starts, so none is judged staged`);
    const unknown = [...secrets.values()].filter((entry) => entry.status.state === 'unknown').length;
    if (unknown > 0) notes.push(`Fly app ${app}: for ${unknown} secret${unknown === 1 ? '' : 's'} it cannot be told whether the running Machines have ${unknown === 1 ? 'it' : 'them'} (a Machine without start or update time, or a secret without updated_at); counted as deployed`);
    if (running.some((machine) => machine.bootFrom === 'updated_at')) notes.push(`Fly app ${app}: some Machines listed no start or update events; their updated_at was taken as the time they last got the secrets`);
  } else {
    notes.push(`Fly app ${app}: the app's secrets were not listed (no fly-token); what nothing else provides is a notice, since it may be a Fly secret`);
  }

  // The image: fly deploy builds from the directory of fly.toml.
  const context = dirname(input.configPath);
  const dockerfile = resolve(context, config.build.dockerfile ?? 'Dockerfile');
  let scan: ScanResult | undefined;
  if (config.build.image) {
    notes.push(`Fly app ${app}: [build] image = an existing image; nothing is built from this repository, so no code is scanned`);
  } else if (input.scanSources) {
    scan = await scanBuildContext(context, { workingDirectory: input.root, dockerfile, ignoreFile: config.build.ignorefile ? resolve(context, config.build.ignorefile) : undefined, cache: input.contexts });
    const ignore = scan.ignoreFile === 'named' ? `[build] ignorefile ${config.build.ignorefile}` : scan.ignoreFile === 'dockerfile' ? `${config.build.dockerfile ?? 'Dockerfile'}.dockerignore` : '.dockerignore';
    // What the build gets beside the scan's own (mode .env files, Dockerfile ARG/ENV): the same names the findings below are judged by.
    notes.push(...scanNotes(`Fly app ${app}`, input.shown(context), scan, ignore, [...config.build.args, ...input.declared]));
  }
  const image = scan ?? (config.build.image ? { dockerfileEnv: [], dockerfileArgs: [], fromArgs: [] } : readDockerfile(dockerfile));
  const dockerEnv = new Set(image.dockerfileEnv);
  const buildGets = buildTimeNames([...config.build.args, ...input.declared], image);
  if (image.dockerfileEnv.length > 0) provided.push({ source: `Dockerfile ENV of ${app}`, count: image.dockerfileEnv.length });

  const needs = readNeeds(scan?.reads ?? []);
  for (const name of [...(input.required['*'] ?? []), ...(input.required[app] ?? [])]) needs.set(name, { source: 'required input', phase: 'run', strength: 'required' });
  // A key the example leaves empty is optional by its own word.
  for (const { key, line, empty } of input.example?.keys ?? []) if (!empty && !needs.has(key)) needs.set(key, { source: `listed in ${input.example!.file}:${line}`, phase: 'run', strength: 'required' });

  const findings: MissingVariable[] = [];
  const at = { service: app, services: [app], file: config.file, line: config.appLine };
  const add = (variable: string, reason: MissingVariable['reason'], severity: MissingVariable['severity'], hint: string) => {
    if (!input.ignore.has(variable)) findings.push({ ...at, variable, reason, severity, hint });
  };
  const reported = new Set<string>();

  for (const [name, need] of [...needs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (RUNTIME_NAMES.has(name) || FLY_RUNTIME_NAMES.has(name)) continue;
    const verb = need.strength === 'required' ? 'needs' : 'reads';
    const judged = need.strength === 'required' ? '' : ' without a fallback; whether the code needs it cannot be judged from the read';
    const severity = need.strength === 'required' ? 'error' : 'notice';
    if (need.phase === 'build') {
      if (buildGets.has(name) || scan?.buildEnvFiles.some((file) => file.keys.includes(name))) continue;
      if (need.inlined) {
        // Replaced by the bundler while building: never the Machines' environment; a notice at most (the build command or `define` may set it).
        add(name, 'not-passed', 'notice', inlinedHint(app, name, need, "the Machines' environment", 'a mode .env file of the build context', `set it in a mode .env file or pass it in ${config.file} [build.args]`));
        continue;
      }
      const secretNote = secrets?.has(name) || config.env.has(name) ? ` It is set for the Machines (${secrets?.has(name) ? 'a Fly secret' : `${config.file} [env]`}), but` : '';
      add(name, 'not-passed', severity, `${app} ${verb} ${name} while building (${need.source}${judged}).${secretNote} Fly secrets and [env] do not reach the build: pass it in ${config.file} [build.args] (or fly deploy --build-arg), or read it in config/runtime.exs instead`);
      continue;
    }
    if (config.env.has(name) || dockerEnv.has(name) || input.providedElsewhere(name)) continue;
    const entry = secrets?.get(name);
    if (entry) {
      reported.add(name);
      const { state, absent } = entry.status;
      if (state === 'staged' || state === 'partial') {
        add(name, 'staged-not-deployed', need.strength === 'required' && absent ? 'error' : 'notice', stagedHint(app, name, entry.status, `, and ${app} ${verb} it (${need.source}${judged})`));
      }
      continue;
    }
    if (secrets) {
      add(name, 'not-passed', severity, `${app} ${verb} ${name} (${need.source}${judged}); neither ${config.file} [env] nor the app's ${secrets.size} secret${secrets.size === 1 ? '' : 's'} set it: \`fly secrets set ${name}=…\` (or add it to [env] if it is not secret)`);
    } else {
      add(name, 'not-passed', 'notice', `${app} ${verb} ${name} (${need.source}${judged}); ${config.file} [env], provided and the step environment do not set it, and the app's secrets were not listed (no fly-token): if it is a Fly secret, nothing is missing`);
    }
  }
  // A staged secret nothing shown reads: the deploy is still not what was set.
  for (const [name, entry] of secrets ?? []) {
    if (reported.has(name) || (entry.status.state !== 'staged' && entry.status.state !== 'partial')) continue;
    add(name, 'staged-not-deployed', 'notice', stagedHint(app, name, entry.status, ''));
  }

  const deployed = secrets ? [...secrets.values()].filter((entry) => entry.status.state !== 'staged' && entry.status.state !== 'partial').length : 0;
  return {
    app,
    config,
    service: { name: app, file: config.file, line: config.appLine, defined: config.env.size + deployed + dockerEnv.size, reads: new Set(scan?.reads.map((read) => read.name) ?? []).size, filesScanned: scan?.filesScanned ?? 0 },
    findings,
    notes,
    provided,
  };
}

function stagedHint(app: string, name: string, status: SecretStatus, need: string): string {
  const machines = status.lacking === status.running ? `all ${status.running} running Machine${status.running === 1 ? '' : 's'}` : `${status.lacking} of ${status.running} running Machines`;
  const runs = status.absent ? 'run without it' : 'run with its previous value';
  return `${name} is set as a secret of ${app} but ${status.state === 'staged' ? 'staged, not deployed' : 'only partly deployed'}: ${machines} started before it was set and ${runs}${need}; run \`fly secrets deploy\` (or \`fly deploy\`) to restart them with it`;
}

function countStates(statuses: SecretStatus[]): string {
  const counts = new Map<string, number>();
  for (const status of statuses) {
    const label = status.state === 'partial' ? 'partly deployed' : status.state === 'not-running' ? 'no Machine running' : status.state;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${count} ${label}`).join(', ') || 'none';
}

