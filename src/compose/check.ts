/**
 * Compares what each service needs with what it is given, with a severity that matches
 * the harm: an error only where a container would run without something it needs.
 *
 * Needs: `required` names, the reads of the code its image runs (scan: a `required`
 * read is a need, an `unguarded` one cannot be judged and gives a notice at most), the
 * variables an official image documents as required (official-images.ts), and keys the
 * example file sets that the service uses. An interpolation with no usable default
 * that nothing provides is an error where the empty string Compose substitutes breaks
 * Compose, the build or what the container is (image, ports, volumes, command, a build
 * arg FROM uses …); in an `environment` value the container just gets `KEY=`, like a
 * pass-through entry nothing provides: a notice unless a need for KEY is shown.
 * Given: the service's `environment` (a pass-through entry only when something provides
 * it), `env_file`, its image's ENV, and for interpolation the names provided to the run.
 * A value set empty on purpose (`KEY=` in an env file) is given: a notice only when a
 * need reads it (an error where the image refuses an empty value). Results name
 * variables and places, never values.
 */
import type { Severity } from '../shared/findings.ts';
import type { ImageRequirement } from './official-images.ts';
import type { EnvRead } from './source-scan.ts';
import type { Project, Service } from './project.ts';
import type { LocatedUse } from './yaml-file.ts';

export type Reason = 'unset' | 'required-unset' | 'empty-default' | 'empty-value' | 'not-passed' | 'example-missing' | 'staged-not-deployed';

export interface MissingVariable {
  /** '' when the finding belongs to no single service (top-level interpolation, example file); else the first of `services`. */
  service: string;
  /** Every service the finding concerns: one place (an anchor, a shared image) can concern many. */
  services: string[];
  variable: string;
  reason: Reason;
  severity: Extract<Severity, 'error' | 'notice'>;
  file: string;
  line: number;
  hint: string;
}

export interface Definition {
  /** Where it is set (`file:line`), for hints. */
  at: string;
  /** Set to an empty value on purpose (`KEY=`, `KEY: ""`, a pass-through of such a value). */
  empty: boolean;
}

export interface ServiceFacts {
  service: Service;
  /** Names the container gets: environment entries with a value, env_file keys, image ENV. */
  defined: Map<string, Definition>;
  /** Pass-through entries nothing provides: the container does not get them. */
  unprovided: Set<string>;
  /** Names available while building (build args, Dockerfile ARG/ENV). */
  buildDefined: Set<string>;
  /** Global ARGs without a default that the Dockerfile's FROM uses. */
  fromArgs: Set<string>;
  /** A published official image whose documented required variables the service does not get (none of them non-empty). */
  unmetImageRequirement?: ImageRequirement;
}

/** The services running one image built from one context and Dockerfile, and what its code reads. */
export interface ImageFacts {
  services: ServiceFacts[];
  reads: EnvRead[];
  /** The context as shown. */
  context: string;
  /** The mode .env files the context holds, which the bundler loads into `import.meta.env` while building. */
  buildEnvFiles: { file: string; keys: string[] }[];
}

export interface CheckInput {
  project: Project;
  facts: ServiceFacts[];
  /** Every service's facts, started or not: hints name any service that defines a variable. */
  allFacts: ServiceFacts[];
  images: ImageFacts[];
  /** Names something provides for interpolation and pass-through (a deliberately empty one too). */
  provided: (name: string) => boolean;
  /** Names set empty on purpose in an env file (and not overridden by the environment). */
  deliberatelyEmpty: (name: string) => boolean;
  /** service name (or '*') → names it must get. */
  required: Record<string, string[]>;
  example?: ExampleFile;
  ignore: Set<string>;
}

/** The example file, when it applies to this compose project (see env-completeness.ts). */
export interface ExampleFile {
  file: string;
  keys: { key: string; line: number; empty: boolean }[];
  /** The file it is a template of (`.env`), and the started services that read that file as an env_file. */
  templateOf?: { file: string; readBy: string[] };
}

/** Set by the container runtime or the language itself, never by a compose file. */
export const RUNTIME_NAMES = new Set(['PATH', 'HOME', 'HOSTNAME', 'PWD', 'USER', 'SHELL', 'TERM', 'LANG', 'TZ', 'NODE_ENV', 'CI']);

export interface Need {
  source: string;
  phase: 'run' | 'build';
  /** `required`: a need shown (required input, a read the code cannot do without); `unguarded`: a read whose use is not followed. */
  strength: 'required' | 'unguarded';
  /** Why an unguarded need cannot be judged, when it is not the usual "no fallback". */
  unjudged?: string;
  /** The image refuses an empty value too (an official image's documented requirement). */
  nonEmpty?: boolean;
  /** Only `import.meta.env` reads: the bundler replaces them while building; the container's environment never reaches them. */
  inlined?: boolean;
}

export function findMissing(input: CheckInput): MissingVariable[] {
  const found: MissingVariable[] = [];
  const seen = new Map<string, MissingVariable>();
  /** Findings at one place (an anchored entry several services merge, a shared image) are one finding naming every service. */
  const atPlace = new Map<string, MissingVariable>();
  const add = (entry: Omit<MissingVariable, 'services'> & { services?: string[] }) => {
    const key = `${entry.service}\0${entry.variable}\0${entry.reason}`;
    if (input.ignore.has(entry.variable)) return;
    const earlier = seen.get(key);
    if (earlier) {
      // One finding per service, variable and reason: the harmful place wins (`${X}` in an image over its notice in an environment value).
      if (earlier.severity !== 'notice' || entry.severity !== 'error') return;
      if (earlier.services.length <= 1) {
        for (const [place, finding] of atPlace) if (finding === earlier) atPlace.delete(place);
        Object.assign(earlier, entry, { services: earlier.services });
        if (entry.file && entry.service) atPlace.set(placeOf(earlier), earlier);
        return;
      }
      // A notice several services share: this one leaves it for its own error.
      earlier.services.splice(earlier.services.indexOf(entry.service), 1);
      earlier.service = earlier.services[0]!;
    }
    const services = entry.services ?? (entry.service ? [entry.service] : []);
    const place = placeOf(entry);
    const same = entry.file && entry.service ? atPlace.get(place) : undefined;
    if (same) {
      for (const service of services) {
        if (!same.services.includes(service)) same.services.push(service);
        seen.set(`${service}\0${entry.variable}\0${entry.reason}`, same);
      }
      return;
    }
    const finding = { ...entry, services };
    for (const service of services.length > 0 ? services : [entry.service]) seen.set(`${service}\0${entry.variable}\0${entry.reason}`, finding);
    if (entry.file && entry.service) atPlace.set(place, finding);
    found.push(finding);
  };
  const needsOf = imageNeeds(input);
  const exampleNeed = exampleNeeds(input);

  for (const use of input.project.uses) interpolationFinding(use, '', { where: wherePath(use), need: undefined, fatal: true }, input, add);

  for (const facts of input.facts) {
    const { service } = facts;
    // What the bundler inlines while building is no need of the container: its environment entries and pass-throughs are judged without it.
    const needs = new Map([...(needsOf.get(service.name) ?? [])].filter(([, need]) => !need.inlined));
    for (const name of [...(input.required['*'] ?? []), ...(input.required[service.name] ?? [])]) needs.set(name, { source: 'required input', phase: 'run', strength: 'required' });
    const official = facts.unmetImageRequirement;
    for (const name of official?.oneOf ?? []) needs.set(name, { source: official!.source, phase: 'run', strength: 'required', nonEmpty: true });
    const before = found.length;
    for (const use of service.uses) interpolationFinding(use, service.name, judgeUse(use, facts, needs, exampleNeed), input, add);

    for (const name of facts.unprovided) {
      const entry = service.environment.get(name)!;
      const need = needs.get(name)?.strength === 'required' ? needs.get(name) : exampleNeed(service.name, name) ?? needs.get(name);
      const shown = need?.strength === 'required';
      add({
        service: service.name, variable: name, reason: 'unset', severity: shown ? 'error' : 'notice', file: entry.file, line: entry.line,
        hint: shown
          ? `a pass-through entry (${name} with no value) takes it from the environment of \`docker compose up\`, nothing provides it, and ${service.name} needs it (${need!.source})`
          : `a pass-through entry (${name} with no value) takes it from the environment of \`docker compose up\`; nothing provides it, so the container does not get it (no need for it shown)`,
      });
    }

    buildArgFindings(facts, input, add);
    if (official) officialImageFinding(facts, official, found.slice(before), add);

    // Names the `required` input asks for; reads of the image's code are judged per image below.
    for (const name of [...(input.required['*'] ?? []), ...(input.required[service.name] ?? [])]) {
      if (RUNTIME_NAMES.has(name) || facts.unprovided.has(name)) continue;
      const definition = facts.defined.get(name);
      if (definition?.empty) {
        add({ service: service.name, variable: name, reason: 'empty-value', severity: 'notice', file: service.file, line: service.line, hint: `${service.name} must get ${name} (required input), and it is set empty on purpose (${definition.at})` });
      } else if (!definition) {
        add({ service: service.name, variable: name, reason: 'not-passed', severity: 'error', file: service.file, line: service.line, hint: `${service.name} needs ${name} (required input); ${definedElsewhere(name, [service.name], input)}: add it to ${service.name}'s environment or env_file` });
      }
    }
  }

  for (const image of input.images) imageFindings(image, input, add);

  if (input.example) {
    const optionalOnly = namesWithDefaultsOnly(input);
    const reported = new Set(found.map((entry) => entry.variable));
    for (const { key, line, empty } of input.example.keys) {
      if (input.provided(key) || optionalOnly.has(key) || reported.has(key)) continue;
      // A started service that sets the key itself (not from the .env: `KEY: ${KEY}` is a use) gives it to its container.
      if (input.facts.some((facts) => facts.defined.has(key) && !facts.service.uses.some((use) => use.name === key && use.path[2] === 'environment' && use.path[3] === key))) continue;
      const users = input.facts.filter((facts) => exampleNeed(facts.service.name, key)).map((facts) => facts.service.name);
      add({
        service: '', variable: key, reason: 'example-missing', severity: users.length > 0 ? 'error' : 'notice', file: input.example.file, line,
        hint: users.length > 0
          ? `${input.example.file} lists ${key} but nothing provides it (environment, env-files, provided or secrets), and ${users.join(', ')} ${users.length === 1 ? 'uses' : 'use'} it`
          : empty
            ? `${input.example.file} lists ${key} with an empty value and nothing provides it: optional by the example's own word`
            : exampleUnusedHint(input.example, key),
      });
    }
  }
  return found.sort((a, b) => compare(a.service, b.service) || compare(a.variable, b.variable) || compare(a.reason, b.reason));
}

/** An example key nothing provides and no started service is shown to need: what can and cannot be said. */
function exampleUnusedHint(example: ExampleFile, key: string): string {
  const readers = example.templateOf?.readBy ?? [];
  if (readers.length === 0) return `${example.file} lists ${key} but nothing provides it; no started service uses it (no interpolation, pass-through entry or read of its image's code), so no container lacks it`;
  // The containers reading the templated file as env_file do run without it; whether their images need it is not shown.
  return `${example.file} lists ${key} but nothing provides it, so ${readers.join(', ')} (env_file ${example.templateOf!.file}) ${readers.length === 1 ? 'runs' : 'run'} without it; no need for it is shown (no interpolation, pass-through entry or read of a scanned image's code), so whether ${readers.length === 1 ? 'its image needs' : 'their images need'} it cannot be judged`;
}

/** Where a finding is: findings at one place are one finding naming every service. */
function placeOf(entry: Pick<MissingVariable, 'variable' | 'reason' | 'severity' | 'file' | 'line'>): string {
  return `${entry.variable}\0${entry.reason}\0${entry.severity}\0${entry.file}\0${entry.line}`;
}

/** Code-unit order: stable across machines, and no ICU collator to start up. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Build args: a pass-through arg (`- NAME`, `NAME:`) takes its value from the environment
 * of `docker compose build`; a FROM that uses an ARG with no default fails the build
 * without it.
 */
function buildArgFindings(facts: ServiceFacts, input: CheckInput, add: (entry: Omit<MissingVariable, 'services'>) => void): void {
  const { service } = facts;
  const build = service.build;
  if (!build) return;
  for (const arg of build.passThroughArgs) {
    if (input.provided(arg.name)) continue;
    const fatal = facts.fromArgs.has(arg.name);
    add({
      service: service.name, variable: arg.name, reason: 'unset', severity: fatal ? 'error' : 'notice', file: arg.file, line: arg.line,
      hint: fatal
        ? `build arg ${arg.name} takes its value from the environment of \`docker compose build\` and nothing provides it; the Dockerfile's FROM uses it (an ARG with no default): the build fails`
        : `build arg ${arg.name} takes its value from the environment of \`docker compose build\`; nothing provides it, so the build gets none`,
    });
  }
  for (const name of facts.fromArgs) {
    if (build.args.includes(name)) continue;
    add({ service: service.name, variable: name, reason: 'not-passed', severity: 'error', file: service.file, line: service.line, hint: `the Dockerfile's FROM uses ARG ${name}, which has no default, and ${service.name}'s build does not pass it: the build fails; pass it as a build arg of ${service.name}` });
  }
}

/** Per service, the needs its image's reads show (the strongest read of each name). */
function imageNeeds(input: CheckInput): Map<string, Map<string, Need>> {
  const byService = new Map<string, Map<string, Need>>();
  for (const image of input.images) {
    const needs = readNeeds(image.reads);
    for (const facts of image.services) byService.set(facts.service.name, needs);
  }
  return byService;
}

/** The needs a body of code shows: the strongest read of each name (optional reads are none). */
export function readNeeds(reads: EnvRead[]): Map<string, Need> {
  const needs = new Map<string, Need>();
  for (const read of reads) {
    if (read.strength === 'optional') continue;
    const current = needs.get(read.name);
    // A read of the running code outweighs any inlined one; among reads of one kind, the strongest.
    if (current && !(current.inlined && !read.inlined) && (read.inlined && !current.inlined || current.strength === 'required' || read.strength === 'unguarded')) continue;
    const need: Need = { source: `read at ${read.file}:${read.line}${read.phase === 'build' ? ' while building' : ''}`, phase: read.phase, strength: read.strength };
    if (read.inlined) need.inlined = true;
    if (read.standalone) need.unjudged = `, a standalone script (a #! line) that nothing the image runs names (CMD, ENTRYPOINT, command, another file of the image): whether the container runs it cannot be judged`;
    needs.set(read.name, need);
  }
  return needs;
}

/**
 * One finding per variable for an image, naming the services that run it without the
 * variable: an error when none of them gets a name its code requires, a notice when
 * the read is unguarded or when only some of the services get it (they may run other
 * code paths of the same image).
 */
function imageFindings(image: ImageFacts, input: CheckInput, add: (entry: Omit<MissingVariable, 'services'> & { services?: string[] }) => void): void {
  for (const [name, need] of imageNeeds({ ...input, images: [image] }).get(image.services[0]!.service.name) ?? []) {
    if (RUNTIME_NAMES.has(name)) continue;
    if (need.inlined) {
      inlinedFinding(image, name, need, add);
      continue;
    }
    const buildTime = need.phase === 'build';
    const gets = (facts: ServiceFacts) => facts.defined.has(name) || (buildTime && facts.buildDefined.has(name));
    // A pass-through entry nothing provides was reported on its own line already.
    const candidates = image.services.filter((facts) => !facts.unprovided.has(name));
    const lacking = candidates.filter((facts) => !gets(facts));
    const names = (list: ServiceFacts[]) => list.map((facts) => facts.service.name).join(', ');
    const first = lacking[0] ?? candidates[0];
    if (!first) continue;
    const place = { service: first.service.name, services: (lacking.length > 0 ? lacking : candidates).map((facts) => facts.service.name), variable: name, file: first.service.file, line: first.service.line };
    if (lacking.length === 0) {
      const empty = candidates.filter((facts) => facts.defined.get(name)?.empty);
      if (empty.length > 0 && need.strength === 'required') {
        add({ ...place, service: empty[0]!.service.name, services: empty.map((facts) => facts.service.name), reason: 'empty-value', severity: 'notice', hint: `${names(empty)} ${empty.length === 1 ? 'gets' : 'get'} ${name} set empty on purpose (${empty[0]!.defined.get(name)!.at}), and the code ${need.source} has no fallback` });
      }
      continue;
    }
    const who = image.services.length === 1 ? first.service.name : `${names(lacking)} (running the image built from ${image.context})`;
    const fix = buildTime ? `pass it as a build arg of ${names(lacking)}` : `add it to the environment or env_file of ${names(lacking)}`;
    if (lacking.length < candidates.length) {
      add({ ...place, reason: 'not-passed', severity: 'notice', hint: `${who} ${lacking.length === 1 ? 'does' : 'do'} not get ${name}, which the image's code reads (${need.source}); ${names(candidates.filter(gets))} ${candidates.filter(gets).length === 1 ? 'gets' : 'get'} it: if ${lacking.length === 1 ? 'it runs' : 'they run'} that code, ${fix}` });
      continue;
    }
    const severity = need.strength === 'required' ? 'error' : 'notice';
    const judged = need.strength === 'required' ? '' : need.unjudged ?? ' without a fallback; whether the code needs it cannot be judged from the read';
    const verb = need.strength === 'required' ? (lacking.length === 1 ? 'needs' : 'need') : lacking.length === 1 ? 'reads' : 'read';
    add({ ...place, reason: 'not-passed', severity, hint: `${who} ${verb} ${name} (${need.source}${judged}); ${definedElsewhere(name, lacking.map((facts) => facts.service.name), input)}: ${fix}` });
  }
}

/**
 * The hint of an `import.meta.env` read that nothing the build sees sets, for a compose
 * service and a Fly app alike: `runtime` is the environment that never reaches it,
 * `looked` where the build could have set it, `fix` where to set it.
 */
export function inlinedHint(who: string, name: string, need: Need, runtime: string, looked: string, fix: string): string {
  return `${who} ${need.strength === 'required' ? 'needs' : 'reads'} ${name} through import.meta.env (${need.source}); the bundler replaces import.meta.env reads as it builds, never from ${runtime}: neither ${looked} nor a build arg or Dockerfile ARG/ENV sets it, so the built code gets undefined unless the build command or the bundler config (define, envPrefix) sets it, which is not judged: ${fix}`;
}

/**
 * An `import.meta.env` read: the bundler replaces it while building, from the mode .env
 * files of the build context and the build's environment (build args, Dockerfile
 * ARG/ENV), never from the container's environment (vite.dev/guide/env-and-mode). Set
 * nowhere the build sees, it is a notice at most: the build command or the bundler's
 * `define` may still set it, which the scan does not follow.
 */
function inlinedFinding(image: ImageFacts, name: string, need: Need, add: (entry: Omit<MissingVariable, 'services'> & { services?: string[] }) => void): void {
  const files = image.buildEnvFiles.filter((file) => file.keys.includes(name));
  if (files.length > 0) return;
  const lacking = image.services.filter((facts) => !facts.buildDefined.has(name));
  const first = lacking[0];
  if (!first) return;
  const names = lacking.map((facts) => facts.service.name).join(', ');
  const who = image.services.length === 1 ? first.service.name : `${names} (running the image built from ${image.context})`;
  const looked = image.buildEnvFiles.length > 0 ? `the build context's mode .env files (${image.buildEnvFiles.map((file) => file.file).join(', ')})` : `a mode .env file (the build context ${image.context} has none)`;
  add({
    service: first.service.name, services: lacking.map((facts) => facts.service.name), variable: name, reason: 'not-passed', severity: 'notice', file: first.service.file, line: first.service.line,
    hint: inlinedHint(who, name, need, "the container's environment", looked, `set it in a mode .env file of the build context or pass it as a build arg of ${names}`),
  });
}

function definedElsewhere(name: string, lacking: string[], input: CheckInput): string {
  const others = input.allFacts.filter((other) => !lacking.includes(other.service.name) && other.defined.has(name));
  return others.length > 0
    ? `defined for ${others.map((other) => `${other.service.name} (${other.defined.get(name)!.at})`).join(', ')} but not for ${lacking.join(', ')}`
    : 'no service defines it';
}

/** How an interpolation is judged where it sits. */
interface UseContext {
  /** The field as shown: `image`, `ports`, `environment.KEY`, `build.args.NAME` … */
  where: string;
  /** An empty string breaks Compose, the build or what the container is; false for values handed to the program (environment, build args FROM does not use). */
  fatal: boolean;
  /** What the value feeds, when a need for it is shown. */
  need?: { key: string; need: Need };
}

type ExampleNeed = (service: string, key: string) => Need | undefined;

/**
 * Per service, the example file's keys that are a need: the example sets a value (a key
 * it leaves empty is optional by its own word) and the compose file hands it to the
 * service, by an interpolation with no usable default or a pass-through entry. A read
 * of the image's code is a need by its own strength, whatever the example says:
 * hoppscotch's example sets "(Optional)" links its code reads without a fallback.
 */
function exampleNeeds(input: CheckInput): ExampleNeed {
  const example = input.example;
  if (!example) return () => undefined;
  const listed = new Map(example.keys.filter((entry) => !entry.empty).map((entry) => [entry.key, entry.line]));
  const byService = new Map(input.facts.map((facts) => [facts.service.name, facts]));
  return (service, key) => {
    const line = listed.get(key);
    const facts = byService.get(service);
    if (line === undefined || !facts) return undefined;
    const interpolated = facts.service.uses.some((use) => use.name === key && !use.usedDefault && use.operator !== ':+' && use.operator !== '+');
    const passedThrough = facts.service.environment.get(key)?.passThrough === true;
    return interpolated || passedThrough ? { source: `listed in ${example.file}:${line}`, phase: 'run', strength: 'required' } : undefined;
  };
}

/** A use's place below the service (or the top level), as shown in hints. */
function wherePath(use: LocatedUse): string {
  return (use.path[0] === 'services' ? use.path.slice(2) : use.path).map(String).join('.');
}

/**
 * Where an interpolation sits decides what an empty string does. In an `environment`
 * value the container gets `KEY=`: harmful only where a need for KEY is shown (or the
 * example file sets the interpolated name). A build arg the Dockerfile's FROM does not
 * use gives the build an empty arg. Anywhere else the empty string changes what Compose
 * creates (an image reference, a port, a mount, the command's arguments, a label read by
 * another container): an error.
 */
function judgeUse(use: LocatedUse, facts: ServiceFacts, needs: Map<string, Need>, exampleNeed: ExampleNeed): UseContext {
  const where = wherePath(use);
  const listed = exampleNeed(facts.service.name, use.name);
  if (use.path[2] === 'environment' && typeof use.path[3] === 'string') {
    const key = use.path[3];
    const need = needs.get(key);
    if (need?.strength === 'required') return { where, fatal: false, need: { key, need } };
    if (listed) return { where, fatal: false, need: { key, need: listed } };
    return { where, fatal: false, need: need ? { key, need } : undefined };
  }
  if (use.path[2] === 'build' && use.path[3] === 'args' && typeof use.path[4] === 'string') {
    return { where, fatal: facts.fromArgs.has(use.path[4]) };
  }
  return { where, fatal: true };
}

function interpolationFinding(use: LocatedUse, service: string, context: UseContext, input: CheckInput, add: (entry: Omit<MissingVariable, 'services'>) => void): void {
  const at = { service, variable: use.name, file: use.file, line: use.line };
  const deliberate = use.state === 'empty' && input.deliberatelyEmpty(use.name);
  const feeds = context.need;
  const shown = feeds?.need.strength === 'required';
  if (use.requiredMissing) {
    add({ ...at, reason: 'required-unset', severity: 'error', hint: `\${${use.name}${use.operator}…} requires ${use.name}${use.operator === ':?' ? ' to be non-empty' : ''}; \`docker compose up\` stops with an error` });
  } else if (deliberate) {
    // `KEY=` in an env file: an empty value on purpose; an error only where the image refuses an empty value.
    if (feeds) add({ ...at, reason: 'empty-value', severity: feeds.need.nonEmpty ? 'error' : 'notice', hint: `${use.name} is set empty on purpose in an env file, and gives ${feeds.key} an empty value; ${service || 'the service'} needs ${feeds.key} (${feeds.need.source})` });
  } else if (use.operator === '' && (use.state === 'unset' || use.state === 'empty')) {
    const why = use.state === 'unset' ? `nothing provides ${use.name}` : `${use.name} is set but empty in the environment (a deleted secret reads as an empty string)`;
    if (context.fatal) {
      add({ ...at, reason: 'unset', severity: 'error', hint: `\${${use.name}} has no default and ${why}; Compose substitutes an empty string in ${context.where}` });
    } else if (shown) {
      add({ ...at, reason: 'unset', severity: 'error', hint: `\${${use.name}} has no default and ${why}; Compose substitutes an empty string, so ${feeds!.key} is empty, and ${service || 'the service'} needs ${feeds!.key} (${feeds!.need.source})` });
    } else {
      add({ ...at, reason: 'unset', severity: 'notice', hint: `\${${use.name}} has no default and ${why}; Compose substitutes an empty string, so ${context.where} is empty (no need for it shown)` });
    }
  } else if (use.emptyDefault && feeds) {
    add({ ...at, reason: 'empty-default', severity: shown ? 'error' : 'notice', hint: `\${${use.name}${use.operator}} gives ${feeds.key} an empty value because nothing provides ${use.name}, and ${service || 'the service'} needs ${feeds.key} (${feeds.need.source})` });
  }
}

/**
 * An official image whose documented required variables the service does not get: one
 * error, unless an entry's own finding (a pass-through or interpolation nothing
 * provides) already says so.
 */
function officialImageFinding(facts: ServiceFacts, requirement: ImageRequirement, own: MissingVariable[], add: (entry: Omit<MissingVariable, 'services'>) => void): void {
  const { service } = facts;
  const entryOf = (finding: MissingVariable) => [...service.environment.values()].find((entry) => entry.file === finding.file && entry.line === finding.line)?.key;
  if (own.some((finding) => finding.severity === 'error' && (requirement.oneOf.includes(finding.variable) || requirement.oneOf.includes(entryOf(finding) ?? '')))) return;
  const alternatives = `${requirement.oneOf.length === 2 ? requirement.oneOf.join(' or ') : `one of ${requirement.oneOf.join(', ')}`}`;
  const given = requirement.oneOf.find((name) => facts.defined.has(name));
  const entry = requirement.oneOf.map((name) => service.environment.get(name)).find(Boolean);
  if (given) {
    const place = entry ?? service;
    add({ service: service.name, variable: given, reason: 'empty-value', severity: 'error', file: place.file, line: place.line, hint: `${service.name} gets ${given} with an empty value (${facts.defined.get(given)!.at}), and its image refuses to initialise a new database without a non-empty ${alternatives} (${requirement.source})` });
    return;
  }
  add({ service: service.name, variable: requirement.oneOf[0]!, reason: 'not-passed', severity: 'error', file: service.file, line: service.line, hint: `${service.name}'s image refuses to initialise a new database without ${alternatives} (${requirement.source}); neither its environment nor its env_file gives one: add it to ${service.name}'s environment or env_file` });
}

/** Names every interpolation of which has a non-empty default: optional by design. */
function namesWithDefaultsOnly(input: CheckInput): Set<string> {
  const all = [...input.project.uses, ...input.facts.flatMap((facts) => facts.service.uses)];
  const withDefault = new Set<string>();
  const without = new Set<string>();
  for (const use of all) {
    if ((use.operator === ':-' || use.operator === '-') && (use.usedDefault || use.state === 'set')) withDefault.add(use.name);
    else without.add(use.name);
  }
  return new Set([...withDefault].filter((name) => !without.has(name)));
}
