import { code, table } from '../shared/markdown.ts';
import type { JournalEntry } from './journal.ts';
import type { Emitted, PostOutcome } from './lifecycle.ts';

/** The events timeline and the sinks line: shared by deploy-start, the post steps and deploy-canary. */
export function eventsTable(timeline: JournalEntry[], sent: Emitted[], sinks: string[]): string {
  const rows = timeline.map((entry) => [entry.time, entry.type, entry.reason ?? '', code(entry.id.slice(0, 12))]);
  const failed = sent.flatMap(({ event, outcomes }) => outcomes.filter((outcome) => !outcome.ok).map((outcome) => `${outcome.sink} (${event.type}): ${outcome.error}`));
  return `${table(['Time', 'Event', 'Reason', 'Id'], rows)}\nSinks: ${sinks.join(', ')}${failed.length ? `; failed: ${failed.join('; ')}` : ''}\n`;
}

/** The deploy-start / post-step summary: what was sent, to where, and what failed. */
export function eventsSummary(title: string, timeline: JournalEntry[], sent: Emitted[], sinks: string[], notes: string[] = []): string {
  const parts = [`## ${title}\n\n`];
  for (const note of notes) parts.push(`> ${note}\n\n`);
  parts.push(eventsTable(timeline, sent, sinks));
  return parts.join('');
}

/** What a post step (deploy-start's or deploy-canary's) tells the log, as warnings, and in the summary. */
export function postReport(step: string, outcome: PostOutcome | undefined): { info: string[]; warnings: string[]; summary?: string } {
  if (!outcome) return { info: [`${step}: the main step took part in no deployment: nothing to end.`], warnings: [] };
  const { events, ended, redelivered } = outcome;
  const environment = events.record.environment;
  const info: string[] = [];
  const warnings: string[] = [];
  const terminal = events.terminal;
  if (!events.started) info.push(`${step}: no deployment.started was recorded for ${environment}: nothing to end.`);
  else if (ended) {
    const hint = step.startsWith('deploy-canary') ? 'The canary step did not finish (killed, or its runner process lost).' : 'Run deploy-canary after the deploy step to end it with a verdict.';
    warnings.push(`${step}: the job ended without deployment.complete or deployment.failed for ${environment}; sent deployment.failed (job-ended). ${hint}`);
  }
  else if (terminal) info.push(`${step}: the deployment already ended with ${terminal.type}${terminal.reason ? ` (${terminal.reason})` : ''}; nothing to end.`);
  const again = redelivered.filter((emitted) => emitted !== ended);
  for (const { event, outcomes } of again) {
    const ok = outcomes.filter((item) => item.ok).map((item) => item.sink);
    if (ok.length > 0) info.push(`${step}: delivered ${event.type} (id ${event.id}) to ${ok.join(', ')}, which had not acknowledged it.`);
  }
  if (!ended && again.length === 0) return { info, warnings };
  const title = ended ? `⚠️ ${step}: ${environment} ended without a verdict (job-ended)` : `${step}: ${environment}: events re-delivered`;
  return { info, warnings, summary: eventsSummary(title, events.record.events, events.sent, events.sinkNames) };
}
