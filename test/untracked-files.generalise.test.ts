// Patterns of real repositories nobody here tuned on, each as a small real git
// repository: a clean commit has no false finding, the forgotten file is still caught,
// and what cannot be judged is counted with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUntrackedFiles, type UntrackedFilesOptions } from '../src/imports/untracked-files.ts';
import { GlobSet } from '../src/shared/inputs.ts';
import { GitFixture } from './harness/git-fixture.ts';

function options(directory: string, extra: Partial<UntrackedFilesOptions> = {}): UntrackedFilesOptions {
  const none = new GlobSet([]);
  return { directory, checkImports: true, checkWorktree: false, include: none, exclude: none, allow: none, failOnIgnored: false, ...extra };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const check = async (repo: GitFixture, extra: Partial<UntrackedFilesOptions> = {}) => checkUntrackedFiles(options(repo.dir, extra));
type Result = Awaited<ReturnType<typeof checkUntrackedFiles>>;
const rows = (result: Result) => result.misses.map((miss) => [miss.file, miss.specifier, miss.state, miss.resolved, ...(miss.generator ? [miss.generator] : [])]).sort();
const notChecked = (result: Result) => Object.fromEntries(result.notChecked.map((group) => [group.reason, group.count]));

describe('the documented one-line exclude for test code', () => {
  const documented = () => {
    const action = readFileSync(join(import.meta.dirname, '../actions/untracked-files/action.yml'), 'utf8');
    const glob = /'(\*\*\/\{[^']+\}\/\*\*)'/.exec(action)?.[1];
    if (!glob) throw new Error('action.yml no longer documents the one-line exclude');
    const catalog = readFileSync(join(import.meta.dirname, '../action-catalog.md'), 'utf8');
    expect(catalog).toContain(`exclude: '${glob}'`);
    return glob;
  };

  it('leaves out jscodeshift codemod fixtures (__testfixtures__), read as text by their tests', async () => {
    const repo = new GitFixture();
    repo.commit('codemod', {
      'src/v5/rename/__testfixtures__/default.input.tsx': "import x from '../nope';\nexport { x };\n",
      'src/v5/rename/__tests__/rename.test.cjs': "const { defineTest } = require('jscodeshift/dist/testUtils');\ndefineTest(__dirname, 'rename');\n",
      'src/v5/rename/rename.cjs': 'module.exports = (file) => file.source;\n',
      'src/shipped.ts': "import { gone } from './gone';\nexport { gone };\n",
    });
    const result = await check(repo, { exclude: new GlobSet([documented()]) });
    expect(rows(result)).toEqual([['src/shipped.ts', './gone', 'missing', 'src/gone']]);
  });
});
