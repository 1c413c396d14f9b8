/**
 * Read-only client of Fly.io's Machines API (https://api.machines.dev, documented in
 * "Working with the Machines API"): every request carries `Authorization: Bearer
 * <token>`, exactly as the documentation's examples send it (a token made by `fly
 * tokens create` starts with `FlyV1 `, and the examples put that inside the Bearer
 * header too). Two calls:
 *
 * - `GET /v1/apps/{app}/secrets`: `{"secrets": [{name, digest, created_at, updated_at}]}`
 *   (fly-go's AppSecret, what flyctl lists). Values are returned only with
 *   `show_secrets=true`, which this client never sends; digests are read past and never kept.
 * - `GET /v1/apps/{app}/machines`: an array of Machines with `state`, `updated_at`,
 *   `config.metadata` and `events` ({type, status, source, timestamp in ms}).
 *
 * Answers are bounded (10 MB, 30 s per request); an error names the status and what
 * to check, never the token, a header or a body the server sent back verbatim.
 */
import { UserError } from '../shared/errors.ts';

export const FLY_API_URL = 'https://api.machines.dev';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface FlySecret {
  name: string;
  /** Milliseconds since the epoch; undefined when the API gave none or an unreadable one. */
  createdAt?: number;
  updatedAt?: number;
}

export interface FlyMachine {
  id: string;
  state: string;
  /** fly_process_group of its config metadata ('' when none). */
  processGroup: string;
  /** When it last started or was updated (ms): it holds the secrets as they were then. */
  lastBoot?: number;
  /** Where lastBoot came from: the Machine's events, or its `updated_at` when it listed none. */
  bootFrom: 'events' | 'updated_at' | 'none';
}

export interface FlyApiOptions {
  token: string;
  apiUrl?: string;
  timeoutMs?: number;
}

export class FlyApi {
  private readonly token: string;
  private readonly apiUrl: string;
  private readonly timeoutMs: number;

  constructor(options: FlyApiOptions) {
    this.token = options.token;
    this.apiUrl = (options.apiUrl || FLY_API_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Secret names and their timestamps; `skipped` counts entries whose name is not a variable name (never shown). */
  async listSecrets(app: string): Promise<{ secrets: FlySecret[]; skipped: number }> {
    const path = `/v1/apps/${encodeURIComponent(app)}/secrets`;
    const body = await this.get(path);
    const list = isObject(body) && Array.isArray(body.secrets) ? body.secrets : undefined;
    if (!list) throw new UserError(`Fly Machines API GET ${path} answered without a secrets list (expected {"secrets": [...]})`);
    const secrets: FlySecret[] = [];
    let skipped = 0;
    for (const entry of list) {
      if (!isObject(entry) || typeof entry.name !== 'string' || !NAME.test(entry.name)) {
        skipped++;
        continue;
      }
      secrets.push({ name: entry.name, createdAt: timestamp(entry.created_at), updatedAt: timestamp(entry.updated_at) });
    }
    return { secrets, skipped };
  }

  async listMachines(app: string): Promise<FlyMachine[]> {
    const path = `/v1/apps/${encodeURIComponent(app)}/machines`;
    const body = await this.get(path);
    if (!Array.isArray(body)) throw new UserError(`Fly Machines API GET ${path} answered without a list of Machines`);
    return body.filter(isObject).map((machine) => {
      const metadata = isObject(machine.config) && isObject(machine.config.metadata) ? machine.config.metadata : {};
      const boots = (Array.isArray(machine.events) ? machine.events : [])
        .filter((event): event is Record<string, unknown> => isObject(event) && BOOT_EVENTS.has(String(event.type)))
        .map((event) => Number(event.timestamp))
        .filter((time) => Number.isFinite(time) && time > 0);
      const updatedAt = timestamp(machine.updated_at);
      return {
        id: typeof machine.id === 'string' ? machine.id : '',
        state: typeof machine.state === 'string' ? machine.state : '',
        processGroup: typeof metadata.fly_process_group === 'string' ? metadata.fly_process_group : '',
        lastBoot: boots.length > 0 ? boots.reduce((latest, time) => Math.max(latest, time)) : updatedAt, // no spread: a long list overflows the stack
        bootFrom: boots.length > 0 ? 'events' : updatedAt !== undefined ? 'updated_at' : 'none',
      };
    });
  }

  private async get(path: string): Promise<unknown> {
    const { RequestFailed, requestText } = await import('../shared/http-client.ts');
    let answer;
    try {
      answer = await requestText(`${this.apiUrl}${path}`, {
        method: 'GET',
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/json', 'user-agent': 'deploy-guards' },
        maxRedirections: 0,
        deadlineMs: this.timeoutMs,
        maxBytes: MAX_BODY_BYTES,
      });
    } catch (error) {
      throw new UserError(`Fly Machines API GET ${path} failed: ${error instanceof RequestFailed ? error.reason.replaceAll(this.token, '***') : 'request error'}`);
    }
    const { status, text } = answer;
    if (text === undefined) throw new UserError(`Fly Machines API GET ${path} answered more than ${MAX_BODY_BYTES / 1024 / 1024} MB; refused`);
    if (status !== 200) {
      const why = status === 401 ? 'the fly-token is invalid or expired'
        : status === 403 ? 'the fly-token may not read this app (use a deploy token of the app, or an org token)'
        : status === 404 ? 'no such app, or not visible to this token (check fly-app or the app name in fly.toml)'
        : 'the API had a problem; try again later';
      throw new UserError(`Fly Machines API GET ${path} answered ${status}: ${why}`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UserError(`Fly Machines API GET ${path} answered 200 with a body that is not JSON`);
    }
  }
}

/** The events after which a Machine runs with the app's secrets as they were then (Fly: "started or updated"). */
const BOOT_EVENTS = new Set(['launch', 'start', 'update', 'restart']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 3339 (a time without a zone is UTC, as Go parses it); undefined for anything else. */
function timestamp(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/.test(value)) return undefined;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isFinite(ms) ? ms : undefined;
}
