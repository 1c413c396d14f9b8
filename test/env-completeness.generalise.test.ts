// Patterns from a generalisation run on stacks nobody here tuned on (redash, hoppscotch):
// Python's check-then-raise and Go's `if v := os.Getenv(…); v != ""`.
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { scanText } from '../src/compose/source-scan.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, extra));
const all = (result: Awaited<ReturnType<typeof check>>) => ({ errors: brief(result.missing), notices: brief(result.notices) });
/** NAME (required), NAME~ (unguarded), NAME? (optional). */
const reads = (text: string, language: Parameters<typeof scanText>[1]) =>
  scanText(text, language, 'f').map((read) => `${read.name}${read.strength === 'optional' ? '?' : read.strength === 'unguarded' ? '~' : ''}`);

describe('Python: checked, then raised (redash REDASH_COOKIE_SECRET)', () => {
  it.each([
    ['SECRET_KEY = os.environ.get("COOKIE_SECRET")\n\nif SECRET_KEY is None:\n    raise Exception("You must set COOKIE_SECRET")\n', ['COOKIE_SECRET']],
    ['SECRET_KEY = os.environ.get("COOKIE_SECRET")\nif not SECRET_KEY:\n    raise Exception("set it")\n', ['COOKIE_SECRET']],
    ['def load():\n    secret = os.getenv("COOKIE_SECRET")\n    if secret is None:\n        raise RuntimeError("set it")\n    return secret\n', ['COOKIE_SECRET']],
    ['if os.environ.get("COOKIE_SECRET") is None:\n    sys.exit("set COOKIE_SECRET")\n', ['COOKIE_SECRET']],
    ['SECRET_KEY = os.environ.get("COOKIE_SECRET")\nif SECRET_KEY is None:\n    SECRET_KEY = "dev"\n', ['COOKIE_SECRET?']],
    ['SECRET_KEY = os.environ.get("COOKIE_SECRET")\nif SECRET_KEY is not None:\n    configure(SECRET_KEY)\n', ['COOKIE_SECRET?']],
  ])('%s', (text, expected) => {
    expect(reads(text, 'py')).toEqual(expected);
  });

  it('is a required need of the image (error when nothing gives it)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    build: .\n',
      Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/settings.py"]\n',
      'settings.py': 'import os\n\nSECRET_KEY = os.environ.get("COOKIE_SECRET")\n\nif SECRET_KEY is None:\n    raise Exception("You must set the COOKIE_SECRET environment variable.")\n',
    });
    expect(all(await check(dir)).errors).toEqual(['web/COOKIE_SECRET/not-passed']);
  });
});

describe('Go: if v := os.Getenv("X"); v != "" (hoppscotch webapp-server)', () => {
  it.each([
    ['if p := os.Getenv("SERVER_PORT"); p != "" {\n\tport = p\n}', ['SERVER_PORT?']],
    ['port := os.Getenv("PORT")\nif port == "" {\n\tport = "8080"\n}', ['PORT?']],
    ['dsn := os.Getenv("DSN")\ndb, err := sql.Open("postgres", dsn)', ['DSN~']],
  ])('%s', (text, expected) => {
    expect(reads(text, 'go')).toEqual(expected);
  });
});

