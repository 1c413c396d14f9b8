import { resolve } from 'node:path';
import { InputError } from '../shared/errors.ts';
import { FLY_API_URL, FlyApi } from '../fly/machines-api.ts';
import { GitHubApi } from '../shared/github-api.ts';
import type { GitHubContext } from '../shared/github-context.ts';
import type { Inputs } from '../shared/inputs.ts';
import { yamlInput } from '../shared/yaml-input.ts';
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
    flyConfig: inputs.string('fly-config'),
    flyApp: readFlyApp(inputs),
    flyApi: readFlyApi(inputs),
    fail: inputs.boolean('fail', true),
  };
}

/** Fly app names: lowercase letters, digits and dashes (what `fly apps create` accepts). */
function readFlyApp(inputs: Inputs): string {
  const app = inputs.string('fly-app');
  if (app && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(app)) throw new InputError('fly-app', `'${app}' is not a Fly app name`, 'fly-app: hello-phx');
  return app;
}

function readFlyApi(inputs: Inputs): FlyApi | undefined {
  const token = inputs.secret('fly-token').trim();
  const apiUrl = inputs.string('fly-api-url', FLY_API_URL);
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new InputError('fly-api-url', 'is not a URL', `fly-api-url: ${FLY_API_URL}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search) throw new InputError('fly-api-url', 'must be an http(s) base URL without credentials or query', `fly-api-url: ${FLY_API_URL}`);
  if (!token) return undefined;
  // A macaroon token is `FlyV1 fm2_…,fm2_…`: mask each part too, so no piece of it can show alone.
  for (const part of token.replace(/^(FlyV1|Bearer) /, '').split(',')) if (part.length >= 8) inputs.source.mask(part);
  // Only the shape is described: a token pasted with a line break must not be echoed.
  if (/[\s\0]/.test(token.replace(/^(FlyV1|Bearer) /, ''))) throw new InputError('fly-token', 'holds white space or a line break inside the token', 'fly-token: ${{ secrets.FLY_API_TOKEN }} (the whole output of fly tokens create deploy)');
  return new FlyApi({ token, apiUrl });
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
  const value = yamlInput(inputs, 'required', REQUIRED_EXAMPLE);
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
