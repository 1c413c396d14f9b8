/**
 * deploy-watchdog: the started that nothing ended. When the runner machine itself
 * vanishes no post step runs, so a scheduled job looks for deployments still open
 * after `max-age` — GitHub Deployments whose latest status is queued, pending or
 * in_progress, and starteds without a terminal event in an events file or in Loki —
 * reports each with its run URL and, with `end-stale`, ends it: a `failure` status and
 * `deployment.failed` (reason `no-end`) with the deployment's own terminal event id.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { deliver, eventLine, type DeliveryOptions } from '../events/emit.ts';
import { buildEvent, type DeploymentEvent, type EventContext } from '../events/event.ts';
import { buildSinks } from '../events/lifecycle.ts';
import type { SinkSettings } from '../events/settings.ts';
import { LokiSink, MAX_EVENTS_FILE_BYTES, payloadKey, statusLine } from '../events/sinks.ts';
import { GitHubApi, latestDeploymentStatus } from '../shared/github-api.ts';
import { UserError } from '../shared/errors.ts';

export interface WatchdogSettings {
  environments: string[];
  maxAgeMs: number;
  /** Deployments created before now − lookback are not examined (GitHub lists them newest first). */
  lookbackMs: number;
  endStale: boolean;
  /** With end-stale, also end GitHub deployments without a deploy-guards deployment key in their payload. */
  endOthers: boolean;
  /** Watch only this deployment (a trap line's own); empty: every one. */
  deploymentKey: string;
  /** Also the source of starteds when given: events-file and loki-url are read, and written to with end-stale. */
  sinks: SinkSettings;
  fail: boolean;
}

export interface WatchdogEnvironment {
  repository: string;
  apiUrl: string;
  /** This run's URL: the log_url of the failure statuses it sets. */
  logUrl: string;
  source: string;
  now?: Date;
  print: (line: string) => void;
  warn: (message: string) => void;
  mask?: (value: string) => void;
}

export interface StaleDeployment {
  environment: string;
  deployment_id: number | null;
  sha: string;
  age_s: number;
  run_url: string;
  /** Where it was found: github, events-file, loki (several when they agree). */
  found_in: string[];
  /** The deployment key (CloudEvents partitionkey), when known: the end event gets the deployment's own terminal id. */
  partition_key: string | null;
  /** A GitHub deployment deploy-guards did not create (no key in its payload): ended only with end-others. */
  created_by_others: boolean;
  ended: boolean;
}

export interface WatchdogResult {
  stale: StaleDeployment[];
  examined: Record<string, number>;
  /** Reads that stopped at a bound, each saying what was not examined: never counted as complete in silence. */
  incomplete: string[];
}

interface GitHubDeployment { id: number; sha: string; environment: string; created_at: string; payload?: unknown }

/** GitHub's documented deployment status states that leave a deployment open. */
const OPEN_STATES = new Set(['queued', 'pending', 'in_progress']);
/** Loki answers at most 5000 lines per query by default (max_entries_limit_per_query). */
const LOKI_PAGE_LINES = 5000;
const LOKI_MAX_PAGES = 20;

async function fromGitHub(settings: WatchdogSettings, env: WatchdogEnvironment, now: number, examined: Record<string, number>): Promise<StaleDeployment[]> {
  const api = new GitHubApi({ token: settings.sinks.token, apiUrl: env.apiUrl, timeoutMs: settings.sinks.sinkTimeoutMs * 3 });
  const stale: StaleDeployment[] = [];
  for (const environment of settings.environments) {
    pages: for await (const page of api.pages<GitHubDeployment>(`/repos/${env.repository}/deployments`, { environment })) {
      for (const deployment of page) {
        if (now - Date.parse(deployment.created_at) > settings.lookbackMs) break pages;
        const key = payloadKey(deployment.payload)?.key ?? null;
        if (settings.deploymentKey && key !== settings.deploymentKey) continue;
        examined.github = (examined.github ?? 0) + 1;
        const latest = await latestDeploymentStatus(api, env.repository, deployment.id);
        if (latest && !OPEN_STATES.has(latest.state)) continue;
        const age = now - Date.parse(latest?.created_at ?? deployment.created_at);
        if (age <= settings.maxAgeMs) continue;
        stale.push({
          environment: deployment.environment || environment, deployment_id: deployment.id, sha: deployment.sha, age_s: Math.round(age / 1000),
          run_url: latest?.log_url || latest?.target_url || '', found_in: ['github'], partition_key: key, created_by_others: key === null, ended: false,
        });
      }
    }
  }
  return stale;
}

/** Starteds without a terminal event of the same deployment (partitionkey), older than max-age. */
function openStarteds(events: DeploymentEvent[], settings: WatchdogSettings, now: number, where: string): StaleDeployment[] {
  const ended = new Set(events.filter((event) => event.type === 'deployment.complete' || event.type === 'deployment.failed').map((event) => event.partitionkey));
  const stale: StaleDeployment[] = [];
  for (const event of events) {
    if (event.type !== 'deployment.started' || typeof event.partitionkey !== 'string' || ended.has(event.partitionkey)) continue;
    if (settings.deploymentKey && event.partitionkey !== settings.deploymentKey) continue;
    if (settings.environments.length > 0 && !settings.environments.includes(event.subject)) continue;
    const age = now - Date.parse(event.time);
    if (!(age > settings.maxAgeMs) || age > settings.lookbackMs) continue;
    stale.push({
      environment: event.subject, deployment_id: event.data?.deployment_id ?? null, sha: event.data?.sha ?? '', age_s: Math.round(age / 1000),
      run_url: /^https?:\/\//.test(event.source) ? event.source : '', found_in: [where], partition_key: event.partitionkey, created_by_others: false, ended: false,
    });
    ended.add(event.partitionkey); // one entry per deployment, however often its started was delivered
  }
  return stale;
}

function parseEvents(lines: string[]): DeploymentEvent[] {
  const events: DeploymentEvent[] = [];
  for (const line of lines) {
    try {
      const event = JSON.parse(line) as DeploymentEvent;
      if (event && typeof event.type === 'string' && typeof event.time === 'string') events.push(event);
    } catch {
      // not an event line
    }
  }
  return events;
}

function fromEventsFile(path: string): DeploymentEvent[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return [];
  }
  if (size > MAX_EVENTS_FILE_BYTES) throw new UserError(`events-file ${path} is larger than 64 MB; rotate it (the watchdog reads starteds of the last lookback only)`);
  return parseEvents(readFileSync(path, 'utf8').split('\n'));
}

/**
 * Loki's query_range API: every event line of the last lookback, newest first, page by
 * page (each page ends where the last one's oldest line was; `end` is exclusive, so it
 * moves to that line's timestamp + 1 ns and the lines already read at that timestamp
 * are dropped, as logcli's batching does). Bounded: past LOKI_MAX_PAGES pages it stops
 * and says which lines, the oldest, were not examined.
 */
/** Bytes of one query_range answer past which it is refused (5000 event lines are a few MB). */
const LOKI_MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** One query_range page: within one deadline, bounded in size, and never its body in an error (a proxy may echo credentials). */
async function queryPage(url: URL, headers: Record<string, string>, deadlineMs: number): Promise<{ data?: { result?: { values?: [string, string][] }[] } }> {
  const { RequestFailed, requestText } = await import('../shared/http-client.ts');
  let answer;
  try {
    answer = await requestText(url, { method: 'GET', headers, deadlineMs, maxBytes: LOKI_MAX_PAGE_BYTES });
  } catch (error) {
    throw new UserError(`Loki query_range ${error instanceof RequestFailed && error.timedOut ? `did not answer within ${Math.round(deadlineMs / 1000)}s` : `failed: ${error instanceof RequestFailed ? error.reason : 'request error'}`}`);
  }
  const { status, text } = answer;
  if (status >= 400) throw new UserError(`Loki query_range ${statusLine(status)}`);
  if (text === undefined) throw new UserError(`Loki query_range answered more than ${LOKI_MAX_PAGE_BYTES / 1024 / 1024} MB for one page; refused`);
  try {
    return JSON.parse(text) as { data?: { result?: { values?: [string, string][] }[] } };
  } catch {
    throw new UserError(`Loki query_range answered ${status} with a body that is not JSON (is loki-url Loki's base URL?)`);
  }
}

async function fromLoki(settings: WatchdogSettings, now: number): Promise<{ events: DeploymentEvent[]; incomplete?: string }> {
  const { lokiUrl, lokiTenant, lokiUsername, lokiPassword, sinkTimeoutMs } = settings.sinks;
  const base = LokiSink.pushUrl(lokiUrl).replace(/\/push$/, '/query_range');
  const headers: Record<string, string> = { 'user-agent': 'deploy-guards' };
  if (lokiTenant) headers['x-scope-orgid'] = lokiTenant;
  if (lokiUsername || lokiPassword) headers.authorization = `Basic ${Buffer.from(`${lokiUsername}:${lokiPassword}`).toString('base64')}`;
  const start = BigInt(now - settings.lookbackMs) * 1_000_000n;
  let end = BigInt(now) * 1_000_000n;
  const lines: string[] = [];
  let boundary: { ts: bigint; lines: Set<string> } | undefined;
  for (let page = 1; ; page++) {
    const url = new URL(base);
    url.searchParams.set('query', `${LokiSink.selector(settings.sinks.lokiLabels, settings.environments)} |= "deployment."${settings.deploymentKey ? ` |= ${JSON.stringify(settings.deploymentKey)}` : ''}`);
    url.searchParams.set('start', start.toString());
    url.searchParams.set('end', end.toString());
    url.searchParams.set('limit', String(LOKI_PAGE_LINES));
    url.searchParams.set('direction', 'backward');
    // The idle timers restart on every byte a dripping server sends: one deadline for the whole page.
    const body = await queryPage(url, headers, sinkTimeoutMs * 3);
    // Streams come one by one: merge them newest first.
    const entries = (body.data?.result ?? []).flatMap((stream) => stream.values ?? [])
      .map(([ts, line]) => ({ ts: BigInt(ts), line }))
      .sort((a, b) => (a.ts === b.ts ? 0 : a.ts > b.ts ? -1 : 1));
    const fresh = entries.filter((entry) => !(boundary && entry.ts === boundary.ts && boundary.lines.has(entry.line)));
    lines.push(...fresh.map((entry) => entry.line));
    if (entries.length < LOKI_PAGE_LINES) return { events: parseEvents(lines) };
    const oldest = entries[entries.length - 1]!.ts;
    const at = (ts: bigint) => new Date(Number(ts / 1_000_000n)).toISOString();
    if (fresh.length === 0) {
      return { events: parseEvents(lines), incomplete: `Loki: more than ${LOKI_PAGE_LINES} lines share the timestamp ${at(oldest)}; lines at and before it were not examined` };
    }
    if (page === LOKI_MAX_PAGES) {
      return { events: parseEvents(lines), incomplete: `Loki: read the newest ${lines.length} lines of the lookback in ${page} pages (the bound); lines before ${at(oldest)} were not examined` };
    }
    const sameTs = entries.filter((entry) => entry.ts === oldest).map((entry) => entry.line);
    boundary = { ts: oldest, lines: new Set([...(boundary?.ts === oldest ? boundary.lines : []), ...sameTs]) };
    end = oldest + 1n;
  }
}

/** Merges what several sources say about one deployment (by key, else by deployment id). */
function merge(all: StaleDeployment[]): StaleDeployment[] {
  const merged: StaleDeployment[] = [];
  for (const item of all) {
    const same = merged.find((other) => (item.partition_key && other.partition_key === item.partition_key) || (item.deployment_id !== null && other.deployment_id === item.deployment_id));
    if (!same) merged.push({ ...item });
    else {
      same.found_in = [...new Set([...same.found_in, ...item.found_in])];
      same.partition_key ??= item.partition_key;
      same.deployment_id ??= item.deployment_id;
      same.run_url ||= item.run_url;
      // Who created a GitHub deployment is what its payload says: an event line (anyone who
      // can push to Loki or write the file) naming its id does not make it deploy-guards'.
      if (item.found_in.includes('github')) same.created_by_others = item.created_by_others;
    }
  }
  return merged;
}

/** The terminal event of a deployment nothing ended: its own terminal id when its key is known. */
function noEndEvent(item: StaleDeployment, env: WatchdogEnvironment, repository: string): DeploymentEvent {
  const runId = /\/actions\/runs\/(\d+)/.exec(item.run_url)?.[1] ?? '';
  const context: EventContext = { environment: item.environment, sha: item.sha, ref: '', repository, runId, runAttempt: '', workflow: '', actor: 'deploy-watchdog', source: item.run_url || env.source };
  const key = item.partition_key ?? createHash('sha256').update(`${repository}\nwatchdog\n${item.deployment_id}`).digest('hex').slice(0, 32);
  return buildEvent('deployment.failed', context, key, { deploymentId: item.deployment_id, reason: 'no-end', durationMs: item.age_s * 1000, time: env.now });
}

export async function runWatchdog(settings: WatchdogSettings, env: WatchdogEnvironment): Promise<WatchdogResult> {
  const now = (env.now ?? new Date()).getTime();
  const examined: Record<string, number> = {};
  const incomplete: string[] = [];
  const found: StaleDeployment[] = [];
  if (settings.sinks.token && settings.environments.length > 0 && env.repository) found.push(...await fromGitHub(settings, env, now, examined));
  if (settings.sinks.eventsFile) {
    const events = fromEventsFile(settings.sinks.eventsFile);
    examined['events-file'] = events.length;
    found.push(...openStarteds(events, settings, now, 'events-file'));
  }
  if (settings.sinks.lokiUrl) {
    const read = await fromLoki(settings, now);
    examined.loki = read.events.length;
    if (read.incomplete) {
      incomplete.push(read.incomplete);
      env.warn(`deploy-watchdog: ${read.incomplete}`);
    }
    found.push(...openStarteds(read.events, settings, now, 'loki'));
  }
  const stale = merge(found);
  if (settings.endStale) {
    for (const item of stale.filter((candidate) => candidate.created_by_others && !settings.endOthers)) {
      env.print(`deploy-watchdog: deployment ${item.deployment_id} was not created by deploy-guards (no deployment key in its payload): not ended; end-others: true ends it`);
    }
    const toEnd = stale.filter((candidate) => !candidate.created_by_others || settings.endOthers);
    if (toEnd.length > 0) await endStale(toEnd, settings, env);
  }
  return { stale, examined, incomplete };
}

/**
 * Ends each stale deployment with `deployment.failed` (no-end): the log first, then its GitHub
 * deployment (when the watchdog found it there) gets the failure status, and only then the
 * other sinks, so a deployment is never reported ended where GitHub still shows it open (the
 * next run tries again, with the same terminal id). All of it goes the one way events go:
 * the sinks deploy steps use, with their retries.
 */
async function endStale(stale: StaleDeployment[], settings: WatchdogSettings, env: WatchdogEnvironment): Promise<void> {
  const delivery: DeliveryOptions = { timeoutMs: settings.sinks.sinkTimeoutMs, attempts: 3, backoffMs: 250 };
  for (const item of stale) {
    const onGitHub = item.deployment_id !== null && item.found_in.includes('github');
    // Sinks per deployment: the Loki stream labels name its environment (env), as the deploy steps' did.
    const { sinks, github } = buildSinks({ ...settings.sinks, githubDeployment: onGitHub },
      { environment: item.environment, sha: item.sha, ref: '', repository: env.repository, runId: '', runAttempt: '', workflow: '', actor: '', source: env.source },
      { apiUrl: env.apiUrl, logUrl: env.logUrl, environmentUrl: '', deploymentId: onGitHub ? item.deployment_id : null }, env.mask);
    const event = noEndEvent(item, env, env.repository);
    env.print(eventLine(event));
    if (github) {
      const status = await deliver(github, event, delivery, (warning) => env.warn(`deploy-watchdog: could not set the failure status of deployment ${item.deployment_id}, so it was not ended: ${warning}`));
      if (!status.ok) continue;
    }
    await Promise.all(sinks.filter((sink) => sink !== github).map((sink) => deliver(sink, event, delivery, env.warn)));
    item.ended = true;
  }
}
