// A private Git host on 127.0.0.1: `git http-backend` (git's own smart-HTTP server, as
// CGI) behind a Node HTTP server that answers 401 to any request without the expected
// Authorization header, as GitHub answers for a private repository. It stands in for
// github.com when a test checks how an action authenticates its own fetches.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHttpRequest {
  method: string;
  path: string;
  /** The Authorization header as sent ('' when none). */
  authorization: string;
  status: number;
}

export class PrivateGitHost {
  /** Directory holding the bare repositories, served as http://127.0.0.1:<port>/<name>. */
  readonly root: string;
  /** The only Authorization header accepted. */
  readonly authorization: string;
  readonly requests: GitHttpRequest[] = [];
  private server?: Server;
  url = '';

  constructor(root: string, token: string) {
    this.root = root;
    this.authorization = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorization = request.headers.authorization ?? '';
    const record = { method: request.method ?? '', path: url.pathname, authorization, status: 0 };
    this.requests.push(record);
    // Git sends the scheme in any case ("Basic"/"basic"): compare it as HTTP does.
    const [scheme, value] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'basic' || `basic ${value}` !== this.authorization) {
      record.status = 401;
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="private"' }).end('Unauthorized\n');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: request.method ?? 'GET',
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(request.headers['content-encoding']) } : {}),
        ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    request.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    cgi.on('close', () => {
      const output = Buffer.concat(chunks);
      const end = output.indexOf('\r\n\r\n') >= 0 ? output.indexOf('\r\n\r\n') : output.indexOf('\n\n');
      const separator = output.indexOf('\r\n\r\n') >= 0 ? 4 : 2;
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of output.subarray(0, end).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      record.status = status;
      response.writeHead(status, headers).end(output.subarray(end + separator));
    });
  }
}
