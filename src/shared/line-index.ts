// Offset → 1-based line number for one text, the one way the project does it.
// Built once per text (one pass collecting newline offsets), then every lookup
// is a binary search, so many lookups into one large file stay cheap.

/**
 * Lines of one text: a string (offsets in UTF-16 code units) or bytes such as a
 * Buffer (offsets in bytes). A line ends at `\n`, so `\r\n` text works as is;
 * the newline itself belongs to the line it ends.
 */
export class LineIndex {
  /** Offsets of every `\n`, ascending. */
  private readonly newlines: number[] = [];

  constructor(text: string | Uint8Array) {
    if (typeof text === 'string') {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines.push(i);
    } else {
      for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1)) this.newlines.push(i);
    }
  }

  /** How many lines the text has (an empty text, or one without `\n`, has 1). */
  get lineCount(): number {
    return this.newlines.length + 1;
  }

  /** The 1-based line holding `offset`: 1 + the newlines before it. Offsets past the end count as the last line. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}
