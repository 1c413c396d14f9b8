import './dirname-shim.ts';
import { connect, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { AuthMethod, NextAuthHandler } from 'ssh2';
import { formatDuration } from '../shared/duration.ts';
import { oneLine } from '../shared/log-text.ts';
import { describeHostKey, hostKeyAlgorithms, keyTypeName, unseenHostKeyAlgorithms, type HostKey, type PinnedKey } from './fingerprints.ts';

export interface SshTarget {
  host: string;
  port: number;
  user: string;
  privateKey: string;
  passphrase: string;
  pins: readonly PinnedKey[];
  connectTimeoutMs: number;
  commandTimeoutMs: number;
}

export interface RemoteRun {
  hostKey: HostKey;
  /** Methods the server offered after our 'none' probe; undefined when it let us in with none. */
  authMethods?: string[];
  stdout: string;
  stderr: string;
  exitCode: number;
  connectMs: number;
  commandMs: number;
}

export type SshFailureCode = 'unreachable' | 'auth-failed' | 'host-key-mismatch';

/** The connection or command failed; the code is the canary finding it becomes. */
export class SshFailure extends Error {
  override name = 'SshFailure';
  readonly code: SshFailureCode;
  /** The key the server presented, when the handshake got that far. */
  readonly hostKey?: HostKey;
  readonly authMethods?: string[];
  constructor(code: SshFailureCode, message: string, hostKey?: HostKey, authMethods?: string[]) {
    super(message);
    this.code = code;
    this.hostKey = hostKey;
    this.authMethods = authMethods;
  }
}

const MAX_OUTPUT = 8 * 1024 * 1024;

/**
 * One connection, one command. The host key is checked during the key exchange
 * (before authentication, so before anything runs); authentication first sends a
 * 'none' request, whose refusal lists the methods the server accepts (how
 * password login is detected without ever sending a password), then the key.
 */
export async function runRemoteCommand(target: SshTarget, command: string, stdin: string): Promise<RemoteRun> {
  // The SSH client (ssh2, ~1 MB of code) is loaded once a TCP connection is open: an
  // unreachable host is a verdict without it, and no other CLI command pays for it.
  let ssh: InstanceType<typeof import('node-ssh').NodeSSH> | undefined;
  const where = `${target.host}:${target.port}`;
  let hostKey: HostKey | undefined;
  let keyRejected = false;
  let authMethods: string[] | undefined;
  let step: 'none' | 'publickey' | 'done' = 'none';

  const authHandler = (methodsLeft: string[] | null, _partial: boolean | null, next: NextAuthHandler) => {
    if (step === 'none') {
      step = 'publickey';
      return next({ type: 'none', username: target.user });
    }
    if (step === 'publickey') {
      authMethods = methodsLeft ?? [];
      step = 'done';
      const method: AuthMethod = { type: 'publickey', username: target.user, key: target.privateKey, passphrase: target.passphrase || undefined };
      return next(method);
    }
    return next(false);
  };

  const started = performance.now();
  const seen: HostKey[] = [];
  let algorithms = hostKeyAlgorithms(target.pins);
  for (;;) {
    let serverAlgorithms: string[] = [];
    let sock: Socket | undefined;
    try {
      const attempt = performance.now();
      sock = await openSocket(target.host, target.port, target.connectTimeoutMs);
      let lost: Error | undefined;
      sock.on('error', (error) => (lost ??= error)); // until ssh2 listens (it adds its own)
      const client = await import('node-ssh').catch((error: unknown) => {
        throw new ClientNotLoaded(error);
      });
      if (lost) throw lost;
      ssh = new client.NodeSSH();
      await ssh.connect({
        host: target.host,
        port: target.port,
        sock,
        username: target.user,
        // connect-timeout bounds the TCP connection and the SSH handshake together, as before.
        readyTimeout: Math.max(1, target.connectTimeoutMs - (performance.now() - attempt)),
        algorithms: { serverHostKey: algorithms },
        hostVerifier: (key: Buffer) => {
          hostKey = describeHostKey(key);
          keyRejected = !target.pins.some((pin) => pin.fingerprint === hostKey!.fingerprint);
          return !keyRejected;
        },
        // The only way ssh2 tells which host key algorithms the server offers (its KEXINIT).
        debug: (line: string) => {
          const offered = /^Handshake: \(remote\) Host key format: (.*)$/.exec(line);
          if (offered) serverAlgorithms = offered[1]!.split(',');
        },
        authHandler,
      });
      break;
    } catch (error) {
      sock?.destroy();
      ssh?.dispose();
      if (error instanceof ClientNotLoaded) throw error.cause; // this tool's fault, not the host's
      const message = error instanceof Error ? error.message : String(error);
      if (keyRejected && hostKey) {
        seen.push(hostKey);
        // A bare SHA256 pin does not say its key type, and the server presents only one of its
        // keys per handshake: ask again for a key of a type not seen yet, still failing closed.
        // At most one retry per other key type (ed25519, ECDSA, RSA), whatever the server says.
        const retry = target.pins.some((pin) => !pin.type) && seen.length < 3 ? unseenHostKeyAlgorithms(serverAlgorithms, seen) : [];
        if (retry.length > 0) {
          algorithms = retry;
          hostKey = undefined;
          keyRejected = false;
          continue;
        }
      }
      // A retry that fails for another reason leaves the verdict on the keys already seen.
      if (seen.length > 0) throw new SshFailure('host-key-mismatch', `${where} presented ${describeSeen(seen)}: the host was replaced or re-keyed; nothing was run`, seen[0]);
      const level = (error as { level?: string }).level;
      if (level === 'client-authentication') {
        throw new SshFailure('auth-failed', `${where} refused the key for user '${target.user}' (server accepts: ${(authMethods ?? []).join(', ') || 'nothing'})`, hostKey, authMethods);
      }
      if (level === 'client-timeout') {
        throw new SshFailure('unreachable', `${where} did not complete an SSH handshake within ${formatDuration(target.connectTimeoutMs)} (connect-timeout)`, hostKey);
      }
      const code = (error as NodeJS.ErrnoException).code;
      // The server closed or reset the connection before the handshake ended: ssh2's words, node-ssh's
      // (with the code ETIMEDOUT, although nothing timed out) or a write that found the socket closed.
      const closed = message === 'Connection lost before handshake' || message === 'No response from server' || code === 'EPIPE' || code === 'ECONNRESET';
      const reason = closed ? 'the server closed the connection during the SSH handshake'
        : code === 'ECONNREFUSED' ? 'connection refused'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host name does not resolve'
        : code === 'ETIMEDOUT' ? 'connection timed out'
        : oneLine(message, 300); // ssh2's own words, kept to one bounded line like every error text shown
      throw new SshFailure('unreachable', `${where} is unreachable: ${reason}`, hostKey);
    }
  }
  const connectMs = performance.now() - started;

  // After connect node-ssh stops listening for errors; a reset would otherwise be an uncaught 'error'.
  const connected = ssh!;
  const connection = connected.connection!;
  let dropped: Error | undefined;
  connection.on('error', (error: Error) => (dropped = error));

  const commandStarted = performance.now();
  let timer: NodeJS.Timeout | undefined;
  let outputBytes = 0;
  // Stdin stays open for the whole run and closes when the command exits: the remote
  // script takes EOF before that as "the client is gone" and stops everything it started.
  const input = new PassThrough();
  input.write(stdin);
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        connection.destroy();
        reject(new SshFailure('unreachable', `${where}: the remote checks did not finish within ${formatDuration(target.commandTimeoutMs)} (command-timeout)`, hostKey, authMethods));
      }, target.commandTimeoutMs);
    });
    const result = await Promise.race([
      connected.execCommand(command, {
        stdin: input,
        onChannel: (channel) => channel.on('exit', () => input.end()),
        noTrim: true,
        onStdout: (chunk) => {
          outputBytes += chunk.length;
          if (outputBytes > MAX_OUTPUT) connection.destroy();
        },
      }),
      timeout,
    ]);
    if (outputBytes > MAX_OUTPUT) throw new SshFailure('unreachable', `${where}: the remote checks printed more than ${MAX_OUTPUT / 1024 / 1024} MB; stopped`, hostKey, authMethods);
    if (result.code === null) {
      const why = dropped ? `the connection failed (${dropped.message})` : result.signal ? `it was killed by ${result.signal}` : 'the connection closed before it exited';
      throw new SshFailure('unreachable', `${where}: the remote checks did not finish: ${why}`, hostKey, authMethods);
    }
    return { hostKey: hostKey!, authMethods, stdout: result.stdout, stderr: result.stderr, exitCode: result.code, connectMs, commandMs: performance.now() - commandStarted };
  } catch (error) {
    if (error instanceof SshFailure) throw error;
    // node-ssh rejects with plain errors (a refused session channel, a connection error
    // before the channel opened): still a verdict about the host, never an unexpected error.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new SshFailure('unreachable', `${where}: could not run the remote checks: ${message}`, hostKey, authMethods);
  } finally {
    clearTimeout(timer);
    input.end();
    connected.dispose();
  }
}

/** The SSH client could not be loaded (a partial install): an unexpected error, never a verdict about the host. */
class ClientNotLoaded extends Error {
  constructor(cause: unknown) {
    super('the SSH client could not be loaded', { cause });
  }
}

/**
 * A TCP connection to the SSH port, failing as ssh2 would: the socket's error (its `code`
 * says refused, unresolvable, timed out) or, past `timeoutMs`, a `client-timeout`.
 */
function openSocket(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error('Timed out while waiting for handshake'), { level: 'client-timeout' }));
    }, timeoutMs);
    const failed = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', failed);
      resolve(socket);
    });
    socket.once('error', failed);
  });
}

function describeSeen(keys: readonly HostKey[]): string {
  const named = keys.map((key) => `${key.fingerprint} (${keyTypeName(key.algorithm)})`);
  return named.length === 1
    ? `host key ${named[0]}, which is not one of the pinned host-key-fingerprints`
    : `host keys ${named.join(', ')}, none of which is one of the pinned host-key-fingerprints`;
}
