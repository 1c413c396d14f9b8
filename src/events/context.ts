import { runUrl, type GitHubContext } from '../shared/github-context.ts';
import type { EventContext } from './event.ts';

/** The run's identity as events carry it. */
export function eventContext(context: GitHubContext, environment: string): EventContext {
  return {
    environment,
    sha: context.sha,
    ref: context.ref,
    repository: context.repository,
    runId: context.runId,
    runAttempt: context.runAttempt,
    workflow: context.workflow,
    actor: context.actor,
    source: runUrl(context),
  };
}
