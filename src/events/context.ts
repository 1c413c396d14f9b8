import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { runUrl, type GitHubContext } from '../shared/github-context.ts';
import type { EventContext } from './event.ts';

/**
 * The run's identity as events carry it. Outside a workflow run (the CLI) there is
 * no run id or run URL: each invocation gets its own id component, so two runs
 * never send the same event id, and the source names the machine.
 */
export function eventContext(context: GitHubContext, environment: string): EventContext {
  const onRunner = context.runId !== '';
  return {
    environment,
    sha: context.sha,
    ref: context.ref,
    repository: context.repository,
    runId: context.runId,
    runAttempt: context.runAttempt,
    workflow: context.workflow,
    actor: context.actor,
    source: onRunner ? runUrl(context) : `urn:deploy-guards:${hostname() || 'localhost'}`,
    invocation: onRunner ? undefined : randomUUID(),
  };
}
