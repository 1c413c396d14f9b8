// One escaper for text matched literally in a pattern (folder names, environments, keys).
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../src/shared/regex.ts';

describe('escapeRegExp', () => {
  it('makes every character of a name match itself, and only itself', () => {
    for (const text of ['a.b', 'x*y+z?', '^$', '{1,2}', '(a|b)', '[^a-z]', 'back\\slash', 'prod-eu.1', '.*', '']) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`);
      expect(pattern.test(text), text).toBe(true);
      expect(pattern.test(`${text}x`), text).toBe(false);
    }
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });
});
