import { buildTimeNames, type ScanResult } from './source-scan.ts';

/**
 * What a scan of one build context left out and could not judge, as notes: `who` names
 * the services (or app) running the image, `ignoreFile` the ignore file as the user knows it.
 */
/** Up to 20 names, then how many more. */
function listed(names: string[]): string {
  return names.length > 20 ? `${names.slice(0, 20).join(', ')} and ${names.length - 20} more` : names.join(', ');
}

export function scanNotes(who: string, context: string, scan: ScanResult, ignoreFile: string, buildArgs: readonly string[]): string[] {
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
  notes.push(...importMetaEnvNotes(who, context, scan, buildArgs));
  if (scan.invalidIgnorePatterns.length > 0) notes.push(`${who}: ${scan.invalidIgnorePatterns.length} .dockerignore pattern(s) Docker would refuse (the build fails there)`);
  if (scan.truncated) notes.push(`${who}: build context has more source files than the scan limit; the rest was not scanned`);
  return notes;
}

/**
 * How `import.meta.env` reads were judged: against what the build sees (the mode .env
 * files of the context, build args, Dockerfile ARG/ENV), never the container; the names
 * set nowhere there are named (their notices say the build command or `define` may set them).
 */
function importMetaEnvNotes(who: string, context: string, scan: ScanResult, buildArgs: readonly string[]): string[] {
  const notes: string[] = [];
  const where = `${who}: build context ${context}`;
  for (const why of scan.unreadableEnvFiles) notes.push(`${where}: ${why}; its keys are not known to the build check`);
  if (scan.importMetaEnvAtRuntime) {
    notes.push(`${where}: the bundler config uses import-meta-env, which fills import.meta.env when the container starts: its reads are judged as the container's`);
    return notes;
  }
  const inlined = scan.reads.filter((read) => read.inlined);
  if (inlined.length === 0) return notes;
  const names = [...new Set(inlined.map((read) => read.name))].sort();
  const given = buildTimeNames([...buildArgs, ...scan.buildEnvFiles.flatMap((file) => file.keys)], scan);
  const needed = new Set(inlined.filter((read) => read.strength !== 'optional').map((read) => read.name));
  const unset = names.filter((name) => needed.has(name) && !given.has(name));
  const files = scan.buildEnvFiles.length > 0 ? scan.buildEnvFiles.map((file) => file.file).join(', ') : 'none in the context';
  const line = `${where}: ${names.length} name${names.length === 1 ? '' : 's'} read through import.meta.env ${names.length === 1 ? 'is' : 'are'} replaced by the bundler while building: judged against the mode .env files (${files}), build args and Dockerfile ARG/ENV, never from the container's environment`;
  notes.push(unset.length > 0 ? `${line}; ${unset.length} not set where the build sees them: ${listed(unset)} (notices: the build command or the bundler's define may set them, which is not judged)` : line);
  return notes;
}
