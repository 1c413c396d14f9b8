// A local stand-in for the GitHub REST API (GITHUB_API_URL). It answers only the
// routes a test registers and checks every request against GitHub's documented
// shape: Bearer token, `Accept: application/vnd.github+json`, an API version header
// and a User-Agent (the API rejects requests without one).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A handler's answer, or HANG: the request is read and never answered (a GitHub that stored it and then went quiet). */
export const HANG = Symbol('hang');
type Handler = (request: RecordedRequest) => { status?: number; body: unknown; headers?: Record<string, string> } | typeof HANG;

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  /** Requests that broke the documented format; a test asserts this stays empty. */
  readonly violations: string[] = [];
  private readonly routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  private server?: Server;
  url = '';

  readonly token: string;
  constructor(token = 'ghs_standInToken') {
    this.token = token;
  }

  route(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  /** Serves `items` in pages of `per_page` with Link headers, as GitHub list endpoints do. */
  static paged(request: RecordedRequest, items: unknown[], baseUrl: string, wrap?: (page: unknown[]) => unknown) {
    const perPage = Number(request.query.get('per_page') ?? 30);
    const page = Number(request.query.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(`${baseUrl}${request.path}`);
      for (const [key, value] of request.query) next.searchParams.set(key, value);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next}>; rel="next"`;
    }
    return { body: wrap ? wrap(slice) : slice, headers };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
        this.requests.push(recorded);
        const problems: string[] = [];
        if (req.headers.authorization !== `Bearer ${this.token}`) problems.push('authorization is not the Bearer token');
        if (req.headers.accept !== 'application/vnd.github+json') problems.push(`accept is '${req.headers.accept}'`);
        if (!req.headers['x-github-api-version']) problems.push('no X-GitHub-Api-Version');
        if (!req.headers['user-agent']) problems.push('no User-Agent');
        if (body && req.headers['content-type'] !== 'application/json') problems.push('body without application/json');
        if (problems.length > 0) {
          this.violations.push(`${recorded.method} ${recorded.path}: ${problems.join(', ')}`);
          res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Bad credentials' }));
          return;
        }
        const route = this.routes.find((candidate) => candidate.method === recorded.method && candidate.pattern.test(recorded.path));
        if (!route) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
          return;
        }
        const answer = route.handler(recorded);
        if (answer === HANG) return;
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

export interface StoredDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  payload: unknown;
  created_at: string;
  statuses: { state: string; description?: string; environment_url?: string; log_url?: string; created_at: string }[];
}

/**
 * The Deployments API of one repository, kept in memory as GitHub keeps it: create a
 * deployment, list them (newest first, filtered by environment, sha and ref, paged),
 * post and list statuses (newest first). `statusAnswer` can make a status post fail
 * (a 502 while GitHub has a bad minute) before it is stored; `createAnswer` answers a
 * create after the deployment is stored (a 502 from a proxy, or HANG: the answer is lost).
 */
export class DeploymentsApi {
  readonly deployments: StoredDeployment[] = [];
  private nextId: number;
  statusAnswer: (deployment: StoredDeployment, body: Record<string, unknown>) => number = () => 201;
  createAnswer: (deployment: StoredDeployment) => number | typeof HANG = () => 201;

  constructor(github: GitHubStandIn, repository = 'acme/shop', firstId = 100) {
    this.nextId = firstId;
    const base = `/repos/${repository}/deployments`;
    const idOf = (path: string) => Number(path.slice(base.length + 1).split('/')[0]);
    github.route('POST', new RegExp(`^${base}$`), (request) => {
      const body = JSON.parse(request.body) as { ref: string; environment?: string; payload?: unknown };
      const deployment: StoredDeployment = {
        id: this.nextId++, sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : '', ref: body.ref, environment: body.environment ?? 'production',
        payload: body.payload ?? {}, created_at: new Date().toISOString(), statuses: [],
      };
      this.deployments.push(deployment);
      const answer = this.createAnswer(deployment);
      if (answer === HANG) return HANG;
      return answer >= 400 ? { status: answer, body: { message: 'Server Error' } } : { status: answer, body: this.view(deployment) };
    });
    github.route('GET', new RegExp(`^${base}$`), (request) => {
      const matching = [...this.deployments].reverse().filter((deployment) => ['environment', 'sha', 'ref'].every((field) => {
        const wanted = request.query.get(field);
        return wanted === null || (deployment as unknown as Record<string, string>)[field] === wanted;
      }));
      return GitHubStandIn.paged(request, matching.map((deployment) => this.view(deployment)), github.url);
    });
    github.route('GET', new RegExp(`^${base}/\\d+$`), (request) => {
      const deployment = this.get(idOf(request.path));
      return deployment ? { body: this.view(deployment) } : { status: 404, body: { message: 'Not Found' } };
    });
    github.route('POST', new RegExp(`^${base}/\\d+/statuses$`), (request) => {
      const deployment = this.get(idOf(request.path));
      if (!deployment) return { status: 404, body: { message: 'Not Found' } };
      const body = JSON.parse(request.body) as StoredDeployment['statuses'][number];
      const status = this.statusAnswer(deployment, body as unknown as Record<string, unknown>);
      if (status >= 400) return { status, body: { message: 'Server Error' } };
      deployment.statuses.push({ ...body, created_at: new Date().toISOString() });
      return { status: 201, body: { id: deployment.statuses.length, state: body.state } };
    });
    github.route('GET', new RegExp(`^${base}/\\d+/statuses$`), (request) => {
      const deployment = this.get(idOf(request.path));
      if (!deployment) return { status: 404, body: { message: 'Not Found' } };
      return GitHubStandIn.paged(request, [...deployment.statuses].reverse(), github.url);
    });
  }

  get(id: number): StoredDeployment | undefined {
    return this.deployments.find((deployment) => deployment.id === id);
  }

  /** The states posted to a deployment, oldest first. */
  states(id: number): string[] {
    return this.get(id)?.statuses.map((status) => status.state) ?? [];
  }

  private view(deployment: StoredDeployment) {
    const { statuses: _statuses, ...rest } = deployment;
    return rest;
  }
}
