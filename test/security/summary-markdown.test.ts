// Job summaries are rendered by GitHub as GFM: untrusted text in them (commit subjects,
// authors, file names, input values echoed in an error) must show as text, never as a
// link, an image or HTML. Rendered here with cmark-gfm, GitHub's own GFM implementation
// (Debian package cmark-gfm; .ci/run installs it), with the extensions GitHub enables.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { printed, runStep } from '../harness/action-runner.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { rawCommit } from './hostile-repo.ts';

export function renderGfm(markdown: string): string {
  return execFileSync('cmark-gfm', ['-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter', '--unsafe'], { input: markdown, encoding: 'utf8' });
}

/** Every way GFM turns text into a link, an image or markup. */
export const HOSTILE_MARKDOWN = [
  '[click](https://evil.example/a)',
  '![pixel](https://evil.example/p.png)',
  '<img src=https://evil.example/i.png>',
  '<a href="https://evil.example/h">html</a>',
  'https://evil.example/bare',
  'www.evil.example',
  '<https://evil.example/auto>',
  'mail@evil.example',
  '[ref]',
];

function expectInert(summary: string): void {
  expect(summary).not.toBe('');
  expect(renderGfm(summary), summary).not.toMatch(/<a\s|<img\s/i);
}

describe('summary markdown: untrusted text renders as text', () => {
  it('commit-count: subjects and author names with links, images, HTML and bare URLs', async () => {
    const repo = new GitFixture();
    const base = repo.commit('base');
    for (const text of HOSTILE_MARKDOWN) rawCommit(repo, `${text} | pipe\n`, { author: `Eve ${text.replace(/[<>]/g, '')}` });
    rawCommit(repo, '[ref]: https://evil.example/ref\n');
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base } });
    expect(step.exitCode, printed(step)).toBe(0);
    expectInert(step.summary);
    expect(renderGfm(step.summary)).toContain('click'); // still shown, as text
  });

  it('untracked-files: a file name that closes the fenced fix block and adds a link', async () => {
    const repo = new GitFixture();
    const name = 'src/x\n```\n[click](https://evil.example/f) <img src=https://evil.example/i.png>.ts';
    repo.commit('init', { 'src/db.ts': `import x from './${name.slice(4, -3).replace(/\n/g, '\\n')}';\n` });
    repo.write(name, 'export {};\n');
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode, printed(step)).toBe(1);
    expectInert(step.summary);
  });

  it('an input value echoed in the failure summary', async () => {
    const repo = new GitFixture();
    repo.commit('base');
    const step = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { base: HOSTILE_MARKDOWN.join(' ') } });
    expect(step.exitCode).toBe(1);
    expectInert(step.summary);
  });
});
