import type { ScanResult } from './source-scan.ts';

/**
 * What a scan of one build context left out and could not judge, as notes: `who` names
 * the services (or app) running the image, `ignoreFile` the ignore file as the user knows it.
 */
/** Up to 20 names, then how many more. */
function listed(names: string[]): string {
  return names.length > 20 ? `${names.slice(0, 20).join(', ')} and ${names.length - 20} more` : names.join(', ');
}

export function scanNotes(who: string, context: string, scan: ScanResult, ignoreFile: string): string[] {
  const notes: string[] = [];
  const skipped = [
    scan.skipped.dockerignore ? `${scan.skipped.dockerignore} excluded by ${ignoreFile}` : '',
    scan.skipped.tests ? `${scan.skipped.tests} tests, fixtures or test configs` : '',
    scan.skipped.mounted ? `${scan.skipped.mounted} mounted into another service` : '',
    scan.skipped.mixEnv ? `${scan.skipped.mixEnv} Elixir config file${scan.skipped.mixEnv === 1 ? '' : 's'} of other Mix environments (the image builds with MIX_ENV=${scan.mixEnv ?? 'prod'})` : '',
  ].filter(Boolean);
  const what = `${who}: build context ${context}: ${scan.filesScanned} source file${scan.filesScanned === 1 ? '' : 's'} scanned`;
  notes.push(skipped.length > 0 ? `${what}; not scanned (not what the image runs as the service): ${skipped.join(', ')}` : what);
  const unread = Object.entries(scan.unread).sort(([, a], [, b]) => b - a).map(([extension, count]) => `${count} ${extension}`);
  if (unread.length > 0) notes.push(`${who}: build context ${context}: environment reads in ${unread.join(', ')} files are not judged (languages the scan does not read)`);
  const scripts = scan.standaloneScripts;
  if (scripts.length > 0) notes.push(`${who}: build context ${context}: ${scripts.length} standalone script${scripts.length === 1 ? '' : 's'} (a #! line) that nothing the image runs names (CMD, ENTRYPOINT, command, another file of the image): ${listed(scripts)}; ${scripts.length === 1 ? 'its' : 'their'} reads are notices, not needs`);
  const wrappers = scan.wrapperReads;
  if (wrappers.count > 0) notes.push(`${who}: build context ${context}: ${wrappers.count} read${wrappers.count === 1 ? '' : 's'} through configuration wrappers the scan does not follow (${listed(wrappers.calls)}) ${wrappers.count === 1 ? 'is' : 'are'} not judged: ${listed(wrappers.names)}`);
  if (scan.invalidIgnorePatterns.length > 0) notes.push(`${who}: ${scan.invalidIgnorePatterns.length} .dockerignore pattern(s) Docker would refuse (the build fails there)`);
  if (scan.truncated) notes.push(`${who}: build context has more source files than the scan limit; the rest was not scanned`);
  return notes;
}
