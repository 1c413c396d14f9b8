// The release notes come from CHANGELOG.md, and only for the version the tag and package.json agree on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseNotes } from '../scripts/release-notes.ts';
import { ROOT } from './harness/action-runner.ts';

const CHANGELOG = `# Changelog\n\nIntro.\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2026-12-01\n\n### Added\n- a thing\n\n## [1.1.0] - 2026-11-01\n\n- older\n`;

describe('release notes', () => {
  it('are the section of the tagged version, without its heading or the next section', () => {
    expect(releaseNotes('v1.2.0', CHANGELOG, '1.2.0')).toBe('### Added\n- a thing\n');
  });

  it('refuse a tag that is not vX.Y.Z, differs from package.json, or has no or an empty section', () => {
    expect(() => releaseNotes('v1.2', CHANGELOG, '1.2.0')).toThrow(/not a release tag/);
    expect(() => releaseNotes('v1.2.0', CHANGELOG, '1.1.0')).toThrow(/does not match package.json version 1.1.0/);
    expect(() => releaseNotes('v1.3.0', CHANGELOG, '1.3.0')).toThrow(/no "## \[1.3.0\]/);
    expect(() => releaseNotes('v1.3.0', `${CHANGELOG}\n## [1.3.0] - 2026-12-02\n`, '1.3.0')).toThrow(/empty/);
  });

  it('the script fails with one line for this repository when the tag is not its version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    let stderr = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/release-notes.ts'), `v${version}9`], { stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`does not match package.json version ${version}`);
  });
});
