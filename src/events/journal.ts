import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOYMENT_EVENT_TYPES, type DeploymentEventType } from './event.ts';

/** One event of the deployment and which sinks (by key, see `Sink.key`) have it. */
export interface JournalEntry {
  type: DeploymentEventType;
  id: string;
  time: string;
  reason: string | null;
  durationMs: number | null;
  /** Sinks that acknowledged it. */
  delivered: string[];
  /** Sinks that refused it for good (a 4xx, an unwritable file): not retried. */
  rejected: string[];
}

/**
 * One deployment of one environment in this job, as the steps that took part in it
 * report it to each other: its key, its GitHub deployment and the events each step
 * sent, with the sinks that acknowledged them. Lives in RUNNER_TEMP, which the runner
 * empties after the job, and which every later step of the job can rewrite: so it
 * holds no secret and no destination, and it is only ever a hint. What a step sends
 * and re-delivers comes from its own inputs and runner state (see `lifecycle.ts`).
 */
export interface JournalRecord {
  version: 3;
  environment: string;
  runId: string;
  runAttempt: string;
  key: string;
  environmentUrl: string;
  deploymentId: number | null;
  events: JournalEntry[];
}

export function journalPath(dir: string, environment: string): string {
  const key = createHash('sha256').update(environment).digest('hex').slice(0, 16);
  return join(dir, 'deploy-guards', `deployment-${key}.json`);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Event entries, keeping only well-typed fields: from the journal, or from a step's own runner state. */
export function parseEntries(value: unknown): JournalEntry[] {
  const events: JournalEntry[] = [];
  for (const item of Array.isArray(value) ? value as Record<string, unknown>[] : []) {
    if (!item || !DEPLOYMENT_EVENT_TYPES.includes(item.type as DeploymentEventType) || typeof item.time !== 'string' || Number.isNaN(Date.parse(item.time))) continue;
    events.push({
      type: item.type as DeploymentEventType, id: String(item.id ?? ''), time: item.time,
      reason: typeof item.reason === 'string' ? item.reason.slice(0, 40) : null,
      durationMs: typeof item.durationMs === 'number' ? item.durationMs : null,
      delivered: strings(item.delivered), rejected: strings(item.rejected),
    });
  }
  return events;
}

/** Reads only the fields it knows, checking each: the file is written by whoever can write RUNNER_TEMP. */
export function readJournal(path: string): JournalRecord | undefined {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (raw?.version !== 3 || typeof raw.key !== 'string' || typeof raw.environment !== 'string') return undefined;
  const events = parseEntries(raw.events);
  return {
    version: 3, environment: raw.environment, runId: String(raw.runId ?? ''), runAttempt: String(raw.runAttempt ?? ''), key: raw.key,
    environmentUrl: typeof raw.environmentUrl === 'string' ? raw.environmentUrl : '',
    deploymentId: Number.isSafeInteger(raw.deploymentId) ? raw.deploymentId as number : null, events,
  };
}

/** Written whole and renamed into place, so a step killed mid-write leaves the old record. */
export function writeJournal(path: string, record: JournalRecord): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record, null, 2), { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
