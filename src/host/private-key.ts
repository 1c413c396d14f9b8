import './dirname-shim.ts';
import { InputError } from '../shared/errors.ts';

/**
 * Checks the private key and passphrase before any connection, so a malformed key or
 * a wrong passphrase is a one-line input error, not an authentication failure. The
 * messages never quote the key.
 */
export async function checkPrivateKey(key: string, passphrase: string): Promise<void> {
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) {
    throw new InputError('ssh-key', 'is not a PEM/OpenSSH private key (no "-----BEGIN … PRIVATE KEY-----" line)', 'ssh-key: ${{ secrets.CANARY_SSH_KEY }} holding the whole file ssh-keygen wrote');
  }
  // ssh2's key parser alone (not the whole client): a CommonJS module whose parseKey Node's
  // ESM loader does not find as a named export, so through the module object.
  const { default: keyParser } = await import('ssh2/lib/protocol/keyParser.js');
  const parsed = keyParser.parseKey(key, passphrase || undefined);
  if (parsed instanceof Error) {
    const message = parsed.message;
    if (/passphrase/i.test(message) || /decrypt/i.test(message) || /bad decrypt/i.test(message)) {
      throw passphrase
        ? new InputError('ssh-passphrase', 'does not decrypt ssh-key (wrong passphrase)', 'ssh-passphrase: ${{ secrets.CANARY_SSH_PASSPHRASE }}')
        : new InputError('ssh-passphrase', 'is needed: ssh-key is encrypted', 'ssh-passphrase: ${{ secrets.CANARY_SSH_PASSPHRASE }}');
    }
    throw new InputError('ssh-key', `could not be read as a private key (${message.replace(/\s+/g, ' ').slice(0, 120)})`, 'ssh-key: ${{ secrets.CANARY_SSH_KEY }} holding the whole file ssh-keygen wrote');
  }
  const first = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!first || !first.isPrivateKey()) throw new InputError('ssh-key', 'holds a public key, not a private key', 'ssh-key: the contents of ~/.ssh/id_ed25519 (not the .pub file)');
}
