// Repository-relative POSIX paths ('' is the root), the form git prints.

/** The directory part of a repository path ('' for a top-level file). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * `dir` joined with a relative path, `.` and `..` folded; undefined when the
 * result would leave the repository.
 */
export function joinPath(dir: string, relative: string): string | undefined {
  if (relative === '') return dir;
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Every ancestor directory of `dir`, nearest first, ending with the root ''. */
export function ancestors(dir: string): string[] {
  const result = [dir];
  for (let current = dir; current !== ''; ) {
    current = dirOf(current);
    result.push(current);
  }
  return result;
}

/** `path` relative to the directory `base` (both repository paths), with `../` as needed. */
export function relativeTo(base: string, path: string): string {
  if (base === '') return path;
  if (path === base) return '.';
  if (path.startsWith(`${base}/`)) return path.slice(base.length + 1);
  const from = base.split('/');
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}
