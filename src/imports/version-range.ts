// Whether a package's version satisfies a dependency's range, by semver (npm's own rules).
// Loaded only for a repository with more than one package.json (see configLibraries):
// semver builds its regular expressions as it loads, ~3 ms of a cold start.
import satisfies from 'semver/functions/satisfies.js';
import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';

/**
 * undefined when semver cannot read the version or the range (a dist-tag such as `latest`).
 * Loose, prereleases included: in doubt, the range is satisfied.
 */
export function versionSatisfies(version: string, range: string): boolean | undefined {
  if (validRange(range, { loose: true }) === null || valid(version, { loose: true }) === null) return undefined;
  return satisfies(version, range, { loose: true, includePrerelease: true });
}
