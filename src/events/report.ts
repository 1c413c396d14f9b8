import { code, table } from '../shared/markdown.ts';
import type { JournalEntry } from './journal.ts';
import type { Emitted } from './lifecycle.ts';

/** The deploy-start / post-step summary: what was sent, to where, and what failed. */
export function eventsSummary(title: string, timeline: JournalEntry[], sent: Emitted[], sinks: string[], notes: string[] = []): string {
  const parts = [`## ${title}\n\n`];
  for (const note of notes) parts.push(`> ${note}\n\n`);
  parts.push(table(['Time', 'Event', 'Reason', 'Id'], timeline.map((entry) => [entry.time, entry.type, entry.reason ?? '', code(entry.id.slice(0, 12))])));
  const failed = sent.flatMap(({ event, outcomes }) => outcomes.filter((outcome) => !outcome.ok).map((outcome) => `${outcome.sink} (${event.type}): ${outcome.error}`));
  parts.push(`\nSinks: ${sinks.join(', ')}${failed.length ? `; failed: ${failed.join('; ')}` : ''}\n`);
  return parts.join('');
}
