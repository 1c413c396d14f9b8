/**
 * Text matched literally inside a regular expression (a JavaScript one, or RE2's in LogQL):
 * every character with a meaning in either is escaped. Names read from files and inputs
 * (folder names, environments, keys) go through it, so none can change the pattern.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
