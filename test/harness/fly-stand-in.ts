// A local stand-in for Fly.io's Machines API (the fly-api-url input), on 127.0.0.1.
// It checks every request against the documented format ("Working with the Machines
// API": `Authorization: Bearer <token>`, GET /v1/apps/{app}/secrets and
// /v1/apps/{app}/machines) and answers in the documented shapes:
// - secrets: {"secrets": [{name, digest, created_at, updated_at}]} (fly-go AppSecret;
//   values only come with show_secrets=true, which the client must never send);
// - machines: an array of Machines as in the "List Machines" example response (id,
//   name, state, region, image_ref, instance_id, private_ip, created_at, updated_at,
//   config with metadata, events [{type, status, source, timestamp (ms)}]).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInSecret {
  name: string;
  /** A digest of the value, as the API returns it (never to be printed by the client). */
  digest: string;
  createdAt: string;
  updatedAt: string;
}

export interface StandInMachine {
  id: string;
  state: 'started' | 'stopped' | 'suspended' | 'destroyed' | 'created';
  /** Milliseconds since the epoch of the last start / update events (newest last). */
  boots: { type: 'launch' | 'start' | 'update' | 'restart'; at: number }[];
  updatedAt: string;
  processGroup?: string;
}

export interface StandInApp {
  secrets: StandInSecret[];
  machines: StandInMachine[];
}

export interface FlyRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export class FlyStandIn {
  readonly requests: FlyRequest[] = [];
  /** Requests that broke the documented format; a test asserts this stays empty. */
  readonly violations: string[] = [];
  readonly apps = new Map<string, StandInApp>();
  /** Answer every request with this status (and a Fly-style error body), when set. */
  failWith?: { status: number; body: unknown };
  private server?: Server;
  url = '';

  readonly token: string;
  constructor(token = 'FlyV1 fm2_standInTokenLJPECAAAAAAAAAA8AsM5yMkVeqSxtvx1') {
    this.token = token;
  }

  app(name: string, app: StandInApp): this {
    this.apps.set(name, app);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: FlyRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers };
      this.requests.push(recorded);
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const problems: string[] = [];
      if (req.headers.authorization !== `Bearer ${this.token}`) problems.push('authorization is not `Bearer <token>`');
      if (recorded.method !== 'GET') problems.push(`method ${recorded.method} (the check only reads)`);
      if (url.searchParams.has('show_secrets')) problems.push('asked for secret values (show_secrets)');
      const match = /^\/v1\/apps\/([a-z0-9-]+)\/(secrets|machines)$/.exec(url.pathname);
      if (!match) problems.push(`path ${url.pathname} is not a documented route`);
      if (problems.length > 0) {
        this.violations.push(`${recorded.method} ${recorded.path}: ${problems.join(', ')}`);
        send(problems[0]!.startsWith('authorization') ? 401 : 400, { error: 'unauthorized' });
        return;
      }
      if (this.failWith) {
        send(this.failWith.status, this.failWith.body);
        return;
      }
      const app = this.apps.get(match![1]!);
      if (!app) {
        send(404, { error: 'App not found' });
        return;
      }
      if (match![2] === 'secrets') {
        send(200, { secrets: app.secrets.map((secret) => ({ name: secret.name, digest: secret.digest, created_at: secret.createdAt, updated_at: secret.updatedAt })) });
      } else {
        send(200, app.machines.map((machine, index) => machineJson(match![1]!, machine, index)));
      }
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()) ?? done());
  }
}

/** One Machine as the List Machines example response shows it. */
function machineJson(app: string, machine: StandInMachine, index: number): Record<string, unknown> {
  const created = machine.boots[0]?.at ?? Date.parse(machine.updatedAt);
  return {
    id: machine.id,
    name: `${['aged-wind', 'summer-sun', 'quiet-river'][index % 3]}-${2649 + index}`,
    state: machine.state,
    region: 'iad',
    image_ref: { registry: 'registry.fly.io', repository: app, tag: 'deployment-01JD3K8W2Q', digest: 'sha256:597c3e12f830132be2aa69b4c0deccb0657ea4253e6d59c6f38e41e9f69a0add' },
    instance_id: `01JD3K${index}T5K95DK9IVP4XHTTPEY2`,
    private_ip: `fdaa:0:18:a7b:196:e274:9ce1:${index + 2}`,
    created_at: new Date(created).toISOString().replace(/\.\d+Z$/, 'Z'),
    updated_at: machine.updatedAt,
    config: {
      env: { FLY_PROCESS_GROUP: machine.processGroup ?? 'app', PRIMARY_REGION: 'iad' },
      init: {},
      guest: { cpu_kind: 'shared', cpus: 1, memory_mb: 1024 },
      metadata: { fly_flyctl_version: '0.3.40', fly_platform_version: 'v2', fly_process_group: machine.processGroup ?? 'app', fly_release_id: 'Xn5QZ0', fly_release_version: '7' },
      image: `registry.fly.io/${app}:deployment-01JD3K8W2Q`,
      restart: { policy: 'on-failure', max_retries: 10 },
    },
    events: [...machine.boots].reverse().map((boot) => ({
      type: boot.type,
      status: boot.type === 'launch' ? 'created' : boot.type === 'update' ? 'replacing' : 'started',
      source: boot.type === 'start' ? 'flyd' : 'user',
      timestamp: boot.at,
    })),
  };
}
