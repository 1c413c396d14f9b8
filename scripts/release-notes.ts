// `node scripts/release-notes.ts vX.Y.Z`: prints the CHANGELOG.md section of that version, the
// body of its GitHub release. Refuses (exit 1, one line) a tag that is not vX.Y.Z, that differs
// from package.json's version, or whose section is missing or empty, so a release never ships
// with notes that describe another version.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function releaseNotes(tag: string, changelog: string, packageVersion: string): string {
  const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1];
  if (!version) throw new Error(`tag '${tag}' is not a release tag; expected vMAJOR.MINOR.PATCH, e.g. v1.2.0`);
  if (version !== packageVersion) throw new Error(`tag ${tag} does not match package.json version ${packageVersion}; set "version": "${version}" and tag that commit`);
  const sections = changelog.split(/^## /m).slice(1);
  const section = sections.find((part) => part.startsWith(`[${version}]`));
  if (!section) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section; move the Unreleased entries under it`);
  const body = section.slice(section.indexOf('\n') + 1).trim();
  if (!body) throw new Error(`CHANGELOG.md's section for ${version} is empty`);
  return `${body}\n`;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  try {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    process.stdout.write(releaseNotes(process.argv[2] ?? '', readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version));
  } catch (error) {
    console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
