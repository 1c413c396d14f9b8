/**
 * Parses JSON with comments and trailing commas (tsconfig.json's dialect):
 * comments and the commas before `}`/`]` are removed outside strings, then JSON.parse.
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ',') {
      let j = i + 1;
      // Look past whitespace and comments for a closing bracket.
      for (;;) {
        while (j < n && /\s/.test(text[j]!)) j++;
        if (text.startsWith('//', j)) j = text.indexOf('\n', j) < 0 ? n : text.indexOf('\n', j);
        else if (text.startsWith('/*', j)) j = text.indexOf('*/', j + 2) < 0 ? n : text.indexOf('*/', j + 2) + 2;
        else break;
      }
      if (text[j] !== '}' && text[j] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out);
}
