// joinPath's fast path (an already normal relative path) must agree with folding: Node's posix.normalize is the oracle.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinPath } from '../src/imports/paths.ts';

/** Node's own folding under a stand-in root, in the repository's form ('' for the root, undefined outside it). */
function folded(dir: string, relative: string): string | undefined {
  const normal = posix.normalize(`/root/${dir}/${relative}`).replace(/\/+$/, '');
  if (normal === '/root') return '';
  return normal.startsWith('/root/') ? normal.slice('/root/'.length) : undefined;
}

/** mulberry32: a seeded generator whose low bits are as random as its high ones. */
function generator(seed: number): (below: number) => number {
  return (below) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * below | 0;
  };
}

describe('joinPath', () => {
  it('equals folding segment by segment for every mix of dots, slashes and names', () => {
    const pieces = ['', '.', '..', '...', 'a', '.a', 'a.', '..a', 'a..', 'a.b', '.d.ts', 'x.d'];
    const random = generator(7);
    for (let round = 0; round < 20000; round++) {
      const length = 1 + random(4);
      const relative = Array.from({ length }, () => pieces[random(pieces.length)]).join('/');
      const dir = ['', 'src', 'src/lib', 'a/b/c'][random(4)]!;
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
