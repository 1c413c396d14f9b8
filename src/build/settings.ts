import { InputError } from '../shared/errors.ts';
import type { Inputs } from '../shared/inputs.ts';

/** `auto`: from the lockfile; `none`; or a shell command the user wrote. */
export type InstallMode = { kind: 'auto' } | { kind: 'none' } | { kind: 'command'; command: string };

export interface CleanCloneBuildSettings {
  /** Shell lines, run with `bash -e -o pipefail` in the working directory of the clone. */
  build: string;
  install: InstallMode;
  /** As given: resolved against the workspace, must lie inside the repository. */
  workingDirectory: string;
  ref: string;
  isolateCaches: boolean;
  keepClone: boolean;
  /** For the whole run: checkout, install and build together. */
  timeoutMs: number;
  /** Variables the build gets although their names look like credentials (NODE_AUTH_TOKEN for a private registry). */
  envPassthrough?: string[];
  fail: boolean;
}

/** Every clean-clone-build input, validated; shared by the action and the CLI. */
export function readCleanCloneBuildSettings(inputs: Inputs): CleanCloneBuildSettings {
  const build = inputs.required('build', 'build: npm run build');
  const installText = inputs.string('install', 'auto');
  let install: InstallMode;
  if (installText === 'auto') install = { kind: 'auto' };
  else if (installText === 'none') install = { kind: 'none' };
  else install = { kind: 'command', command: installText };
  const envPassthrough = inputs.list('env-passthrough', { splitCommas: true });
  for (const name of envPassthrough) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new InputError('env-passthrough', `'${name}' is not an environment variable name`, 'env-passthrough: NODE_AUTH_TOKEN');
  const ref = inputs.string('ref', 'HEAD');
  if (ref.startsWith('-')) throw new InputError('ref', `'${ref}' is not a commit or ref`, 'ref: HEAD');
  return {
    build,
    install,
    workingDirectory: inputs.string('working-directory', '.'),
    ref,
    isolateCaches: inputs.boolean('isolate-caches', false),
    keepClone: inputs.boolean('keep-clone', false),
    timeoutMs: inputs.durationMs('timeout', '30m', { min: 1000 }),
    envPassthrough,
    fail: inputs.boolean('fail', true),
  };
}
