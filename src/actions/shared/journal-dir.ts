import * as core from './toolkit.ts';
import { tmpdir } from 'node:os';

/**
 * Where deploy-start, deploy-canary and the post step keep the deployment journal:
 * RUNNER_TEMP (emptied by the runner after the job), else the system temp dir.
 * One fallback for every step, so they always find each other's journal.
 */
export function journalDir(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

/** The runner-kept state of an action (saveState / STATE_*): the post step reads what its main step saved. */
export const runnerState = { get: core.getState, save: (name: string, value: string) => core.saveState(name, value) };
