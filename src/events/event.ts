import { createHash, randomUUID } from 'node:crypto';

export const DEPLOYMENT_EVENT_TYPES = ['deployment.started', 'deployment.complete', 'deployment.failed', 'canary.passed', 'canary.failed'] as const;
export type DeploymentEventType = (typeof DEPLOYMENT_EVENT_TYPES)[number];

/** Who and what an event is about: read once from the run, shared by every event of it. */
export interface EventContext {
  environment: string;
  sha: string;
  ref: string;
  repository: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  actor: string;
  /** The run URL (the CLI: `urn:deploy-guards:<hostname>`): the CloudEvents `source`. */
  source: string;
}

export interface EventData {
  environment: string;
  sha: string;
  ref: string;
  repository: string;
  run_id: string;
  run_attempt: string;
  workflow: string;
  actor: string;
  deployment_id: number | null;
  url: string | null;
  reason: string | null;
  duration_ms: number | null;
}

/**
 * A CloudEvents 1.0 event in structured JSON mode. `partitionkey` (the CloudEvents
 * Partitioning extension) is the deployment key: every event of one deployment
 * carries it, so a receiver or a LogQL rule can pair a started with its end.
 */
export interface DeploymentEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: DeploymentEventType;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  partitionkey: string;
  data: EventData;
}

const hash = (parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

/**
 * One deployment (or one probe window): the run, the environment and a nonce drawn
 * when it starts. The nonce is what tells two jobs of one run apart (a matrix, or two
 * jobs deploying the same environment name); it is kept in runner state and the
 * journal, so the later steps and the post step of the same job name the same key.
 */
export function deploymentKey(context: Pick<EventContext, 'repository' | 'runId' | 'runAttempt' | 'environment'>, nonce: string = randomUUID()): string {
  return hash([context.repository, context.runId, context.runAttempt, context.environment, nonce]);
}

/**
 * Event ids derive from the deployment key. A deployment has one started and one
 * terminal event: complete and failed share the terminal id, so whichever step sends
 * the end (the canary, a post step, the watchdog), a receiver that de-duplicates on
 * `id` keeps exactly one. Retries and re-deliveries send the same id.
 */
export function eventId(key: string, type: DeploymentEventType): string {
  return hash([key, isTerminal(type) && type.startsWith('deployment.') ? 'deployment.end' : type]);
}

export interface EventDetails {
  deploymentId?: number | null;
  url?: string | null;
  reason?: string | null;
  durationMs?: number | null;
  time?: Date;
}

export function buildEvent(type: DeploymentEventType, context: EventContext, key: string, details: EventDetails = {}): DeploymentEvent {
  return {
    specversion: '1.0',
    id: eventId(key, type),
    source: context.source,
    type,
    subject: context.environment,
    time: (details.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    partitionkey: key,
    data: {
      environment: context.environment,
      sha: context.sha,
      ref: context.ref,
      repository: context.repository,
      run_id: context.runId,
      run_attempt: context.runAttempt,
      workflow: context.workflow,
      actor: context.actor,
      deployment_id: details.deploymentId ?? null,
      url: details.url ?? null,
      reason: details.reason ?? null,
      duration_ms: details.durationMs ?? null,
    },
  };
}

export function isTerminal(type: DeploymentEventType): boolean {
  return type !== 'deployment.started';
}
