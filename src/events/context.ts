import { hostname } from 'node:os';
import { runUrl, type GitHubContext } from '../shared/github-context.ts';
import type { EventContext } from './event.ts';

/**
 * The run's identity as events carry it. Outside a workflow run (the CLI) there is
 * no run URL: the source names the machine. Ids differ per deployment anyway (see
 * `deploymentKey`), on a runner and from the CLI alike.
 */
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
    source: context.runId !== '' ? runUrl(context) : `urn:deploy-guards:${hostname() || 'localhost'}`,
  };
}
