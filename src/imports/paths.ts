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
  // Most specifiers and alias targets are already normal: no split and join for them.
  if (isNormal(relative)) return dir === '' ? relative : `${dir}/${relative}`;
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

/** No empty, `.` or `..` segment: joining it to a directory needs no folding. */
function isNormal(path: string): boolean {
  if (path.charCodeAt(0) === 47 || path.charCodeAt(path.length - 1) === 47 || path.includes('//')) return false;
  for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
    if (dot > 0 && path.charCodeAt(dot - 1) !== 47) continue; // a dot inside a name
    const next = dot + 1 < path.length ? path.charCodeAt(dot + 1) : 47;
    if (next === 47) return false; // `.`
    if (next === 46 && (dot + 2 >= path.length || path.charCodeAt(dot + 2) === 47)) return false; // `..`
  }
  return true;
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
