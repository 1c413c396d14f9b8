// What `npm install -g` of this package installs: the CLI bundle and its documents, nothing else.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/action-runner.ts';

interface PackResult { files: { path: string }[]; unpackedSize: number }

describe('the npm package', () => {
  it('holds the CLI bundle, README, licence, changelog, security policy and catalog only', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as PackResult[];
    const paths = pack!.files.map((file) => file.path).sort();
    const documents = ['CHANGELOG.md', 'LICENSE', 'README.md', 'SECURITY.md', 'action-catalog.md', 'package.json'];
    expect(paths.filter((path) => !path.startsWith('dist/cli/'))).toEqual(documents);
    expect(paths).toContain('dist/cli/index.js');
    expect(paths.filter((path) => path.startsWith('dist/') && !path.startsWith('dist/cli/'))).toEqual([]);
    expect(pack!.unpackedSize).toBeLessThan(5 * 1024 * 1024);
  });

  it('installs no dependencies: the bundle is self-contained', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ 'deploy-guards': 'dist/cli/index.js' });
  });
});
