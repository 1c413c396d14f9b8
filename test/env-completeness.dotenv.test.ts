// .env vectors written from Docker's "Syntax for environment files in Docker Compose"
// (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax).
import { describe, expect, it } from 'vitest';
import { DotenvError, parseDotenv } from '../src/compose/dotenv.ts';

const ENV: Record<string, string> = { HOST_VAR: 'from-host', EMPTY: '' };
const lookup = (name: string) => (Object.hasOwn(ENV, name) ? ENV[name] : undefined);
const parse = (text: string) => Object.fromEntries(parseDotenv(text, lookup).map((entry) => [entry.key, entry.value]));

// [file text, expected key -> value]
const VECTORS: [string, Record<string, string | undefined>][] = [
  ['VAR=VAL', { VAR: 'VAL' }],
  ['VAR="VAL"', { VAR: 'VAL' }],
  ["VAR='VAL'", { VAR: 'VAL' }],
  ['VAR=VAL # comment', { VAR: 'VAL' }],
  ['VAR=VAL# not a comment', { VAR: 'VAL# not a comment' }],
  ['VAR="VAL # not a comment"', { VAR: 'VAL # not a comment' }],
  ['VAR="VAL" # comment', { VAR: 'VAL' }],
  ["VAR='$OTHER'", { VAR: '$OTHER' }],
  ["VAR='${OTHER}'", { VAR: '${OTHER}' }],
  ["VAR='Let\\'s go!'", { VAR: "Let's go!" }],
  ['VAR="{\\"hello\\": \\"json\\"}"', { VAR: '{"hello": "json"}' }],
  ['VAR="some\\tvalue"', { VAR: 'some\tvalue' }],
  ["VAR='some\\tvalue'", { VAR: 'some\\tvalue' }],
  ['VAR=some\\tvalue', { VAR: 'some\\tvalue' }],
  ['VAR="a\\nb\\rc\\\\d"', { VAR: 'a\nb\rc\\d' }],
  ['# only a comment\n\n   \nVAR=1', { VAR: '1' }],
  ['export VAR=exported', { VAR: 'exported' }],
  ['export   VAR="x"', { VAR: 'x' }],
  ['  VAR  =  spaced  ', { VAR: 'spaced' }],
  ['VAR=', { VAR: '' }],
  ['VAR=""', { VAR: '' }],
  ["VAR=''", { VAR: '' }],
  ['VAR= # only a comment', { VAR: '' }],
  ['VAR=a=b=c', { VAR: 'a=b=c' }],
  ['VAR=#not-a-comment', { VAR: '#not-a-comment' }],
  ['VAR="line one\nline two"', { VAR: 'line one\nline two' }],
  ["VAR='line one\nline two'\nNEXT=2", { VAR: 'line one\nline two', NEXT: '2' }],
  ['A=1\nA=2', { A: '2' }],
  ['A=first\nB=${A}-second', { A: 'first', B: 'first-second' }],
  ['A=first\nB="$A and ${A}"', { A: 'first', B: 'first and first' }],
  ["A=first\nB='$A'", { A: 'first', B: '$A' }],
  ['B=${HOST_VAR}', { B: 'from-host' }],
  ['HOST_VAR=from-file\nB=${HOST_VAR}', { HOST_VAR: 'from-file', B: 'from-host' }], // the environment wins inside the file too
  ['B=${NOPE:-fallback}', { B: 'fallback' }],
  ['B=${EMPTY-kept-empty}', { B: '' }],
  ['B=${NOPE}', { B: '' }],
  ['B=$$literal', { B: '$literal' }],
  ['B="\\$HOST_VAR"', { B: '$HOST_VAR' }],
  ['B="\\${HOST_VAR}"', { B: '${HOST_VAR}' }],
  ['HOST_VAR', { HOST_VAR: 'from-host' }],
  ['NOT_IN_ENV', { NOT_IN_ENV: undefined }],
  ['dotted.key=1\ndashed-key=2', { 'dotted.key': '1', 'dashed-key': '2' }],
  ['VAR=value\r\nNEXT=2\r\n', { VAR: 'value', NEXT: '2' }],
  ['\ufeffBOM=1', { BOM: '1' }],
  ['VAR="quoted" \t# comment after spaces', { VAR: 'quoted' }],
  ['URL=postgres://u:p@h:5432/db?sslmode=require', { URL: 'postgres://u:p@h:5432/db?sslmode=require' }],
];

// [file text, line of the error, message fragment]
const ERRORS: [string, number, RegExp][] = [
  ['VAR="unterminated', 1, /unterminated double-quoted/],
  ["OK=1\nVAR='unterminated\nmore", 2, /unterminated single-quoted/],
  ['=value', 1, /no variable name/],
  ['BAD KEY=1', 1, /unexpected character/],
  ['A=1\nB="x" trailing', 2, /after the closing quote/],
  ['A=${', 1, /unterminated/],
  ['A=${NOPE:?needed}', 1, /required variable NOPE/],
  ['A=1\n\nB=${ X}', 3, /variable name/],
];

describe('Compose dotenv: values', () => {
  it.each(VECTORS)('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('Compose dotenv: errors with a line and no value', () => {
  it.each(ERRORS)('%j', (text, line, message) => {
    let caught: unknown;
    try {
      parseDotenv(text, lookup);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DotenvError);
    expect((caught as DotenvError).line).toBe(line);
    expect((caught as DotenvError).message).toMatch(message);
  });

  it('does not echo a malformed value', () => {
    expect(() => parseDotenv('TOKEN="s3cr3t-value-${oops')).toThrow(DotenvError);
    try {
      parseDotenv('TOKEN="s3cr3t-value-${oops"');
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cr3t');
    }
  });
});

it('expand: false reads names without evaluating templates', () => {
  expect(parseDotenv('A=${NOPE:?needed}\nB="x\\ty"', undefined, { expand: false }).map((e) => [e.key, e.value])).toEqual([['A', '${NOPE:?needed}'], ['B', 'x\ty']]);
});

it('keeps the line of each entry (multi-line values count their lines)', () => {
  const entries = parseDotenv('# c\nA=1\nB="x\ny"\nC=3');
  expect(entries.map((entry) => [entry.key, entry.line])).toEqual([['A', 2], ['B', 3], ['C', 5]]);
});

it('has at least 30 dotenv vectors', () => {
  expect(VECTORS.length + ERRORS.length).toBeGreaterThanOrEqual(30);
});
