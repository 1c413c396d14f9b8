import { readFileSync } from 'node:fs';

/** The parts of the runner's environment the engines use, read once from GITHUB_* variables. */
export interface GitHubContext {
  eventName: string;
  payload: Record<string, any>;
  repository: string;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
}

export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

export function runUrl(context: GitHubContext): string {
  return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
