import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { GitHubApi, isRetryableStatus, latestDeploymentStatus, statusText } from '../shared/github-api.ts';
import type { DeploymentEvent } from './event.ts';
import { escapeRegExp } from '../shared/regex.ts';

/** A destination for events besides the log. `send` throws on failure; the emitter retries. */
export interface Sink {
  /** Named in warnings, the summary and the CLI: `events-file`, `webhook`, `loki`, `github-deployment`. */
  readonly name: string;
  /**
   * The destination's identity in the journal's delivery record: the name and a hash
   * of where it sends, so the journal tracks deliveries without holding the destination.
   */
  readonly key: string;
  /** `signal` aborts a delivery in flight (a cancellation): the request is cut, not left to its deadline. */
  send(event: DeploymentEvent, timeoutMs: number, signal?: AbortSignal): Promise<void>;
  /**
   * Whether the destination already holds the event, where that can be known (a local
   * file): a step killed between delivering and recording it is not delivered twice.
   */
  has?(event: DeploymentEvent): boolean;
}

export function sinkKey(name: string, ...destination: string[]): string {
  return `${name}:${createHash('sha256').update(destination.join('\n')).digest('hex').slice(0, 16)}`;
}

/**
 * A failure that another attempt will not fix (a 4xx other than 408/429; the GitHub
 * sink's GitHubApiError says so itself, see `retryable`). `wholeSink`:
 * the destination itself is unusable (a local file that cannot be written), so no later
 * event is tried there either; an HTTP refusal is about one request, and the next event
 * (the verdict after a refused started) is still tried.
 */
export class PermanentSinkError extends Error {
  override name = 'PermanentSinkError';
  readonly wholeSink: boolean;
  constructor(message: string, { wholeSink = false } = {}) {
    super(message);
    this.wholeSink = wholeSink;
  }
}

/** The first existing ancestor of `path` that is not a directory, if any: the real cause of EEXIST/ENOTDIR. */
function fileInTheWay(path: string): string | undefined {
  for (let current = path; ; current = dirname(current)) {
    try {
      return statSync(current).isDirectory() ? undefined : current;
    } catch {
      if (dirname(current) === current) return undefined;
    }
  }
}

/** The largest events file read whole (the sink's `has`, the watchdog's starteds). */
export const MAX_EVENTS_FILE_BYTES = 64 * 1024 * 1024;

/** A local file: its errors are deterministic (another attempt fails the same way), so permanent. */
export class EventsFileSink implements Sink {
  readonly name = 'events-file';
  readonly path: string;
  readonly key: string;
  constructor(path: string) {
    this.path = path;
    this.key = sinkKey(this.name, path);
  }

  /**
   * The event ids the file held when first asked, plus those this sink appended since:
   * the file (up to 64 MB) is read once per step, however many events the step asks about.
   * Undefined until asked; null when the file is unreadable or too large to scan
   * (then an event is delivered again: at least once, with the same id).
   */
  private ids?: Set<string> | null;

  has(event: DeploymentEvent): boolean {
    if (this.ids === undefined) this.ids = this.readIds();
    return this.ids?.has(event.id) ?? false;
  }

  private readIds(): Set<string> | null {
    try {
      if (statSync(this.path).size > MAX_EVENTS_FILE_BYTES) return null;
      return new Set(Array.from(readFileSync(this.path, 'utf8').matchAll(/"id":"([^"\\]*)"/g), (match) => match[1]!));
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Set() : null; // no file yet holds no event
    }
  }

  async send(event: DeploymentEvent): Promise<void> {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, `${JSON.stringify(event)}\n`);
      this.ids?.add(event.id);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const blocker = code === 'EEXIST' || code === 'ENOTDIR' ? fileInTheWay(dirname(this.path)) : undefined;
      const cause = blocker ? `${blocker} is a file, not a directory`
        : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : code === 'EISDIR' ? 'the path is a directory'
        : code === 'ENOSPC' ? 'no space left on the device'
        : code === 'EROFS' ? 'the file system is read-only'
        : (error as Error).message;
      throw new PermanentSinkError(`cannot append to ${this.path}: ${cause}`, { wholeSink: true });
    }
  }
}

/** What a failed answer is reported as: the status line only. */
export function statusLine(status: number): string {
  const text = statusText(status);
  return `answered ${status}${text ? ` ${text}` : ''}`;
}

/**
 * POSTs a body; a status of 400 or more is an error (permanent for 4xx except 408 and
 * 429). The answer's body is never echoed: every sink request carries a credential (a
 * token, a password, a secret webhook path) that a reflecting server could send back.
 */
async function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  // Loaded on first use: deploy-start with only the log or an events file never needs it.
  const { request } = await import('../shared/http-client.ts');
  const response = await request(url, {
    method: 'POST',
    headers: { 'user-agent': 'deploy-guards', ...headers },
    body,
    signal: signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), signal]) : AbortSignal.timeout(timeoutMs),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  await response.body.dump();
  const status = response.statusCode;
  if (status < 400) return;
  const message = statusLine(status);
  throw isRetryableStatus(status) ? new Error(message) : new PermanentSinkError(message);
}

/** CloudEvents HTTP binding, structured content mode. */
export class WebhookSink implements Sink {
  readonly name = 'webhook';
  readonly key: string;
  private readonly url: string;
  private readonly token: string;
  constructor(url: string, token = '') {
    this.url = url;
    this.token = token;
    this.key = sinkKey(this.name, url);
  }

  async send(event: DeploymentEvent, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/cloudevents+json; charset=utf-8' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    await post(this.url, headers, JSON.stringify(event), timeoutMs, signal);
  }
}

export interface LokiOptions {
  url: string;
  labels: Record<string, string>;
  tenant?: string;
  username?: string;
  password?: string;
}

/** The `service` label of every stream the Loki sink writes. */
export const LOKI_SERVICE = 'deployment';

/** The Loki push API in JSON: one stream of low-cardinality labels, the event as the line. */
export class LokiSink implements Sink {
  readonly name = 'loki';
  readonly key: string;
  /** The Authorization value: derived from the password, so it is a secret of its own to mask. */
  readonly authorization?: string;
  private readonly options: LokiOptions;
  constructor(options: LokiOptions) {
    this.options = options;
    this.key = sinkKey(this.name, LokiSink.pushUrl(options.url), options.tenant ?? '');
    if (options.username || options.password) this.authorization = `Basic ${Buffer.from(`${options.username ?? ''}:${options.password ?? ''}`).toString('base64')}`;
  }

  /**
   * The LogQL stream selector of what this sink writes: its `service` label and the
   * loki-labels it was given (`env` and `app` vary, so they are left out), and with
   * `environments` an `env` matcher of any of them. The watchdog's query and the alert
   * rules both select with it.
   */
  static selector(lokiLabels: Record<string, string>, environments: readonly string[] = []): string {
    const labels = { service: LOKI_SERVICE, ...lokiLabels };
    const matchers = Object.entries(labels).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
    if (environments.length > 0) matchers.push(`env=~${JSON.stringify(environments.map(escapeRegExp).join('|'))}`);
    return `{${matchers.join(', ')}}`;
  }

  static pushUrl(url: string): string {
    return /\/loki\/api\/v1\/push\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/loki/api/v1/push`;
  }

  static body(event: DeploymentEvent, labels: Record<string, string>): string {
    const nanoseconds = (BigInt(Date.parse(event.time)) * 1_000_000n).toString();
    return JSON.stringify({ streams: [{ stream: labels, values: [[nanoseconds, JSON.stringify(event)]] }] });
  }

  async send(event: DeploymentEvent, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const { url, labels, tenant } = this.options;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (tenant) headers['x-scope-orgid'] = tenant;
    if (this.authorization) headers.authorization = this.authorization;
    await post(LokiSink.pushUrl(url), headers, LokiSink.body(event, labels), timeoutMs, signal);
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
  /** Stored with a new deployment: what the watchdog needs to end it with the same event id, and what identifies this job's. */
  payload?: DeploymentPayload;
  /** Called the moment a deployment is created (or found), so its id is in runner state before anything else can fail. */
  onCreated?: (id: number) => void;
}

/** What deploy-guards stores in the payload of a GitHub deployment it creates. */
export interface DeploymentPayload {
  deploy_guards: { partition_key: string; run_url: string };
}

const STATE: Partial<Record<DeploymentEvent['type'], string>> = {
  'deployment.started': 'in_progress',
  'deployment.complete': 'success',
  'deployment.failed': 'failure',
};
/** GitHub's documented deployment status states that end a deployment. */
export const ENDED_STATES = new Set(['success', 'failure', 'error', 'inactive']);

/** The deployment key in a deployment's payload (an object, or a JSON string from older API versions). */
export function payloadKey(payload: unknown): { key: string; runUrl: string } | null {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const ours = (value as Partial<DeploymentPayload> | null)?.deploy_guards;
  const key = ours?.partition_key;
  return typeof key === 'string' && /^[0-9a-f]{32}$/.test(key) ? { key, runUrl: typeof ours?.run_url === 'string' ? ours.run_url : '' } : null;
}

/**
 * GitHub Deployments: creates the deployment (once; its id goes to runner state at
 * once) and posts one status per lifecycle event. Canary events are not deployments.
 */
export class GitHubDeploymentSink implements Sink {
  readonly name = 'github-deployment';
  readonly key: string;
  private readonly options: GitHubDeploymentOptions;
  deploymentId: number | null;
  /** A create POST may have reached GitHub without its answer reaching this process. */
  private mayExist = false;
  constructor(options: GitHubDeploymentOptions) {
    this.options = options;
    this.deploymentId = options.deploymentId;
    this.key = sinkKey(this.name, options.apiUrl, options.repository, options.environment);
  }

  private api(timeoutMs: number, signal?: AbortSignal): GitHubApi {
    return new GitHubApi({ token: this.options.token, apiUrl: this.options.apiUrl, timeoutMs, signal, permission: 'deployments: write' });
  }

  /**
   * POST /repos/{owner}/{repo}/deployments; kept for every later status. A create POST is
   * not idempotent: once one was sent and its answer lost (a 502 from a proxy after GitHub
   * stored it, a timeout), the deployment may exist, so it is looked up by key and run
   * before another is created.
   */
  async createDeployment(timeoutMs: number, signal?: AbortSignal): Promise<number> {
    if (this.deploymentId !== null) return this.deploymentId;
    const key = this.options.payload?.deploy_guards.partition_key;
    if (this.mayExist && key) {
      const found = await this.findDeployment(key, timeoutMs, signal);
      if (found !== null) {
        this.deploymentId = found;
        this.options.onCreated?.(found);
        return found;
      }
    }
    this.mayExist = true;
    const { repository, ref, environment, description } = this.options;
    const created = await this.api(timeoutMs, signal).post<{ id: number }>(`/repos/${repository}/deployments`, {
      ref, environment, description, auto_merge: false, required_contexts: [], payload: this.options.payload ?? {},
    });
    this.deploymentId = created.id;
    this.options.onCreated?.(created.id);
    return created.id;
  }

  /**
   * The deployment this run created for `key`, found through the API (its payload names
   * the key and this run), never by an id another step could have written; null if none.
   */
  async findDeployment(key: string, timeoutMs: number, signal?: AbortSignal): Promise<number | null> {
    const { repository, ref, environment, logUrl } = this.options;
    const query: Record<string, string> = /^[0-9a-f]{40}$/.test(ref) ? { environment, sha: ref } : { environment, ref };
    for await (const page of this.api(timeoutMs, signal).pages<{ id: number; payload?: unknown }>(`/repos/${repository}/deployments`, query)) {
      for (const deployment of page) {
        const ours = payloadKey(deployment.payload);
        if (ours?.key === key && ours.runUrl === logUrl && Number.isSafeInteger(deployment.id)) return deployment.id;
      }
    }
    return null;
  }

  /** The state of the deployment's latest status ('' when it has none yet). */
  async latestState(timeoutMs: number): Promise<string> {
    if (this.deploymentId === null) return '';
    return (await latestDeploymentStatus(this.api(timeoutMs), this.options.repository, this.deploymentId))?.state ?? '';
  }

  async send(event: DeploymentEvent, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const state = STATE[event.type];
    if (!state) return;
    const id = await this.createDeployment(timeoutMs, signal);
    const { repository, environment, environmentUrl, logUrl } = this.options;
    const reason = event.data.reason ? ` (${event.data.reason})` : '';
    await this.api(timeoutMs, signal).post(`/repos/${repository}/deployments/${id}/statuses`, {
      state, environment, environment_url: environmentUrl, log_url: logUrl,
      description: `${event.type}${reason}`.slice(0, 140),
    });
  }
}
