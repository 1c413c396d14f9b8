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
  const { events, ended, redelivered, superseded, endedElsewhere, notForwarded } = outcome;
  const { environment } = events;
  const info: string[] = [];
  const warnings: string[] = [];
  const terminal = events.ownTerminal;
  if (ended) {
    const where = ended.outcomes.length > 0 ? ` to ${ended.outcomes.map((item) => item.sink).join(', ')}` : '';
    if (endedElsewhere && notForwarded?.length) {
      warnings.push(`${step}: the deployment journal says another step ended ${environment} with ${endedElsewhere.type}${endedElsewhere.reason ? ` (${endedElsewhere.reason})` : ''}, but not at ${notForwarded.join(', ')}; a verdict read from the journal is never forwarded (any step of the job can write it), so this step sent deployment.failed (job-ended)${where}. Give deploy-canary the same sink inputs as deploy-start to deliver its verdict there.`);
    } else {
      const hint = step.startsWith('deploy-canary') ? 'The canary step did not finish (killed, or its runner process lost).' : 'Run deploy-canary after the deploy step to end it with a verdict.';
      warnings.push(`${step}: the job ended without deployment.complete or deployment.failed for ${environment}; sent deployment.failed (job-ended)${where}. ${hint}`);
    }
  } else if (terminal) info.push(`${step}: this deployment already ended with ${terminal.type}${terminal.reason ? ` (${terminal.reason})` : ''}; nothing to end.`);
  else if (endedElsewhere) info.push(`${step}: the deployment already ended with ${endedElsewhere.type}${endedElsewhere.reason ? ` (${endedElsewhere.reason})` : ''} at every sink of this step; nothing to end.`);
  else if (!events.timeline.length) info.push(`${step}: no deployment.started was recorded for ${environment}: nothing to end.`);
  for (const { event, outcomes } of redelivered) {
    const ok = outcomes.filter((item) => item.ok).map((item) => item.sink);
    if (ok.length > 0) info.push(`${step}: delivered ${event.type} (id ${event.id}) to ${ok.join(', ')}, which had not acknowledged it.`);
  }
  if (superseded.length > 0) info.push(`${step}: ${superseded.join(', ')} never took deployment.started and already ${superseded.length === 1 ? 'has' : 'have'} the deployment's end: the started is not sent after it.`);
  if (!ended && redelivered.length === 0) return { info, warnings };
  const title = ended ? `⚠️ ${step}: ${environment} ended without a verdict (job-ended)` : `${step}: ${environment}: events re-delivered`;
  return { info, warnings, summary: eventsSummary(title, events.timeline, events.sent, events.sinkNames) };
}
