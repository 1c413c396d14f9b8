// hostnames-from: real configuration files of cloudflared, Caddy and Traefik (written
// from each tool's documentation) read into the public hostnames to probe, each with
// its source line; then the tunnel incident through the bundled canary: the LAN address
// answers while every public hostname behind the tunnel answers 502.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHostnames } from '../src/hostnames/hostnames.ts';
import { ROOT, printed, runStep } from './harness/action-runner.ts';
import { ScenarioServer, selfSignedCertificate } from './harness/http-scenarios.ts';

const FIXTURES = join(ROOT, 'test/fixtures/hostnames');
const read = (file: string) => readHostnames(join(FIXTURES, file), file);

describe('hostnames-from parses real configuration files', () => {
  it('cloudflared config.yml: every ingress hostname of a web service; the catch-all, a wildcard and an ssh service are named, not probed', () => {
    const list = read('config.yml');
    expect(list.hostnames.map((host) => [host.url, host.source])).toEqual([
      ['https://gpu.widgetcorp.tech/', 'config.yml:12'],
      ['https://stt.widgetcorp.tech/v1/', 'config.yml:14'],
      ['https://chat.widgetcorp.tech/', 'config.yml:17'],
    ]);
    expect(list.skipped.map((item) => [item.what, item.source, item.why])).toEqual([
      ['*.preview.widgetcorp.tech', 'config.yml:21', 'a wildcard: no single hostname to probe'],
      ['gitlab-ssh.widgetcorp.tech', 'config.yml:23', 'its service ssh is not a web page'],
      ['service http_status:404', 'config.yml:26', 'a catch-all rule (no hostname)'],
    ]);
  });

  it('Caddyfile: site addresses outside the global options and snippets, with their ports and schemes', () => {
    const list = read('Caddyfile');
    expect(list.hostnames.map((host) => [host.url, host.source])).toEqual([
      ['https://widgetcorp.tech/', 'Caddyfile:16'],
      ['https://www.widgetcorp.tech/', 'Caddyfile:16'],
      ['https://api.widgetcorp.tech:8443/', 'Caddyfile:21'],
      ['http://status.widgetcorp.tech/', 'Caddyfile:30'],
      ['https://docs.widgetcorp.tech/', 'Caddyfile:34'],
      ['https://blog.widgetcorp.tech/', 'Caddyfile:35'],
    ]);
    expect(list.skipped.map((item) => [item.what, item.source])).toEqual([
      ['*.widgetcorp.tech', 'Caddyfile:39'], ['{$ADMIN_DOMAIN}', 'Caddyfile:43'], ['localhost', 'Caddyfile:47'], ['(catch-all)', 'Caddyfile:51'],
    ]);
    // Directives, matchers and snippet bodies are never taken for sites.
    expect(list.hostnames.map((host) => host.hostname)).not.toContain('localhost');
  });

  it('compose Traefik labels (list and map form): every Host() of a router rule, at its PathPrefix; HostRegexp, disabled services and ${VAR} are named', () => {
    const list = read('compose.yaml');
    expect(list.hostnames.map((host) => [host.url, host.source])).toEqual([
      ['https://shop.widgetcorp.tech/', 'compose.yaml:19'],
      ['https://www.shop.widgetcorp.tech/', 'compose.yaml:19'],
      ['https://api.shop.widgetcorp.tech/v2', 'compose.yaml:28'],
    ]);
    expect(list.skipped.map((item) => [item.source, item.why])).toEqual([
      ['compose.yaml:29', 'a HostRegexp rule: no single hostname to probe'],
      ['compose.yaml:35', 'traefik.enable=false on service admin'],
      ['compose.yaml:40', 'a placeholder, shown as written (never evaluated): list the hostname in urls instead'],
      ['compose.yaml:45', 'a Traefik v1 frontend rule, not read: list its hostnames in urls'],
      ['compose.yaml:46', 'a TCP router (HostSNI): not an HTTP route'],
    ]);
  });
});

// A compose file of the common Traefik layouts: an API routed by path, a site that excludes an
// old name, and one router for two names (v3 syntax, from Traefik's routing documentation).
const TRAEFIK_RULES = `services:
  api:
    image: api
    labels:
      - "traefik.http.routers.api.rule=Host(\`api.widgetcorp.tech\`) && PathPrefix(\`/v1\`)"
  web:
    image: web
    labels:
      traefik.http.routers.web.rule: "Host(\`widgetcorp.tech\`) && !Host(\`old.widgetcorp.tech\`)"
  docs:
    image: docs
    labels:
      traefik.http.routers.docs.rule: "(Host(\`docs.widgetcorp.tech\`) || Host(\`help.widgetcorp.tech\`)) && Path(\`/guide\`)"
  search:
    image: search
    labels:
      traefik.http.routers.search.rule: "Host(\`search.widgetcorp.tech\`) && Header(\`X-Api-Key\`, \`k\`)"
`;
function traefikFile(): { workspace: string; file: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'traefik-'));
  writeFileSync(join(workspace, 'compose.yaml'), TRAEFIK_RULES);
  return { workspace, file: join(workspace, 'compose.yaml') };
}

describe('Traefik rules: the paths they route and the hosts they exclude', () => {
  it('probes a path rule at its path, never a negated Host(), and every Host() of an || at the rule\'s path', () => {
    const list = readHostnames(traefikFile().file, 'compose.yaml');
    expect(list.hostnames.map((host) => [host.url, host.source])).toEqual([
      ['https://api.widgetcorp.tech/v1', 'compose.yaml:5'],
      ['https://widgetcorp.tech/', 'compose.yaml:9'],
      ['https://docs.widgetcorp.tech/guide', 'compose.yaml:13'],
      ['https://help.widgetcorp.tech/guide', 'compose.yaml:13'],
    ]);
    expect(list.skipped.map((item) => [item.what, item.source, item.why])).toEqual([
      ['old.widgetcorp.tech', 'compose.yaml:9', 'a negated Host(): the router does not serve it'],
      ['search.widgetcorp.tech', 'compose.yaml:17', 'the rule also needs Header(): a plain GET does not match it'],
    ]);
  });
});

describe('the tunnel incident through the bundled canary', () => {
  const servers: ScenarioServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });

  it('the LAN address is fine, the public hostnames behind the tunnel answer 502: unhealthy, each hostname named with its line', async () => {
    const names = ['gpu.widgetcorp.tech', 'stt.widgetcorp.tech', 'chat.widgetcorp.tech'];
    const certificate = selfSignedCertificate(names);
    const seen: string[] = [];
    const lan = await new ScenarioServer((_req, res) => res.end('gpu ok')).start();
    const edge = await new ScenarioServer((req, res) => {
      seen.push(`${req.headers.host}${req.url}`);
      res.writeHead(502).end('Bad Gateway');
    }, certificate).start();
    servers.push(lan, edge);
    const workspace = mkdtempSync(join(tmpdir(), 'tunnel-'));
    cpSync(join(FIXTURES, 'config.yml'), join(workspace, 'config.yml'));
    const step = await runStep('deploy-canary', 'main', {
      cwd: workspace,
      inputs: { urls: `${lan.url}/`, 'hostnames-from': 'config.yml', 'connect-to': `:443:127.0.0.1:${edge.port}`, interval: '200ms', timeout: '5s', window: '1500ms', successes: '2' },
      env: { GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', NODE_EXTRA_CA_CERTS: certificate.certPath },
    });
    expect(step.exitCode, printed(step)).toBe(1);
    expect(step.outputs.reason).toBe('status');
    expect(new Set(seen)).toEqual(new Set(['gpu.widgetcorp.tech/', 'stt.widgetcorp.tech/v1/', 'chat.widgetcorp.tech/']));
    const report = JSON.parse(step.outputs.report!) as { checks: { check: string; passes: number; source?: string }[] };
    expect(report.checks.map((check) => [check.check, check.source ?? null, check.passes > 0])).toEqual([
      [`127.0.0.1:${lan.port}/`, null, true],
      ['gpu.widgetcorp.tech', 'config.yml:12', false],
      ['stt.widgetcorp.tech/v1/', 'config.yml:14', false],
      ['chat.widgetcorp.tech', 'config.yml:17', false],
    ]);
    expect(step.stdout).toContain('hostnames-from: probing https://gpu.widgetcorp.tech/ (config.yml:12)');
    expect(step.stdout).toContain('hostnames-from: not probed: service http_status:404 (config.yml:26): a catch-all rule (no hostname)');
    expect(step.summary).toContain('### Public hostnames (hostnames-from)');
    expect(step.summary).toMatch(/\| gpu\.widgetcorp\.tech \| config\.yml:12 \|/);
    expect(step.summary).toContain('| *.preview.widgetcorp.tech | config.yml:21 | a wildcard');
  });

  it('Traefik path rules are probed at their path, negated hosts not at all', async () => {
    const names = ['api.widgetcorp.tech', 'widgetcorp.tech', 'docs.widgetcorp.tech', 'help.widgetcorp.tech', 'old.widgetcorp.tech', 'search.widgetcorp.tech'];
    const certificate = selfSignedCertificate(names);
    const seen: string[] = [];
    const edge = await new ScenarioServer((req, res) => {
      seen.push(`${req.headers.host}${req.url}`);
      // Traefik answers 404 where no router matches.
      const routed = ['api.widgetcorp.tech/v1', 'widgetcorp.tech/', 'docs.widgetcorp.tech/guide', 'help.widgetcorp.tech/guide'];
      res.writeHead(routed.includes(`${req.headers.host}${req.url}`) ? 200 : 404).end('page');
    }, certificate).start();
    servers.push(edge);
    const { workspace } = traefikFile();
    const step = await runStep('deploy-canary', 'main', {
      cwd: workspace,
      inputs: { 'hostnames-from': 'compose.yaml', 'connect-to': `:443:127.0.0.1:${edge.port}`, interval: '200ms', timeout: '5s', window: '3s', successes: '2' },
      env: { GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', NODE_EXTRA_CA_CERTS: certificate.certPath },
    });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(new Set(seen)).toEqual(new Set(['api.widgetcorp.tech/v1', 'widgetcorp.tech/', 'docs.widgetcorp.tech/guide', 'help.widgetcorp.tech/guide']));
    expect(step.stdout).toContain('hostnames-from: not probed: old.widgetcorp.tech (compose.yaml:9): a negated Host(): the router does not serve it');
    expect(step.summary).toContain('| old.widgetcorp.tech | compose.yaml:9 | a negated Host()');
  });
});
