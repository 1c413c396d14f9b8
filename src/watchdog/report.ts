import { table } from '../shared/markdown.ts';
import type { WatchdogResult, WatchdogSettings } from './watchdog.ts';

export function staleLine(item: WatchdogResult['stale'][number]): string {
  const id = item.deployment_id === null ? '' : ` deployment ${item.deployment_id}`;
  return `stale: ${item.environment}${id} ${item.sha.slice(0, 12)} open for ${item.age_s}s (${item.found_in.join(', ')})${item.run_url ? ` ${item.run_url}` : ''}${item.ended ? ' — ended (no-end)' : ''}`;
}

export function verdictLine(result: WatchdogResult, settings: WatchdogSettings): string {
  const sources = Object.entries(result.examined).map(([where, count]) => `${count} in ${where}`).join(', ') || 'nothing';
  const age = `${Math.round(settings.maxAgeMs / 1000)}s`;
  if (result.stale.length === 0) return `deploy-watchdog: no deployment open longer than ${age} (examined ${sources})`;
  return `deploy-watchdog: ${result.stale.length} deployment${result.stale.length === 1 ? '' : 's'} started without an end for more than ${age}${settings.endStale ? '; ended with deployment.failed (no-end)' : ''} (examined ${sources})`;
}

export function summaryMarkdown(result: WatchdogResult, settings: WatchdogSettings): string {
  const parts = [`## ${result.stale.length === 0 ? '✅' : '⚠️'} deploy-watchdog\n\n${verdictLine(result, settings).replace(/^deploy-watchdog: /, '')}\n\n`];
  if (result.stale.length > 0) {
    parts.push(table(['Environment', 'Deployment', 'SHA', 'Open for', 'Found in', 'Run', 'Ended'], result.stale.map((item) => [
      item.environment, item.deployment_id ?? '—', item.sha.slice(0, 12), `${item.age_s}s`, item.found_in.join(', '), item.run_url || '—', item.ended ? 'yes (no-end)' : 'no',
    ])));
  }
  return parts.join('');
}
