import { code, details, table } from '../shared/markdown.ts';
import type { EnvCompletenessResult } from './env-completeness.ts';

const SUMMARY_ROWS = 300;

export function verdictLine(result: EnvCompletenessResult): string {
  const count = result.missing.length;
  const services = result.services.length;
  if (count === 0) return `env-completeness: every variable needed by ${services} service${services === 1 ? '' : 's'} is provided`;
  const listed = result.missing.slice(0, 5).map((entry) => `${entry.variable} (${entry.reason}${entry.service ? `, ${entry.service}` : ''})`).join(', ');
  return `env-completeness: ${count} missing variable${count === 1 ? '' : 's'}: ${listed}${count > 5 ? ` and ${count - 5} more` : ''}`;
}

/** The job summary: verdict, every missing variable with its reason and hint, and what was read. Names only. */
export function summaryMarkdown(result: EnvCompletenessResult): string {
  const failed = result.missing.length > 0;
  const parts = [`## ${failed ? '❌' : '✅'} env-completeness: ${failed ? `${result.missing.length} missing variable${result.missing.length === 1 ? '' : 's'}` : 'every needed variable is provided'}\n`];
  if (failed) {
    const rows = result.missing.slice(0, SUMMARY_ROWS).map((entry) => [entry.service || '—', code(entry.variable), code(entry.reason), `${entry.file}${entry.line ? `:${entry.line}` : ''}`, entry.hint]);
    parts.push('\n', table(['Service', 'Variable', 'Reason', 'Where', 'Hint'], rows));
    if (result.missing.length > SUMMARY_ROWS) parts.push(`\n…and ${result.missing.length - SUMMARY_ROWS} more (see the \`missing\` output)\n`);
  }
  parts.push('\n', table(['Service', 'Defined in', 'Variables given', 'Variables read by its code', 'Source files scanned'],
    result.services.map((service) => [service.name, `${service.file}:${service.line}`, service.defined, service.reads, service.filesScanned])));
  if (result.skippedServices.length > 0) parts.push(`\nNot checked (inactive profile or not in \`services\`): ${result.skippedServices.map(code).join(', ')}\n`);
  parts.push('\n', details('Where provided names came from', table(['Source', 'Names'], result.provided.map((source) => [source.source, source.count]))));
  parts.push(`\nCompose files: ${result.files.map(code).join(', ')}\n`);
  for (const note of result.notes) parts.push(`\n> ${note}\n`);
  return parts.join('');
}

/** The `missing` output. */
export function missingJson(result: EnvCompletenessResult): string {
  return JSON.stringify(result.missing.map(({ service, variable, reason, file, line, hint }) => ({ service, variable, reason, file, line, hint })));
}
