// The source scan reads what the image contains and runs as the service. Patterns from
// real stacks: Outline's .dockerignore (`**/*.test.ts`, `**/__mocks__`) and its
// vitest.config.ts, Appwrite's tests/resources fixtures and mongo-init.js (mounted into
// the mongodb service), six Appwrite services built from one context, and Outline's
// compared, guarded, fallback and assigned reads.
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { scanText } from '../src/compose/source-scan.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, { exampleFile: 'none', ...extra }));
/** Each read as NAME (required), NAME~ (unguarded: use not followed) or NAME? (optional). */
const reads = (text: string) => scanText(text, 'js', 'f.ts').map((read) => `${read.name}${read.strength === 'optional' ? '?' : read.strength === 'unguarded' ? '~' : ''}`);

describe('what the image contains', () => {
  it('.dockerignore with Docker\'s rules: root-anchored patterns, ** at any depth, ! exceptions', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build: ./app\n',
      'app/.dockerignore': '# comment\n*.md.ts\n**/*.test.ts\n**/__mocks__\nscripts\n!scripts/keep.ts\n/docs/**\n',
      'app/server/index.ts': 'fetch(`${process.env.NEEDED_URL}/x`);',
      'app/notes.md.ts': 'fetch(`${process.env.ROOT_IGNORED}`);',
      'app/server/notes.md.ts': 'fetch(`${process.env.NESTED_NOT_IGNORED}`);',
      'app/server/env.test.ts': 'fetch(`${process.env.TEST_ONLY}`);',
      'app/server/__mocks__/aws.ts': 'fetch(`${process.env.MOCK_ONLY}`);',
      'app/scripts/seed.ts': 'fetch(`${process.env.SEED_ONLY}`);',
      'app/scripts/keep.ts': 'fetch(`${process.env.KEPT_SCRIPT}`);',
      'app/docs/gen/x.ts': 'fetch(`${process.env.DOCS_ONLY}`);',
    });
    const result = await check(dir);
    expect(brief(result.missing)).toEqual(['app/KEPT_SCRIPT/not-passed', 'app/NEEDED_URL/not-passed', 'app/NESTED_NOT_IGNORED/not-passed']);
  });

  it('a Dockerfile-specific ignore file (<Dockerfile>.dockerignore) wins over .dockerignore', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build:\n      context: ./app\n      dockerfile: build/Prod.Dockerfile\n',
      'app/build/Prod.Dockerfile': 'FROM node\nCOPY . .\n',
      'app/build/Prod.Dockerfile.dockerignore': 'legacy\n',
      'app/.dockerignore': 'server\n',
      'app/server/index.ts': 'fetch(`${process.env.SERVER_URL}`);',
      'app/legacy/index.ts': 'fetch(`${process.env.LEGACY_URL}`);',
    });
    expect(brief((await check(dir)).missing)).toEqual(['app/SERVER_URL/not-passed']);
  });

  it('test files and directories, test-runner configs and fixtures are not what the service runs', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build: .\n',
      'src/index.ts': 'fetch(`${process.env.APP_URL}`);',
      'src/util.spec.ts': 'fetch(`${process.env.SPEC_ONLY}`);',
      'src/__tests__/a.ts': 'fetch(`${process.env.TESTS_DIR}`);',
      'tests/resources/functions/basic/index.js': 'fetch(`${process.env.FIXTURE_FN}`);',
      'test/helpers.ts': 'fetch(`${process.env.TEST_HELPER}`);',
      'spec/support/x.rb': "ENV.fetch('RSPEC_ONLY')",
      'app/test_models.py': "os.environ['PYTEST_ONLY']",
      'pkg/handler_test.go': 'fmt.Println(os.Getenv("GO_TEST_ONLY").x)',
      'vitest.config.ts': 'delete process.env.SSL_CERT_FILE; fetch(`${process.env.VITEST_CFG}`);',
      'jest.config.js': 'module.exports = { url: `${process.env.JEST_CFG}` };',
      'playwright.config.ts': 'fetch(`${process.env.PW_CFG}`);',
      'src/fixtures/data.ts': 'fetch(`${process.env.FIXTURE_DATA}`);',
      'e2e/login.ts': 'fetch(`${process.env.E2E_ONLY}`);',
      'src/Button.stories.tsx': 'fetch(`${process.env.STORY_ONLY}`);',
    });
    const result = await check(dir);
    expect(brief(result.missing)).toEqual(['app/APP_URL/not-passed']);
  });

  it('a script mounted into another service is that service\'s, not the image\'s', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  app:',
        '    build: .',
        '  mongodb:',
        '    image: mongo',
        '    volumes:',
        '      - ./mongo-init.js:/docker-entrypoint-initdb.d/mongo-init.js:ro',
        '      - type: bind',
        '        source: ./db/seed',
        '        target: /seed',
      ].join('\n'),
      'src/index.ts': 'fetch(`${process.env.APP_URL}`);',
      'mongo-init.js': 'db.createUser({ user: `${process.env.MONGO_INITDB_USERNAME}` });',
      'db/seed/load.js': 'load(`${process.env.SEED_URL}`);',
    });
    expect(brief((await check(dir)).missing)).toEqual(['app/APP_URL/not-passed']);
  });
});

describe('what the scan cannot judge', () => {
  it('code in languages the scan does not read is counted and named', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build: .\n',
      'src/Config.php': '<?php getenv("DB_HOST");',
      'src/Env.php': '<?php',
      'bin/entry.sh': 'echo $X',
      'tests/unit/ConfigTest.php': '<?php',
    });
    const result = await check(dir);
    expect(result.notes).toContain('app: build context .: environment reads in 2 .php, 1 .sh files are not judged (languages the scan does not read)');
  });
});

describe('reads that are optional', () => {
  it.each([
    ["const p = process.env.PORT ?? '3000'", ['PORT?']],
    ["const d = process.env.ALLOWED_DOMAINS || process.env.GOOGLE_ALLOWED_DOMAINS", ['ALLOWED_DOMAINS?', 'GOOGLE_ALLOWED_DOMAINS?']],
    ['const proxy = process.env.https_proxy ?? process.env.HTTPS_PROXY;', ['https_proxy?', 'HTTPS_PROXY?']],
    ['if (process.env.SEARCH_PROVIDER === "postgres") return;', ['SEARCH_PROVIDER?']],
    ['if ("hosted" !== process.env.DEPLOYMENT) {}', ['DEPLOYMENT?']],
    ['if (process.env.DEBUG) log();', ['DEBUG?']],
    ['if (!process.env.SENTRY_DSN) return;', ['SENTRY_DSN?']],
    ['const on = process.env.FEATURE ? 1 : 0;', ['FEATURE?']],
    ['process.env.FEATURE && start();', ['FEATURE?']],
    ['typeof process.env.X === "string"', ['X?']],
    ['process.env.NODE_OPTIONS = `${opts} --max-old-space-size=1`;', ['NODE_OPTIONS?']],
    ['delete process.env.SSL_CERT_FILE;', ['SSL_CERT_FILE?']],
    ["function f(url = process.env.API_URL) {}", ['API_URL?']],
    ['const token = process.env.TOKEN;\nif (!token) {\n  return;\n}\nuse(token);', ['TOKEN?']],
  ])('%s', (text, expected) => {
    expect(reads(text)).toEqual(expected);
  });
});

describe('reads that are needed, and reads whose use the scan cannot follow', () => {
  it.each([
    ['fetch(`${process.env.MANA_STT_URL}/v1`)', ['MANA_STT_URL']],
    ["const u = process.env.BASE + '/api'", ['BASE']],
    ["const hosts = process.env.HOSTS.split(',')", ['HOSTS']],
    ['const db = postgres(process.env.DATABASE_URL!)', ['DATABASE_URL']],
    ['const key = process.env.STRIPE_KEY as string', ['STRIPE_KEY']],
    ['const token = process.env.TOKEN;\nif (!token) throw new Error("TOKEN is required");', ['TOKEN']],
    ['const url = process.env.URL;\nfetch(`${url}/x`);', ['URL']],
    ['export default { host: process.env.DATABASE_HOST, port: 5432 }', ['DATABASE_HOST~']],
    ['new Pool({ connectionString: process.env.DATABASE_URL })', ['DATABASE_URL~']],
    ['connect(process.env.REDIS_URL)', ['REDIS_URL~']],
  ])('%s', (text, expected) => {
    expect(reads(text)).toEqual(expected);
  });

  it('an unguarded read nothing gives is a notice; a required one an error', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build: .\n',
      'server/config/database.js': 'module.exports = { host: process.env.DATABASE_HOST, url: `${process.env.DATABASE_URL}` };',
    });
    const result = await check(dir);
    expect(brief(result.missing)).toEqual(['app/DATABASE_URL/not-passed']);
    expect(brief(result.notices)).toEqual(['app/DATABASE_HOST/not-passed']);
  });
});

describe('services built from one context', () => {
  const files = {
    'compose.yaml': [
      'services:',
      '  api:',
      '    build: .',
      '    environment: [SHARED_KEY=1]',
      '  worker-a:',
      '    build: .',
      '  worker-b:',
      '    build: .',
    ].join('\n'),
    'src/a.ts': 'fetch(`${process.env.NOBODY_GETS}`); fetch(`${process.env.SHARED_KEY}`);',
    'src/b.ts': 'fetch(`${process.env.NOBODY_GETS}`);',
  };

  it('a read is reported once per variable for the image, naming every service that runs it', async () => {
    const result = await check(composeProject(files));
    expect(brief(result.missing)).toEqual(['api/NOBODY_GETS/not-passed']);
    expect(result.missing[0]!.hint).toContain('api, worker-a, worker-b');
  });

  it('when some services of the image get the variable and others do not, a notice', async () => {
    const result = await check(composeProject(files));
    expect(brief(result.notices)).toEqual(['worker-a/SHARED_KEY/not-passed']);
    expect(result.notices[0]!.hint).toContain('worker-a, worker-b');
  });
});
