// Writes a compose project (compose files, .env files, app sources) into a temp dir.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EnvCompletenessOptions } from '../../src/compose/env-completeness.ts';

export function composeProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'compose-project-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Engine options for a project in `dir`: no inputs set (Compose's own defaults apply), an empty step environment. */
export function engineOptions(dir: string, extra: Partial<EnvCompletenessOptions> = {}): EnvCompletenessOptions {
  return {
    workingDirectory: dir, composeFiles: [], envFiles: [], exampleFile: '', required: {}, scanSources: true,
    services: [], profiles: [], provided: [], ignore: [], environment: '', repository: 'acme/shop', stepEnv: {}, ...extra,
  };
}

/** Findings as `service/VARIABLE/reason`, for compact expectations. */
export const brief = (found: { service: string; variable: string; reason: string }[]) => found.map((m) => `${m.service}/${m.variable}/${m.reason}`);
