// The bundled action and the CLI on real repositories, run as the runner runs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runStep } from './harness/action-runner.ts';
import { GitFixture } from './harness/git-fixture.ts';
import { INCIDENT_UNTRACKED, fixIncident, incidentRepo } from './harness/import-fixtures.ts';

describe('untracked-files (bundled action)', () => {
  it('fails on the incident with annotations on the importing lines and the git add fix in the summary', async () => {
    const repo = incidentRepo();
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/::error::untracked-files: 32 imports of untracked files, 1 uncommitted file in the working tree — fix: git add src\/lib\/module-registry\.ts /);
    expect(step.outputs.violations).toBe('33');
    const imports = JSON.parse(step.outputs['untracked-imports']!) as { file: string; line: number; state: string; resolved: string }[];
    expect(imports.filter((entry) => entry.state === 'untracked').map((entry) => entry.resolved).sort()).toEqual([...INCIDENT_UNTRACKED].sort());
    expect(imports.filter((entry) => entry.state === 'ignored')).toHaveLength(1);
    expect(JSON.parse(step.outputs['dirty-files']!)).toContainEqual({ path: 'Dockerfile', state: 'modified', allowed: false });
    const registry = step.annotations.find((a) => a.level === 'error' && a.message.includes('module-registry'));
    expect(registry?.properties).toMatchObject({ file: 'src/lib/database.ts', line: '3' });
    expect(registry?.message).toContain('Fix: git add src/lib/module-registry.ts');
    expect(step.annotations.filter((a) => a.level === 'notice').map((a) => a.properties.file)).toEqual(['src/lib/database.ts']);
    expect(step.annotations.some((a) => a.level === 'error' && a.properties.file === 'Dockerfile')).toBe(true);
    expect(step.summary).toContain('## ❌ untracked-files');
    expect(step.summary).toContain('### Untracked: on this disk, not in git (a clean clone fails) — 32 imports');
    expect(step.summary).toContain('### Ignored: generated output (notice only) — 1 import');
    expect(step.summary).toMatch(/```sh\ngit add src\/lib\/module-registry\.ts src\/modules\/m01\/module\.config\.ts/);
  });

  it('passes the fixed twin, noting the generated import', async () => {
    const repo = incidentRepo();
    fixIncident(repo);
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.violations).toBe('0');
    expect(step.stdout).toContain('1 import of gitignored (generated) files noted');
    expect(step.summary).toContain('## ✅ untracked-files');
  });

  it('only warns with fail: false, and a bad input fails with one line', async () => {
    const repo = incidentRepo();
    const lenient = await runStep('untracked-files', 'main', { cwd: repo.dir, inputs: { fail: 'false', 'check-worktree': 'false' } });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(lenient.annotations.some((a) => a.level === 'warning' && a.message.includes('not failing the step'))).toBe(true);
    const bad = await runStep('untracked-files', 'main', { cwd: repo.dir, inputs: { 'fail-on-ignored': 'maybe' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain("::error::Input 'fail-on-ignored': 'maybe' is not a boolean. Example: fail-on-ignored: true");
    expect(bad.summary).toContain("## ❌ untracked-files\n\nInput 'fail-on-ignored': 'maybe' is not a boolean");
  });

  it('fails clearly outside a git repository', async () => {
    const step = await runStep('untracked-files', 'main', { cwd: ROOT, inputs: { 'working-directory': '/' } });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain("::error::working-directory '/' is not inside a git repository");
  });

  it('says what git said when it refuses the checkout (dubious ownership in container jobs)', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/app.ts': 'export const a = 1;\n' });
    // Git's own switch for "owned by someone else"; no global config, so no safe.directory exception.
    const env = { GIT_TEST_ASSUME_DIFFERENT_OWNER: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir, env });
    expect(step.exitCode).toBe(1);
    // git's own advice, quoted: the exception to add, not "not inside a git repository".
    expect(step.stdout).toMatch(/::error::git refuses to read the repository at working-directory '[^']+': fatal: detected dubious ownership in repository at '[^']+' \(the checkout belongs to another user, as in a container job\)\. Fix: git config --global --add safe\.directory \/\S+\n/);
    expect(step.stdout).not.toContain('not inside a git repository');
    expect(step.stdout).not.toContain('unexpected error');
  });

  it('names generated modules by their tool and counts what it did not check, in the outputs, the log and the summary', async () => {
    const repo = new GitFixture();
    repo.commit('a nuxt app before nuxi prepare', {
      '.gitignore': '.nuxt/\n',
      'tsconfig.json': '{ "extends": "./.nuxt/tsconfig.json" }',
      'app/pages/index.vue': "<script setup lang=\"ts\">\nimport { useHead } from '#imports';\nimport Card from '~/components/Card.vue';\nimport { a } from '~/utils/a';\nimport { gone } from './gone';\n</script>\n",
      'app/components/Card.vue': '<template><p>card</p></template>\n',
    });
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode).toBe(1);
    expect(JSON.parse(step.outputs['not-checked']!)).toEqual({ 'generated-tsconfig': 2 });
    const imports = JSON.parse(step.outputs['untracked-imports']!) as { specifier: string; state: string; generator?: string; violation: boolean }[];
    expect(imports.map(({ specifier, state, generator, violation }) => [specifier, state, generator, violation])).toEqual([
      ['./gone', 'missing', undefined, true],
      ['#imports', 'generated', 'Nuxt', false],
    ]);
    const sentence = "2 imports through `~/` not checked: the tsconfig it extends, .nuxt/tsconfig.json, is generated — run `nuxi prepare` first (e.g. '~/components/Card.vue' in app/pages/index.vue:3)";
    expect(step.stdout).toContain(`not checked      ${sentence}\n`);
    expect(step.stdout).toContain("generated        1 import of modules Nuxt generates or provides ('#imports'): not files to commit; Nuxt creates it (nuxi prepare)\n");
    expect(step.stdout).toMatch(/::error::untracked-files: 1 import of missing files; 2 imports not checked \(see the reasons above\)\n/);
    expect(step.annotations.filter((a) => a.level === 'notice').map((a) => [a.properties.file, a.properties.line, a.message.split(':')[0]])).toEqual([
      ['app/pages/index.vue', '2', "1 import of modules Nuxt generates or provides ('#imports')"],
      ['app/pages/index.vue', '3', '2 imports through `~/` not checked'],
    ]);
    expect(step.summary).toContain('### Generated by a framework (notice only) — 1 import');
    expect(step.summary).toContain('### Not checked — 2 imports');
    expect(step.summary).toContain('| generated-tsconfig | 2 |');
  });

  it('keeps one finding on one line when a file name holds a newline', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/main.ts': "import { x } from './we\\nird';\nexport { x };\n", 'src/odd\nname.ts': "import { y } from './gone';\nexport { y };\n" });
    repo.write('src/we\nird.ts', 'export const x = 1;\n');
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir, inputs: { 'check-worktree': 'false' } });
    expect(step.exitCode).toBe(1);
    const lines = step.stdout.split('\n');
    expect(lines).toContain("UNTRACKED        src/main.ts:1  './we\\nird' -> src/we\\nird.ts");
    expect(lines).toContain("MISSING          src/odd\\nname.ts:1  './gone' -> src/gone");
    expect(lines).toContain("fix: git add $'src/we\\x0aird.ts'");
    // Every line the step printed is one of its own: no line starts with a piece of a file name.
    expect(lines.filter((line) => /^(ird|name)/.test(line))).toEqual([]);
    const errors = step.annotations.filter((a) => a.level === 'error' && a.properties.file);
    expect(errors.map((a) => a.properties.file)).toEqual(['src/main.ts', 'src/odd\nname.ts']);
    expect(errors[0]!.message).toContain("'./we\\nird' (src/main.ts:1) resolves to src/we\\nird.ts");
  });

  it('fails with one line naming git status when the working tree cannot be read', async () => {
    const repo = new GitFixture();
    repo.commit('app', { 'src/app.ts': 'export const a = 1;\n' });
    repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.head()},vendor/lib`);
    repo.write('vendor/lib/.git', 'gitdir: /nonexistent/modules/lib\n');
    const step = await runStep('untracked-files', 'main', { cwd: repo.dir });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/::error::git status \(the working-tree check\) failed in .+: fatal: not a git repository: \/nonexistent\/modules\/lib\n/);
    expect(step.stdout).not.toContain('unexpected error');
  });
});

describe('deploy-guards untracked-files (CLI)', () => {
  const cli = join(ROOT, 'dist/cli/index.js');
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, 'untracked-files', ...args], { cwd, encoding: 'utf8' });

  it('exits 1 with the fix on the incident and 0 on the twin (a pre-push hook)', () => {
    const repo = incidentRepo();
    const failing = run(repo.dir, '--check-worktree', 'false');
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("UNTRACKED        src/lib/database.ts:3  './module-registry' -> src/lib/module-registry.ts");
    expect(failing.stdout).toMatch(/^fix: git add src\/lib\/module-registry\.ts/m);
    // The engine's own lines too, as the action's log has them (and the other commands print).
    expect(failing.stdout).toMatch(/^untracked-files: \d+ tracked source files, \d+ imports /m);
    fixIncident(repo);
    const passing = run(repo.dir);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain('ignored (notice) src/lib/database.ts:4');
  });

  it('runs as a real pre-push hook and blocks the push', () => {
    const repo = incidentRepo();
    const origin = new GitFixture(undefined, { bare: true });
    repo.git('remote', 'add', 'origin', origin.dir);
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\nexec "%s" "%s" untracked-files --check-worktree false\\n' "${process.execPath}" "${cli}" > .git/hooks/pre-push && chmod +x .git/hooks/pre-push`], { cwd: repo.dir });
    const blocked = spawnSync('git', ['-C', repo.dir, 'push', '-q', 'origin', 'main'], { encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('module-registry');
    fixIncident(repo);
    const pushed = spawnSync('git', ['-C', repo.dir, 'push', '-q', 'origin', 'main'], { encoding: 'utf8' });
    expect(pushed.status, pushed.stderr).toBe(0);
  });
});
