// The .dockerignore matcher against the cases of Docker's own matcher
// (github.com/moby/patternmatcher, patternmatcher_test.go TestMatches, which BuildKit
// uses for the build context) and its ignore-file reader (ignorefile.ReadAll).
import { describe, expect, it } from 'vitest';
import { DockerIgnore, readDockerignore } from '../src/compose/dockerignore.ts';

/** [pattern, path, excluded] from moby/patternmatcher TestMatches (MatchesOrParentMatches). */
const MOBY_CASES: [string, string, boolean][] = [
  ["**", "file", true],
  ["**", "file/", true],
  ["**/", "file", true],
  ["**/", "file/", true],
  ["**", "/", true],
  ["**/", "/", true],
  ["**", "dir/file", true],
  ["**/", "dir/file", true],
  ["**", "dir/file/", true],
  ["**/", "dir/file/", true],
  ["**/**", "dir/file", true],
  ["**/**", "dir/file/", true],
  ["dir/**", "dir/file", true],
  ["dir/**", "dir/file/", true],
  ["dir/**", "dir/dir2/file", true],
  ["dir/**", "dir/dir2/file/", true],
  ["**/dir", "dir", true],
  ["**/dir", "dir/file", true],
  ["**/dir2/*", "dir/dir2/file", true],
  ["**/dir2/*", "dir/dir2/file/", true],
  ["**/dir2/**", "dir/dir2/dir3/file", true],
  ["**/dir2/**", "dir/dir2/dir3/file/", true],
  ["**file", "file", true],
  ["**file", "dir/file", true],
  ["**/file", "dir/file", true],
  ["**file", "dir/dir/file", true],
  ["**/file", "dir/dir/file", true],
  ["**/file*", "dir/dir/file", true],
  ["**/file*", "dir/dir/file.txt", true],
  ["**/file*txt", "dir/dir/file.txt", true],
  ["**/file*.txt", "dir/dir/file.txt", true],
  ["**/file*.txt*", "dir/dir/file.txt", true],
  ["**/**/*.txt", "dir/dir/file.txt", true],
  ["**/**/*.txt2", "dir/dir/file.txt", false],
  ["**/*.txt", "file.txt", true],
  ["**/**/*.txt", "file.txt", true],
  ["a**/*.txt", "a/file.txt", true],
  ["a**/*.txt", "a/dir/file.txt", true],
  ["a**/*.txt", "a/dir/dir/file.txt", true],
  ["a/*.txt", "a/dir/file.txt", false],
  ["a/*.txt", "a/file.txt", true],
  ["a/*.txt**", "a/file.txt", true],
  ["a[b-d]e", "ae", false],
  ["a[b-d]e", "ace", true],
  ["a[b-d]e", "aae", false],
  ["a[^b-d]e", "aze", true],
  [".*", ".foo", true],
  [".*", "foo", false],
  ["abc.def", "abcdef", false],
  ["abc.def", "abc.def", true],
  ["abc.def", "abcZdef", false],
  ["abc?def", "abcZdef", true],
  ["abc?def", "abcdef", false],
  ["a\\\\", "a\\", true],
  ["**/foo/bar", "foo/bar", true],
  ["**/foo/bar", "dir/foo/bar", true],
  ["**/foo/bar", "dir/dir2/foo/bar", true],
  ["abc/**", "abc", false],
  ["abc/**", "abc/def", true],
  ["abc/**", "abc/def/ghi", true],
  ["**/.foo", ".foo", true],
  ["**/.foo", "bar.foo", false],
  ["a(b)c/def", "a(b)c/def", true],
  ["a(b)c/def", "a(b)c/xyz", false],
  ["a.|)$(}+{bc", "a.|)$(}+{bc", true],
  ["dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
  ["dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true],
  ["a\\*b", "a*b", true],
];

describe('dockerignore matching (moby/patternmatcher cases)', () => {
  it.each(MOBY_CASES)('%j on %j → %s', (pattern, path, excluded) => {
    expect(new DockerIgnore([pattern]).excludes(path.replace(/\/$/, ''))).toBe(excluded);
  });

  it.each([
    [['**', '!util/docker/web'], 'util/docker/web/foo', false],
    [['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo', true],
    [['**', '!dist/*.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
    [['*.md'], 'docs/readme.md', false],
    [['*.md'], 'readme.md', true],
    [['docs'], 'docs/deep/file.ts', true],
  ])('%j on %j → %s', (patterns, path, excluded) => {
    expect(new DockerIgnore(patterns).excludes(path)).toBe(excluded);
  });

  it('is case-sensitive, as Docker is on Linux', () => {
    expect(new DockerIgnore(['Tests']).excludes('tests/a.ts')).toBe(false);
  });

  it('an invalid pattern matches nothing and is reported, never thrown', () => {
    const ignore = new DockerIgnore(['src/[a-', 'ok']);
    expect(ignore.excludes('src/[a-')).toBe(false);
    expect(ignore.excludes('ok/x')).toBe(true);
    expect(ignore.invalid).toEqual(['src/[a-']);
  });

  it('stays linear on a pattern built to backtrack', () => {
    const pattern = `${'**/'.repeat(40)}${'*a'.repeat(40)}b`;
    const ignore = new DockerIgnore([pattern]);
    const path = `${'a/'.repeat(200)}${'a'.repeat(200)}`;
    expect(ignore.excludes(path)).toBe(false);
  });
});

describe('reading a .dockerignore (moby ignorefile.ReadAll)', () => {
  it('drops comments and blank lines, trims, cleans paths, strips a leading / and keeps !', () => {
    expect(readDockerignore('\uFEFF# c\n\n  /docs/  \n!./keep/../keep.ts\n  # not a comment\n**/*.test.ts\n')).toEqual(['docs', '!keep.ts', '# not a comment', '**/*.test.ts']);
  });
});
