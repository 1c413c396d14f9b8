import { isAbsolute, relative, resolve } from 'node:path';

export const DEFAULT_ENV_FILE = '.env';
/**
 * Templates of the project `.env`, in the order they are looked for: `.env.example`, then
 * `.env.sample` (the two names dotenv-safe reads a template under: its `example` option
 * and the `sample` alias).
 */
export const DEFAULT_EXAMPLE_FILES = ['.env.example', '.env.sample'];
export const DEFAULT_FLY_CONFIG = 'fly.toml';

/**
 * A default file of the project. Kept out of line on purpose: ncc copies every file a
 * literal `resolve(dir, '.env')` could match into the bundle as an asset.
 */
export function inProject(directory: string, name: string): string {
  return resolve(directory, name);
}

/** A path as messages show it: relative to `root` when inside it ('.' for root itself), else absolute. */
export function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
