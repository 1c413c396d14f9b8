import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface InstallPlan {
  /** The command line as shown to the user and run with bash. */
  command: string;
  /** Directory of the lockfile (the working directory or a parent inside the clone). */
  cwd: string;
  lockfile: string;
  /** Why this package manager, when more than one lockfile was found. */
  note?: string;
}

export type InstallDetection = { kind: 'plan'; plan: InstallPlan } | { kind: 'nothing'; reason: string } | { kind: 'no-lockfile'; packageJson: string };

interface Manager {
  name: 'bun' | 'pnpm' | 'yarn' | 'npm';
  lockfiles: string[];
  command(lockfileText: () => string): string;
}

const MANAGERS: Manager[] = [
  { name: 'pnpm', lockfiles: ['pnpm-lock.yaml'], command: () => 'pnpm install --frozen-lockfile' },
  // Yarn Berry lockfiles carry a __metadata block; classic yarn spells the flag differently.
  { name: 'yarn', lockfiles: ['yarn.lock'], command: (text) => (text().includes('__metadata:') ? 'yarn install --immutable' : 'yarn install --frozen-lockfile') },
  { name: 'bun', lockfiles: ['bun.lock', 'bun.lockb'], command: () => 'bun install --frozen-lockfile' },
  { name: 'npm', lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'], command: () => 'npm ci' },
];

export const LOCKFILE_NAMES = MANAGERS.flatMap((manager) => manager.lockfiles);

/** `"packageManager": "pnpm@9.1.0"` → pnpm, the tie-breaker when several lockfiles exist. */
function declaredManager(packageJsonPath: string): string | undefined {
  try {
    const declared = (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { packageManager?: unknown }).packageManager;
    return typeof declared === 'string' ? declared.split('@')[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `install: auto`: the nearest directory from the working directory up to the clone root
 * that holds a lockfile decides the package manager (a workspace package builds with the
 * monorepo's root lockfile). No package.json anywhere means nothing to install.
 */
export function detectInstall(cloneRoot: string, workingDir: string): InstallDetection {
  let firstPackageJson: string | undefined;
  for (let dir = workingDir; ; dir = dirname(dir)) {
    const packageJson = join(dir, 'package.json');
    if (!firstPackageJson && existsSync(packageJson)) firstPackageJson = packageJson;
    const found = MANAGERS.flatMap((manager) => manager.lockfiles.filter((name) => existsSync(join(dir, name))).map((lockfile) => ({ manager, lockfile })));
    if (found.length > 0) {
      const declared = declaredManager(packageJson);
      const chosen = found.find((entry) => entry.manager.name === declared) ?? found[0]!;
      const lockfilePath = join(dir, chosen.lockfile);
      const note = found.length > 1
        ? `several lockfiles (${found.map((entry) => entry.lockfile).join(', ')}): using ${chosen.lockfile}${declared === chosen.manager.name ? ' (packageManager in package.json)' : ''}`
        : undefined;
      return { kind: 'plan', plan: { command: chosen.manager.command(() => readFileSync(lockfilePath, 'utf8')), cwd: dir, lockfile: relative(cloneRoot, lockfilePath), note } };
    }
    if (dir === cloneRoot || !dir.startsWith(cloneRoot + sep)) break;
  }
  if (firstPackageJson) return { kind: 'no-lockfile', packageJson: relative(cloneRoot, firstPackageJson) };
  return { kind: 'nothing', reason: 'no package.json in the working directory or above it: nothing to install' };
}
