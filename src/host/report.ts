import { formatDuration } from '../shared/duration.ts';
import { code, table } from '../shared/markdown.ts';
import { bytesText, effectiveCpus } from './limits.ts';
import type { HostCanaryResult } from './host-canary.ts';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/** `3d 4h`, `5h 12m`, or the short form for under an hour. */
function uptimeText(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${Math.floor((seconds % 3600) / 60)}m`;
  return formatDuration(seconds * 1000);
}

export function verdictLine(result: HostCanaryResult): string {
  const errors = result.findings.filter((item) => item.severity === 'error');
  if (errors.length === 0) {
    const warnings = result.findings.length;
    return `host-canary: ${result.target} is healthy${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`;
  }
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (+${errors.length - 1} more: ${[...new Set(errors.slice(1).map((item) => item.code))].join(', ')})` : '';
  return `host-canary: ${result.target} is unhealthy: ${first.code}: ${first.message}${more}`;
}

/** The `findings` output: code, severity, message. */
export function findingsJson(result: HostCanaryResult): string {
  return JSON.stringify(result.findings.map(({ code: findingCode, severity, message }) => ({ code: findingCode, severity, message })));
}

export function summaryMarkdown(result: HostCanaryResult): string {
  // The target as code: `user@host` would otherwise render as a mailto link.
  const parts = [`## ${result.result === 'healthy' ? '✅' : '❌'} host-canary: ${code(result.target)} is ${result.result}\n`];
  const facts = result.facts;
  const rows: unknown[][] = [
    ['Host key', result.hostKey ? `${code(result.hostKey.fingerprint)} (${result.hostKey.algorithm})` : '(no handshake)'],
    ['Server auth methods', result.authMethods?.join(', ') ?? (result.ran ? 'none needed' : 'unknown')],
    ['Remote command', result.ran ? `ran (connect ${formatDuration(result.connectMs ?? 0)}, checks ${formatDuration(result.commandMs ?? 0)})` : 'not run'],
  ];
  if (facts) {
    rows.push(['Hostname', facts.hostname ?? '?'], ['Machine ID', facts.machineId ?? '?']);
    if (facts.uptimeSeconds !== undefined) rows.push(['Uptime', uptimeText(facts.uptimeSeconds)]);
    if (facts.sentinel.state !== 'skipped') rows.push(['Sentinel file', facts.sentinel.state]);
    const newest = facts.backups.at(-1);
    if (newest) rows.push(['Newest backup', `${code(newest.path)} ${newest.bytes} bytes`]);
  }
  parts.push(table(['', ''], rows));
  if (result.findings.length > 0) {
    parts.push('\n', table(['', 'Finding', 'Message'], result.findings.map((item) => [ICON[item.severity], code(item.code), item.message])));
  } else {
    parts.push('\nNo findings.\n');
  }
  if (facts?.containers && 'states' in facts.containers && facts.containers.states.length > 0) {
    parts.push('\n### Containers\n\n', table(['Service', 'Container', 'Status', 'Restarts', 'Exit', 'OOM', 'Health', 'Memory limit', 'CPUs', 'Revision'], facts.containers.states.map((state) => [
      state.service, state.name, state.status, state.restartCount, state.exitCode, state.oomKilled ? 'yes' : 'no', state.health ?? (state.hasHealthcheck ? '' : 'no healthcheck'),
      bytesText(state.limits.memory), effectiveCpus(state.limits) || 'no limit', state.revision?.slice(0, 12) ?? '',
    ])));
    if (facts.memTotalBytes !== undefined) parts.push(`\nHost memory: ${bytesText(facts.memTotalBytes)}.\n`);
  }
  if (facts?.units && 'states' in facts.units && facts.units.states.length > 0) {
    parts.push('\n### Units\n\n', table(['Unit', 'Load', 'Active', 'Sub'], facts.units.states.map((unit) => [unit.id, unit.loadState, unit.activeState, unit.subState])));
  }
  return parts.join('');
}

/** The verdict as a canary event carries it: the first error's finding code is the reason. */
export function canaryVerdict(result: HostCanaryResult, durationMs: number): { passed: boolean; reason?: string; durationMs: number } {
  const passed = result.result === 'healthy';
  return { passed, reason: passed ? undefined : result.findings.find((item) => item.severity === 'error')?.code, durationMs: Math.round(durationMs) };
}
