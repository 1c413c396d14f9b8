// The CLI explains itself from the same metadata as action.yml: every command's --help names
// every input with its default, secrets say where else they can come from, and the version,
// the Node.js check and a flag without its value each answer in one line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METADATA_FILE, actionMetadataSource } from '../scripts/action-metadata.ts';
import { commandInputs } from '../src/cli/command.ts';
import { COMMANDS } from '../src/cli/commands.ts';
import { ROOT, readActionMetadata } from './harness/action-runner.ts';

function cli(args: string[], nodeArgs: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeArgs, join(ROOT, 'dist/cli/index.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('deploy-guards --help, <check> --help, --version', () => {
  it('the generated metadata module is fresh from action.yml and package.json', () => {
    expect(readFileSync(METADATA_FILE, 'utf8'), 'run `npm run bundle` (it regenerates src/cli/action-metadata.ts)').toBe(actionMetadataSource());
  });

  it.each(COMMANDS.map((command) => command.name))('%s --help documents every input (its action.yml, or its own)', (name) => {
    const help = cli([name, '--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    const text = flat(help.stdout);
    const command = COMMANDS.find((candidate) => candidate.name === name)!;
    // An action's command documents its action.yml; a command that is no action (alert-rules), its own flags.
    const isAction = existsSync(join(ROOT, 'actions', name, 'action.yml'));
    const metadata = isAction
      ? (readActionMetadata(name) as unknown as { description: string; inputs: Record<string, { description: string; default?: string; required?: boolean }> })
      : { description: command.summary, inputs: commandInputs(command) };
    expect(text).toContain(flat(metadata.description));
    for (const [input, spec] of Object.entries(metadata.inputs)) {
      expect(text, `--${input}`).toContain(`--${input} `);
      expect(text).toContain(flat(spec.description));
      const fallback = String(spec.default ?? '');
      if (fallback && !fallback.startsWith('${{') && !fallback.includes('\n')) expect(text).toContain(`Default: ${fallback}.`);
      if (spec.required) expect(text).toContain(`--${input} VALUE (required)`);
    }
    for (const secret of COMMANDS.find((command) => command.name === name)!.secrets ?? []) {
      expect(text).toContain(`Secret: prefer --${secret}-file PATH or DEPLOY_GUARDS_${secret.toUpperCase().replace(/-/g, '_')}.`);
    }
    expect(text).toContain('Exit codes: 0 pass, 1 violations');
    expect(text.replace(/ \\ /g, ' ')).toContain(`Example: ${flat(COMMANDS.find((command) => command.name === name)!.example)}`);
    // Help reads like the rest of the CLI: 100 columns.
    for (const line of help.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('--help and help list every check; help <check> is <check> --help; no arguments is a usage error', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const help = cli(args);
      expect(help.code).toBe(0);
      for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name} `);
    }
    expect(cli(['help', 'commit-count']).stdout).toBe(cli(['commit-count', '--help']).stdout);
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: deploy-guards <check>');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = cli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it('a flag that needs a value says so instead of reading it as true; a boolean flag may stand alone', () => {
    const missing = cli(['commit-count', '--expected']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('deploy-guards commit-count: Flag --expected needs a value: --expected VALUE or --expected=VALUE');
    const followed = cli(['commit-count', '--base', '--fail']);
    expect(followed.stderr).toContain('Flag --base needs a value');
    const secretFile = cli(['host-canary', '--ssh-key-file']);
    expect(secretFile.stderr).toContain('Flag --ssh-key-file needs a value');
    // --fail alone is `true`: the run gets as far as reading the range (HEAD~0..HEAD, nothing to count).
    expect(cli(['commit-count', '--base', 'HEAD', '--fail']).code).toBe(0);
  });

  it('refuses an older Node.js with one line before running anything', () => {
    const preload = join(mkdtempSync(join(tmpdir(), 'dg-node-')), 'node-20.mjs');
    writeFileSync(preload, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.11.1' } });\n");
    const old = cli(['commit-count', '--base', 'HEAD'], ['--import', preload]);
    expect(old.code).toBe(2);
    expect(old.stdout).toBe('');
    expect(old.stderr).toBe('deploy-guards needs Node.js 24 or newer; this is Node.js 20.11.1. Install Node.js 24 (for example with nvm install 24) and run it again.\n');
  });
});
