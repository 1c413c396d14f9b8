// ssh2's bundled wasm loader (poly1305) reads `__dirname`, which an ESM ncc bundle does
// not define: loading node-ssh then fails with "__dirname is not defined". Every module
// that imports ssh2 or node-ssh imports this one first, so it is evaluated before them.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const scope = globalThis as { __dirname?: string };
scope.__dirname ??= dirname(fileURLToPath(import.meta.url));
