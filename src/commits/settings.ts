import { tokenAuth, type RemoteAuth } from '../git/git.ts';
import { GitHubApi } from '../shared/github-api.ts';
import type { GitHubContext } from '../shared/github-context.ts';
import type { Inputs } from '../shared/inputs.ts';
import type { CommitCountOptions } from './commit-count.ts';

export const DEFAULT_FLAG_MESSAGES = String.raw`\[(skip ci|ci skip|no ci|skip actions|actions skip)\]|\bskip-checks: ?true\b|--no-verify`;

export interface CommitCountSettings extends CommitCountOptions {
  fail: boolean;
  /** Credentials for fetching what a shallow checkout lacks (checkout with persist-credentials: false leaves none). */
  auth?: RemoteAuth;
}

/** Every commit-count input, validated; shared by the action and the CLI. */
export function readCommitCountSettings(inputs: Inputs, context: GitHubContext): CommitCountSettings {
  const token = inputs.secret('token');
  const auth = token ? tokenAuth(context.serverUrl, token) : undefined;
  if (auth) inputs.source.mask(auth.header.slice(auth.header.lastIndexOf(' ') + 1)); // the Base64 form of the token
  const expectedText = inputs.string('expected');
  return {
    base: inputs.string('base'),
    head: inputs.string('head', 'HEAD'),
    maxCommits: inputs.integer('max-commits', 0, { example: '20 (0 = no limit)' })!,
    expected: expectedText === '' ? undefined : inputs.integer('expected', undefined, { example: '3' }),
    watchPaths: inputs.globs('watch-paths'),
    maxWatched: inputs.integer('max-watched', undefined, { example: '1' }),
    flagMessages: inputs.regex('flag-messages', DEFAULT_FLAG_MESSAGES),
    environment: inputs.string('environment', 'production'),
    fail: inputs.boolean('fail', true),
    context,
    api: token ? new GitHubApi({ token, apiUrl: context.apiUrl }) : undefined,
    remote: 'origin',
    auth,
  };
}
