/**
 * Compose interpolation as the Compose Specification defines it: `$VAR`, `${VAR}`,
 * `${VAR:-d}` `${VAR-d}` `${VAR:?e}` `${VAR?e}` `${VAR:+a}` `${VAR+a}`, nesting in the
 * word after the operator (evaluated lazily: only when it is used), `$$` for a literal
 * `$`, and a `$` that starts neither a name nor `${` kept as it is.
 */

export type Operator = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

/** The value of a variable, or undefined when it is not set. */
export type Lookup = (name: string) => string | undefined;

/** One variable the template read, and what it resolved to (never its value). */
export interface VariableUse {
  name: string;
  operator: Operator;
  state: 'set' | 'empty' | 'unset';
  /** The default (`:-`, `-`) took over and evaluated to ''. */
  emptyDefault: boolean;
  /** The default took over with a non-empty value. */
  usedDefault: boolean;
  /** `:?`/`?` whose condition failed: Compose stops with an error. */
  requiredMissing: boolean;
  /** Column (0-based) of the `$` in the template. */
  column: number;
}

export interface Interpolated {
  value: string;
  uses: VariableUse[];
}

/** A template Compose rejects ("invalid interpolation format"). */
export class TemplateError extends Error {
  override name = 'TemplateError';
  readonly column: number;
  constructor(message: string, column: number) {
    super(message);
    this.column = column;
  }
}

/** [_a-zA-Z] */
function isNameStart(code: number): boolean {
  return code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** [_a-zA-Z0-9] */
function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}
const OPERATORS: readonly Operator[] = [':-', ':?', ':+', '-', '?', '+'];

export function interpolate(template: string, lookup: Lookup): Interpolated {
  const uses: VariableUse[] = [];
  // Fast path: most scalars hold no `$` at all.
  if (!template.includes('$')) return { value: template, uses };
  return { value: substitute(template, 0, template.length, lookup, uses), uses };
}

/** The names a template could read, whatever the environment: for listing, not for values. */
export function referencedNames(template: string): string[] {
  const names: string[] = [];
  const everything: Lookup = () => undefined;
  try {
    // With nothing set every default is evaluated, so nested names are reached too.
    for (const use of interpolate(template, everything).uses) names.push(use.name);
  } catch {
    // invalid templates are reported where they are loaded
  }
  return names;
}

function substitute(text: string, start: number, end: number, lookup: Lookup, uses: VariableUse[]): string {
  let out = '';
  let i = start;
  while (i < end) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= end) {
      out += text.slice(i, end);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (dollar + 1 >= end) {
      out += '$';
      i = dollar + 1;
    } else if (next === '$') {
      out += '$';
      i = dollar + 2;
    } else if (isNameStart(text.charCodeAt(dollar + 1))) {
      let j = dollar + 2;
      while (j < end && isNameChar(text.charCodeAt(j))) j++;
      const name = text.slice(dollar + 1, j);
      const value = lookup(name);
      uses.push(use(name, '', value, dollar));
      out += value ?? '';
      i = j;
    } else if (next === '{') {
      const close = closingBrace(text, dollar + 2, end);
      if (close < 0) throw new TemplateError(`invalid interpolation format: unterminated '\${' (no closing '}')`, dollar);
      out += braced(text, dollar, close, lookup, uses);
      i = close + 1;
    } else {
      out += '$'; // not a variable: Compose keeps it
      i = dollar + 1;
    }
  }
  return out;
}

/** Index of the `}` closing a `${` whose body starts at `from`; nested `${…}` and `$$` skipped. */
function closingBrace(text: string, from: number, end: number): number {
  let depth = 1;
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (ch === '$') {
      if (text[i + 1] === '$') i++;
      else if (text[i + 1] === '{') {
        depth++;
        i++;
      }
    } else if (ch === '}') {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

function braced(text: string, dollar: number, close: number, lookup: Lookup, uses: VariableUse[]): string {
  const bodyStart = dollar + 2;
  let j = bodyStart;
  if (j < close && isNameStart(text.charCodeAt(j))) {
    j++;
    while (j < close && isNameChar(text.charCodeAt(j))) j++;
  }
  const name = text.slice(bodyStart, j);
  // Messages never quote the template: it may be part of a secret value.
  if (name === '') throw new TemplateError(`invalid interpolation format: expected a variable name after '\${'`, dollar);
  const operator = j === close ? '' : OPERATORS.find((op) => text.startsWith(op, j));
  if (operator === undefined) {
    throw new TemplateError(`invalid interpolation format for \${${name}…}: supported after the name are :- - :? ? :+ +`, dollar);
  }
  const wordStart = j + operator.length;
  const value = lookup(name);
  const record = use(name, operator, value, dollar);
  uses.push(record);
  const word = () => substitute(text, wordStart, close, lookup, uses);
  const isSet = value !== undefined;
  const nonEmpty = isSet && value !== '';
  switch (operator) {
    case '':
      return value ?? '';
    case ':-':
    case '-': {
      if (operator === ':-' ? nonEmpty : isSet) return value!;
      const fallback = word();
      if (fallback === '') record.emptyDefault = true;
      else record.usedDefault = true;
      return fallback;
    }
    case ':?':
    case '?':
      if (operator === ':?' ? nonEmpty : isSet) return value!;
      record.requiredMissing = true;
      word(); // nested names in the message are read too, as Compose evaluates it
      return '';
    case ':+':
      return nonEmpty ? word() : '';
    case '+':
      return isSet ? word() : '';
  }
}

function use(name: string, operator: Operator, value: string | undefined, column: number): VariableUse {
  return {
    name,
    operator,
    state: value === undefined ? 'unset' : value === '' ? 'empty' : 'set',
    emptyDefault: false,
    usedDefault: false,
    requiredMissing: false,
    column,
  };
}
