import { createHash } from 'node:crypto';

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
  /** Outside a workflow run (CLI): a random id per invocation, so ids differ per run. */
  invocation?: string;
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

/** A CloudEvents 1.0 event in structured JSON mode. */
export interface DeploymentEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: DeploymentEventType;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: EventData;
}

/**
 * Stable per run attempt, environment and type: the post step, a retried webhook
 * and a second canary step all name the same event, so receivers can de-duplicate.
 * The CLI has no run: its `invocation` makes every invocation's ids its own.
 */
export function eventId(context: Pick<EventContext, 'repository' | 'runId' | 'runAttempt' | 'environment' | 'invocation'>, type: DeploymentEventType): string {
  const parts = [context.repository, context.runId, context.runAttempt, context.environment, type];
  if (context.invocation) parts.push(context.invocation);
  const key = parts.join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export interface EventDetails {
  deploymentId?: number | null;
  url?: string | null;
  reason?: string | null;
  durationMs?: number | null;
  time?: Date;
}

export function buildEvent(type: DeploymentEventType, context: EventContext, details: EventDetails = {}): DeploymentEvent {
  return {
    specversion: '1.0',
    id: eventId(context, type),
    source: context.source,
    type,
    subject: context.environment,
    time: (details.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
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
