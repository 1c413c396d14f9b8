/**
 * Compares what each service needs with what it is given. Needs: interpolations
 * without a usable default, `required` names, names its code reads (scan), keys of
 * the example file. Given: the service's `environment`/`env_file` (and its image's
 * ENV), and, for interpolation, the names provided to the run. Results name
 * variables and places, never values.
 */
import type { EnvRead } from './source-scan.ts';
import type { Project, Service } from './project.ts';
import type { LocatedUse } from './yaml-file.ts';

export type Reason = 'unset' | 'required-unset' | 'empty-default' | 'not-passed' | 'example-missing';

export interface MissingVariable {
  /** '' when the finding belongs to no single service (top-level interpolation, example file). */
  service: string;
  variable: string;
  reason: Reason;
  file: string;
  line: number;
  hint: string;
}

export interface ServiceFacts {
  service: Service;
  /** Names the container gets: environment keys with a value, env_file keys, image ENV. */
  defined: Set<string>;
  /** Where a defined name is set (environment entry or env_file), for hints. */
  definedAt: Map<string, string>;
  /** Names available while building (build args, Dockerfile ARG/ENV). */
  buildDefined: Set<string>;
  reads: EnvRead[];
}

export interface CheckInput {
  project: Project;
  facts: ServiceFacts[];
  /** Every service's facts, active or not: hints name any service that defines a variable. */
  allFacts: ServiceFacts[];
  provided: Set<string>;
  /** service name (or '*') → names it must get. */
  required: Record<string, string[]>;
  example?: { file: string; keys: { key: string; line: number }[] };
  ignore: Set<string>;
}

/** Set by the container runtime or the language itself, never by a compose file. */
export const RUNTIME_NAMES = new Set(['PATH', 'HOME', 'HOSTNAME', 'PWD', 'USER', 'SHELL', 'TERM', 'LANG', 'TZ', 'NODE_ENV', 'CI']);

export function findMissing(input: CheckInput): MissingVariable[] {
  const missing: MissingVariable[] = [];
  const seen = new Set<string>();
  const add = (entry: MissingVariable) => {
    const key = `${entry.service}\0${entry.variable}\0${entry.reason}`;
    if (seen.has(key) || input.ignore.has(entry.variable)) return;
    seen.add(key);
    missing.push(entry);
  };

  for (const use of input.project.uses) interpolationFinding(use, '', undefined, add);

  for (const facts of input.facts) {
    const { service } = facts;
    const needed = neededNames(facts, input);
    for (const use of service.uses) interpolationFinding(use, service.name, feedsNeeded(use, service, needed), add);

    for (const entry of service.environment.values()) {
      if (entry.passThrough && !input.provided.has(entry.key)) {
        add({ service: service.name, variable: entry.key, reason: 'unset', file: entry.file, line: entry.line, hint: `a pass-through entry (${entry.key} with no value) takes it from the environment of \`docker compose up\`, and nothing provides it` });
      }
    }

    for (const [name, why] of needed) {
      if (RUNTIME_NAMES.has(name)) continue;
      const buildTime = why.phase === 'build';
      if (facts.defined.has(name) || (buildTime && facts.buildDefined.has(name))) continue;
      const others = input.allFacts.filter((other) => other.service.name !== service.name && other.defined.has(name));
      const where = others.length > 0
        ? `defined for ${others.map((other) => `${other.service.name} (${other.definedAt.get(name) ?? `${other.service.file}:${other.service.line}`})`).join(', ')} but not for ${service.name}`
        : `no service defines it`;
      const fix = buildTime ? `pass it as a build arg of ${service.name}` : `add it to ${service.name}'s environment or env_file`;
      add({ service: service.name, variable: name, reason: 'not-passed', file: service.file, line: service.line, hint: `${service.name} needs ${name} (${why.source}); ${where}: ${fix}` });
    }
  }

  if (input.example) {
    const optionalOnly = namesWithDefaultsOnly(input);
    const reported = new Set(missing.map((entry) => entry.variable));
    for (const { key, line } of input.example.keys) {
      if (input.provided.has(key) || optionalOnly.has(key) || reported.has(key)) continue;
      add({ service: '', variable: key, reason: 'example-missing', file: input.example.file, line, hint: `${input.example.file} lists ${key} but nothing provides it (environment, env-files, provided or secrets)` });
    }
  }
  return missing.sort((a, b) => compare(a.service, b.service) || compare(a.variable, b.variable) || compare(a.reason, b.reason));
}

/** Code-unit order: stable across machines, and no ICU collator to start up. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Need {
  source: string;
  phase: 'run' | 'build';
}

function neededNames(facts: ServiceFacts, input: CheckInput): Map<string, Need> {
  const needed = new Map<string, Need>();
  for (const name of [...(input.required['*'] ?? []), ...(input.required[facts.service.name] ?? [])]) needed.set(name, { source: 'required input', phase: 'run' });
  for (const read of facts.reads) {
    if (read.optional || needed.has(read.name)) continue;
    needed.set(read.name, { source: `read at ${read.file}:${read.line}${read.phase === 'build' ? ' while building' : ''}`, phase: read.phase });
  }
  return needed;
}

/** The `environment` key an interpolation sits in, when that key is a need of the service. */
function feedsNeeded(use: LocatedUse, service: Service, needed: Map<string, Need>): string | undefined {
  if (use.path[2] !== 'environment') return undefined;
  let key = use.path[3];
  if (typeof key === 'number') key = [...service.environment.values()].find((entry) => entry.line === use.line && entry.file === use.file)?.key;
  return typeof key === 'string' && needed.has(key) ? key : undefined;
}

function interpolationFinding(use: LocatedUse, service: string, feeds: string | undefined, add: (entry: MissingVariable) => void): void {
  const at = { service, variable: use.name, file: use.file, line: use.line };
  if (use.operator === '' && use.state === 'unset') {
    add({ ...at, reason: 'unset', hint: `\${${use.name}} has no default and nothing provides ${use.name}; Compose substitutes an empty string` });
  } else if (use.operator === '' && use.state === 'empty') {
    add({ ...at, reason: 'unset', hint: `\${${use.name}} has no default and ${use.name} is set but empty (a deleted secret reads as an empty string)` });
  } else if (use.requiredMissing) {
    add({ ...at, reason: 'required-unset', hint: `\${${use.name}${use.operator}…} requires ${use.name}${use.operator === ':?' ? ' to be non-empty' : ''}; \`docker compose up\` stops with an error` });
  } else if (use.emptyDefault && feeds) {
    add({ ...at, reason: 'empty-default', hint: `\${${use.name}${use.operator}} gives ${feeds} an empty value because nothing provides ${use.name}, and ${service || 'the service'} needs ${feeds}` });
  }
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
