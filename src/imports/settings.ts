import { resolve } from 'node:path';
import type { Inputs } from '../shared/inputs.ts';
import type { UntrackedFilesOptions } from './untracked-files.ts';

export interface UntrackedFilesSettings extends UntrackedFilesOptions {
  fail: boolean;
}

/** Every untracked-files input, validated; shared by the action and the CLI. */
export function readUntrackedFilesSettings(inputs: Inputs, workspace: string): UntrackedFilesSettings {
  return {
    directory: resolve(workspace, inputs.string('working-directory', '.')),
    checkImports: inputs.boolean('check-imports', true),
    checkWorktree: inputs.boolean('check-worktree', true),
    include: inputs.globs('include'),
    exclude: inputs.globs('exclude'),
    allow: inputs.globs('allow'),
    failOnIgnored: inputs.boolean('fail-on-ignored', false),
    fail: inputs.boolean('fail', true),
  };
}
