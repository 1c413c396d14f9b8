import { formatDuration } from '../shared/duration.ts';
import { eventsTable } from '../events/report.ts';
import { code, details, table } from '../shared/markdown.ts';
import type { Attempt } from './check.ts';
import type { DeployCanaryResult } from './deploy-canary.ts';

const REPORT_ATTEMPTS = 1000;
const CHART_POINTS = 60;

export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface CheckStats {
  check: string;
  /** hostnames-from: the file and line the hostname came from. */
  source?: string;
  attempts: number;
  passes: number;
  startupFailures: number;
  lastStatus?: number;
  p50?: number;
  p95?: number;
  lastReason?: string;
  /** The check's part in the verdict, in words: `ok`, or the failure that decided it. */
  verdict: string;
}

function failureName(attempt: Attempt): string {
  return attempt.reason === 'status' && attempt.status !== undefined ? `status ${attempt.status}` : String(attempt.reason);
}

/**
 * What a check's summary row says. Healthy: ok. Unhealthy: the failure that decided it —
 * a check failing at the end names that failure; a check whose failure broke the last
 * streak (window-expired) says so, even though it passes again now.
 */
function checkVerdict(mine: Attempt[], all: Attempt[], healthy: boolean): string {
  const failures = mine.filter((attempt) => !attempt.ok);
  const last = mine.at(-1);
  if (!last || failures.length === 0) return last ? 'ok' : '—';
  if (healthy) return 'ok';
  if (!last.ok) return `${failureName(last)} in round ${last.round} (the last)`;
  const latest = failures.at(-1)!;
  const breaker = all.filter((attempt) => !attempt.ok).at(-1);
  return breaker === latest ? `${failureName(latest)} in round ${latest.round} broke the streak` : `${failureName(latest)} in round ${latest.round}, passing since`;
}

export function checkStats(result: Pick<DeployCanaryResult, 'attempts' | 'checkNames' | 'healthy'> & { sources?: Record<string, string> }): CheckStats[] {
  return result.checkNames.map((check) => {
    const mine = result.attempts.filter((attempt) => attempt.check === check);
    const latencies = mine.filter((attempt) => attempt.status !== undefined).map((attempt) => attempt.totalMs);
    const last = mine.at(-1);
    return {
      check,
      source: result.sources?.[check],
      attempts: mine.length,
      passes: mine.filter((attempt) => attempt.ok).length,
      startupFailures: mine.filter((attempt) => attempt.startup).length,
      lastStatus: [...mine].reverse().find((attempt) => attempt.status !== undefined)?.status,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      lastReason: last && !last.ok ? last.reason : undefined,
      verdict: checkVerdict(mine, result.attempts, result.healthy),
    };
  });
}

export function verdictLine(result: DeployCanaryResult): string {
  const what = result.mode === 'probe' ? `canary ${result.environment}` : `deployment to ${result.environment}`;
  if (result.healthy) return `deploy-canary: ${what} is healthy: ${result.detail} (${formatDuration(result.durationMs)})`;
  return `deploy-canary: ${what} is unhealthy (${result.reason}): ${result.detail} after ${result.rounds} round${result.rounds === 1 ? '' : 's'} (${formatDuration(result.durationMs)})`;
}

/** The `report` output: every attempt (bounded), so a later step can graph or alert on it. */
export function reportJson(result: DeployCanaryResult): string {
  const attempts = result.attempts.slice(-REPORT_ATTEMPTS).map((attempt) => ({
    check: attempt.check, round: attempt.round, at_ms: attempt.atMs, verdict: attempt.ok ? 'pass' : attempt.startup ? 'startup' : 'fail',
    reason: attempt.reason ?? null, status: attempt.status ?? null, bytes: attempt.bytes, truncated: attempt.truncated ?? false,
    ttfb_ms: attempt.ttfbMs ?? null, total_ms: attempt.totalMs, detail: attempt.detail,
  }));
  return JSON.stringify({
    result: result.healthy ? 'healthy' : 'unhealthy', reason: result.reason ?? null, duration_ms: result.durationMs,
    rounds: result.rounds, checks: checkStats(result), attempts, omitted: Math.max(0, result.attempts.length - REPORT_ATTEMPTS),
  });
}

/**
 * Mermaid xychart-beta: one line per check, total ms per round (rounds sampled down to
 * fit), and full-height bars behind them on every round in which a check failed.
 */
export function latencyChart(result: Pick<DeployCanaryResult, 'attempts' | 'checkNames' | 'rounds'>): string {
  if (result.rounds === 0) return '';
  const step = Math.max(1, Math.ceil(result.rounds / CHART_POINTS));
  const rounds: number[] = [];
  for (let round = 1; round <= result.rounds; round += step) rounds.push(round);
  const byKey = new Map<string, Attempt>(result.attempts.map((attempt) => [`${attempt.check}\n${attempt.round}`, attempt]));
  const lines = result.checkNames.map((check) => `    line [${rounds.map((round) => byKey.get(`${check}\n${round}`)?.totalMs ?? 0).join(', ')}]`);
  const top = Math.ceil(Math.max(1, ...result.attempts.map((attempt) => attempt.totalMs)) * 1.1);
  // A sampled point stands for its rounds: it is marked when any of them had a failure.
  const failedRounds = new Set(result.attempts.filter((attempt) => !attempt.ok).map((attempt) => attempt.round));
  const marks = rounds.map((round) => [...Array(step).keys()].some((offset) => failedRounds.has(round + offset)) ? top : 0);
  const bar = marks.some((mark) => mark > 0) ? [`    bar [${marks.join(', ')}]`] : [];
  const legend = [
    bar.length > 0 ? 'Bars mark rounds in which a check failed.' : '',
    result.checkNames.length > 1 ? `Lines in order: ${result.checkNames.map(code).join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  return [
    '```mermaid', 'xychart-beta', '    title "Total latency per round (ms)"',
    `    x-axis "round" [${rounds.join(', ')}]`, `    y-axis "ms" 0 --> ${top}`, ...bar, ...lines, '```', '',
    legend ? `${legend}\n` : '',
  ].join('\n');
}

export function summaryMarkdown(result: DeployCanaryResult): string {
  const icon = result.healthy ? '✅' : '❌';
  const parts = [`## ${icon} deploy-canary: ${result.environment} ${result.healthy ? 'healthy' : `unhealthy (${result.reason})`}\n\n`];
  parts.push(`${verdictLine(result).replace(/^deploy-canary: /, '')}\n\n`);
  for (const note of result.notes) parts.push(`> ${note}\n\n`);
  parts.push(table(['Check', 'Attempts', 'Passes', 'Startup failures', 'Last status', 'p50', 'p95', 'Verdict'], checkStats(result).map((stats) => [
    stats.check, stats.attempts, stats.passes, stats.startupFailures, stats.lastStatus ?? '—',
    stats.p50 === undefined ? '—' : `${stats.p50} ms`, stats.p95 === undefined ? '—' : `${stats.p95} ms`, stats.verdict,
  ])));
  if (Object.keys(result.sources).length + result.skippedHostnames.length > 0) {
    parts.push('\n### Public hostnames (hostnames-from)\n\n');
    parts.push(table(['Check', 'Source'], Object.entries(result.sources).map(([check, source]) => [check, source])));
    if (result.skippedHostnames.length > 0) {
      parts.push(`\nFound but not probed (${result.skippedHostnames.length}):\n\n`, table(['What', 'Source', 'Why'], result.skippedHostnames.map((item) => [item.what, item.source, item.why])));
    }
  }
  parts.push('\n', latencyChart(result), '\n');
  parts.push('### Events\n\n');
  parts.push(eventsTable(result.timeline, result.sent, result.sinks));
  const failures = result.attempts.filter((attempt) => !attempt.ok).slice(-50);
  if (failures.length > 0) {
    parts.push('\n', details(`Failed attempts (${result.attempts.filter((attempt) => !attempt.ok).length}${result.attempts.some((attempt) => attempt.startup) ? '; startup: before the check first passed, the app coming up' : ''})`, table(['Round', 'Check', 'At', 'Reason', 'Detail'], failures.map((attempt) => [
      attempt.round, attempt.check, formatDuration(attempt.atMs), `${attempt.reason}${attempt.startup ? ' (startup)' : ''}`, attempt.detail,
    ]))));
  }
  return parts.join('');
}
