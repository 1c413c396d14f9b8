import { readDeploymentKey, readSinkSettings, type SinkSettings } from '../events/settings.ts';
import { InputError } from '../shared/errors.ts';
import type { GitHubContext } from '../shared/github-context.ts';
import { parseDurationMs } from '../shared/duration.ts';
import type { Inputs } from '../shared/inputs.ts';
import { isAbsolute, resolve } from 'node:path';
import type { SkippedHostname } from '../hostnames/hostnames.ts';
import type { CanaryOptions } from './canary.ts';
import { parseStatusRanges, type CheckSpec } from './check.ts';
import type { ConnectTo } from './http.ts';

export const MAX_BODY_BYTES = 1024 * 1024;
const CHECKS_EXAMPLE = "checks: '- {name: home, url: https://shop.example.com/, expect-body: Checkout}'";
const CHECK_KEYS = new Set(['name', 'url', 'method', 'headers', 'status', 'expect-body', 'min-bytes', 'max-latency']);

export interface DeployCanarySettings {
  mode: 'deploy' | 'probe';
  environment: string;
  environmentUrl: string;
  canary: CanaryOptions;
  sinks: SinkSettings;
  /** The deployment to end (deploy-start's `deployment-key` output); empty: the journal's, else a new one. */
  deploymentKey?: string;
  fail: boolean;
  /** What `hostnames-from` found but cannot probe, each with its source line and why. */
  skippedHostnames: SkippedHostname[];
}

const CONNECT_TO_EXAMPLE = 'connect-to: shop.example.com:443:203.0.113.7:443';

/** curl's --connect-to syntax, one per line: HOST:PORT:ADDRESS:PORT (empty HOST or PORT = any; IPv6 in brackets). */
function readConnectTo(inputs: Inputs): ConnectTo[] {
  return inputs.list('connect-to').map((line) => {
    const match = /^([^:[\]]*|\[[^\]]*\]):(\d*):([^:[\]]*|\[[^\]]*\]):(\d*)$/.exec(line);
    const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');
    if (!match || (match[2] && Number(match[2]) > 65535) || (match[4] && Number(match[4]) > 65535)) throw new InputError('connect-to', `'${line}' is not HOST:PORT:ADDRESS:PORT`, CONNECT_TO_EXAMPLE);
    return { host: unbracket(match[1]!).toLowerCase(), port: match[2]!, toHost: unbracket(match[3]!), toPort: match[4]! };
  });
}

/** `hostnames-from`: one check per public hostname, named with the file and line it came from. */
async function readHostnameChecks(inputs: Inputs, workspace: string, known: Set<string>): Promise<{ checks: CheckSpec[]; skipped: SkippedHostname[] }> {
  const checks: CheckSpec[] = [];
  const skipped: SkippedHostname[] = [];
  const files = inputs.list('hostnames-from');
  if (files.length === 0) return { checks, skipped };
  const { readHostnames } = await import('../hostnames/hostnames.ts'); // with the YAML parser: loaded only when given (see readChecks)
  for (const file of files) {
    const list = readHostnames(isAbsolute(file) ? file : resolve(workspace, file), file);
    skipped.push(...list.skipped);
    for (const host of list.hostnames) {
      if (known.has(host.url)) continue;
      known.add(host.url);
      checks.push({
        name: `${host.hostname}${new URL(host.url).pathname === '/' ? '' : new URL(host.url).pathname}`, url: host.url, method: 'GET', headers: {},
        status: [{ from: 200, to: 299 }], statusText: '200-299', minBytes: 1, source: host.source,
      });
    }
  }
  return { checks, skipped };
}

function checkUrl(input: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InputError(input, 'has a check without a url', CHECKS_EXAMPLE);
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // reported below
  }
  // Shown without any user:password part: a credential in a mistyped URL is still a credential.
  const shown = String(value).replace(/\/\/[^/@\s]*@/, '//***@');
  throw new InputError(input, `'${shown}' is not an http(s) URL`, input === 'urls' ? 'urls: https://shop.example.com/' : CHECKS_EXAMPLE);
}

const METHOD_EXAMPLE = "checks: '- {name: api, url: https://shop.example.com/api/orders, method: HEAD}'";
const HEADERS_EXAMPLE = "checks: '- {name: home, url: https://shop.example.com/, headers: {accept: text/html}}'";
// RFC 9110 token: what undici accepts as a method or header name. Anything else makes every
// request throw before it connects, which must not look like a dead server.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Field values undici accepts: tab, visible ASCII, obs-text; no CR, LF, NUL or other controls.
const BAD_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
// CONNECT opens a tunnel, TRACE/TRACK echo the request back: none of them fetches a page.
const REFUSED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
// Headers undici refuses (framing and upgrades are its own business) or that a request without
// a body cannot honestly carry.
const REFUSED_HEADERS: Record<string, string> = {
  expect: 'the expect header is not supported (the canary sends no body)',
  'transfer-encoding': 'the transfer-encoding header is set by the HTTP client, not by a check',
  'content-length': 'the content-length header is set by the HTTP client (the canary sends no body)',
  'keep-alive': 'the keep-alive header is not allowed (every request opens a fresh connection and closes it)',
  upgrade: 'the upgrade header is not allowed (the canary fetches pages, it does not switch protocols)',
};

function checkMethod(where: string, value: unknown): string {
  if (value === undefined) return 'GET';
  if (typeof value !== 'string' || !TOKEN.test(value.trim())) {
    throw new InputError('checks', `${where} method ${JSON.stringify(value)} is not an HTTP method (one word, no spaces or symbols)`, METHOD_EXAMPLE);
  }
  const method = value.trim().toUpperCase();
  if (REFUSED_METHODS.has(method)) throw new InputError('checks', `${where} method ${method} does not fetch a page; use GET or HEAD`, METHOD_EXAMPLE);
  return method;
}

function checkHeader(where: string, name: string, value: unknown): string {
  if (!TOKEN.test(name)) throw new InputError('checks', `${where} header name ${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only)`, HEADERS_EXAMPLE);
  const refused = REFUSED_HEADERS[name];
  if (refused) throw new InputError('checks', `${where} ${refused}`, HEADERS_EXAMPLE);
  if (value !== null && typeof value === 'object') throw new InputError('checks', `${where} header '${name}' must be a single text value`, HEADERS_EXAMPLE);
  const text = value === null ? '' : String(value);
  if (BAD_HEADER_VALUE.test(text)) throw new InputError('checks', `${where} header '${name}' has a value with a line break, NUL or other control character`, HEADERS_EXAMPLE);
  if (name === 'connection' && !/^(close|keep-alive)$/i.test(text.trim())) {
    throw new InputError('checks', `${where} connection header ${JSON.stringify(text)} is not close or keep-alive (every request closes its connection anyway)`, HEADERS_EXAMPLE);
  }
  return text;
}

/**
 * Credentials written in the URL (`https://user:pass@host/`) become a Basic
 * Authorization header, as curl sends them, and leave the URL: the URL is shown in
 * names and reports, the credentials never are (both forms are masked).
 */
function credentialsFromUrl(inputs: Inputs, url: string): { url: string; authorization?: string } {
  const parsed = new URL(url);
  if (parsed.username === '' && parsed.password === '') return { url };
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const user = decode(parsed.username);
  const password = decode(parsed.password);
  const basic = Buffer.from(`${user}:${password}`).toString('base64');
  for (const secret of [password, parsed.password, basic]) if (secret !== '') inputs.source.mask(secret);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), authorization: `Basic ${basic}` };
}

function defaultName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname === '/' ? '/' : parsed.pathname}`;
}

async function readChecks(inputs: Inputs, workspace: string): Promise<{ checks: CheckSpec[]; skipped: SkippedHostname[] }> {
  const checks: CheckSpec[] = [];
  const base = { method: 'GET', headers: {}, status: [{ from: 200, to: 299 }], statusText: '200-299', minBytes: 1 };
  for (const url of inputs.list('urls')) {
    const { url: valid, authorization } = credentialsFromUrl(inputs, checkUrl('urls', url));
    checks.push({ ...base, name: defaultName(valid), url: valid, headers: authorization ? { authorization } : {} });
  }
  // The YAML parser is loaded only for a `checks` input: most canaries give `urls`, and
  // compiling and starting the parser was a fifth of deploy-canary's cold start.
  const yaml = inputs.string('checks') === '' ? undefined : (await import('../shared/yaml-input.ts')).yamlInput(inputs, 'checks', CHECKS_EXAMPLE);
  if (yaml !== undefined) {
    if (!Array.isArray(yaml)) throw new InputError('checks', 'must be a YAML list of checks', CHECKS_EXAMPLE);
    for (const [index, item] of yaml.entries()) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new InputError('checks', `item ${index + 1} is not a map`, CHECKS_EXAMPLE);
      const entry = item as Record<string, unknown>;
      const unknown = Object.keys(entry).find((key) => !CHECK_KEYS.has(key));
      if (unknown) throw new InputError('checks', `item ${index + 1} has an unknown key '${unknown}' (known: ${[...CHECK_KEYS].join(', ')})`, CHECKS_EXAMPLE);
      const { url, authorization } = credentialsFromUrl(inputs, checkUrl('checks', entry.url));
      const statusText = entry.status === undefined ? '200-299' : String(entry.status);
      const status = parseStatusRanges(statusText);
      if (!status) throw new InputError('checks', `item ${index + 1} status '${statusText}' is not a status, range or class`, "checks: '- {url: https://shop.example.com/, status: 200-299}'");
      const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : defaultName(url);
      const where = `check ${JSON.stringify(name)} (item ${index + 1})`;
      const headers: Record<string, string> = {};
      if (entry.headers !== undefined) {
        if (entry.headers === null || typeof entry.headers !== 'object' || Array.isArray(entry.headers)) throw new InputError('checks', `item ${index + 1} headers must be a map`, HEADERS_EXAMPLE);
        for (const [header, value] of Object.entries(entry.headers)) {
          const lower = header.toLowerCase();
          headers[lower] = checkHeader(where, lower, value);
        }
      }
      // A header the check sets itself wins over credentials in its URL.
      if (authorization && headers.authorization === undefined) headers.authorization = authorization;
      const method = checkMethod(where, entry.method);
      // A HEAD answer has no body by definition; demanding a byte would fail every healthy page.
      const minBytes = entry['min-bytes'] === undefined ? (method === 'HEAD' ? 0 : 1) : Number(entry['min-bytes']);
      if (!Number.isInteger(minBytes) || minBytes < 0) throw new InputError('checks', `item ${index + 1} min-bytes '${entry['min-bytes']}' is not a whole number`, "checks: '- {url: https://shop.example.com/, min-bytes: 500}'");
      let maxLatencyMs: number | undefined;
      if (entry['max-latency'] !== undefined) {
        maxLatencyMs = parseDurationMs(String(entry['max-latency']));
        if (maxLatencyMs === undefined) throw new InputError('checks', `item ${index + 1} max-latency '${entry['max-latency']}' is not a duration`, "checks: '- {url: https://shop.example.com/, max-latency: 800ms}'");
      }
      checks.push({
        name, url, method, headers, status, statusText,
        expectBody: entry['expect-body'] === undefined ? undefined : String(entry['expect-body']),
        minBytes, maxLatencyMs,
      });
    }
  }
  const fromHostnames = await readHostnameChecks(inputs, workspace, new Set(checks.map((check) => check.url)));
  checks.push(...fromHostnames.checks);
  const names = new Set<string>();
  for (const check of checks) {
    if (names.has(check.name)) check.name = `${check.name} #${checks.indexOf(check) + 1}`;
    names.add(check.name);
  }
  return { checks, skipped: fromHostnames.skipped };
}

/** Every deploy-canary input, validated; shared by the action and the CLI. */
export async function readDeployCanarySettings(inputs: Inputs, context: GitHubContext): Promise<DeployCanarySettings> {
  const mode = inputs.string('mode', 'deploy');
  if (mode !== 'deploy' && mode !== 'probe') throw new InputError('mode', `'${mode}' is not deploy or probe`, 'mode: probe');
  const { checks, skipped } = await readChecks(inputs, context.workspace);
  const versionUrl = inputs.string('version-url');
  if (checks.length === 0 && versionUrl === '') {
    const why = inputs.list('hostnames-from').length > 0 ? ' (hostnames-from found no public hostname to probe)' : '';
    throw new InputError('urls', `no URL to probe${why}: give urls, checks or hostnames-from`, 'urls: https://shop.example.com/');
  }
  const version = versionUrl === '' ? undefined : credentialsFromUrl(inputs, checkUrl('version-url', versionUrl));
  const expectVersion = inputs.string('expect-version', context.sha);
  if (versionUrl !== '' && expectVersion === '') throw new InputError('expect-version', 'is empty and there is no commit SHA (GITHUB_SHA) to default to', 'expect-version: ${{ github.sha }}');
  const timeoutMs = inputs.durationMs('timeout', '10s', { min: 100 });
  return {
    mode,
    environment: inputs.string('environment', 'production'),
    environmentUrl: inputs.string('environment-url'),
    canary: {
      checks,
      version: version === undefined ? undefined : { url: version.url, authorization: version.authorization, field: inputs.string('version-field'), expect: expectVersion },
      intervalMs: inputs.durationMs('interval', '5s', { min: 100 }),
      timeoutMs,
      windowMs: inputs.durationMs('window', '3m', { min: 100 }),
      successes: inputs.integer('successes', 3, { min: 1, example: '3' })!,
      maxRedirects: inputs.integer('max-redirects', 5, { example: '5' })!,
      maxBodyBytes: MAX_BODY_BYTES,
      connectTo: readConnectTo(inputs),
    },
    sinks: readSinkSettings(inputs, context.workspace),
    deploymentKey: readDeploymentKey(inputs),
    fail: inputs.boolean('fail', true),
    skippedHostnames: skipped,
  };
}
