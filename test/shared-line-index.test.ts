import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/shared/line-index.ts';

/** The definition, written the slow way: 1 + the `\n` strictly before the offset. */
function countedLine(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text[i] === '\n') line++;
  return line;
}

describe('LineIndex', () => {
  it('numbers lines from 1, the newline belonging to the line it ends', () => {
    const text = 'ab\ncd\n\nef';
    const lines = new LineIndex(text);
    expect([...Array(text.length + 1).keys()].map((offset) => lines.lineAt(offset))).toEqual([1, 1, 1, 2, 2, 2, 3, 4, 4, 4]);
    expect(lines.lineCount).toBe(4);
  });

  it('handles empty text, text without newlines, CRLF and offsets past the end', () => {
    expect(new LineIndex('').lineAt(0)).toBe(1);
    expect(new LineIndex('').lineCount).toBe(1);
    expect(new LineIndex('no newline').lineAt(5)).toBe(1);
    const crlf = new LineIndex('a\r\nb\r\n');
    expect(crlf.lineAt(1)).toBe(1); // the \r
    expect(crlf.lineAt(3)).toBe(2);
    expect(crlf.lineAt(99)).toBe(3);
    expect(crlf.lineCount).toBe(3);
  });

  it('counts bytes in a Buffer, not characters', () => {
    const text = 'é\nü\nx'; // two-byte characters shift byte offsets
    const bytes = Buffer.from(text, 'utf8');
    const byteLines = new LineIndex(bytes);
    expect(byteLines.lineAt(bytes.indexOf('x'))).toBe(3);
    expect(byteLines.lineAt(2)).toBe(1); // the first \n is byte 2
    expect(byteLines.lineAt(3)).toBe(2);
    expect(new LineIndex(text).lineAt(2)).toBe(2); // but character 2 is on line 2
    expect(new LineIndex(new Uint8Array(bytes)).lineAt(bytes.length)).toBe(3);
  });

  it('agrees with counting newlines on random texts, strings and bytes alike', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const length = Math.floor(random() * 300);
      let text = '';
      for (let i = 0; i < length; i++) text += random() < 0.15 ? '\n' : random() < 0.05 ? '\r' : 'x';
      const fromString = new LineIndex(text);
      const fromBytes = new LineIndex(Buffer.from(text, 'latin1'));
      for (let offset = 0; offset <= length + 1; offset++) {
        const expected = countedLine(text, offset);
        expect(fromString.lineAt(offset)).toBe(expected);
        expect(fromBytes.lineAt(offset)).toBe(expected);
      }
    }
  });
});
