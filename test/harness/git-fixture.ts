// Real git repositories in temp directories, with fixed identities and dates so
// SHAs and logs are reproducible.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Dev One',
  GIT_AUTHOR_EMAIL: 'dev1@example.com',
  GIT_COMMITTER_NAME: 'Dev One',
  GIT_COMMITTER_EMAIL: 'dev1@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export class GitFixture {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string, { bare = false, branch = 'main' } = {}) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'dg-repo-'));
    mkdirSync(this.dir, { recursive: true });
    this.git('init', '-q', `--initial-branch=${branch}`, ...(bare ? ['--bare'] : []));
  }

  git(...args: string[]): string {
    const date = `2026-01-01T00:00:${String(this.tick % 60).padStart(2, '0')}Z`;
    return execFileSync('git', ['-C', this.dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      maxBuffer: 256 * 1024 * 1024,
    }).trim();
  }

  write(path: string, content: string): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  /** Writes the files, stages everything and commits; returns the new SHA. */
  commit(message: string, files: Record<string, string> = {}, author?: string): string {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    this.tick++;
    this.git('add', '-A');
    const authorArgs = author ? [`--author=${author} <${author.toLowerCase().replace(/\W+/g, '.')}@example.com>`] : [];
    this.git('commit', '-q', '--allow-empty', '-m', message, ...authorArgs);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }
}

/** A bare "origin" with the fixture's history, and a clone of it (shallow when depth is given). */
export function cloneFrom(source: GitFixture, { depth, branch = 'main' }: { depth?: number; branch?: string } = {}): GitFixture & { origin: string } {
  const origin = mkdtempSync(join(tmpdir(), 'dg-origin-'));
  execFileSync('git', ['clone', '-q', '--bare', source.dir, origin], { env: { ...process.env, ...GIT_ENV } });
  const target = mkdtempSync(join(tmpdir(), 'dg-clone-'));
  // file:// so --depth is honoured for a local path, as for a remote checkout.
  execFileSync('git', ['clone', '-q', ...(depth ? [`--depth=${depth}`] : []), '--branch', branch, `file://${origin}`, target], { env: { ...process.env, ...GIT_ENV } });
  const clone = Object.create(GitFixture.prototype) as GitFixture & { origin: string };
  Object.assign(clone, { dir: target, tick: 1000, origin });
  return clone;
}

/**
 * Appends `count` commits to `branch` through `git fast-import` (thousands per
 * second); commit i writes `files(i)`. Returns the new tip.
 */
export function fastCommits(repo: GitFixture, count: number, { branch = 'main', files = (i: number) => ({ [`log/${i % 97}.txt`]: `line ${i}\n` }) as Record<string, string>, message = (i: number) => `change ${i}` } = {}): string {
  const parent = repo.git('rev-parse', '--verify', '--quiet', `refs/heads/${branch}`) || '';
  const chunks: string[] = [];
  for (let i = 0; i < count; i++) {
    const msg = Buffer.from(message(i));
    chunks.push(`commit refs/heads/${branch}\nmark :${i + 1}\nauthor Dev One <dev1@example.com> ${1767225600 + i} +0000\ncommitter Dev One <dev1@example.com> ${1767225600 + i} +0000\ndata ${msg.length}\n${msg}\n`);
    if (i === 0 && parent) chunks.push(`from ${parent}\n`);
    for (const [path, content] of Object.entries(files(i))) {
      chunks.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    }
    chunks.push('\n');
  }
  execFileSync('git', ['-C', repo.dir, 'fast-import', '--quiet'], { input: chunks.join('') });
  if (repo.git('rev-parse', '--is-bare-repository') === 'false') repo.git('reset', '-q', '--hard', branch);
  return repo.git('rev-parse', branch);
}
