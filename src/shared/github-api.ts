import { UserError } from './errors.ts';

export interface GitHubApiOptions {
  token: string;
  /** GITHUB_API_URL (https://api.github.com or a GHES /api/v3 URL). */
  apiUrl?: string;
  timeoutMs?: number;
  /** Aborts requests in flight (a cancelled step). */
  signal?: AbortSignal;
}

const MAX_PAGES = 50;

/** The API answered with an error status; the message says which permission to check. */
export class GitHubApiError extends UserError {
  override name = 'GitHubApiError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
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

  constructor(options: GitHubApiOptions) {
    this.token = options.token;
    this.apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.signal = options.signal;
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
    const { request } = await import('./http-client.ts');
    let response;
    try {
      response = await request(url, {
        method: method as 'GET' | 'POST',
        headers: {
          accept,
          authorization: `Bearer ${this.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'deploy-guards',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        signal: this.signal,
      });
    } catch (error) {
      throw new UserError(`GitHub API ${method} ${path} failed: ${error instanceof Error ? error.message : error}`);
    }
    const text = await response.body.text();
    if (response.statusCode >= 400) {
      let message = text.slice(0, 200);
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? message;
      } catch {
        // not JSON
      }
      const hint = response.statusCode === 401 ? ' (the token is invalid or expired)'
        : response.statusCode === 403 || response.statusCode === 404 ? ' (check that the token can read this repository and has the permission this call needs)'
        : '';
      throw new GitHubApiError(response.statusCode, `GitHub API ${method} ${path} answered ${response.statusCode}: ${message}${hint}`);
    }
    const link = response.headers.link;
    const next = typeof link === 'string' ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
    return { body: (text === '' ? undefined : JSON.parse(text)) as T, next };
  }
}
