// Interpolation vectors written from the Compose Specification's text
// (https://github.com/compose-spec/compose-spec/blob/main/spec.md#interpolation):
// $VAR and ${VAR}, :- - :? ? :+ +, nesting, lazy defaults, $$ and invalid templates.
import { describe, expect, it } from 'vitest';
import { interpolate, referencedNames, TemplateError } from '../src/compose/interpolate.ts';

const ENV: Record<string, string> = { A: 'alpha', B: 'beta', EMPTY: '', N: '42', _U: 'under', lower: 'low', A1: 'a-one', SPACE: 'x y' };
const lookup = (name: string) => (Object.hasOwn(ENV, name) ? ENV[name] : undefined);

// [template, expected value]
const VALUES: [string, string][] = [
  // no variables
  ['plain text', 'plain text'],
  ['', ''],
  // unbraced
  ['$A', 'alpha'],
  ['$A-$B', 'alpha-beta'],
  ['x$A.y', 'xalpha.y'],
  ['$A1', 'a-one'],
  ['$A_', ''], // the name is A_ (unset), not A
  ['$_U', 'under'],
  ['$lower', 'low'],
  ['$UNSET', ''],
  ['pre$UNSET post', 'pre post'],
  ['$EMPTY|', '|'],
  // braced
  ['${A}', 'alpha'],
  ['${A}${B}', 'alphabeta'],
  ['${A}1', 'alpha1'],
  ['${UNSET}', ''],
  ['${EMPTY}', ''],
  ['${SPACE}', 'x y'],
  // :- default when unset or empty
  ['${A:-d}', 'alpha'],
  ['${UNSET:-d}', 'd'],
  ['${EMPTY:-d}', 'd'],
  ['${UNSET:-}', ''],
  ['${UNSET:-two words}', 'two words'],
  ['${UNSET:-a:b-c}', 'a:b-c'],
  ['${UNSET:-http://x:80/p?q=1}', 'http://x:80/p?q=1'],
  // - default only when unset
  ['${A-d}', 'alpha'],
  ['${UNSET-d}', 'd'],
  ['${EMPTY-d}', ''],
  ['${UNSET-}', ''],
  // :+ replacement when set and non-empty
  ['${A:+r}', 'r'],
  ['${EMPTY:+r}', ''],
  ['${UNSET:+r}', ''],
  // + replacement when set
  ['${A+r}', 'r'],
  ['${EMPTY+r}', 'r'],
  ['${UNSET+r}', ''],
  // :? and ? with the variable present
  ['${A:?must be set}', 'alpha'],
  ['${A?must be set}', 'alpha'],
  ['${EMPTY?set but empty is fine}', ''],
  // nesting
  ['${UNSET:-${A}}', 'alpha'],
  ['${UNSET:-$B}', 'beta'],
  ['${UNSET:-${UNSET2:-deep}}', 'deep'],
  ['${UNSET:-${UNSET2:-${B}}}', 'beta'],
  ['${A:+${B}}', 'beta'],
  ['${UNSET:-x${A}y}', 'xalphay'],
  ['${EMPTY:-${EMPTY:-e}}', 'e'],
  ['${A:-${UNSET:?never evaluated}}', 'alpha'], // lazy: the default is not evaluated
  ['${UNSET+${UNSET2:?never evaluated}}', ''],
  // $$ escapes
  ['$$', '$'],
  ['$$A', '$A'],
  ['$${A}', '${A}'],
  ['a$$$A', 'a$alpha'],
  ['$$$$', '$$'],
  ['${UNSET:-$$}', '$'],
  // a $ that starts no variable is kept
  ['$', '$'],
  ['cost: 5$', 'cost: 5$'],
  ['$5', '$5'],
  ['$ A', '$ A'],
  ['a$-b', 'a$-b'],
  ['$.x', '$.x'],
  // braces without $ are text
  ['{A}', '{A}'],
  ['}', '}'],
  ['${UNSET:-{x}', '{x'],
];

// [template, message fragment]
const INVALID: [string, RegExp][] = [
  ['${', /unterminated/],
  ['${A', /unterminated/],
  ['x ${A:-oops', /unterminated/],
  ['${UNSET:-${B}', /unterminated/],
  ['${}', /expected a variable name/],
  ['${-A}', /expected a variable name/],
  ['${ A}', /expected a variable name/],
  ['${1A}', /expected a variable name/],
  ['${A }', /supported after the name/],
  ['${A:x}', /supported after the name/],
  ['${A/foo/bar}', /supported after the name/],
  ['${A#prefix}', /supported after the name/],
  ['${A:0:2}', /supported after the name/],
];

describe('Compose interpolation: values', () => {
  it.each(VALUES)('%j -> %j', (template, expected) => {
    expect(interpolate(template, lookup).value).toBe(expected);
  });
});

describe('Compose interpolation: invalid templates are errors', () => {
  it.each(INVALID)('%j', (template, message) => {
    expect(() => interpolate(template, lookup)).toThrow(TemplateError);
    expect(() => interpolate(template, lookup)).toThrow(message);
  });

  it('never quotes the template in the message (it may be part of a secret value)', () => {
    try {
      interpolate('p4ss${wordSECRET', lookup);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('SECRET');
      expect((error as Error).message).not.toContain('p4ss');
    }
  });
});

describe('Compose interpolation: what was read', () => {
  const uses = (template: string) => interpolate(template, lookup).uses.map(({ name, operator, state, emptyDefault, usedDefault, requiredMissing }) => ({ name, operator, state, emptyDefault, usedDefault, requiredMissing }));

  it.each([
    ['${UNSET:?need it}', { name: 'UNSET', operator: ':?', state: 'unset', requiredMissing: true }],
    ['${EMPTY:?need it}', { name: 'EMPTY', operator: ':?', state: 'empty', requiredMissing: true }],
    ['${UNSET?need it}', { name: 'UNSET', operator: '?', state: 'unset', requiredMissing: true }],
    ['${EMPTY?need it}', { name: 'EMPTY', operator: '?', state: 'empty', requiredMissing: false }],
    ['${UNSET:-}', { name: 'UNSET', operator: ':-', emptyDefault: true, usedDefault: false }],
    ['${EMPTY-}', { name: 'EMPTY', operator: '-', emptyDefault: false, usedDefault: false }],
    ['${UNSET:-x}', { name: 'UNSET', operator: ':-', emptyDefault: false, usedDefault: true }],
    ['$UNSET', { name: 'UNSET', operator: '', state: 'unset' }],
    ['${A}', { name: 'A', operator: '', state: 'set' }],
  ] as const)('%j', (template, expected) => {
    expect(uses(template)[0]).toMatchObject(expected);
  });

  it('records nested names only when their default is evaluated (lazy)', () => {
    expect(uses('${A:-${B}}').map((u) => u.name)).toEqual(['A']);
    expect(uses('${UNSET:-${B}}').map((u) => u.name)).toEqual(['UNSET', 'B']);
    expect(uses('${UNSET:?${B} is needed}').map((u) => u.name)).toEqual(['UNSET', 'B']);
    expect(uses('$$A ${B}').map((u) => u.name)).toEqual(['B']);
  });

  it('lists every name a template could read', () => {
    expect(referencedNames('${A:-${B:-$C}} $D $$E')).toEqual(['A', 'B', 'C', 'D']);
    expect(referencedNames('${broken')).toEqual([]);
  });

  it('gives the column of each $', () => {
    expect(interpolate('ab ${A} $B', lookup).uses.map((u) => u.column)).toEqual([3, 8]);
  });
});

it('has at least 60 interpolation vectors', () => {
  expect(VALUES.length + INVALID.length).toBeGreaterThanOrEqual(60);
});
