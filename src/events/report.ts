import { code, table } from '../shared/markdown.ts';
import type { JournalEntry } from './journal.ts';
import type { Emitted } from './lifecycle.ts';

/** The events timeline and the sinks line: shared by deploy-start, its post step and deploy-canary. */
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
