export const id = 936;
export const ids = [936];
export const modules = {

/***/ 8936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readHostnames: () => (/* binding */ readHostnames)
/* harmony export */ });
/* unused harmony export caddyfile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/**
 * `hostnames-from`: the public hostnames a reverse proxy or tunnel serves, read from
 * its own configuration — a cloudflared config.yml (`ingress` rules), a Caddyfile
 * (site addresses) or compose files with Traefik `Host()` router rules in labels — so
 * the canary probes what visitors reach, not a LAN address. Every hostname keeps the
 * file and line it came from; what cannot be probed (catch-all rules, wildcards,
 * private names, `${VAR}` / `{$VAR}` placeholders, never evaluated) is named with why.
 */



const MAX_BYTES = 2 * 1024 * 1024;
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.test', '.invalid', '.example'];
/** Why a host cannot be probed as a public hostname, or undefined when it can. */
function notPublic(host) {
    if (host === '')
        return 'no hostname: a catch-all rule';
    if (/\$\{|\{\$|\{\{/.test(host))
        return 'a placeholder, shown as written (never evaluated): list the hostname in urls instead';
    if (host.includes('*'))
        return 'a wildcard: no single hostname to probe';
    if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('['))
        return 'an IP address, not a public hostname';
    if (host === 'localhost' || PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix)))
        return 'a private name, not a public hostname';
    if (!host.includes('.'))
        return 'a single-label name, not a public hostname';
    if (!/^[a-z0-9.-]+$/i.test(host))
        return 'not a hostname';
    return undefined;
}
class Collector {
    list = { hostnames: [], skipped: [] };
    file;
    tool;
    constructor(file, tool) {
        this.file = file;
        this.tool = tool;
    }
    add(host, line, { scheme = 'https', port = '', path = '/' } = {}) {
        const source = `${this.file}:${line}`;
        const hostname = host.trim().toLowerCase().replace(/\.$/, '');
        const why = notPublic(hostname);
        if (why)
            return void this.list.skipped.push({ what: host.trim() || '(catch-all)', source, why });
        this.list.hostnames.push({ url: `${scheme}://${hostname}${port ? `:${port}` : ''}${path}`, hostname, tool: this.tool, source });
    }
    skip(what, line, why) {
        this.list.skipped.push({ what, source: `${this.file}:${line}`, why });
    }
}
function yamlDocument(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors[0])
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`hostnames-from: ${file} is not valid YAML (line ${lines.linePos(doc.errors[0].pos[0]).line}): ${doc.errors[0].message.split('\n')[0]}`);
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : 0);
    return { doc, lineOf };
}
function mapGet(node, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node))
        return undefined;
    const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isPair)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(item.key) && item.key.value === key);
    return (pair?.value ?? undefined);
}
/** cloudflared: `ingress` rules top to bottom; the last one must be a catch-all (no hostname). */
function cloudflared(ingress, file, lineOf) {
    const out = new Collector(file, 'cloudflared');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(ingress))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`hostnames-from: ${file}: ingress is not a list of rules`);
    for (const rule of ingress.items) {
        const hostname = mapGet(rule, 'hostname');
        const service = String((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(mapGet(rule, 'service')) ? mapGet(rule, 'service').value : '');
        const path = mapGet(rule, 'path');
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(hostname) || typeof hostname.value !== 'string') {
            out.skip(`service ${service.slice(0, 60)}`, lineOf(rule), 'a catch-all rule (no hostname)');
            continue;
        }
        if (!/^(https?:|http_status:|hello_world)/.test(service)) {
            out.skip(hostname.value, lineOf(hostname), `its service ${service.split(':')[0] || '(none)'} is not a web page`);
            continue;
        }
        // A path rule answers only its paths: probe the literal prefix of its regex, or say it cannot be probed.
        const regex = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(path) ? String(path.value) : '';
        const prefix = /^\^?(\/[\w\-./]*)$/.exec(regex.replace(/\\\./g, '.'))?.[1];
        if (regex !== '' && !prefix)
            out.skip(hostname.value, lineOf(hostname), `a path rule (${regex.slice(0, 40)}) with no literal path to probe`);
        else
            out.add(hostname.value, lineOf(hostname), { path: prefix ?? '/' });
    }
    return out.list;
}
/** Parses a Traefik (v2/v3) rule; undefined when it is not one this reader understands. */
function parseRule(rule) {
    const tokens = rule.match(/`[^`]*`|"(?:[^"\\]|\\.)*"|'[^']*'|&&|\|\||[!(),]|[A-Za-z][A-Za-z0-9]*|\S/g) ?? [];
    let position = 0;
    const peek = () => tokens[position];
    const take = (expected) => {
        const token = tokens[position++];
        if (expected !== undefined && token !== expected)
            throw new Error(`expected ${expected}`);
        return token;
    };
    const primary = () => {
        const token = take();
        if (token === '!')
            return { kind: 'not', operand: primary() };
        if (token === '(') {
            const inner = or();
            take(')');
            return inner;
        }
        if (!token || !/^[A-Za-z]/.test(token))
            throw new Error('expected a matcher');
        take('(');
        const args = [];
        while (peek() !== ')') {
            const arg = take();
            if (!arg || !/^[`"']/.test(arg))
                throw new Error('expected a quoted argument');
            args.push(arg.slice(1, -1));
            if (peek() === ',')
                take(',');
        }
        take(')');
        return { kind: 'matcher', name: token, args };
    };
    const and = () => {
        let left = primary();
        while (peek() === '&&') {
            take();
            left = { kind: 'and', left, right: primary() };
        }
        return left;
    };
    const or = () => {
        let left = and();
        while (peek() === '||') {
            take();
            left = { kind: 'or', left, right: and() };
        }
        return left;
    };
    try {
        const node = or();
        return position === tokens.length ? node : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The rule as alternatives (disjunctive normal form): each a list of matchers that must
 * all hold. Negations are pushed down to the matchers (De Morgan); a v2 matcher with
 * several arguments (`Host(`a`, `b`)`) is the alternative of each.
 */
function alternatives(node, negated = false) {
    if (node.kind === 'not')
        return alternatives(node.operand, !negated);
    if (node.kind === 'matcher') {
        const each = node.args.length > 1 && ['Host', 'Path', 'PathPrefix'].includes(node.name) ? node.args.map((arg) => [arg]) : [node.args];
        // Host(`a`, `b`) is a or b; negated, it is neither a nor b.
        return negated ? [each.map((args) => ({ name: node.name, args, negated: true }))] : each.map((args) => [{ name: node.name, args, negated: false }]);
    }
    const left = alternatives(node.left, negated);
    const right = alternatives(node.right, negated);
    const conjunction = (node.kind === 'and') !== negated;
    return conjunction ? left.flatMap((a) => right.map((b) => [...a, ...b])) : [...left, ...right];
}
/** Matchers a plain GET of a hostname does not satisfy by itself. */
const NEEDS_MORE = new Set(['Header', 'HeaderRegexp', 'HeadersRegexp', 'Query', 'QueryRegexp', 'ClientIP']);
const MAX_ALTERNATIVES = 64;
/**
 * Traefik (v2/v3) router rules: each alternative of the rule with a `Host()` is probed
 * at its `Path()` or `PathPrefix()` (as cloudflared path rules are), `/` without one. A
 * negated Host() is a name the router does not serve; HostRegexp, a regex path, and
 * header, query or client matchers cannot be met by a plain GET: each is named, not probed.
 */
function traefikRule(rule, line, out) {
    const shown = rule.slice(0, 80);
    const parsed = parseRule(rule);
    if (!parsed)
        return out.skip(shown, line, 'a router rule deploy-guards cannot read: list its hostnames in urls');
    const options = alternatives(parsed);
    if (options.length > MAX_ALTERNATIVES)
        return out.skip(shown, line, `a router rule with more than ${MAX_ALTERNATIVES} alternatives: list its hostnames in urls`);
    const probed = new Set();
    const named = new Set();
    const skip = (what, why) => {
        if (named.has(`${what}\n${why}`))
            return;
        named.add(`${what}\n${why}`);
        out.skip(what, line, why);
    };
    for (const option of options) {
        for (const literal of option)
            if (literal.name === 'Host' && literal.negated)
                for (const host of literal.args)
                    skip(host, 'a negated Host(): the router does not serve it');
        const hosts = option.filter((literal) => literal.name === 'Host' && !literal.negated).map((literal) => literal.args[0] ?? '');
        if (option.some((literal) => literal.name === 'HostRegexp' && !literal.negated)) {
            skip(shown, 'a HostRegexp rule: no single hostname to probe');
            continue;
        }
        if (hosts.length === 0) {
            skip(shown, 'a router rule without Host(): it matches every hostname');
            continue;
        }
        if (new Set(hosts.map((host) => host.toLowerCase())).size > 1) {
            skip(shown, 'Host() of two names at once: no request matches it');
            continue;
        }
        const host = hosts[0];
        const needs = option.find((literal) => !literal.negated && (NEEDS_MORE.has(literal.name) || (literal.name === 'Method' && !/^(GET|HEAD)$/i.test(literal.args[0] ?? ''))));
        if (needs) {
            skip(host, `the rule also needs ${needs.name}(): a plain GET does not match it`);
            continue;
        }
        const paths = option.filter((literal) => !literal.negated && ['Path', 'PathPrefix', 'PathRegexp'].includes(literal.name));
        const exact = paths.find((literal) => literal.name === 'Path');
        const prefixes = paths.filter((literal) => literal.name === 'PathPrefix').map((literal) => literal.args[0] ?? '').sort((a, b) => b.length - a.length);
        const path = exact?.args[0] ?? prefixes[0] ?? '/';
        if (paths.some((literal) => literal.name === 'PathRegexp') || /[{}]/.test(path) || !path.startsWith('/')) {
            skip(host, `a path rule (${paths.map((literal) => `${literal.name}(${literal.args[0] ?? ''})`).join(' && ').slice(0, 60)}) with no literal path to probe`);
            continue;
        }
        if (probed.has(`${host.toLowerCase()}${path}`))
            continue;
        probed.add(`${host.toLowerCase()}${path}`);
        out.add(host, line, { path });
    }
}
function traefik(services, file, lineOf) {
    const out = new Collector(file, 'traefik');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(services))
        return out.list;
    for (const pair of services.items) {
        const labels = mapGet(pair.value, 'labels');
        const entries = [];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(labels)) {
            for (const item of labels.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(item) || typeof item.value !== 'string')
                    continue;
                const eq = item.value.indexOf('=');
                if (eq > 0)
                    entries.push({ key: item.value.slice(0, eq).trim(), value: item.value.slice(eq + 1).trim(), line: lineOf(item) });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(labels)) {
            for (const item of labels.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(item.key) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(item.value))
                    entries.push({ key: String(item.key.value), value: String(item.value.value), line: lineOf(item.key) });
            }
        }
        const disabled = entries.some((entry) => entry.key === 'traefik.enable' && /^false$/i.test(entry.value));
        for (const entry of entries) {
            if (/^traefik\.(?:[^.]+\.)?frontend\.rule$/.test(entry.key))
                out.skip(entry.value.slice(0, 80), entry.line, 'a Traefik v1 frontend rule, not read: list its hostnames in urls');
            else if (/^traefik\.tcp\.routers\.[^.]+\.rule$/.test(entry.key))
                out.skip(entry.value.slice(0, 80), entry.line, 'a TCP router (HostSNI): not an HTTP route');
            if (!/^traefik\.http\.routers\.[^.]+\.rule$/.test(entry.key))
                continue;
            if (disabled)
                out.skip(entry.value.slice(0, 80), entry.line, `traefik.enable=false on service ${String(pair.key?.value)}`);
            else
                traefikRule(entry.value, entry.line, out);
        }
    }
    return out.list;
}
/**
 * Caddyfile site addresses: at the top level, outside the global options block,
 * snippets `(name)` and named routes `&(name)`, the first tokens of each site block.
 */
function caddyfile(text, file) {
    const out = new Collector(file, 'caddy');
    let depth = 0;
    let sawSite = false;
    let continued = false;
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            continue;
        const atTop = depth === 0;
        if (atTop && (continued || (!line.startsWith('(') && !line.startsWith('&(') && line !== '{' && !line.startsWith('}')))) {
            const addresses = line.replace(/\{\s*$/, '').split(/[\s,]+/).filter(Boolean);
            for (const address of addresses) {
                const match = /^(?:(https?):\/\/)?([^/:\s]*|\[[^\]]*\])(?::(\d+|\{\$[^}]*\}))?(\/.*)?$/i.exec(address);
                if (!match)
                    out.skip(address, index + 1, 'not a site address');
                else if (match[1]?.toLowerCase() === 'http' && !match[2])
                    out.skip(address, index + 1, 'a catch-all address (every hostname over http)');
                else
                    out.add(match[2] ?? '', index + 1, { scheme: match[1]?.toLowerCase() ?? 'https', port: match[3] && !['443', '80'].includes(match[3]) ? match[3] : '' });
            }
            continued = /,\s*$/.test(line);
            if (!continued && !line.endsWith('{')) {
                // A Caddyfile with one site may leave out the braces: everything after its address is directives.
                if (!sawSite)
                    break;
            }
            sawSite = true;
        }
        // A block opens with `{` at the end of a line and closes with `}` on a line of its own.
        if (line.endsWith('{'))
            depth++;
        else if (line.startsWith('}'))
            depth = Math.max(0, depth - 1);
    }
    return out.list;
}
/** Reads one file of `hostnames-from`, telling the three formats apart by content. */
function readHostnames(path, file) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`hostnames-from: ${file} does not exist (paths are relative to the workspace)`);
    }
    if (size > MAX_BYTES)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`hostnames-from: ${file} is larger than 2 MB; point it at the proxy's configuration file`);
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    const looksYaml = /\.ya?ml$/i.test(file) || /^(ingress|services|tunnel)\s*:/m.test(text);
    if (!looksYaml)
        return caddyfile(text, file);
    const { doc, lineOf } = yamlDocument(text, file);
    const ingress = mapGet(doc.contents, 'ingress');
    if (ingress)
        return cloudflared(ingress, file, lineOf);
    const services = mapGet(doc.contents, 'services');
    if (services)
        return traefik(services, file, lineOf);
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`hostnames-from: ${file} has neither cloudflared ingress rules nor compose services; give a cloudflared config.yml, a Caddyfile or a compose file with Traefik labels`);
}


/***/ })

};
