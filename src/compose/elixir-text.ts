/**
 * Elixir source with what is not code blanked out: `#` comments, heredocs (`"""`,
 * `'''`, which hold @moduledoc/@doc text and `raise """…"""` messages) and sigil bodies
 * such as `~w(true 1)` and `~r/#.../`. Blanked characters become spaces and newlines
 * stay, so offsets and line numbers are those of the original text. Ordinary strings
 * stay as written (a read's argument is one: `System.get_env("X")`), and the code inside
 * `#{…}` interpolation stays code. Phoenix's generated config/runtime.exs, for one,
 * carries commented-out reads (`# keyfile: System.get_env("SOME_APP_SSL_KEY_PATH")`):
 * they read nothing.
 */

const SIGIL_CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>', '"': '"', "'": "'", '|': '|', '/': '/' };

export function elixirCode(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  const n = text.length;

  /** Skips a "…" or '…' string starting at `start` (its quote); handles `#{…}` by scanning the code inside. Returns the index after it. */
  const skipString = (start: number, quote: string): number => {
    let j = start + 1;
    while (j < n) {
      const ch = text[j]!;
      if (ch === '\\') {
        j += 2;
        continue;
      }
      if (ch === quote) return j + 1;
      if (ch === '#' && text[j + 1] === '{') {
        j = scanCode(j + 2, true);
        continue;
      }
      j++;
    }
    return n;
  };

  /** Skips a heredoc whose opening `"""`/`'''` starts at `start`, blanking its body. */
  const skipHeredoc = (start: number, quote: string): number => {
    const close = text.indexOf(quote.repeat(3), start + 3);
    const end = close < 0 ? n : close + 3;
    blank(start + 3, close < 0 ? n : close);
    return end;
  };

  /** Code from `start`; inside an interpolation it stops after the `}` that closes it. */
  const scanCode = (start: number, interpolation: boolean): number => {
    let j = start;
    let depth = 0;
    while (j < n) {
      const ch = text[j]!;
      if (ch === '#') {
        const end = text.indexOf('\n', j);
        blank(j, end < 0 ? n : end);
        j = end < 0 ? n : end;
        continue;
      }
      if (ch === '?' && j + 1 < n && !/[\w)\]}]/.test(text[j - 1] ?? ' ')) {
        j += text[j + 1] === '\\' ? 3 : 2; // a character literal: ?# ?" ?\n
        continue;
      }
      if (ch === '"' || ch === "'") {
        j = text.startsWith(ch.repeat(3), j) ? skipHeredoc(j, ch) : skipString(j, ch);
        continue;
      }
      if (ch === '~' && /[A-Za-z]/.test(text[j + 1] ?? '')) {
        let k = j + 1;
        while (k < n && /[A-Za-z]/.test(text[k]!)) k++;
        const open = text[k] ?? '';
        const closeCh = SIGIL_CLOSE[open];
        if (closeCh) {
          if ((open === '"' || open === "'") && text.startsWith(open.repeat(3), k)) {
            j = skipHeredoc(k, open);
          } else {
            let m = k + 1;
            while (m < n && text[m] !== closeCh) m += text[m] === '\\' ? 2 : 1;
            blank(k + 1, m);
            j = m + 1;
          }
          while (j < n && /[a-zA-Z]/.test(text[j]!)) j++; // modifiers: ~r/x/i
          continue;
        }
      }
      if (interpolation) {
        if (ch === '{') depth++;
        else if (ch === '}') {
          if (depth === 0) return j + 1;
          depth--;
        }
      }
      j++;
    }
    return n;
  };

  scanCode(0, false);
  return out.join('');
}
