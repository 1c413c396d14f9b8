export const id = 250;
export const ids = [250];
export const modules = {

/***/ 9250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ComposeFileError: () => (/* binding */ ComposeFileError),
  LIMITS: () => (/* binding */ LIMITS),
  Tagged: () => (/* binding */ Tagged),
  decodeText: () => (/* binding */ decodeText),
  parseComposeYaml: () => (/* binding */ parseComposeYaml),
  readComposeYaml: () => (/* binding */ readComposeYaml)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/shared/line-index.ts
// Offset → 1-based line number for one text, the one way the project does it.
// Built once per text (one pass collecting newline offsets), then every lookup
// is a binary search, so many lookups into one large file stay cheap.
/**
 * Lines of one text: a string (offsets in UTF-16 code units) or bytes such as a
 * Buffer (offsets in bytes). A line ends at `\n`, so `\r\n` text works as is;
 * the newline itself belongs to the line it ends.
 */
class LineIndex {
    /** Offsets of every `\n`, ascending. */
    newlines = [];
    constructor(text) {
        if (typeof text === 'string') {
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
                this.newlines.push(i);
        }
        else {
            for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, i + 1))
                this.newlines.push(i);
        }
    }
    /** How many lines the text has (an empty text, or one without `\n`, has 1). */
    get lineCount() {
        return this.newlines.length + 1;
    }
    /** The 1-based line holding `offset`: 1 + the newlines before it. Offsets past the end count as the last line. */
    lineAt(offset) {
        let low = 0;
        let high = this.newlines.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (this.newlines[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low + 1;
    }
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts
/**
 * Compose interpolation as the Compose Specification defines it: `$VAR`, `${VAR}`,
 * `${VAR:-d}` `${VAR-d}` `${VAR:?e}` `${VAR?e}` `${VAR:+a}` `${VAR+a}`, nesting in the
 * word after the operator (evaluated lazily: only when it is used), `$$` for a literal
 * `$`, and a `$` that starts neither a name nor `${` kept as it is.
 */
/** A template Compose rejects ("invalid interpolation format"). */
class TemplateError extends Error {
    name = 'TemplateError';
    column;
    constructor(message, column) {
        super(message);
        this.column = column;
    }
}
/** [_a-zA-Z] */
function isNameStart(code) {
    return code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** [_a-zA-Z0-9] */
function isNameChar(code) {
    return isNameStart(code) || (code >= 48 && code <= 57);
}
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'];
function interpolate(template, lookup) {
    const uses = [];
    // Fast path: most scalars hold no `$` at all.
    if (!template.includes('$'))
        return { value: template, uses };
    return { value: substitute(template, 0, template.length, lookup, uses), uses };
}
/** The names a template could read, whatever the environment: for listing, not for values. */
function referencedNames(template) {
    const names = [];
    const everything = () => undefined;
    try {
        // With nothing set every default is evaluated, so nested names are reached too.
        for (const use of interpolate(template, everything).uses)
            names.push(use.name);
    }
    catch {
        // invalid templates are reported where they are loaded
    }
    return names;
}
function substitute(text, start, end, lookup, uses) {
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
        }
        else if (next === '$') {
            out += '$';
            i = dollar + 2;
        }
        else if (isNameStart(text.charCodeAt(dollar + 1))) {
            let j = dollar + 2;
            while (j < end && isNameChar(text.charCodeAt(j)))
                j++;
            const name = text.slice(dollar + 1, j);
            const value = lookup(name);
            uses.push(use(name, '', value, dollar));
            out += value ?? '';
            i = j;
        }
        else if (next === '{') {
            const close = closingBrace(text, dollar + 2, end);
            if (close < 0)
                throw new TemplateError(`invalid interpolation format: unterminated '\${' (no closing '}')`, dollar);
            out += braced(text, dollar, close, lookup, uses);
            i = close + 1;
        }
        else {
            out += '$'; // not a variable: Compose keeps it
            i = dollar + 1;
        }
    }
    return out;
}
/** Index of the `}` closing a `${` whose body starts at `from`; nested `${…}` and `$$` skipped. */
function closingBrace(text, from, end) {
    let depth = 1;
    for (let i = from; i < end; i++) {
        const ch = text[i];
        if (ch === '$') {
            if (text[i + 1] === '$')
                i++;
            else if (text[i + 1] === '{') {
                depth++;
                i++;
            }
        }
        else if (ch === '}') {
            if (--depth === 0)
                return i;
        }
    }
    return -1;
}
function braced(text, dollar, close, lookup, uses) {
    const bodyStart = dollar + 2;
    let j = bodyStart;
    if (j < close && isNameStart(text.charCodeAt(j))) {
        j++;
        while (j < close && isNameChar(text.charCodeAt(j)))
            j++;
    }
    const name = text.slice(bodyStart, j);
    // Messages never quote the template: it may be part of a secret value.
    if (name === '')
        throw new TemplateError(`invalid interpolation format: expected a variable name after '\${'`, dollar);
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
            if (operator === ':-' ? nonEmpty : isSet)
                return value;
            const fallback = word();
            if (fallback === '')
                record.emptyDefault = true;
            else
                record.usedDefault = true;
            return fallback;
        }
        case ':?':
        case '?':
            if (operator === ':?' ? nonEmpty : isSet)
                return value;
            record.requiredMissing = true;
            word(); // nested names in the message are read too, as Compose evaluates it
            return '';
        case ':+':
            return nonEmpty ? word() : '';
        case '+':
            return isSet ? word() : '';
    }
}
function use(name, operator, value, column) {
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

;// CONCATENATED MODULE: ./src/compose/yaml-file.ts
/**
 * Reads one compose file: size, binary and nesting limits BEFORE the parser runs, the
 * `yaml` parser with line numbers and unique keys, then a walk that turns the document
 * into plain values, expanding aliases against a node budget (alias bombs) and a depth
 * limit, keeping the line of every mapping key, and interpolating every string scalar
 * where it stands so each variable use has a line.
 */





const LIMITS = {
    /** Real compose files are kilobytes; anything this big is a mistake or an attack. */
    maxBytes: 4 * 1024 * 1024,
    maxDepth: 64,
    /** Nodes visited including alias expansions: bounds time and memory of an alias bomb. */
    maxNodes: 250_000,
};
/** Compose's merge tags, on mappings, sequences and scalars: known to the parser, kept on the node. */
const COMPOSE_TAGS = ['!reset', '!override'].flatMap((tag) => [
    { tag, collection: 'map', nodeClass: dist/* YAMLMap */.CA, resolve: (map) => map },
    { tag, collection: 'seq', nodeClass: dist/* YAMLSeq */.Rw, resolve: (seq) => seq },
    { tag, resolve: (text) => text },
]);
/** `!reset` / `!override` on a value: the merge of several files treats it specially. */
class Tagged {
    tag;
    value;
    constructor(tag, value) {
        this.tag = tag;
        this.value = value;
    }
}
/** A compose file that cannot be read: one line, `file:line: problem`. */
class ComposeFileError extends errors/* UserError */.yo {
    name = 'ComposeFileError';
    constructor(file, line, problem) {
        super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    }
}
/**
 * `file` is the path as the user sees it (messages), `path` where to read it.
 * `lookup` gives interpolation values; they never leave this module except inside the returned value.
 */
function readComposeYaml(path, file, lookup) {
    let size;
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (!stat.isFile())
            throw new ComposeFileError(file, undefined, 'is not a file');
        size = stat.size;
    }
    catch (error) {
        if (error instanceof ComposeFileError)
            throw error;
        const code = error.code;
        throw new ComposeFileError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`);
    }
    if (size > LIMITS.maxBytes) {
        throw new ComposeFileError(file, undefined, `is ${(size / 1024 / 1024).toFixed(1)} MB; compose files over ${LIMITS.maxBytes / 1024 / 1024} MB are refused`);
    }
    return parseComposeYaml((0,external_node_fs_.readFileSync)(path), file, lookup);
}
function parseComposeYaml(bytes, file, lookup) {
    const text = typeof bytes === 'string' ? bytes : decodeText(bytes, file);
    if (text.length > LIMITS.maxBytes)
        throw new ComposeFileError(file, undefined, `is over ${LIMITS.maxBytes / 1024 / 1024} MB; compose files that big are refused`);
    checkFlowDepth(text, file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false, customTags: COMPOSE_TAGS });
    const error = doc.errors[0];
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        throw new ComposeFileError(file, line, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    const walker = new Walker(doc, file, lineCounter, lookup);
    const value = doc.contents ? walker.walk(doc.contents, [], 0) : {};
    if (value === null || value === undefined)
        return { file, value: {}, uses: walker.uses, lines: walker.lines, templates: walker.templates };
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Tagged) {
        throw new ComposeFileError(file, 1, 'is not a compose file: the top level must be a mapping (services: …)');
    }
    return { file, value: value, uses: walker.uses, lines: walker.lines, templates: walker.templates };
}
/** UTF-8 text of a configuration file, or a one-line `file:line` error at its first binary or invalid byte. */
function decodeText(bytes, file) {
    const probe = bytes.subarray(0, 64 * 1024);
    const nul = probe.indexOf(0);
    if (nul >= 0)
        throw new ComposeFileError(file, new LineIndex(probe).lineAt(nul), 'is not a text file (binary data)');
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        throw new ComposeFileError(file, new LineIndex(bytes).lineAt(bad), 'is not valid UTF-8 text (binary data?)');
    }
}
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let low = 0;
    let high = bytes.length;
    // Binary search for the shortest prefix that fails to decode (incomplete tails are fine to miss by a few bytes).
    while (low < high) {
        const mid = (low + high) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid), { stream: true });
            low = mid + 1;
        }
        catch {
            high = mid;
        }
    }
    return Math.max(0, low - 1);
}
/** Flow collections (`[[[[…`) nest without indentation; refuse deep ones before the parser recurses. */
function checkFlowDepth(text, file) {
    let depth = 0;
    let line = 1;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10) {
            line++;
            if (quote === "'")
                continue;
        }
        else if (quote) {
            if (ch === 92 && quote === '"')
                i++;
            else if (text[i] === quote)
                quote = '';
        }
        else if (ch === 91 || ch === 123) {
            if (++depth > LIMITS.maxDepth)
                throw new ComposeFileError(file, line, `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
        }
        else if (ch === 93 || ch === 125) {
            if (depth > 0)
                depth--;
        }
        else if (ch === 35 && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
            const end = text.indexOf('\n', i);
            i = (end < 0 ? text.length : end) - 1;
        }
        else if ((ch === 34 || ch === 39) && depth > 0) {
            quote = text[i];
        }
    }
}
/** services.<name>.build.args.<NAME> is as deep as any check looks; deeper nodes share their parent's path. */
const PATH_DEPTH = 5;
class Walker {
    uses = [];
    lines = new WeakMap();
    templates = new WeakMap();
    /** The text of the scalar just interpolated, when it held a variable (read by the collection holding it). */
    lastTemplate;
    nodes = 0;
    file;
    counter;
    lookup;
    /** Anchored nodes by name, in document order (Alias.resolve would walk the whole document per alias). */
    anchors;
    doc;
    constructor(doc, file, counter, lookup) {
        this.file = file;
        this.counter = counter;
        this.lookup = lookup;
        this.doc = doc;
    }
    anchorMap() {
        if (this.anchors)
            return this.anchors;
        const anchors = new Map();
        (0,dist/* visit */.YR)(this.doc, (_key, node) => {
            const anchor = node?.anchor;
            if (anchor) {
                const list = anchors.get(anchor) ?? [];
                list.push(node);
                anchors.set(anchor, list);
            }
        });
        this.anchors = anchors;
        return anchors;
    }
    /** The node an alias names: the last anchor of that name before it, as YAML defines. */
    resolveAlias(alias) {
        const candidates = this.anchorMap().get(alias.source);
        const at = alias.range?.[0] ?? Infinity;
        let found;
        for (const node of candidates ?? [])
            if ((node.range?.[0] ?? Infinity) < at)
                found = node;
        return found;
    }
    lineOf(node) {
        return node?.range ? this.counter.linePos(node.range[0]).line : 0;
    }
    walk(node, path, depth) {
        if (!node)
            return null;
        if (++this.nodes > LIMITS.maxNodes) {
            throw new ComposeFileError(this.file, this.lineOf(node), `YAML aliases expand to more than ${LIMITS.maxNodes} nodes (an alias bomb?)`);
        }
        if (depth > LIMITS.maxDepth)
            throw new ComposeFileError(this.file, this.lineOf(node), `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = this.resolveAlias(node);
            if (!target)
                throw new ComposeFileError(this.file, this.lineOf(node), `unknown alias *${node.source}`);
            return this.walk(target, path, depth + 1);
        }
        const tag = node.tag === '!reset' || node.tag === '!override' ? node.tag : undefined;
        const value = this.plain(node, path, depth);
        return tag ? new Tagged(tag, value) : value;
    }
    plain(node, path, depth) {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (typeof node.value !== 'string')
                return node.value ?? null;
            return this.interpolateScalar(node.value, this.lineOf(node), path);
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const list = [];
            const lines = new Map();
            node.items.forEach((item, index) => {
                lines.set(index, this.lineOf(item));
                this.lastTemplate = undefined;
                list.push(this.walk(item, path.length < PATH_DEPTH ? [...path, index] : path, depth + 1));
                this.keepTemplate(list, index);
            });
            this.lines.set(list, lines);
            return list;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const map = Object.create(null);
            const lines = new Map();
            // Only the entries that win are walked: an anchored entry a mapping overrides reads no variable.
            for (const entry of this.mapEntries(node, depth)) {
                lines.set(entry.key, this.lineOf(entry.keyNode));
                this.lastTemplate = undefined;
                map[entry.key] = this.walk(entry.value, path.length < PATH_DEPTH ? [...path, entry.key] : path, depth + 1);
                this.keepTemplate(map, entry.key);
            }
            this.lines.set(map, lines);
            return map;
        }
        return null;
    }
    keepTemplate(holder, key) {
        if (this.lastTemplate === undefined)
            return;
        let templates = this.templates.get(holder);
        if (!templates)
            this.templates.set(holder, (templates = new Map()));
        templates.set(key, this.lastTemplate);
        this.lastTemplate = undefined;
    }
    /** A mapping's entries after YAML merge keys (`<<`): explicit keys win, then earlier merged mappings win. */
    mapEntries(node, depth) {
        if (depth > LIMITS.maxDepth)
            throw new ComposeFileError(this.file, this.lineOf(node), `nesting deeper than ${LIMITS.maxDepth} levels is refused`);
        const entries = [];
        const sources = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if ((0,dist/* isScalar */.jn)(keyNode) && (typeof keyNode.value === 'symbol' || (keyNode.value === '<<' && keyNode.type === 'PLAIN'))) {
                const value = this.deref(pair.value);
                const parts = (0,dist/* isSeq */.oP)(value) ? value.items.map((item) => this.deref(item)) : [value];
                for (const part of parts) {
                    if (!(0,dist/* isMap */.jh)(part))
                        throw new ComposeFileError(this.file, this.lineOf(keyNode), 'a merge key (<<) must point at a mapping or a list of mappings');
                    sources.push(part);
                }
                continue;
            }
            if ((0,dist/* isMap */.jh)(keyNode) || (0,dist/* isSeq */.oP)(keyNode))
                throw new ComposeFileError(this.file, this.lineOf(keyNode), 'a mapping key must be a plain value');
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : (0,dist/* isAlias */.Vj)(keyNode) ? String(this.resolveAlias(keyNode)?.value) : '';
            entries.push({ key, keyNode, value: pair.value });
        }
        const seen = new Set(entries.map((entry) => entry.key));
        for (const source of sources) {
            for (const entry of this.mapEntries(source, depth + 1)) {
                if (++this.nodes > LIMITS.maxNodes)
                    throw new ComposeFileError(this.file, this.lineOf(entry.keyNode), `YAML aliases expand to more than ${LIMITS.maxNodes} nodes (an alias bomb?)`);
                if (seen.has(entry.key))
                    continue;
                seen.add(entry.key);
                entries.push(entry);
            }
        }
        return entries;
    }
    /** The node itself, or the node an alias names. */
    deref(node) {
        if (!node)
            return null;
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        const target = this.resolveAlias(node);
        if (!target)
            throw new ComposeFileError(this.file, this.lineOf(node), `unknown alias *${node.source}`);
        return target;
    }
    interpolateScalar(text, line, path) {
        if (!text.includes('$'))
            return text;
        try {
            const result = interpolate(text, this.lookup);
            for (const use of result.uses)
                this.uses.push({ ...use, file: this.file, line, path });
            if (result.uses.length > 0)
                this.lastTemplate = text;
            return result.value;
        }
        catch (error) {
            if (error instanceof TemplateError)
                throw new ComposeFileError(this.file, line, `${error.message} (at ${path.join('.') || 'top level'})`);
            throw error;
        }
    }
}


/***/ })

};
