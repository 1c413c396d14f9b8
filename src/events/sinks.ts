import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GitHubApi } from '../shared/github-api.ts';
import type { DeploymentEvent } from './event.ts';

/** A destination for events besides the log. `send` throws on failure; the emitter retries. */
export interface Sink {
  /** Named in warnings, the summary and the CLI: `events-file`, `webhook`, `loki`, `github-deployment`. */
  readonly name: string;
  send(event: DeploymentEvent, timeoutMs: number): Promise<void>;
}

/** A failure that another attempt will not fix (a 4xx other than 408/429). */
export class PermanentSinkError extends Error {
  override name = 'PermanentSinkError';
}

export class EventsFileSink implements Sink {
  readonly name = 'events-file';
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }

  async send(event: DeploymentEvent): Promise<void> {
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, `${JSON.stringify(event)}\n`);
  }
}

/** POSTs a body; a status of 400 or more is an error (permanent for 4xx except 408 and 429). */
async function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<void> {
  // Loaded on first use: deploy-start with only the log or an events file never needs it.
  const { request } = await import('undici');
  const response = await request(url, {
    method: 'POST',
    headers: { 'user-agent': 'deploy-guards', ...headers },
    body,
    signal: AbortSignal.timeout(timeoutMs),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const text = (await response.body.text()).slice(0, 200);
  const status = response.statusCode;
  if (status < 400) return;
  const message = `answered ${status}${text ? `: ${text.replace(/\s+/g, ' ')}` : ''}`;
  if (status < 500 && status !== 408 && status !== 429) throw new PermanentSinkError(message);
  throw new Error(message);
}

/** CloudEvents HTTP binding, structured content mode. */
export class WebhookSink implements Sink {
  readonly name = 'webhook';
  private readonly url: string;
  private readonly token: string;
  constructor(url: string, token = '') {
    this.url = url;
    this.token = token;
  }

  async send(event: DeploymentEvent, timeoutMs: number): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/cloudevents+json; charset=utf-8' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    await post(this.url, headers, JSON.stringify(event), timeoutMs);
  }
}

export interface LokiOptions {
  url: string;
  labels: Record<string, string>;
  tenant?: string;
  username?: string;
  password?: string;
}

/** The Loki push API in JSON: one stream of low-cardinality labels, the event as the line. */
export class LokiSink implements Sink {
  readonly name = 'loki';
  private readonly options: LokiOptions;
  constructor(options: LokiOptions) {
    this.options = options;
  }

  static pushUrl(url: string): string {
    return /\/loki\/api\/v1\/push\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/loki/api/v1/push`;
  }

  static body(event: DeploymentEvent, labels: Record<string, string>): string {
    const nanoseconds = (BigInt(Date.parse(event.time)) * 1_000_000n).toString();
    return JSON.stringify({ streams: [{ stream: labels, values: [[nanoseconds, JSON.stringify(event)]] }] });
  }

  async send(event: DeploymentEvent, timeoutMs: number): Promise<void> {
    const { url, labels, tenant, username, password } = this.options;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (tenant) headers['x-scope-orgid'] = tenant;
    if (username || password) headers.authorization = `Basic ${Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64')}`;
    await post(LokiSink.pushUrl(url), headers, LokiSink.body(event, labels), timeoutMs);
  }
}

export interface GitHubDeploymentOptions {
  token: string;
  apiUrl: string;
  repository: string;
  /** The commit deployed (GITHUB_SHA), else the ref. */
  ref: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  description: string;
  deploymentId: number | null;
}

const STATE: Partial<Record<DeploymentEvent['type'], string>> = {
  'deployment.started': 'in_progress',
  'deployment.complete': 'success',
  'deployment.failed': 'failure',
};

/**
 * GitHub Deployments: creates the deployment (once; its id travels in the journal)
 * and posts one status per lifecycle event. Canary events are not deployments.
 */
export class GitHubDeploymentSink implements Sink {
  readonly name = 'github-deployment';
  private readonly options: GitHubDeploymentOptions;
  deploymentId: number | null;
  constructor(options: GitHubDeploymentOptions) {
    this.options = options;
    this.deploymentId = options.deploymentId;
  }

  private api(timeoutMs: number): GitHubApi {
    return new GitHubApi({ token: this.options.token, apiUrl: this.options.apiUrl, timeoutMs });
  }

  /** POST /repos/{owner}/{repo}/deployments; kept for every later status. */
  async createDeployment(timeoutMs: number): Promise<number> {
    if (this.deploymentId !== null) return this.deploymentId;
    const { repository, ref, environment, description } = this.options;
    const created = await rethrowGitHub(() => this.api(timeoutMs).post<{ id: number }>(`/repos/${repository}/deployments`, {
      ref, environment, description, auto_merge: false, required_contexts: [],
    }));
    this.deploymentId = created.id;
    return created.id;
  }

  async send(event: DeploymentEvent, timeoutMs: number): Promise<void> {
    const state = STATE[event.type];
    if (!state) return;
    const id = await this.createDeployment(timeoutMs);
    const { repository, environment, environmentUrl, logUrl } = this.options;
    const reason = event.data.reason ? ` (${event.data.reason})` : '';
    await rethrowGitHub(() => this.api(timeoutMs).post(`/repos/${repository}/deployments/${id}/statuses`, {
      state, environment, environment_url: environmentUrl, log_url: logUrl,
      description: `${event.type}${reason}`.slice(0, 140),
    }));
  }
}

async function rethrowGitHub<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = /answered (\d{3})/.exec(message)?.[1];
    if (status && status.startsWith('4') && status !== '408' && status !== '429') throw new PermanentSinkError(message);
    throw error;
  }
}
