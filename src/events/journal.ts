import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeploymentEventType } from './event.ts';
import type { RecordedSinks } from './settings.ts';

export interface JournalEntry {
  type: DeploymentEventType;
  id: string;
  time: string;
  reason: string | null;
}

/**
 * One deployment of one environment in this job: what deploy-start configured and
 * which events were sent. Lives in RUNNER_TEMP, which the runner empties after the
 * job. It holds no secrets: each step reads the sink credentials from its own inputs.
 */
export interface JournalRecord {
  version: 2;
  environment: string;
  runId: string;
  runAttempt: string;
  environmentUrl: string;
  deploymentId: number | null;
  sinks: RecordedSinks;
  events: JournalEntry[];
}

export function journalPath(dir: string, environment: string): string {
  const key = createHash('sha256').update(environment).digest('hex').slice(0, 16);
  return join(dir, 'deploy-guards', `deployment-${key}.json`);
}

export function readJournal(path: string): JournalRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as JournalRecord;
    return record.version === 2 ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole and renamed into place, so a step killed mid-write leaves the old record. */
export function writeJournal(path: string, record: JournalRecord): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record, null, 2), { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

export function terminalEntry(record: JournalRecord | undefined): JournalEntry | undefined {
  return record?.events.find((entry) => entry.type !== 'deployment.started');
}
