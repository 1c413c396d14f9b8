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
  attempts: number;
  passes: number;
  startupFailures: number;
  lastStatus?: number;
  p50?: number;
  p95?: number;
  lastReason?: string;
}

export function checkStats(result: Pick<DeployCanaryResult, 'attempts' | 'checkNames'>): CheckStats[] {
  return result.checkNames.map((check) => {
    const mine = result.attempts.filter((attempt) => attempt.check === check);
    const latencies = mine.filter((attempt) => attempt.status !== undefined).map((attempt) => attempt.totalMs);
    const last = mine.at(-1);
    return {
      check,
      attempts: mine.length,
      passes: mine.filter((attempt) => attempt.ok).length,
      startupFailures: mine.filter((attempt) => attempt.startup).length,
      lastStatus: [...mine].reverse().find((attempt) => attempt.status !== undefined)?.status,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      lastReason: last && !last.ok ? last.reason : undefined,
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

/** Mermaid xychart-beta: one line per check, total ms per round (rounds sampled down to fit). */
export function latencyChart(result: Pick<DeployCanaryResult, 'attempts' | 'checkNames' | 'rounds'>): string {
  if (result.rounds === 0) return '';
  const step = Math.max(1, Math.ceil(result.rounds / CHART_POINTS));
  const rounds: number[] = [];
  for (let round = 1; round <= result.rounds; round += step) rounds.push(round);
  const byKey = new Map<string, Attempt>(result.attempts.map((attempt) => [`${attempt.check}\n${attempt.round}`, attempt]));
  const lines = result.checkNames.map((check) => `    line [${rounds.map((round) => byKey.get(`${check}\n${round}`)?.totalMs ?? 0).join(', ')}]`);
  const max = Math.max(1, ...result.attempts.map((attempt) => attempt.totalMs));
  return [
    '```mermaid', 'xychart-beta', '    title "Total latency per round (ms)"',
    `    x-axis "round" [${rounds.join(', ')}]`, `    y-axis "ms" 0 --> ${Math.ceil(max * 1.1)}`, ...lines, '```', '',
    result.checkNames.length > 1 ? `Lines in order: ${result.checkNames.map(code).join(', ')}.\n` : '',
  ].join('\n');
}

export function summaryMarkdown(result: DeployCanaryResult): string {
  const icon = result.healthy ? '✅' : '❌';
  const parts = [`## ${icon} deploy-canary: ${result.environment} ${result.healthy ? 'healthy' : `unhealthy (${result.reason})`}\n\n`];
  parts.push(`${verdictLine(result).replace(/^deploy-canary: /, '')}\n\n`);
  for (const note of result.notes) parts.push(`> ${note}\n\n`);
  parts.push(table(['Check', 'Attempts', 'Passes', 'Startup failures', 'Last status', 'p50', 'p95', 'Reason'], checkStats(result).map((stats) => [
    stats.check, stats.attempts, stats.passes, stats.startupFailures, stats.lastStatus ?? '—',
    stats.p50 === undefined ? '—' : `${stats.p50} ms`, stats.p95 === undefined ? '—' : `${stats.p95} ms`, stats.lastReason ?? (stats.passes > 0 ? 'ok' : '—'),
  ])));
  parts.push('\n', latencyChart(result), '\n');
  parts.push('### Events\n\n');
  parts.push(eventsTable(result.timeline, result.sent, result.sinks));
  const failures = result.attempts.filter((attempt) => !attempt.ok).slice(-50);
  if (failures.length > 0) {
    parts.push('\n', details(`Failed attempts (${result.attempts.filter((attempt) => !attempt.ok).length}; startup failures are the app coming up)`, table(['Round', 'Check', 'At', 'Reason', 'Detail'], failures.map((attempt) => [
      attempt.round, attempt.check, formatDuration(attempt.atMs), `${attempt.reason}${attempt.startup ? ' (startup)' : ''}`, attempt.detail,
    ]))));
  }
  return parts.join('');
}
