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
    fail: inputs.boolean('fail', true),
  };
}
