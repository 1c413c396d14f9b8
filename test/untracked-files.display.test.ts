// What untracked-files prints of untrusted text (file names, specifiers) goes through
// the one escaper of src/shared/log-text.ts, one line per finding.
import { describe, expect, it } from 'vitest';
import { cliLines } from '../src/imports/report.ts';
import { checkUntrackedFiles } from '../src/imports/untracked-files.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { oneLine } from '../src/shared/log-text.ts';
import { GitFixture } from './harness/git-fixture.ts';

describe('one display function for untrusted text on one line', () => {
  it('shows line breaks and hidden characters escaped and cuts a huge text', () => {
    expect(oneLine('a\nb\rc\u2028d\u202ee\u0007', 300)).toBe('a\\nb\\rc\\u2028d\\u202ee\\x07');
    expect(oneLine('x'.repeat(400), 300)).toBe(`${'x'.repeat(300)}…`);
  });

  it('escapes a bidirectional override in a specifier the same way as every other log line', async () => {
    const repo = new GitFixture();
    repo.commit('bidi', { 'src/a.ts': "import { x } from './ab\u202ecd';\nexport { x };\n" });
    const none = new GlobSet([]);
    const result = await checkUntrackedFiles({ directory: repo.dir, checkImports: true, checkWorktree: false, include: none, exclude: none, allow: none, failOnIgnored: false });
    expect(cliLines(result)).toContain("MISSING          src/a.ts:1  './ab\\u202ecd' -> src/ab\\u202ecd");
  });
});
