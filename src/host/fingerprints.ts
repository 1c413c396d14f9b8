import { createHash } from 'node:crypto';

/** A pinned host key: its OpenSSH SHA256 fingerprint and, when the line said so, its type. */
export interface PinnedKey {
  fingerprint: string;
  /** ED25519, ECDSA, RSA … as `ssh-keygen -lf` prints it in parentheses. */
  type?: string;
}

export interface HostKey {
  fingerprint: string;
  /** The key's algorithm name from its blob, e.g. ssh-ed25519. */
  algorithm: string;
}

const FINGERPRINT = /(?:^|\s)SHA256:([A-Za-z0-9+/]{43})=?(?=\s|$)/;
const KEY_TYPE = /\((ED25519|ECDSA|RSA|DSA|ED25519-SK|ECDSA-SK)\)\s*$/i;

/**
 * One pinned key from a line: a bare `SHA256:…` or the whole line `ssh-keygen -lf`
 * prints (`256 SHA256:… root@db (ED25519)`), whose type then orders negotiation.
 * Returns a problem description when the line is not a SHA256 fingerprint.
 */
export function parsePinnedKey(line: string): PinnedKey | string {
  const match = FINGERPRINT.exec(line);
  if (!match) {
    if (/MD5:|^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(line.trim())) return `'${line.trim()}' is an MD5 fingerprint; pin the SHA256 one (ssh-keygen -lf, or -E sha256)`;
    return `'${line.trim().slice(0, 80)}' is not an OpenSSH SHA256 fingerprint`;
  }
  const type = KEY_TYPE.exec(line)?.[1]?.toUpperCase();
  return { fingerprint: `SHA256:${match[1]}`, type };
}

/** The fingerprint OpenSSH shows for a raw public key blob: SHA256, base64 without padding. */
export function describeHostKey(blob: Buffer): HostKey {
  const fingerprint = `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
  let algorithm = 'unknown';
  if (blob.length >= 4) {
    const length = blob.readUInt32BE(0);
    if (length > 0 && length < 64 && blob.length >= 4 + length) algorithm = blob.subarray(4, 4 + length).toString('latin1');
  }
  return { fingerprint, algorithm };
}

const ALGORITHMS_BY_TYPE: Record<string, string[]> = {
  ED25519: ['ssh-ed25519'],
  ECDSA: ['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
  RSA: ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};
const DEFAULT_ORDER = ['ED25519', 'ECDSA', 'RSA'];

/**
 * Host key algorithms to offer, most wanted first. A server with several host keys
 * presents the first one on our list it has, so the pinned types go first; without
 * a known type ed25519 leads (what most hosts pin). The rest stay on the list so a
 * replaced host with other key types is still seen, and reported by fingerprint.
 */
export function hostKeyAlgorithms(pins: readonly PinnedKey[]): string[] {
  const types = [...new Set([...pins.map((pin) => pin.type).filter((type): type is string => !!type && type in ALGORITHMS_BY_TYPE), ...DEFAULT_ORDER])];
  return types.flatMap((type) => ALGORITHMS_BY_TYPE[type]!);
}

/**
 * The host key algorithms, of the types we know, that the server offers (its KEXINIT
 * list) and whose key type no handshake has presented yet: what a retry should ask for.
 */
export function unseenHostKeyAlgorithms(serverAlgorithms: readonly string[], seen: readonly HostKey[]): string[] {
  const seenTypes = new Set(seen.map((key) => keyTypeName(key.algorithm)));
  const offered = new Set(serverAlgorithms);
  return hostKeyAlgorithms([]).filter((algorithm) => offered.has(algorithm) && !seenTypes.has(keyTypeName(algorithm)));
}

const SHORT_TYPE: Record<string, string> = { 'ssh-ed25519': 'ED25519', 'ssh-rsa': 'RSA', 'rsa-sha2-256': 'RSA', 'rsa-sha2-512': 'RSA' };
export function keyTypeName(algorithm: string): string {
  return SHORT_TYPE[algorithm] ?? (algorithm.startsWith('ecdsa-') ? 'ECDSA' : algorithm);
}
