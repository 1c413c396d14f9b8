// What one env-completeness run reads from disk, counted (work, never time): each
// env_file once however many services name it, a build context scanned once when
// compose and fly.toml build from it, and the search for a `#!` script's name reading
// the text files that could name it, never the binaries next to them. Files are read
// into one reused buffer: each must still be read whole and alone.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { scanBuildContext } from '../src/compose/source-scan.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

// Every file read of the engine goes through node:fs readFileSync, or openSync and readSync: counted per path.
const readBytes = new Map<string, number>();
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const opened = new Map<number, string>();
  const openSync = vi.fn((...args: Parameters<typeof real.openSync>) => {
    const fd = real.openSync(...args);
    opened.set(fd, String(args[0]));
    return fd;
  });
  const readSync = vi.fn((...args: Parameters<typeof real.readSync>) => {
    const read = real.readSync(...args);
    const path = opened.get(args[0]);
    if (path) readBytes.set(path, (readBytes.get(path) ?? 0) + read);
    return read;
  });
  return { ...real, readFileSync: vi.fn(real.readFileSync), openSync, readSync };
});

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, { exampleFile: 'none', ...extra }));
/** How often the run read `path` (absolute): whole, or opened to read in parts. */
const readsOf = (path: string) => [...vi.mocked(fs.readFileSync).mock.calls, ...vi.mocked(fs.openSync).mock.calls].filter(([read]) => read === path).length;

beforeEach(() => {
  vi.mocked(fs.readFileSync).mockClear();
  vi.mocked(fs.openSync).mockClear();
  readBytes.clear();
});

describe('what one run reads', () => {
  it('an env_file six services name is read and parsed once', async () => {
    const services = Array.from({ length: 6 }, (_, i) => `  svc${i}:\n    image: "registry.example/svc${i}:1"\n    env_file: [shared.env, svc${i}.env]\n`);
    const dir = composeProject({
      'compose.yaml': `services:\n${services.join('')}`,
      'shared.env': 'DATABASE_URL=postgres://db/app\nSENTRY_DSN=\n',
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`svc${i}.env`, `OWN_${i}=1\n`])),
    });
    const result = await check(dir, { required: { '*': ['DATABASE_URL', 'SENTRY_DSN'], svc3: ['OWN_3', 'OWN_4'] } });
    expect(readsOf(join(dir, 'shared.env'))).toBe(1);
    for (let i = 0; i < 6; i++) expect(readsOf(join(dir, `svc${i}.env`))).toBe(1);
    // The verdicts read from it, per service: SENTRY_DSN set empty on purpose everywhere; svc3 lacks OWN_4.
    expect(brief(result.missing)).toEqual(['svc3/OWN_4/not-passed']);
    expect(brief(result.notices)).toEqual(Array.from({ length: 6 }, (_, i) => `svc${i}/SENTRY_DSN/empty-value`));
  });

  it('a build context compose and fly.toml both build from is read once; each keeps its own verdicts', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build: .\n  seeder:\n    image: node:22\n    volumes: [./scripts:/scripts]\n',
      'fly.toml': "app = 'web-fly'\n[env]\n  LOG_LEVEL = 'info'\n",
      Dockerfile: 'FROM node:22\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
      'server.js': 'const db = process.env.DATABASE_URL.trim();\nconst level = process.env.LOG_LEVEL.toLowerCase();\n',
      'lib/util.js': 'export const x = 1;\n',
      // Mounted into seeder: another container's script for compose; on Fly nothing mounts it.
      'scripts/seed.js': 'fetch(`${process.env.SEED_URL}/x`);\n',
    });
    const result = await check(dir);
    for (const file of ['server.js', 'lib/util.js', 'scripts/seed.js', 'Dockerfile']) expect(readsOf(join(dir, file)), file).toBe(1);
    expect(brief(result.missing)).toEqual(['web/DATABASE_URL/not-passed', 'web/LOG_LEVEL/not-passed']);
    expect(brief(result.notices)).toEqual(['web-fly/DATABASE_URL/not-passed', 'web-fly/SEED_URL/not-passed']);
    expect(result.services.map((service) => `${service.name}:${service.filesScanned}:${service.reads}`)).toEqual(['web:2:2', 'seeder:0:0', 'web-fly:3:3']);
  });

  it('the search for a #! script\'s name reads text files, never binaries: a known binary extension is not opened, another file only sniffed', async () => {
    // Bytes that name the script, behind a NUL: binary content, no command.
    const binary = (head: number[]) => Buffer.concat([Buffer.from(head), Buffer.from('\0\0\0 node bin/backfill.js '), Buffer.alloc(64 * 1024, 7)]);
    const image = {
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      Dockerfile: 'FROM node:22\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
      'server.js': 'console.log("up");\n',
      'bin/backfill.js': '#!/usr/bin/env node\nconst token = process.env.BACKFILL_TOKEN.trim();\n',
      'public/logo.png': binary([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'public/fonts/inter.WOFF2': binary([0x77, 0x4f, 0x46, 0x32]),
      'data/model': binary([0x7f, 0x45, 0x4c, 0x46]),
      'docs/readme.txt': 'nothing runs from here\n',
    };
    const dir = composeProject(image);
    const result = await check(dir);
    for (const file of ['public/logo.png', 'public/fonts/inter.WOFF2']) expect(readsOf(join(dir, file)), file).toBe(0);
    // Sniffed: no more than its first 8000 bytes of 64 KB.
    expect(readsOf(join(dir, 'data/model'))).toBe(1);
    expect(vi.mocked(fs.readFileSync).mock.calls.filter(([read]) => read === join(dir, 'data/model'))).toEqual([]);
    expect(readBytes.get(join(dir, 'data/model'))).toBeLessThanOrEqual(8000);
    expect(readsOf(join(dir, 'docs/readme.txt'))).toBe(1);
    // Nothing the image runs names it (a name inside a binary is no command): its read is a notice.
    expect(brief(result.missing)).toEqual([]);
    expect(brief(result.notices)).toEqual(['web/BACKFILL_TOKEN/not-passed']);
    expect(result.notes.join('\n')).toContain('1 standalone script (a #! line) that nothing the image runs names (CMD, ENTRYPOINT, command, another file of the image): bin/backfill.js');

    // A text file without an extension that names it (a Procfile) is still read: the read is a need again.
    const named = await check(composeProject({ ...image, Procfile: 'worker: node bin/backfill.js\n' }));
    expect(brief(named.missing)).toEqual(['web/BACKFILL_TOKEN/not-passed']);
  });

  it('files are read into one reused buffer: each keeps its own bytes, before and after a bigger one; an oversized one is skipped', async () => {
    const padding = (kb: number) => `// ${'x'.repeat(1024)}\n`.repeat(kb);
    const dir = composeProject({
      'src/a.ts': 'export const a = process.env.A_URL.trim();\n',
      'src/b.ts': `${padding(300)}export const b = process.env.B_URL.trim();\n`,
      'src/c.ts': 'export const c = process.env.C_URL.trim();\n',
      'src/d.ts': `${padding(1100)}export const d = process.env.D_URL.trim();\n`,
      'src/e.ts': '// nothing\n',
    });
    const scan = await scanBuildContext(dir, { workingDirectory: dir });
    expect(scan.reads.map((read) => `${read.name}:${read.file}:${read.line}`).sort()).toEqual(['A_URL:src/a.ts:1', 'B_URL:src/b.ts:301', 'C_URL:src/c.ts:1']);
    expect(scan.filesScanned).toBe(4);
  });
});
