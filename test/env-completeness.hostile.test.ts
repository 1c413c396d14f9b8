// Hostile compose and .env files: each gives a one-line error naming the file (and the
// line where there is one), in bounded time and memory, never a hang or a crash.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { UserError } from '../src/shared/errors.ts';
import { composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, extra));

async function failure(dir: string, extra: Partial<EnvCompletenessOptions> = {}): Promise<string> {
  const before = process.memoryUsage().heapUsed;
  try {
    await check(dir, extra);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    // Bounded memory: a bomb that expanded would take gigabytes.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
    return message;
  }
  throw new Error('expected a failure');
}

describe('hostile compose files', () => {
  it('an alias bomb (billion laughs)', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const dir = composeProject({ 'compose.yaml': `x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\nservices:\n  web:\n    image: x\n    labels: *j\n` });
    expect(await failure(dir)).toMatch(/^compose.yaml:\d+: YAML aliases expand to more than \d+ nodes \(an alias bomb\?\)$/);
  });

  it('200 levels of flow nesting', async () => {
    const dir = composeProject({ 'compose.yaml': `services:\n  web:\n    image: x\n    labels: ${'['.repeat(200)}1${']'.repeat(200)}\n` });
    expect(await failure(dir)).toBe('compose.yaml:4: nesting deeper than 64 levels is refused');
  });

  it('200 levels of block nesting', async () => {
    const lines = ['services:', '  web:', '    image: x', '    x-deep:'];
    for (let i = 0; i < 200; i++) lines.push(`${'  '.repeat(i + 3)}k${i}:`);
    lines.push(`${'  '.repeat(203)}end`);
    const dir = composeProject({ 'compose.yaml': lines.join('\n') + '\n' });
    expect(await failure(dir)).toMatch(/^compose.yaml:\d+: nesting deeper than 64 levels is refused$/);
  });

  it('a 20 MB compose file is refused before it is read', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n' });
    writeFileSync(join(dir, 'compose.yaml'), Buffer.alloc(20 * 1024 * 1024, 'a: 1\n'));
    expect(await failure(dir)).toBe('compose.yaml: is 20.0 MB; compose files over 4 MB are refused');
  });

  it('an unterminated ${ names file and line, not the value', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n    environment:\n      TOKEN: "hunter2-${SECRET"\n' });
    const message = await failure(dir);
    expect(message).toBe("compose.yaml:5: invalid interpolation format: unterminated '${' (no closing '}') (at services.web.environment.TOKEN)");
    expect(message).not.toContain('hunter2');
  });

  it('binary garbage', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const dir = composeProject({ 'compose.yaml': Buffer.concat([Buffer.from('services:\n'), garbage]) });
    expect(await failure(dir)).toMatch(/^compose.yaml:\d+: is not (a text file|valid UTF-8 text)/);
  });

  it('invalid UTF-8 without NUL bytes', async () => {
    const dir = composeProject({ 'compose.yaml': Buffer.concat([Buffer.from('services:\n  web:\n    image: '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]) });
    expect(await failure(dir)).toBe('compose.yaml:3: is not valid UTF-8 text (binary data?)');
  });

  it('a missing file', async () => {
    const dir = composeProject({});
    expect(await failure(dir, { composeFiles: ['compose.yaml', 'nope.yaml'] })).toBe('compose.yaml: no such file');
  });

  it('duplicate keys, invalid YAML, a top level that is not a mapping', async () => {
    expect(await failure(composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n    image: y\n' }))).toMatch(/^compose.yaml:4: invalid YAML: Map keys must be unique/);
    expect(await failure(composeProject({ 'compose.yaml': 'services:\n  web: [\n' }))).toMatch(/^compose.yaml:\d+: invalid YAML: /);
    expect(await failure(composeProject({ 'compose.yaml': '- just\n- a list\n' }))).toBe('compose.yaml:1: is not a compose file: the top level must be a mapping (services: …)');
  });

  it('a self-referencing alias', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web: &w\n    image: x\n    labels: [*w]\n' });
    expect(await failure(dir)).toMatch(/^compose.yaml:\d+: (nesting deeper|YAML aliases expand|invalid YAML|unknown alias)/);
  });

  it('a broken .env names its line and never its value', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n', '.env': 'OK=1\nPASSWORD="s3cr3t-${x\n' });
    const message = await failure(dir);
    expect(message).toBe('.env:2: unterminated double-quoted value for PASSWORD');
    const binary = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: x\n', '.env': Buffer.from([0x41, 0x3d, 0, 1, 2]) });
    expect(await failure(binary)).toBe('.env:1: is not a text file (binary data)');
  });

  it("a broken env_file of an include names its file and line, like the project's own .env", async () => {
    const include = (envFile: string | Buffer) => composeProject({
      'compose.yaml': 'services:\n  web:\n    image: x\ninclude:\n  - path: sub/compose.yaml\n    env_file: sub/sub.env\n',
      'sub/compose.yaml': 'services:\n  db:\n    image: "postgres:${PG_TAG}"\n',
      'sub/sub.env': envFile,
    });
    expect(await failure(include('PG_TAG=16\nPASSWORD="s3cr3t\n'))).toBe('sub/sub.env:2: unterminated double-quoted value for PASSWORD');
    const required = await failure(include('PG_TAG=16\nURL=${DB_HOST:?set DB_HOST}\n'));
    expect(required).toMatch(/^sub\/sub\.env:2: /);
    expect(required).toContain('DB_HOST');
    expect(await failure(include(Buffer.from([0x41, 0x3d, 0, 1, 2])))).toBe('sub/sub.env:1: is not a text file (binary data)');
  });
});
