/** Markdown building blocks for job summaries; cells are escaped so data cannot break a table. */

export function escapeCell(value: unknown): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/</g, '&lt;');
}

export function table(headers: string[], rows: unknown[][]): string {
  const lines = [`| ${headers.map(escapeCell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(escapeCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A collapsible block, for long lists that would drown the verdict. */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeCell(summary)}</summary>\n\n${body}\n</details>\n`;
}
