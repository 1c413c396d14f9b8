import { randomBytes } from 'node:crypto';

/**
 * The one path by which text reaches a log a GitHub runner reads (the actions' `info`,
 * the CLI's lines): nothing in it can start a workflow command, whoever wrote it.
 *
 * What the runner executes, read from actions/runner (ProcessInvoker, OutputManager,
 * ActionCommand, ActionCommandManager), for stdout and stderr alike:
 * - lines are cut as .NET StreamReader.ReadLine cuts them: at \n, \r and \r\n;
 * - a line whose text, after .NET white space is trimmed from its start, begins with `::`
 *   is a command (`::name props::data`);
 * - failing that, `##[name props]data` ANYWHERE in a line is a command (the legacy form).
 * So each line is made safe on its own: a line that would begin with `::` gets a `\`
 * first, `##[` becomes `##[\` (the runner's own defence for its markers), and characters
 * that move or hide text (controls other than tab, bidirectional overrides, U+2028/29
 * and U+0085, which a browser may show as a line break) are written as visible escapes.
 */
// C0 controls but tab (line breaks are handled as lines), DEL, C1, bidi embeddings,
// overrides and isolates, the line and paragraph separators.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const LINE_BREAK = /\r\n|\r|\n/;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line (no line break in it) that the runner reads as text, never as a command. */
function safeLine(line: string): string {
  const shown = line.replace(HIDDEN, visible).replaceAll('##[', '##[\\');
  // JavaScript's \s covers every character .NET's TrimStart removes (and U+FEFF besides).
  return /^\s*::/.test(shown) ? `\\${shown}` : shown;
}

/** Text for the log: its own line breaks kept (as \n), every line inert. */
export function safeLogText(text: string): string {
  return text.split(LINE_BREAK).map(safeLine).join('\n');
}

/**
 * Untrusted text shown inside one line (a file name or specifier in a finding): line
 * breaks written as `\n`/`\r`, hidden characters escaped as in every log line, and a
 * text longer than `max` cut, so one finding stays one line of the log and the summary.
 */
export function oneLine(text: string, max: number): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  return shown.replace(/[\r\n]/g, (lineBreak) => (lineBreak === '\n' ? '\\n' : '\\r')).replace(HIDDEN, visible);
}

/** An annotation message: core escapes its line breaks; controls that hide text are shown. */
export function safeAnnotationText(text: string): string {
  return text.replace(HIDDEN, visible);
}

/**
 * Output a program we run produced (a build's), streamed as it comes: shown verbatim,
 * inside `::stop-commands::<token>` … `::<token>::` so the runner executes none of its
 * workflow commands (the token is random, so the output cannot end the block itself).
 * `write` receives the bytes to send to stdout. Off a runner (`GITHUB_ACTIONS` unset)
 * nothing reads commands, and the output passes through untouched.
 */
export class UntrustedStream {
  private readonly write: (chunk: string | Buffer) => void;
  private readonly guard: boolean;
  private token?: string;
  private atLineStart = true;

  constructor(write: (chunk: string | Buffer) => void, { guard = process.env.GITHUB_ACTIONS === 'true' } = {}) {
    this.write = write;
    this.guard = guard;
  }

  chunk(data: Buffer): void {
    if (data.length === 0) return;
    if (this.guard && this.token === undefined) {
      this.token = randomBytes(16).toString('hex');
      this.write(`::stop-commands::${this.token}\n`);
    }
    this.write(data);
    const last = data[data.length - 1];
    this.atLineStart = last === 0x0a || last === 0x0d;
  }

  /** Ends the block (and a last line without a line break), so commands work again. */
  end(): void {
    if (!this.atLineStart) this.write('\n');
    this.atLineStart = true;
    if (this.token !== undefined) this.write(`::${this.token}::\n`);
    this.token = undefined;
  }
}
