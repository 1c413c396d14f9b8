import { oneLine } from '../shared/log-text.ts';
import { table } from '../shared/markdown.ts';
import type { WatchdogResult, WatchdogSettings } from './watchdog.ts';

export function staleLine(item: WatchdogResult['stale'][number]): string {
  const id = item.deployment_id === null ? '' : ` deployment ${item.deployment_id}`;
  // environment, sha and run_url come from event lines anyone who can write the events file or push to Loki wrote.
  return `stale: ${oneLine(item.environment, 100)}${id} ${oneLine(item.sha.slice(0, 12), 12)} open for ${item.age_s}s (${item.found_in.join(', ')})${item.run_url ? ` ${oneLine(item.run_url, 300)}` : ''}${item.ended ? ' — ended (no-end)' : ''}`;
}

function endedCell(item: WatchdogResult['stale'][number], settings: WatchdogSettings): string {
  if (item.ended) return 'yes (no-end)';
  return settings.endStale && item.created_by_others && !settings.endOthers ? 'not ended (not created by deploy-guards)' : 'no';
}

export function verdictLine(result: WatchdogResult, settings: WatchdogSettings): string {
  const sources = Object.entries(result.examined).map(([where, count]) => `${count} in ${where}`).join(', ') || 'nothing';
  const age = `${Math.round(settings.maxAgeMs / 1000)}s`;
  if (result.stale.length === 0) return `deploy-watchdog: no deployment open longer than ${age} (examined ${sources})`;
  return `deploy-watchdog: ${result.stale.length} deployment${result.stale.length === 1 ? '' : 's'} started without an end for more than ${age}${settings.endStale ? endedPart(result, settings) : ''} (examined ${sources})`;
}

/** What end-stale did, counted: a deployment it left open is never said to be ended. */
function endedPart(result: WatchdogResult, settings: WatchdogSettings): string {
  const ended = result.stale.filter((item) => item.ended).length;
  const others = result.stale.filter((item) => !item.ended && item.created_by_others && !settings.endOthers).length;
  const failed = result.stale.length - ended - others;
  const parts = [ended === result.stale.length ? 'ended with deployment.failed (no-end)' : `ended ${ended} of them with deployment.failed (no-end)`];
  if (others > 0) parts.push(`${others} not created by deploy-guards left open (end-others: true ends them)`);
  if (failed > 0) parts.push(`${failed} could not be ended (see the warnings)`);
  return `; ${parts.join('; ')}`;
}

export function summaryMarkdown(result: WatchdogResult, settings: WatchdogSettings): string {
  const parts = [`## ${result.stale.length === 0 ? '✅' : '⚠️'} deploy-watchdog\n\n${verdictLine(result, settings).replace(/^deploy-watchdog: /, '')}\n\n`];
  for (const note of result.incomplete) parts.push(`> ⚠️ ${note}\n\n`);
  if (result.stale.length > 0) {
    parts.push(table(['Environment', 'Deployment', 'SHA', 'Open for', 'Found in', 'Run', 'Ended'], result.stale.map((item) => [
      item.environment, item.deployment_id ?? '—', item.sha.slice(0, 12), `${item.age_s}s`, item.found_in.join(', '), item.run_url || '—', endedCell(item, settings),
    ])));
  }
  return parts.join('');
}
