import { oneLine } from '../shared/log-text.ts';
import { code, details, table } from '../shared/markdown.ts';
import type { MissingVariable } from './check.ts';
import type { EnvCompletenessResult } from './env-completeness.ts';

const SUMMARY_ROWS = 300;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A note as one line: notes name files of the repository (scripts, env files), and a
 * name with a line break must not start a line of its own in the log or the summary.
 */
export function noteLine(note: string): string {
  return oneLine(note, 4000);
}

export function verdictLine(result: EnvCompletenessResult): string {
  const count = result.missing.length;
  const composeServices = result.services.filter((service) => service.kind !== 'fly').length;
  const subjects = [composeServices > 0 || result.services.length === 0 ? plural(composeServices, 'service') : '', ...result.services.filter((service) => service.kind === 'fly').map((service) => `Fly app ${service.name}`)].filter(Boolean).join(' and ');
  const extra = [
    result.notices.length > 0 ? plural(result.notices.length, 'notice') : '',
    result.notStarted.length > 0 ? `${result.notStarted.length} not started: ${result.notStarted.slice(0, 5).map((entry) => entry.service).join(', ')}${result.notStarted.length > 5 ? ` and ${result.notStarted.length - 5} more` : ''}` : '',
  ].filter(Boolean).join('; ');
  if (count === 0) return noteLine(`env-completeness: every variable needed by ${subjects} is provided${extra ? ` (${extra})` : ''}`);
  const listed = result.missing.slice(0, 5).map((entry) => `${entry.variable} (${entry.reason}${entry.service ? `, ${entry.service}` : ''})`).join(', ');
  return noteLine(`env-completeness: ${count} missing variable${count === 1 ? '' : 's'}: ${listed}${count > 5 ? ` and ${count - 5} more` : ''}`);
}

/** A finding as one log line (the CLI's): file names, keys and service names come from the repository, so line breaks are shown, never printed. */
export function findingLine(entry: MissingVariable): string {
  return noteLine(`${entry.file}${entry.line ? `:${entry.line}` : ''}: ${entry.severity === 'notice' ? 'notice: ' : ''}${entry.service ? `${servicesShown(entry)}: ` : ''}${entry.variable} [${entry.reason}] ${entry.hint}`);
}

/** The services of a finding, at most five by name. */
export function servicesShown(entry: MissingVariable): string {
  const { services } = entry;
  if (services.length === 0) return '';
  return services.length <= 5 ? services.join(', ') : `${services.slice(0, 5).join(', ')} and ${services.length - 5} more`;
}

function findingsTable(entries: MissingVariable[], output: string): string {
  const rows = entries.slice(0, SUMMARY_ROWS).map((entry) => [servicesShown(entry) || '—', code(entry.variable), code(entry.reason), `${entry.file}${entry.line ? `:${entry.line}` : ''}`, entry.hint]);
  const more = entries.length > SUMMARY_ROWS ? `\n…and ${entries.length - SUMMARY_ROWS} more (see the \`${output}\` output)\n` : '';
  return `${table(['Service', 'Variable', 'Reason', 'Where', 'Hint'], rows)}${more}`;
}

/** The job summary: verdict, errors, notices, the services checked and not started, Compose's settings. Names only. */
export function summaryMarkdown(result: EnvCompletenessResult): string {
  const failed = result.missing.length > 0;
  const parts = [`## ${failed ? '❌' : '✅'} env-completeness: ${failed ? `${result.missing.length} missing variable${result.missing.length === 1 ? '' : 's'}` : 'every needed variable is provided'}\n`];
  if (failed) parts.push('\n', findingsTable(result.missing, 'missing'));
  if (result.notices.length > 0) {
    parts.push('\n', details(`${plural(result.notices.length, 'notice')} (not failing: nothing shows the container needs these)`, findingsTable(result.notices, 'notices')));
  }
  parts.push(`\n**Checked** (${result.services.length}):\n\n`, table(['Service', 'Defined in', 'Variables given', 'Variables read by its code', 'Source files scanned'],
    result.services.map((service) => [service.kind === 'fly' ? `${service.name} (Fly app)` : service.name, `${service.file}:${service.line}`, service.defined, service.reads, service.filesScanned])));
  parts.push(`\n**Not started** (${result.notStarted.length}): ${result.notStarted.length > 0 ? result.notStarted.map((entry) => `${code(entry.service)} (${entry.why})`).join(', ') : 'none'}\n`);
  const { settings } = result;
  if (settings.files.value.length === 0) parts.push('\nNo compose file: the Fly app only.\n');
  else parts.push('\n', table(['Compose setting', 'Value', 'From'], [
    ['Compose files', settings.files.value.map(code).join(', '), settings.files.from],
    ['Env files', settings.envFiles.map(code).join(', ') || 'none', settings.envFiles.length > 0 ? 'read for interpolation and pass-through' : '—'],
    ['Profiles', settings.profiles.value.map(code).join(', ') || 'none', settings.profiles.from],
    ['Project name', 'set', settings.projectName.from],
  ]));
  parts.push('\n', details('Where provided names came from', table(['Source', 'Names'], result.provided.map((source) => [source.source, source.count]))));
  for (const note of result.notes) parts.push(`\n> ${noteLine(note)}\n`);
  return parts.join('');
}

function entriesJson(entries: MissingVariable[]): string {
  return JSON.stringify(entries.map(({ service, services, variable, reason, severity, file, line, hint }) => ({ service, services, variable, reason, severity, file, line, hint })));
}

/** The `missing` output: errors. */
export function missingJson(result: EnvCompletenessResult): string {
  return entriesJson(result.missing);
}

/** The `notices` output. */
export function noticesJson(result: EnvCompletenessResult): string {
  return entriesJson(result.notices);
}

/** The `services` output: which services were checked and which are not started, and why. */
export function servicesJson(result: EnvCompletenessResult): string {
  return JSON.stringify({ checked: result.services.map((service) => service.name), 'not-started': result.notStarted });
}
