import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../shared/errors.ts';
import type { Inputs } from '../shared/inputs.ts';

/**
 * Where events go besides the log: always this step's own inputs (the post step
 * re-reads its main step's). Never read back from a file another step can write.
 */
export interface SinkSettings {
  eventsFile: string;
  webhookUrl: string;
  webhookToken: string;
  lokiUrl: string;
  lokiLabels: Record<string, string>;
  lokiTenant: string;
  lokiUsername: string;
  lokiPassword: string;
  githubDeployment: boolean;
  token: string;
  /** Each delivery attempt's deadline (3 attempts with backoff). */
  sinkTimeoutMs: number;
}

/** `secret`: the URL may carry a credential in its path (Slack, Discord), so it is masked and never echoed. */
function httpUrl(inputs: Inputs, name: string, example: string, secret = false): string {
  const value = secret ? inputs.secret(name) : inputs.string(name);
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(name, secret ? 'is not a URL' : `'${value}' is not a URL`, `${name}: ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(name, `'${url.protocol}' is not http or https`, `${name}: ${example}`);
  if (url.username || url.password) throw new InputError(name, 'must not carry credentials in the URL (they would be logged)', `${name}: ${example}`);
  return value;
}

/** `key=value` per line or comma; label names as Loki (Prometheus) allows them. */
function lokiLabels(inputs: Inputs): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const item of inputs.list('loki-labels', { splitCommas: true })) {
    const match = /^([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*(.*)$/.exec(item);
    if (!match) throw new InputError('loki-labels', `'${item}' is not name=value with a Loki label name`, 'loki-labels: app=shop, team=payments');
    labels[match[1]!] = match[2]!;
  }
  return labels;
}

export function readSinkSettings(inputs: Inputs, workspace: string): SinkSettings {
  const eventsFile = inputs.string('events-file');
  const githubDeployment = inputs.boolean('github-deployment', false);
  const token = inputs.secret('token');
  if (githubDeployment && token === '') throw new InputError('token', 'is empty but github-deployment is true (it needs deployments: write)', 'token: ${{ github.token }}');
  return {
    eventsFile: eventsFile === '' || isAbsolute(eventsFile) ? eventsFile : resolve(workspace, eventsFile),
    webhookUrl: httpUrl(inputs, 'webhook-url', 'https://hooks.example.com/deployments', true),
    webhookToken: inputs.secret('webhook-token'),
    lokiUrl: httpUrl(inputs, 'loki-url', 'https://logs-prod-eu-west-0.grafana.net'),
    lokiLabels: lokiLabels(inputs),
    lokiTenant: inputs.string('loki-tenant'),
    lokiUsername: inputs.string('loki-username'),
    lokiPassword: inputs.secret('loki-password'),
    githubDeployment,
    token,
    sinkTimeoutMs: inputs.durationMs('sink-timeout', '5s', { min: 100 }),
  };
}

/**
 * `deployment-key`: the deployment a step ends or watches, as deploy-start's output of that
 * name gives it (or as a deploy script draws it: `openssl rand -hex 16`). Empty: none given.
 */
export function readDeploymentKey(inputs: Inputs): string {
  const key = inputs.string('deployment-key');
  if (key !== '' && !/^[0-9a-f]{32}$/.test(key)) {
    throw new InputError('deployment-key', `'${key.slice(0, 40)}' is not a deployment key (32 lowercase hex characters)`, 'deployment-key: ${{ steps.start.outputs.deployment-key }} (or "$(openssl rand -hex 16)" from a deploy script)');
  }
  return key;
}

/** Whether the step was given any sink besides the log. */
export function hasSinks(settings: SinkSettings): boolean {
  return settings.eventsFile !== '' || settings.webhookUrl !== '' || settings.lokiUrl !== '' || settings.githubDeployment;
}

export interface DeployStartSettings {
  environment: string;
  environmentUrl: string;
  sinks: SinkSettings;
}

/** deploy-start's inputs (its post step reads the same ones). */
export function readDeployStartSettings(inputs: Inputs, workspace: string): DeployStartSettings {
  return {
    environment: inputs.string('environment', 'production'),
    environmentUrl: inputs.string('environment-url'),
    sinks: readSinkSettings(inputs, workspace),
  };
}

export interface CanaryEventSettings {
  environment: string;
  sinks: SinkSettings;
}

/** The event inputs of a scheduled canary that is not a deployment (host-canary). */
export function readCanaryEventSettings(inputs: Inputs, workspace: string): CanaryEventSettings {
  return { environment: inputs.string('environment', 'production'), sinks: readSinkSettings(inputs, workspace) };
}
