import { GitHubApiError, type GitHubApi } from '../shared/github-api.ts';
import { UserError } from '../shared/errors.ts';

export interface GitHubNames {
  names: Set<string>;
  /** One line per list read: where and how many names (never values: the API has none for secrets). */
  sources: { source: string; count: number }[];
  notes: string[];
}

interface Listing {
  source: string;
  path: string;
  key: 'secrets' | 'variables';
  /** An answer of 404/403 here means "none available", not a broken token. */
  optional: boolean;
}

/**
 * Secret and variable NAMES the workflow can use: repository, the deployment
 * environment, and organization ones shared with the repository. GITHUB_TOKEN cannot
 * list secrets: the token needs Secrets and Variables read access.
 */
export async function listGitHubNames(api: GitHubApi, repository: string, environment: string): Promise<GitHubNames> {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new UserError(`secrets-token is set but GITHUB_REPOSITORY ('${repository}') is not owner/name`);
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const listings: Listing[] = [
    { source: 'repository secrets', path: `${base}/actions/secrets`, key: 'secrets', optional: false },
    { source: 'repository variables', path: `${base}/actions/variables`, key: 'variables', optional: false },
    { source: 'organization secrets', path: `${base}/actions/organization-secrets`, key: 'secrets', optional: true },
    { source: 'organization variables', path: `${base}/actions/organization-variables`, key: 'variables', optional: true },
  ];
  if (environment) {
    const env = `${base}/environments/${encodeURIComponent(environment)}`;
    listings.push(
      { source: `environment ${environment} secrets`, path: `${env}/secrets`, key: 'secrets', optional: true },
      { source: `environment ${environment} variables`, path: `${env}/variables`, key: 'variables', optional: true },
    );
  }
  const result: GitHubNames = { names: new Set(), sources: [], notes: [] };
  for (const listing of listings) {
    let items: { name?: unknown }[];
    try {
      items = await api.paginate<{ name?: unknown }>(listing.path, {}, listing.key);
    } catch (error) {
      if (listing.optional && error instanceof GitHubApiError && (error.status === 403 || error.status === 404)) {
        result.notes.push(`${listing.source}: not listed (${error.status === 404 ? 'none, or not visible to this token' : 'the token may not read them'})`);
        continue;
      }
      throw error;
    }
    let count = 0;
    for (const item of items) {
      if (typeof item.name === 'string' && item.name !== '') {
        result.names.add(item.name);
        count++;
      }
    }
    result.sources.push({ source: listing.source, count });
  }
  return result;
}
