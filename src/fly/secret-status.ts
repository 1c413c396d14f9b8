/**
 * Whether a Fly secret has reached the Machines that run. The secrets list alone
 * cannot tell: it has names, digests and times, no status. flyctl's `fly secrets list`
 * derives Deployed / Staged / Partial itself (secret `updated_at` against the creation
 * time of each Machine's release, which only the non-Machines API has). Fly's secrets
 * documentation gives the rule this uses instead, from the Machines API alone: a staged
 * secret "will be available only on Machines that are started or updated after" it was
 * set. So a running Machine whose last start or update (its events; else its
 * `updated_at`) is older than the secret's `updated_at` runs without the current value.
 *
 * Stopped (and created, never started) Machines get the secrets at their next start,
 * so they lack nothing. Destroyed Machines and the short-lived ones flyctl starts for a
 * release command, a console or a test are left out.
 */
import type { FlyMachine, FlySecret } from './machines-api.ts';

export type SecretState = 'deployed' | 'staged' | 'partial' | 'unknown' | 'not-running';

export interface SecretStatus {
  state: SecretState;
  /** Running Machines (the ones judged). */
  running: number;
  /** Running Machines started or updated before the secret's current value. */
  lacking: number;
  /** Those Machines started before the secret existed at all: they run without it, not with an older value. */
  absent: boolean;
}

const GONE = new Set(['destroyed', 'destroying']);
const BOOTS_FRESH = new Set(['stopped', 'created']);
const EPHEMERAL_GROUPS = new Set(['fly_app_release_command', 'fly_app_console', 'fly_app_test_machine_command']);

/** The Machines a secret status is judged on: those running the app now. */
export function runningMachines(machines: FlyMachine[]): FlyMachine[] {
  return machines.filter((machine) => !GONE.has(machine.state) && !BOOTS_FRESH.has(machine.state) && !EPHEMERAL_GROUPS.has(machine.processGroup));
}

export function secretStatus(secret: FlySecret, running: FlyMachine[]): SecretStatus {
  if (running.length === 0) return { state: 'not-running', running: 0, lacking: 0, absent: false };
  if (secret.updatedAt === undefined || running.some((machine) => machine.lastBoot === undefined)) return { state: 'unknown', running: running.length, lacking: 0, absent: false };
  const lacking = running.filter((machine) => machine.lastBoot! < secret.updatedAt!);
  const absent = lacking.length > 0 && (secret.createdAt === undefined || lacking.every((machine) => machine.lastBoot! < secret.createdAt!));
  const state: SecretState = lacking.length === 0 ? 'deployed' : lacking.length === running.length ? 'staged' : 'partial';
  return { state, running: running.length, lacking: lacking.length, absent };
}
