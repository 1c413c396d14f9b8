// Repositories whose commits say anything: messages and author names written byte for
// byte into commit objects (`git hash-object --literally`), as a hostile pull request
// can push them, including bytes `git commit` would clean up or refuse.
import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';

export function randomBytes(next: () => number, length: number, { min = 0, max = 255 } = {}): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = min + Math.floor(next() * (max - min + 1));
  return bytes;
}

let clock = 1_767_225_600;

/**
 * Appends a commit with this exact message (and author name) on top of HEAD, with
 * `files` written and staged as its tree. Returns its SHA.
 */
export function rawCommit(repo: GitFixture, message: Buffer | string, { author = 'Dev One', files = {} as Record<string, string> } = {}): string {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git('add', '-A');
  const tree = repo.git('write-tree');
  const parent = repo.git('rev-parse', '--verify', '--quiet', 'HEAD') || '';
  clock += 60;
  const header = [
    `tree ${tree}`,
    ...(parent ? [`parent ${parent}`] : []),
    `author ${author} <dev1@example.com> ${clock} +0200`,
    `committer Dev One <dev1@example.com> ${clock} +0200`,
    '',
    '',
  ].join('\n');
  const object = Buffer.concat([Buffer.from(header), Buffer.isBuffer(message) ? message : Buffer.from(message)]);
  const sha = execFileSync('git', ['-C', repo.dir, 'hash-object', '-t', 'commit', '--literally', '-w', '--stdin'], { input: object, encoding: 'utf8' }).trim();
  execFileSync('git', ['-C', repo.dir, 'update-ref', 'HEAD', sha]);
  return sha;
}

export function revListCount(repo: GitFixture, range: string): number {
  return Number(repo.git('rev-list', '--count', range));
}
