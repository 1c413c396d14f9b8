import { probeCheck, type Attempt, type AttemptOutcome, type CheckSpec, type ProbeLimits } from './check.ts';
import type { Reason } from './reasons.ts';
import { probeVersion, type VersionSpec } from './version.ts';
import { pause } from '../shared/pause.ts';

export interface CanaryOptions extends ProbeLimits {
  checks: CheckSpec[];
  version?: VersionSpec;
  intervalMs: number;
  windowMs: number;
  successes: number;
}

export interface CanaryResult {
  healthy: boolean;
  reason?: Reason;
  detail: string;
  durationMs: number;
  rounds: number;
  attempts: Attempt[];
  /** Check names in report order (the version check last). */
  checkNames: string[];
}

/** Until a round passes, rounds come this much more often, so an app that just came up is seen soon. */
const STARTUP_SPEEDUP = 10;
const MIN_PAUSE_MS = 100;

/**
 * The verdict loop: rounds of every check in parallel, `interval` apart. Healthy after
 * `successes` rounds in a row where all pass; unhealthy when no further round can start
 * inside `window` (so the verdict never comes later than window + one timeout), with
 * the reason of the last failing check; cancelled when `signal` aborts.
 */
export async function runCanary(options: CanaryOptions, hooks: { signal?: AbortSignal; onAttempt?: (attempt: Attempt) => void } = {}): Promise<CanaryResult> {
  const { signal } = hooks;
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const deadline = options.windowMs;
  const attempts: Attempt[] = [];
  const passedOnce = new Set<string>();
  const checkNames = [...options.checks.map((check) => check.name), ...(options.version ? ['version'] : [])];
  let streak = 0;
  let round = 0;
  let roundPassed = false;
  let lastFailure: Attempt | undefined;
  const result = (healthy: boolean, reason: Reason | undefined, detail: string): CanaryResult => {
    // Startup, in hindsight: failures before a check first passed, for checks that did pass.
    for (const attempt of attempts) if (attempt.beforeFirstPass && passedOnce.has(attempt.check)) attempt.startup = true;
    return { healthy, reason, detail, durationMs: since(), rounds: round, attempts, checkNames };
  };

  const expired = (): CanaryResult => {
    if (streak > 0 || !lastFailure) return result(false, 'window-expired', `window ${deadline} ms ended with ${streak} of ${options.successes} passing rounds`);
    return result(false, lastFailure.reason, `${lastFailure.check}: ${lastFailure.detail}`);
  };
  for (;;) {
    if (signal?.aborted) return result(false, 'cancelled', 'cancelled while probing');
    round++;
    const roundStart = since();
    const probes: Promise<AttemptOutcome>[] = options.checks.map((check) => probeCheck(check, options, signal));
    if (options.version) probes.push(probeVersion(options.version, options, signal));
    const outcomes = await Promise.all(probes);
    if (signal?.aborted) return result(false, 'cancelled', 'cancelled while probing');
    let allPassed = true;
    outcomes.forEach(({ response: _response, ...outcome }, index) => {
      const check = checkNames[index]!;
      if (outcome.ok) passedOnce.add(check);
      const attempt: Attempt = { check, round, atMs: roundStart, ...outcome, beforeFirstPass: !outcome.ok && !passedOnce.has(check) ? true : undefined };
      attempts.push(attempt);
      hooks.onAttempt?.(attempt);
      if (!attempt.ok) {
        allPassed = false;
        lastFailure = attempt;
      }
    });
    streak = allPassed ? streak + 1 : 0;
    roundPassed ||= allPassed;
    if (streak >= options.successes) return result(true, undefined, `every check passed ${streak} round${streak === 1 ? '' : 's'} in a row`);

    // Faster only until a round has passed: a flapping app is not hammered while it fails.
    const pauseMs = !roundPassed ? Math.min(options.intervalMs, Math.max(MIN_PAUSE_MS, options.intervalMs / STARTUP_SPEEDUP)) : options.intervalMs;
    // A round that ran long (hanging checks) starts the next one late, never after the window.
    const nextStart = Math.max(roundStart + pauseMs, since());
    if (nextStart >= deadline) return expired();
    await pause(nextStart - since(), signal);
    // A pause that overran (a loaded machine) must not start a round past the window:
    // the verdict comes no later than the window plus one round's timeout.
    if (!signal?.aborted && since() >= deadline) return expired();
  }
}
