// joinPath's fast path (an already normal relative path) must agree with folding segment by segment.
import { describe, expect, it } from 'vitest';
import { joinPath } from '../src/imports/paths.ts';

/** The definition: `.` and empty segments dropped, `..` pops, leaving the root is undefined. */
function folded(dir: string, relative: string): string | undefined {
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

describe('joinPath', () => {
  it('equals folding segment by segment for every mix of dots, slashes and names', () => {
    const pieces = ['', '.', '..', '...', 'a', '.a', 'a.', '..a', 'a..', 'a.b', '.d.ts', 'x.d'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 20000; round++) {
      const length = 1 + (next() % 4);
      const relative = Array.from({ length }, () => pieces[next() % pieces.length]).join('/');
      const dir = ['', 'src', 'src/lib', 'a/b/c'][next() % 4]!;
      expect(joinPath(dir, relative), `${dir} + ${relative}`).toBe(relative === '' ? dir : folded(dir, relative));
    }
  });

  it('keeps a normal path as it is and folds the rest', () => {
    expect(joinPath('src', 'lib/x.ts')).toBe('src/lib/x.ts');
    expect(joinPath('', 'a.b/.c')).toBe('a.b/.c');
    expect(joinPath('src', '../x')).toBe('x');
    expect(joinPath('', 'src//x/.')).toBe('src/x');
    expect(joinPath('', '../x')).toBeUndefined();
  });
});
