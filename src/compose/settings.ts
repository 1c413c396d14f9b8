import { resolve } from 'node:path';
import { InputError } from '../shared/errors.ts';
import { GitHubApi } from '../shared/github-api.ts';
import type { GitHubContext } from '../shared/github-context.ts';
import type { Inputs } from '../shared/inputs.ts';
import type { EnvCompletenessOptions } from './env-completeness.ts';

export interface EnvCompletenessSettings extends Omit<EnvCompletenessOptions, 'stepEnv' | 'log'> {
  fail: boolean;
}

const REQUIRED_EXAMPLE = "required: '{web: [DATABASE_URL, MANA_STT_URL], \"*\": [SENTRY_DSN]}'";
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Every env-completeness input, validated; shared by the action and the CLI. */
export function readEnvCompletenessSettings(inputs: Inputs, context: GitHubContext, cwd: string): EnvCompletenessSettings {
  const token = inputs.secret('secrets-token');
  const workingDirectory = inputs.string('working-directory', '.');
  return {
    workingDirectory: resolve(cwd, workingDirectory),
    displayRoot: cwd,
    composeFiles: inputs.list('compose-files'),
    envFiles: inputs.list('env-files'),
    exampleFile: inputs.string('example-file'),
    required: readRequired(inputs),
    scanSources: inputs.boolean('scan-sources', true),
    services: inputs.list('services', { splitCommas: true }),
    profiles: inputs.list('profiles', { splitCommas: true }),
    provided: names(inputs, 'provided'),
    ignore: names(inputs, 'ignore'),
    environment: inputs.string('environment'),
    repository: context.repository,
    api: token ? new GitHubApi({ token, apiUrl: context.apiUrl }) : undefined,
    fail: inputs.boolean('fail', true),
  };
}

function names(inputs: Inputs, input: string): string[] {
  const list = inputs.list(input, { splitCommas: true });
  const bad = list.find((name) => !NAME.test(name));
  // Only the shape is described: a value pasted here by mistake must not be echoed.
  if (bad !== undefined) throw new InputError(input, 'holds an entry that is not a variable name', `${input}: DATABASE_URL, MANA_STT_URL`);
  return list;
}

/** `service: [NAMES]` or `service: "A B"`; `*` applies to every service. */
function readRequired(inputs: Inputs): Record<string, string[]> {
  const value = inputs.yaml('required', REQUIRED_EXAMPLE);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError('required', 'must be a mapping of service name to variable names', REQUIRED_EXAMPLE);
  const result: Record<string, string[]> = {};
  for (const [service, list] of Object.entries(value as Record<string, unknown>)) {
    const items = Array.isArray(list) ? list.map(String) : typeof list === 'string' ? list.split(/[\s,]+/).filter(Boolean) : undefined;
    if (!items || items.some((name) => !NAME.test(name))) throw new InputError('required', `the entry for ${service} must be a list of variable names`, REQUIRED_EXAMPLE);
    result[service] = items;
  }
  return result;
}
