import { UserError } from '../shared/errors.ts';
import { latestDeploymentStatus, type GitHubApi } from '../shared/github-api.ts';

interface Deployment {
  id: number;
  sha: string;
  ref: string;
  created_at: string;
}

/**
 * The SHA of the newest deployment of `environment` whose latest status is `success`.
 * The deployments list is newest first; statuses too, so one status per deployment decides.
 */
export async function lastSuccessfulDeployment(api: GitHubApi, repository: string, environment: string): Promise<Deployment> {
  let seen = 0;
  // Page by page: the answer is usually among the newest few, so stop as soon as it is found.
  for await (const page of api.pages<Deployment>(`/repos/${repository}/deployments`, { environment })) {
    for (const deployment of page) {
      seen++;
      if ((await latestDeploymentStatus(api, repository, deployment.id))?.state === 'success') return deployment;
    }
  }
  throw new UserError(
    seen === 0
      ? `base 'last-deployment': the repository has no deployments to environment '${environment}'; deploy once, or give base a ref (base: origin/main)`
      : `base 'last-deployment': none of the ${seen} deployments to '${environment}' has a latest status of success; give base a ref (base: origin/main)`,
  );
}
