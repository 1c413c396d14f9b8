// The parts of ssh2 (a node-ssh dependency without bundled types) this project uses.
declare module 'ssh2' {
  import type { EventEmitter } from 'node:events';

  export interface ParsedKey {
    type: string;
    isPrivateKey(): boolean;
  }
  export type AuthMethod = { type: 'none'; username: string } | { type: 'publickey'; username: string; key: string | Buffer; passphrase?: string };
  export type NextAuthHandler = (next: AuthMethod | false) => void;
  export interface ConnectConfig {
    host?: string;
    port?: number;
    username?: string;
    readyTimeout?: number;
    algorithms?: { serverHostKey?: string[] };
    hostVerifier?: (key: Buffer) => boolean;
    authHandler?: (methodsLeft: string[] | null, partialSuccess: boolean | null, next: NextAuthHandler) => void;
    debug?: (message: string) => void;
    [option: string]: unknown;
  }
  export class Client extends EventEmitter {
    end(): this;
    destroy(): this;
  }
  export interface ExecOptions {
    [option: string]: unknown;
  }
  export type ClientChannel = EventEmitter & { close(): void };
  export type AcceptConnection = unknown;
  export type Channel = unknown;
  export type Prompt = { prompt: string; echo?: boolean };
  export type PseudoTtyOptions = unknown;
  export type RejectConnection = unknown;
  export type SFTPWrapper = unknown;
  export type ShellOptions = unknown;
  export type TcpConnectionDetails = unknown;
  export type TransferOptions = unknown;
  export type UNIXConnectionDetails = unknown;
  const ssh2: {
    Client: typeof Client;
    utils: { parseKey(data: string | Buffer, passphrase?: string): ParsedKey | ParsedKey[] | Error };
  };
  export default ssh2;
}
declare module 'ssh2/lib/protocol/keyParser.js' {
  import type { ParsedKey } from 'ssh2';
  const keyParser: { parseKey(data: string | Buffer, passphrase?: string): ParsedKey | ParsedKey[] | Error };
  export default keyParser;
}
