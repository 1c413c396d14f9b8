import { UserError } from './errors.ts';
import { oneLine } from './log-text.ts';

/**
 * The standard reason phrase of an HTTP status ('Not Found'), or undefined, for GitHub's and
 * the event sinks' answers. node:http is loaded only to word a failure (most bundles never need
 * it otherwise); it lives here, not in http-client.ts, whose import loads undici.
 */
export function statusText(status: number): string | undefined {
  return process.getBuiltinModule('node:http').STATUS_CODES[status];
}

export interface GitHubApiOptions {
  token: string;
  /** GITHUB_API_URL (https://api.github.com or a GHES /api/v3 URL). */
  apiUrl?: string;
  timeoutMs?: number;
  /** Aborts requests in flight (a cancelled step). */
  signal?: AbortSignal;
  /** The token permission these calls need (`deployments: write`): named when GitHub answers 403 or 404. */
  permission?: string;
}

const MAX_PAGES = 50;
/** Bytes of one answer past which it is refused: a page of 100 deployments is well under 1 MB. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** GitHub's `message` is server text: shown on one line, cut here. */
const MAX_REASON = 200;

/**
 * The API answered with an error status. `reason` is GitHub's own `message` field,
 * bounded and on one line with nothing hidden (oneLine), or '' when the answer held none
 * (a proxy's page is never quoted); the message adds which permission to check.
 */
export class GitHubApiError extends UserError {
  override name = 'GitHubApiError';
  readonly status: number;
  readonly reason: string;
  constructor(what: string, status: number, reason: string, permission?: string) {
    const hint = status === 401 ? ' (the token is invalid or expired)'
      : status === 403 || status === 404 ? ` (check that the token can read this repository and has ${permission ?? 'the permission this call needs'})`
      : '';
    super(`GitHub API ${what} answered ${status}: ${reason || statusText(status) || 'an error status'}${hint}`);
    this.status = status;
    this.reason = reason;
  }

  /** Whether another attempt may succeed: a server error, a timeout (408) or a rate limit (429). */
  get retryable(): boolean {
    return isRetryableStatus(this.status);
  }
}

/** 5xx, 408 and 429 may pass on another attempt; any other 4xx fails the same way again. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** GitHub's error `message`, made safe to show; '' when the body is not a JSON error. */
function reasonOf(text: string | undefined): string {
  if (!text) return '';
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return typeof message === 'string' ? oneLine(message, MAX_REASON) : '';
  } catch {
    return '';
  }
}

/**
 * Minimal GitHub REST client on undici (the project's one HTTP client): the
 * documented headers, Link-header pagination and errors that say which token
 * permission is missing.
 */
export class GitHubApi {
  private readonly token: string;
  private readonly apiUrl: string;
  private readonly timeoutMs: number;
  private readonly signal?: AbortSignal;
  private readonly permission?: string;

  constructor(options: GitHubApiOptions) {
    this.token = options.token;
    this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.signal = options.signal;
    this.permission = options.permission;
  }

  async get<T>(path: string, query: Record<string, string | number> = {}): Promise<T> {
    return (await this.send<T>('GET', this.url(path, query))).body;
  }

  async post<T>(path: string, body: unknown, accept?: string): Promise<T> {
    return (await this.send<T>('POST', this.url(path, {}), body, accept)).body;
  }

  /**
   * The pages of a list endpoint, following `Link: rel="next"` (bounded); stop early by
   * breaking out. `key` picks the array from wrapped responses. A next link to another
   * origin than the API's is not followed (the request would carry the token there):
   * the listing fails, since a partial list is not the list. So does a listing that still
   * has a next page after MAX_PAGES pages: the bound is named, never passed off as the end.
   */
  async *pages<T>(path: string, query: Record<string, string | number> = {}, key?: string): AsyncGenerator<T[]> {
    let url: string | undefined = this.url(path, { per_page: 100, ...query });
    for (let page = 1; url; page++) {
      const response: { body: unknown; next?: string } = await this.send<unknown>('GET', url);
      yield ((key ? (response.body as Record<string, unknown>)[key] : response.body) as T[] | undefined) ?? [];
      url = response.next;
      if (url === undefined) return;
      if (!this.sameOrigin(url)) {
        throw new UserError(`GitHub API GET ${path}: the answer links its next page on another origin than ${new URL(this.apiUrl).origin}; not followed (the request would carry the token there), so the list is incomplete`);
      }
      if (page >= MAX_PAGES) {
        throw new UserError(`GitHub API GET ${path}: the list goes on past ${MAX_PAGES} pages (the bound); the items after them were not read, so the list is incomplete`);
      }
    }
  }

  private sameOrigin(url: string): boolean {
    try {
      return new URL(url).origin === new URL(this.apiUrl).origin;
    } catch {
      return false;
    }
  }

  /** All items of a list endpoint. */
  async paginate<T>(path: string, query: Record<string, string | number> = {}, key?: string): Promise<T[]> {
    const items: T[] = [];
    for await (const page of this.pages<T>(path, query, key)) items.push(...page);
    return items;
  }

  private url(path: string, query: Record<string, string | number>): string {
    const url = new URL(`${this.apiUrl}${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    return url.toString();
  }

  private async send<T>(method: string, url: string, body?: unknown, accept = 'application/vnd.github+json'): Promise<{ body: T; next?: string }> {
    const path = new URL(url).pathname;
    // Loaded on first use: most runs of the git-only actions never call the API, and
    // undici is the largest module of their bundles (ncc puts it in its own chunk).
    const { RequestFailed, requestText } = await import('./http-client.ts');
    let answer;
    try {
      answer = await requestText(url, {
        method: method as 'GET' | 'POST',
        headers: {
          accept,
          authorization: `Bearer ${this.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'deploy-guards',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: this.signal,
        deadlineMs: this.timeoutMs,
        maxBytes: MAX_ANSWER_BYTES,
      });
    } catch (error) {
      throw new UserError(`GitHub API ${method} ${path} failed: ${error instanceof RequestFailed ? error.reason : 'request error'}`);
    }
    const { status, text, headers } = answer;
    if (status >= 400) throw new GitHubApiError(`${method} ${path}`, status, reasonOf(text), this.permission);
    if (text === undefined) throw new UserError(`GitHub API ${method} ${path} answered more than ${MAX_ANSWER_BYTES / 1024 / 1024} MB; refused`);
    const link = headers.link;
    const next = typeof link === 'string' ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
    try {
      return { body: (text === '' ? undefined : JSON.parse(text)) as T, next };
    } catch {
      throw new UserError(`GitHub API ${method} ${path} answered ${status} with a body that is not JSON (is GITHUB_API_URL the API's URL?)`);
    }
  }
}

/** A deployment status as GitHub lists it. */
export interface DeploymentStatus {
  state: string;
  created_at: string;
  log_url?: string;
  target_url?: string;
}

/**
 * The latest status of a deployment: GitHub lists statuses newest first, so one item of
 * one page is it. Undefined when the deployment has none yet (pending).
 */
export async function latestDeploymentStatus(api: GitHubApi, repository: string, deploymentId: number): Promise<DeploymentStatus | undefined> {
  const [latest] = (await api.get<unknown[] | undefined>(`/repos/${repository}/deployments/${deploymentId}/statuses`, { per_page: 1 })) ?? [];
  if (typeof latest !== 'object' || latest === null || typeof (latest as DeploymentStatus).state !== 'string') return undefined;
  return latest as DeploymentStatus;
}
