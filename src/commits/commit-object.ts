/**
 * A raw commit object (`git cat-file commit`) read as `git log` shows it, from git's own
 * pretty.c: the header runs to the first empty line; the last `author` line counts; %an is
 * the text before the first `<`, trailing white space dropped; %s is the first paragraph
 * of the message (blank lines skipped first, lines joined by a space, each one's trailing
 * white space dropped). git handles the buffer as a C string, so a NUL ends the header and
 * the subject where it stands; the message kept for flag matching is the whole rest,
 * NUL or not, so a marker after a NUL is still seen. An `encoding` header is honoured as
 * `git log` honours it, converting to UTF-8.
 */
export interface CommitObject {
  author: string;
  /** Author date, ISO 8601 in the author's offset (%aI). */
  date: string;
  parents: string[];
  subject: string;
  /** The whole message (for flag matching; not reported). */
  message: string;
}

/** Displayed subjects, author names and markers are cut here (a hostile commit can make them megabytes). */
const MAX_SUBJECT = 1000;
const MAX_AUTHOR = 300;
const MAX_MARKER = 200;

// git's isspace (ctype.c): tab, LF, CR and space only.
const isSpace = (byte: number) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x20;

/** The length of a line including its LF, stopping at NUL (pretty.c get_one_line). */
function lineLength(bytes: Buffer, start: number): number {
  let i = start;
  while (i < bytes.length && bytes[i] !== 0) {
    i++;
    if (bytes[i - 1] === 0x0a) break;
  }
  return i - start;
}

/** The line's length once its trailing white space is dropped (pretty.c is_blank_line). */
function trimmedLength(bytes: Buffer, start: number, length: number): number {
  while (length > 0 && isSpace(bytes[start + length - 1]!)) length--;
  return length;
}

function subjectOf(bytes: Buffer, start: number): Buffer {
  let at = start;
  for (;;) {
    const length = lineLength(bytes, at);
    if (length === 0 || trimmedLength(bytes, at, length) !== 0) break;
    at += length;
  }
  const parts: Buffer[] = [];
  for (;;) {
    const length = lineLength(bytes, at);
    const kept = trimmedLength(bytes, at, length);
    if (length === 0 || kept === 0) break;
    if (parts.length > 0) parts.push(Buffer.from(' '));
    parts.push(bytes.subarray(at, at + kept));
    at += length;
  }
  return Buffer.concat(parts);
}

/** %an: before the first '<' of the ident line, trailing white space dropped; empty without a '<'. */
function nameOf(ident: Buffer): Buffer {
  const lt = ident.indexOf(0x3c);
  if (lt < 0) return Buffer.alloc(0);
  let end = lt;
  while (end > 0 && isSpace(ident[end - 1]!)) end--;
  return ident.subarray(0, end);
}

function dateOf(ident: Buffer): string {
  const match = />\s*(\d+)\s+([+-])(\d\d)(\d\d)/.exec(ident.toString('latin1'));
  if (!match) return '';
  const offset = (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
  const local = new Date((Number(match[1]) + offset * 60) * 1000);
  if (Number.isNaN(local.getTime())) return '';
  return `${local.toISOString().slice(0, 19)}${match[2]}${match[3]}:${match[4]}`;
}

function decoder(encoding: string | undefined): (bytes: Buffer) => string {
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    try {
      const decode = new TextDecoder(encoding);
      return (bytes) => decode.decode(bytes);
    } catch {
      // an encoding this runtime does not know: read it as UTF-8, as git does when iconv fails
    }
  }
  return (bytes) => bytes.toString('utf8');
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * What flag-messages matched in a whole message, cut for display: the regex is the team's
 * (`skip-checks:.*`), the message the pull request's, so a match can run to megabytes.
 */
export function markerOf(message: string, flag: RegExp | undefined): string | undefined {
  const match = flag?.exec(message)?.[0];
  return match === undefined ? undefined : cut(match, MAX_MARKER);
}

export function parseCommitObject(bytes: Buffer): CommitObject {
  const nul = bytes.indexOf(0);
  const visible = nul < 0 ? bytes.length : nul; // git's view ends at the first NUL
  let author: Buffer = Buffer.alloc(0);
  const parents: string[] = [];
  let encoding: string | undefined;
  let at = 0;
  let messageStart = visible;
  let rawMessageStart = bytes.length;
  while (at < visible) {
    let eol = bytes.indexOf(0x0a, at);
    if (eol < 0 || eol > visible) eol = visible;
    if (eol === at) {
      messageStart = at; // the empty line: the message follows it
      rawMessageStart = at + 1;
      break;
    }
    const line = bytes.subarray(at, eol);
    if (line.subarray(0, 7).toString('latin1') === 'author ') author = line.subarray(7);
    else if (line.subarray(0, 7).toString('latin1') === 'parent ') parents.push(line.subarray(7).toString('latin1'));
    else if (line.subarray(0, 9).toString('latin1') === 'encoding ') encoding = line.subarray(9).toString('latin1').trim();
    at = eol + 1;
  }
  const decode = decoder(encoding);
  return {
    author: cut(decode(nameOf(author)), MAX_AUTHOR),
    date: dateOf(author),
    parents,
    subject: cut(decode(subjectOf(bytes.subarray(0, visible), messageStart)), MAX_SUBJECT),
    message: decode(bytes.subarray(Math.min(rawMessageStart, bytes.length))),
  };
}
