import { InputError, UserError } from '../shared/errors.ts';
import type { GitHubApi } from '../shared/github-api.ts';
import type { GitHubContext } from '../shared/github-context.ts';
import type { Git } from '../git/git.ts';
import { lastSuccessfulDeployment } from './deployments.ts';
import { ensureCommits } from './history.ts';

const ZERO_SHA = /^0+$/;

export interface RangeRequest {
  /** The `base` input: '' = from the event, 'last-deployment', or a ref/SHA. */
  base: string;
  /** The `head` input (default HEAD). */
  head: string;
  environment: string;
  context: GitHubContext;
  api?: GitHubApi;
  remote: string;
}

export interface ResolvedRange {
  /** undefined: count head's whole history (a repository's first push). */
  baseSha?: string;
  headSha: string;
  /** Where the base came from, for the log and summary. */
  baseSource: string;
  /** Known when both ends were already present (nothing was fetched). */
  shallow?: boolean;
  /** The remote branch the base was named as (a pull request's base branch, `origin/<branch>`, the default branch). */
  baseBranch?: string;
}

async function defaultBranchRef(git: Git, context: GitHubContext, remote: string): Promise<string> {
  const fromEvent = context.payload.repository?.default_branch;
  if (typeof fromEvent === 'string' && fromEvent) return `${remote}/${fromEvent}`;
  const symbolic = await git.run(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
  if (symbolic.code === 0) return symbolic.stdout.trim();
  return `${remote}/main`;
}

/** A commit the checkout lacks and the remote did not give: git's words, and the checkout settings that fix it. */
function notFetched(end: 'base' | 'head', ref: string, source: string, remote: string, said: string | undefined): UserError {
  const why = said ? ` (git: ${said})` : '';
  return new UserError(`The ${end} commit ${ref} (${source}) is not in this checkout and could not be fetched from '${remote}'${why}; use actions/checkout with fetch-depth: 0, or for a private repository checked out with persist-credentials: false give this step \`token\` (default github.token, needs contents: read)`);
}

/** `origin/main` and `refs/remotes/origin/main` name the remote's branch `main`. */
export function remoteBranchOf(ref: string, remote: string): string | undefined {
  if (ref.startsWith(`${remote}/`)) return ref.slice(remote.length + 1);
  if (ref.startsWith(`refs/remotes/${remote}/`)) return ref.slice(`refs/remotes/${remote}/`.length);
  return undefined;
}

/** Decides base and head as DESIGN.md specifies for each event, and makes both present locally. */
export async function resolveRange(git: Git, request: RangeRequest, log: (line: string) => void): Promise<ResolvedRange> {
  const { context, remote } = request;
  const pr = context.payload.pull_request;
  let baseRef: string;
  let baseSource: string;
  let baseBranch: string | undefined;
  let headRef = request.head || 'HEAD';

  if (request.base === 'last-deployment') {
    if (!request.api) throw new InputError('token', "is needed to look up base 'last-deployment'", 'token: ${{ github.token }}');
    if (!context.repository) throw new UserError("base 'last-deployment' needs GITHUB_REPOSITORY (owner/name) to query deployments");
    const deployment = await lastSuccessfulDeployment(request.api, context.repository, request.environment);
    baseRef = deployment.sha;
    baseSource = `last successful deployment to ${request.environment} (#${deployment.id}, ${deployment.created_at})`;
  } else if (request.base) {
    baseRef = request.base;
    baseSource = `input base '${request.base}'`;
  } else if (pr && (context.eventName.startsWith('pull_request'))) {
    // The checkout is the merge commit; the PR's own commits are base.sha..head.sha.
    baseRef = pr.base.sha;
    if (typeof pr.base.ref === 'string' && pr.base.ref) baseBranch = pr.base.ref;
    if (headRef === 'HEAD') headRef = pr.head.sha;
    baseSource = `pull request #${pr.number} base (${pr.base.ref})`;
  } else if (context.eventName === 'push' && typeof context.payload.before === 'string' && !ZERO_SHA.test(context.payload.before)) {
    baseRef = context.payload.before;
    baseSource = 'push event before';
  } else {
    baseRef = await defaultBranchRef(git, context, remote);
    baseSource = context.eventName === 'push' ? `new branch: compared with ${baseRef}` : `default branch ${baseRef}`;
  }

  baseBranch ??= remoteBranchOf(baseRef, remote);
  const local = await git.revParseAll([headRef, baseRef]);
  const ensured = local ? undefined : await ensureCommits(git, [headRef, baseRef], remote, log);
  const [head, base] = ensured ? ensured.commits : [{ sha: local!.shas[0] }, { sha: local!.shas[1] }];
  if (head!.fetchFailure) throw notFetched('head', headRef, pr ? `pull request #${pr.number} head` : "input 'head'", remote, head!.fetchFailure);
  const headSha = head!.sha;
  if (!headSha) throw new InputError('head', `'${headRef}' is not a commit or ref in this repository`, 'head: HEAD');
  const baseSha = base!.sha;
  if (!baseSha) {
    if (request.base && request.base !== 'last-deployment' && !base!.fetchFailure) {
      throw new InputError('base', `'${request.base}' is not a commit or ref in this repository (nor fetchable from ${remote})`, 'base: origin/main');
    }
    throw notFetched('base', baseRef, baseSource, remote, base!.fetchFailure);
  }
  // A new branch whose head is the default branch itself: everything on it is new.
  const shallow = local?.shallow ?? ensured?.shallow;
  if (baseSha === headSha && baseSource.startsWith('new branch')) return { baseSha: undefined, headSha, baseSource: 'new repository: all commits', shallow };
  return { baseSha, headSha, baseSource, shallow, baseBranch };
}
