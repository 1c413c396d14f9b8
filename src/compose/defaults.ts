import { resolve } from 'node:path';

export const DEFAULT_ENV_FILE = '.env';
export const DEFAULT_EXAMPLE_FILE = '.env.example';

/**
 * A default file of the project. Kept out of line on purpose: ncc copies every file a
 * literal `resolve(dir, '.env')` could match into the bundle as an asset.
 */
export function inProject(directory: string, name: string): string {
  return resolve(directory, name);
}
