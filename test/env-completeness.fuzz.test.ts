// Deterministic fuzzing: thousands of mutated compose and .env files (seeded PRNG).
// Every input either loads or fails with the project's one-line user error; nothing
// else may escape (no TypeError, no RangeError, no hang).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness } from '../src/compose/env-completeness.ts';
import { DotenvError, parseDotenv } from '../src/compose/dotenv.ts';
import { UserError } from '../src/shared/errors.ts';
import { parseComposeYaml } from '../src/compose/yaml-file.ts';
import { composeProject } from './harness/compose-project.ts';
import { mulberry32 } from './harness/random.ts';

const COMPOSE_SEED = `x-common: &common
  environment:
    SHARED: \${SHARED:-x}
services:
  web:
    <<: *common
    build: { context: ./app, args: [A=1] }
    image: "app:\${TAG:?tag}"
    env_file:
      - path: web.env
        required: false
    environment:
      - DATABASE_URL=\${DATABASE_URL}
      - KEY=\${KEY:-}
      - PASS
    profiles: [web]
  worker:
    extends: web
    environment: !override { Q: "\${Q-\${R:+r}}" }
    env_file: !reset []
include:
  - path: other.yaml
`;
const DOTENV_SEED = `# comment
export A=1
B="two \\"quoted\\" \${A}"
C='single \\'x\\''
D=\${A:-d} # trailing
E="multi
line"
F=$$literal
G
`;
const TOKENS = ['${', '}', '$$', '$', '&a', '*a', '*common', '<<: ', '!reset ', '!override ', '"', "'", '\n', '[', ']', '{', '}', ': ', '- ', '  ', '#', '\\', '=', 'export ', ':-', ':?', '\u0000', '\t', '\ufffd', '&a [*a,*a,*a]'];

function mutate(seed: string, random: () => number): string {
  let text = seed;
  const rounds = 1 + Math.floor(random() * 6);
  for (let r = 0; r < rounds; r++) {
    const at = Math.floor(random() * (text.length + 1));
    const choice = random();
    if (choice < 0.35) text = text.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + text.slice(at);
    else if (choice < 0.6) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8));
    else if (choice < 0.75) text = text.slice(0, at) + String.fromCharCode(Math.floor(random() * 256)) + text.slice(at + 1);
    else if (choice < 0.9) {
      const from = Math.floor(random() * text.length);
      text = text.slice(0, at) + text.slice(from, from + Math.floor(random() * 40)) + text.slice(at);
    } else text = text.split('\n').sort(() => random() - 0.5).join('\n');
  }
  return text;
}

const lookup = (name: string) => (name === 'TAG' ? '1' : name === 'EMPTY' ? '' : undefined);

/** true when it loaded, false when it failed with a user error; anything else escapes. */
function expectUserFailureOrSuccess(run: () => unknown, input: string): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (!(error instanceof UserError) && !(error instanceof DotenvError)) {
      throw new Error(`uncaught ${(error as Error)?.name}: ${(error as Error)?.message} for input ${JSON.stringify(input).slice(0, 400)}`);
    }
    expect((error as Error).message).not.toContain('\n');
    return false;
  }
}

describe('fuzz', () => {
  it('3000 mutated compose files parse or fail cleanly', () => {
    const random = mulberry32(6);
    let loaded = 0;
    for (let i = 0; i < 3000; i++) {
      const input = mutate(COMPOSE_SEED, random);
      if (expectUserFailureOrSuccess(() => parseComposeYaml(input, 'compose.yaml', lookup), input)) loaded++;
    }
    // The mutations exercise both paths, not only one.
    expect(loaded).toBeGreaterThan(300);
    expect(loaded).toBeLessThan(2700);
  });

  it('3000 mutated .env files parse or fail cleanly', () => {
    const random = mulberry32(66);
    let loaded = 0;
    for (let i = 0; i < 3000; i++) {
      const input = mutate(DOTENV_SEED, random);
      if (expectUserFailureOrSuccess(() => parseDotenv(input, lookup), input)) loaded++;
    }
    expect(loaded).toBeGreaterThan(300);
    expect(loaded).toBeLessThan(2700);
  });

  it('300 mutated projects run through the whole check', async () => {
    const random = mulberry32(666);
    const dir = composeProject({ 'other.yaml': 'services:\n  other:\n    image: o\n', 'app/index.js': 'process.env.DATABASE_URL' });
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      // One of the two files mutated at a time, so the other half of the check runs too.
      const compose = i % 2 === 0 ? mutate(COMPOSE_SEED, random) : COMPOSE_SEED;
      const dotenv = i % 2 === 1 ? mutate(DOTENV_SEED, random) : DOTENV_SEED;
      writeFileSync(join(dir, 'compose.yaml'), compose);
      writeFileSync(join(dir, '.env'), dotenv);
      try {
        await checkEnvCompleteness({
          workingDirectory: dir, composeFiles: [], envFiles: [], exampleFile: '', required: { '*': ['KEY'] }, scanSources: true,
          services: [], profiles: ['*'], provided: [], ignore: [], environment: '', repository: 'acme/shop', stepEnv: {},
        });
        checked++;
      } catch (error) {
        if (!(error instanceof UserError)) throw new Error(`uncaught ${(error as Error)?.name}: ${(error as Error)?.message}\n${compose}\n---\n${dotenv}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("200 mutated env_files of an include run through the whole check", async () => {
    const random = mulberry32(6666);
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: x\ninclude:\n  - path: sub/compose.yaml\n    env_file: sub/sub.env\n',
      'sub/compose.yaml': 'services:\n  db:\n    image: "postgres:${A:-16}"\n    environment: [B]\n',
    });
    let checked = 0;
    let failed = 0;
    for (let i = 0; i < 200; i++) {
      const dotenv = mutate(DOTENV_SEED, random);
      writeFileSync(join(dir, 'sub/sub.env'), dotenv);
      try {
        await checkEnvCompleteness({
          workingDirectory: dir, composeFiles: [], envFiles: [], exampleFile: '', required: {}, scanSources: false,
          services: [], profiles: [], provided: [], ignore: [], environment: '', repository: 'acme/shop', stepEnv: {},
        });
        checked++;
      } catch (error) {
        if (!(error instanceof UserError)) throw new Error(`uncaught ${(error as Error)?.name}: ${(error as Error)?.message}\n${dotenv}`);
        expect((error as Error).message).toMatch(/^sub\/sub\.env(:\d+)?: [^\n]+$/);
        failed++;
      }
    }
    // Both paths are exercised.
    expect(checked).toBeGreaterThan(20);
    expect(failed).toBeGreaterThan(20);
  });
});
