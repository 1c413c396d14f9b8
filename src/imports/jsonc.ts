/**
 * Parses JSON with comments and trailing commas (tsconfig.json's dialect):
 * comments and the commas before `}`/`]` are removed outside strings, then JSON.parse.
 */
export function parseJsonc(text: string): unknown {
  const n = text.length;
  let out = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let copied = i; // text[copied, i) is plain JSON still to be copied
  const skipComment = (at: number): number => {
    if (text.startsWith('//', at)) {
      const end = text.indexOf('\n', at);
      return end < 0 ? n : end;
    }
    const end = text.indexOf('*/', at + 2);
    return end < 0 ? n : end + 2;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
    } else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      out += text.slice(copied, i);
      i = copied = skipComment(i);
    } else if (c === 44) {
      // A comma followed (past whitespace and comments) by a closing bracket is dropped.
      let j = i + 1;
      for (;;) {
        while (j < n && /\s/.test(text[j]!)) j++;
        if (text.startsWith('//', j) || text.startsWith('/*', j)) j = skipComment(j);
        else break;
      }
      if (text[j] === '}' || text[j] === ']') {
        out += text.slice(copied, i);
        copied = i + 1;
      }
      i++;
    } else i++;
  }
  return JSON.parse(out + text.slice(copied));
}
