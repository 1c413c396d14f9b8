import { tmpdir } from 'node:os';

/**
 * Where deploy-start, deploy-canary and the post step keep the deployment journal:
 * RUNNER_TEMP (emptied by the runner after the job), else the system temp dir.
 * One fallback for every step, so they always find each other's journal.
 */
export function journalDir(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}
