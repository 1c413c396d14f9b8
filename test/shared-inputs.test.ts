import { describe, expect, it } from 'vitest';
import { parseDurationMs, formatDuration } from '../src/shared/duration.ts';
import { InputError } from '../src/shared/errors.ts';
import { GlobSet, Inputs, splitList } from '../src/shared/inputs.ts';
import { yamlInput } from '../src/shared/yaml-input.ts';

function inputs(values: Record<string, string>) {
  const masked: string[] = [];
  return { reader: new Inputs({ get: (name) => values[name] ?? '', mask: (value) => masked.push(value) }), masked };
}

function inputError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected an InputError');
}

describe('durations', () => {
  it.each([
    ['500ms', 500], ['30s', 30_000], ['3m', 180_000], ['1h', 3_600_000], ['10', 10_000], ['1.5s', 1500], [' 2m ', 120_000], ['0', 0],
  ])('%s = %d ms', (text, ms) => expect(parseDurationMs(text)).toBe(ms));
  it.each(['', 'abc', '10 minutes', '-5s', '5d', '1e3', 's'])('%s is rejected', (text) => expect(parseDurationMs(text)).toBeUndefined());
  it('reads an input with a one-line error and a good example', () => {
    const { reader } = inputs({ window: 'three minutes' });
    expect(inputError(() => reader.durationMs('window', '3m'))).toBe("Input 'window': 'three minutes' is not a duration. Example: window: 30s (also 500ms, 3m, 1h; a bare number means seconds)");
    expect(reader.durationMs('timeout', '10s')).toBe(10_000);
  });
  it('formats for people', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(1500)).toBe('1.50s');
    expect(formatDuration(125_000)).toBe('2m5s');
  });
});

describe('Inputs', () => {
  it('reads booleans the way getBooleanInput does', () => {
    const { reader } = inputs({ a: 'true', b: 'False', c: 'yes' });
    expect(reader.boolean('a', false)).toBe(true);
    expect(reader.boolean('b', true)).toBe(false);
    expect(reader.boolean('missing', true)).toBe(true);
    expect(inputError(() => reader.boolean('c', true))).toBe("Input 'c': 'yes' is not a boolean. Example: c: false");
  });

  it('reads integers with a minimum', () => {
    const { reader } = inputs({ n: '12', neg: '-1', text: '1.5' });
    expect(reader.integer('n', 0)).toBe(12);
    expect(reader.integer('missing', 7)).toBe(7);
    expect(inputError(() => reader.integer('neg', 0))).toContain('-1 is below the minimum of 0');
    expect(inputError(() => reader.integer('text', 0))).toContain("'1.5' is not a whole number");
  });

  it('requires what is required', () => {
    const { reader } = inputs({});
    expect(inputError(() => reader.required('build', 'build: npm run build'))).toBe("Input 'build': is required but was not given. Example: build: npm run build");
  });

  it('masks secrets before returning them', () => {
    const { reader, masked } = inputs({ token: '  s3cr3t  ', empty: '' });
    expect(reader.secret('token')).toBe('s3cr3t');
    expect(reader.secret('empty')).toBe('');
    expect(masked).toEqual(['s3cr3t']);
  });

  it('compiles regexes case-insensitively and names a broken one', () => {
    const { reader } = inputs({ ok: '\\[skip ci\\]', bad: '([unclosed' });
    expect(reader.regex('ok')!.test('Fix [SKIP CI]')).toBe(true);
    expect(inputError(() => reader.regex('bad'))).toMatch(/^Input 'bad': the regular expression does not compile/);
  });

  it('splits lists, dropping blanks and comments', () => {
    expect(splitList('a\n\n  b  \n# note\nc\r\n')).toEqual(['a', 'b', 'c']);
    expect(splitList('a, b\nc', true)).toEqual(['a', 'b', 'c']);
  });

  it('matches globs with negation, last match wins', () => {
    const set = new GlobSet(['db/**', '!db/seeds/**', '.github/workflows/**']);
    expect(set.matches('db/migrations/1.sql')).toBe(true);
    expect(set.matches('db/seeds/dev.sql')).toBe(false);
    expect(set.matches('.github/workflows/ci.yml')).toBe(true);
    expect(set.matches('src/db.ts')).toBe(false);
    expect(new GlobSet([]).isEmpty).toBe(true);
  });

  it('parses YAML inputs and fails cleanly on hostile ones', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const { reader } = inputs({ checks: '- name: home\n  url: http://127.0.0.1/\n', broken: 'a: [1, 2', bomb, dup: 'a: 1\na: 2' });
    expect(yamlInput(reader, 'checks', 'x')).toEqual([{ name: 'home', url: 'http://127.0.0.1/' }]);
    expect(inputError(() => yamlInput(reader, 'broken', 'checks: ...'))).toMatch(/^Input 'broken': is not valid YAML \(line \d\)/);
    expect(inputError(() => yamlInput(reader, 'bomb', 'checks: ...'))).toMatch(/^Input 'bomb': could not be read as YAML: .*alias/i);
    expect(inputError(() => yamlInput(reader, 'dup', 'checks: ...'))).toMatch(/^Input 'dup': is not valid YAML/);
  });
});
