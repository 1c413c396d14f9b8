// Patterns from a generalisation run on stacks nobody here tuned on (docmost, plane,
// hoppscotch, documenso, redash, n8n-hosting, linkwarden): an example file written for
// running from source, optional `${X}` in environment values, a maintainer's script the
// image never runs, Python's check-then-raise, official images' documented required
// variables, Go's `if v := os.Getenv(…); v != ""`, and configuration wrappers the scan
// does not read.
import { describe, expect, it } from 'vitest';
import { checkEnvCompleteness, type EnvCompletenessOptions } from '../src/compose/env-completeness.ts';
import { scanText } from '../src/compose/source-scan.ts';
import { noteLine, summaryMarkdown } from '../src/compose/report.ts';
import { brief, composeProject, engineOptions } from './harness/compose-project.ts';

const check = (dir: string, extra: Partial<EnvCompletenessOptions> = {}) => checkEnvCompleteness(engineOptions(dir, extra));
const all = (result: Awaited<ReturnType<typeof check>>) => ({ errors: brief(result.missing), notices: brief(result.notices) });
/** NAME (required), NAME~ (unguarded), NAME? (optional). */
const reads = (text: string, language: Parameters<typeof scanText>[1]) =>
  scanText(text, language, 'f').map((read) => `${read.name}${read.strength === 'optional' ? '?' : read.strength === 'unguarded' ? '~' : ''}`);

describe('the example file (docmost, plane, hoppscotch)', () => {
  it('an example written for running from source is not used when the compose project reads no .env (docmost)', async () => {
    const dir = composeProject({
      'compose.yaml': "services:\n  app:\n    image: nginx\n    environment:\n      APP_URL: 'http://localhost:3000'\n",
      '.env.example': 'APP_URL=http://localhost:3000\nAPP_SECRET=REPLACE_WITH_LONG_SECRET\nAWS_S3_BUCKET=\n',
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: [] });
    expect(result.notes.join('\n')).toContain('.env.example is not used: no started service interpolates a key it lists or reads .env as an env_file');
  });

  it('a key a started service defines itself is provided; an empty or unused example key is a notice at most', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  app:',
        '    image: nginx',
        '    environment:',
        "      APP_URL: 'http://localhost:3000'",
        '      TAG: ${TAG:-1}',
      ].join('\n'),
      '.env.example': 'APP_URL=http://localhost:3000\nTAG=2\nAWS_S3_BUCKET=\nOPENAI_API_KEY=sk-change-me\n',
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: ['/AWS_S3_BUCKET/example-missing', '/OPENAI_API_KEY/example-missing'] });
    expect(result.notices[1]!.hint).toContain('no started service uses it');
  });

  it('a key the example sets, that a started service interpolates without a default, stays an error (plane: RABBITMQ_USER)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  mq:\n    image: rabbitmq\n    environment:\n      RABBITMQ_DEFAULT_USER: ${RABBITMQ_USER}\n      RABBITMQ_DEFAULT_VHOST: ${RABBITMQ_VHOST}\n',
      '.env.example': 'RABBITMQ_USER=plane\nRABBITMQ_VHOST=\n',
      '.env': '',
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: ['mq/RABBITMQ_USER/unset'], notices: ['mq/RABBITMQ_VHOST/unset'] });
    expect(result.missing[0]!.hint).toContain('.env.example:1');
  });

  it('a read with a fallback of a key the service gets through env_file .env is not a need (hoppscotch: PROXY_APP_URL)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  aio:\n    build: .\n    env_file: .env\n',
      Dockerfile: 'FROM node:20\nCOPY . .\nCMD ["node", "server.js"]\n',
      'server.js': "const proxy = process.env.PROXY_APP_URL || 'https://proxy.example';\nconst token = process.env.PROXY_TOKEN ?? '';\nconsole.log(proxy, token, process.env.BACKEND_URL.trim());\nexport const links = { tos: process.env.VITE_APP_TOS_LINK };\n",
      '.env.example': 'PROXY_APP_URL=https://proxy.example\nPROXY_TOKEN=\nBACKEND_URL=http://localhost:3170\n# Terms Of Service Link (Optional)\nVITE_APP_TOS_LINK=https://docs.example/terms\n',
      '.env': 'BACKEND_URL=http://localhost:3170\n',
    });
    // An "(Optional)" link the example gives a value, read without a fallback: judged by the read (a notice), not by the example.
    expect(all(await check(dir))).toEqual({ errors: [], notices: ['/PROXY_APP_URL/example-missing', '/PROXY_TOKEN/example-missing', 'aio/VITE_APP_TOS_LINK/not-passed'] });
    const removed = composeProject({
      'compose.yaml': 'services:\n  aio:\n    build: .\n    env_file: .env\n',
      Dockerfile: 'FROM node:20\nCOPY . .\nCMD ["node", "server.js"]\n',
      'server.js': 'console.log(process.env.BACKEND_URL.trim());\n',
      '.env.example': 'BACKEND_URL=http://localhost:3170\n',
      '.env': '',
    });
    expect(all(await check(removed)).errors).toEqual(['aio/BACKEND_URL/not-passed']);
  });

  it('.env.sample is the template when there is no .env.example (dotenv-safe reads either name)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: linkwarden\n    env_file: .env\n    environment:\n      - NEXTAUTH_SECRET\n',
      '.env.sample': 'NEXTAUTH_URL=http://localhost:3000/api/v1/auth\nNEXTAUTH_SECRET=change-me\n',
      '.env': 'NEXTAUTH_URL=http://localhost:3000/api/v1/auth\n',
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: ['web/NEXTAUTH_SECRET/unset'], notices: [] });
    expect(result.missing[0]!.hint).toContain('listed in .env.sample:2');
  });
});

describe('an example key no need is shown for, in the .env a started service reads as env_file (linkwarden)', () => {
  it('is a notice that names the services running without it, and does not claim no container lacks it', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  web:\n    image: ghcr.io/linkwarden/linkwarden\n    env_file: .env\n  search:\n    image: getmeili/meilisearch\n',
      '.env.sample': 'NEXTAUTH_URL=http://localhost:3000/api/v1/auth\nNEXTAUTH_SECRET=\n',
      '.env': 'NEXTAUTH_SECRET=set\n',
    });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: ['/NEXTAUTH_URL/example-missing'] });
    expect(result.notices[0]!.hint).toContain('web (env_file .env) runs without it');
    expect(result.notices[0]!.hint).toContain('whether its image needs it cannot be judged');
    expect(result.notices[0]!.hint).not.toContain('no container lacks it');
  });
});

describe('an unset ${X} in an environment value (documenso)', () => {
  it('is a notice: Compose substitutes an empty string, the container gets KEY= like a pass-through', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  app:\n    image: nginx\n    environment:\n      - GOOGLE_CLIENT_ID=${GOOGLE_CLIENT_ID}\n' });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: [], notices: ['app/GOOGLE_CLIENT_ID/unset'] });
    expect(result.notices[0]!.hint).toContain('empty string');
  });

  it('is an error where a need for that key is shown (a required read of the image, required)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build: .\n    environment:\n      - DATABASE_URL=${DATABASE_URL}\n      - SMTP_HOST=${SMTP_HOST}\n',
      Dockerfile: 'FROM node:20\nCOPY . .\nCMD ["node", "main.js"]\n',
      'main.js': 'connect(`${process.env.DATABASE_URL}?ssl=1`);\n',
    });
    expect(all(await check(dir))).toEqual({ errors: ['app/DATABASE_URL/unset'], notices: ['app/SMTP_HOST/unset'] });
    expect(all(await check(dir, { required: { app: ['SMTP_HOST'] } })).errors).toEqual(['app/DATABASE_URL/unset', 'app/SMTP_HOST/unset']);
  });

  it('stays an error where an empty value breaks Compose or the build: image, ports, volumes, command, FROM build args', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  n8n:',
        '    image: n8nio/n8n:${N8N_VERSION}',
        '    ports: ["${PORT}:5678"]',
        '    volumes: ["${DATA_FOLDER}/files:/files"]',
        '    command: ["start", "--tunnel=${TUNNEL}"]',
        '  web:',
        '    build:',
        '      context: .',
        '      args:',
        '        BASE: ${BASE_IMAGE}',
        '        VERSION: ${APP_VERSION}',
      ].join('\n'),
      Dockerfile: 'ARG BASE\nFROM ${BASE}\nARG VERSION\n',
    });
    expect(all(await check(dir, { scanSources: false }))).toEqual({
      errors: ['n8n/DATA_FOLDER/unset', 'n8n/N8N_VERSION/unset', 'n8n/PORT/unset', 'n8n/TUNNEL/unset', 'web/BASE_IMAGE/unset'],
      notices: ['web/APP_VERSION/unset'],
    });
  });
});

describe('one variable in an environment value and in a harmful place (appwrite mongodb)', () => {
  it('is one error, at the harmful place (the healthcheck), not the notice of the environment value', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'x-env: &env',
        '  ROOT_PASSWORD: ${DB_ROOT_PASS}',
        'services:',
        '  mongodb:',
        '    image: mongo',
        '    environment:',
        '      <<: *env',
        '    healthcheck:',
        '      test: mongosh -u root -p ${DB_ROOT_PASS} --eval "quit(0)"',
        '  express:',
        '    image: mongo-express',
        '    environment:',
        '      <<: *env',
      ].join('\n'),
    });
    const result = await check(dir);
    expect(result.missing).toEqual([expect.objectContaining({ service: 'mongodb', services: ['mongodb'], variable: 'DB_ROOT_PASS', reason: 'unset', line: 9 })]);
    expect(result.missing[0]!.hint).toContain('healthcheck.test');
    expect(result.notices).toEqual([expect.objectContaining({ service: 'express', services: ['express'], variable: 'DB_ROOT_PASS', reason: 'unset', line: 2 })]);
  });
});

describe('what the image runs (redash bin/release_manager.py)', () => {
  const image = {
    'compose.yaml': 'services:\n  web:\n    build: .\n',
    Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/app.py"]\n',
    'app.py': 'print("hello")\n',
    'bin/release_manager.py': '#!/usr/bin/env python3\nimport os\n\ngithub_token = os.environ["GITHUB_TOKEN"]\n',
  };

  it('a required read in a standalone script nothing the image runs names is a notice', async () => {
    const result = await check(composeProject(image));
    expect(all(result)).toEqual({ errors: [], notices: ['web/GITHUB_TOKEN/not-passed'] });
    expect(result.notices[0]!.hint).toContain('bin/release_manager.py');
    expect(result.notes.join('\n')).toContain('1 standalone script (a #! line) that nothing the image runs names');
  });

  it('a script name with a line break stays inside its note, in the summary and the CLI log', async () => {
    const name = 'bin/tool\n## services checked (0) none\nx.py';
    const { 'bin/release_manager.py': script, ...rest } = image;
    const result = await check(composeProject({ ...rest, [name]: script }));
    const summary = summaryMarkdown(result);
    expect(summary).not.toMatch(/^## services checked \(0\) none/m);
    expect(result.notes.map(noteLine).join('\n')).toContain('bin/tool\\n## services checked (0) none\\nx.py');
  });

  it('stays a need when the Dockerfile, a compose command or another file of the image names the script', async () => {
    const named = (files: Record<string, string>) => check(composeProject({ ...image, ...files }));
    expect(all(await named({ Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["/app/bin/release_manager.py"]\n' })).errors).toEqual(['web/GITHUB_TOKEN/not-passed']);
    expect(all(await named({ 'compose.yaml': 'services:\n  web:\n    build: .\n    command: ["python", "bin/release_manager.py"]\n' })).errors).toEqual(['web/GITHUB_TOKEN/not-passed']);
    expect(all(await named({ 'bin/docker-entrypoint': '#!/bin/sh\nexec /app/bin/release_manager.py "$@"\n', Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nENTRYPOINT ["/app/bin/docker-entrypoint"]\n' })).errors).toEqual(['web/GITHUB_TOKEN/not-passed']);
    expect(all(await named({ 'app.py': 'from bin import release_manager\n' })).errors).toEqual(['web/GITHUB_TOKEN/not-passed']);
  });
});

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

describe("official images' documented required variables (n8n withPostgres, plane-db)", () => {
  it('postgres without POSTGRES_PASSWORD: a pass-through nothing provides is an error', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  postgres:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD\n      - POSTGRES_USER\n' });
    const result = await check(dir);
    expect(all(result)).toEqual({ errors: ['postgres/POSTGRES_PASSWORD/unset'], notices: ['postgres/POSTGRES_USER/unset'] });
    expect(result.missing[0]!.hint).toContain('hub.docker.com/_/postgres');
  });

  it('postgres whose env_file lacks it is not-passed; trust auth, a _FILE secret or a value satisfy it', async () => {
    const files = { 'compose.yaml': 'services:\n  db:\n    image: docker.io/library/postgres:15.7-alpine\n    env_file: [.env]\n' };
    expect(all(await check(composeProject({ ...files, '.env': 'POSTGRES_USER=plane\n' }))).errors).toEqual(['db/POSTGRES_PASSWORD/not-passed']);
    expect(all(await check(composeProject({ ...files, '.env': 'POSTGRES_HOST_AUTH_METHOD=trust\n' })))).toEqual({ errors: [], notices: [] });
    expect(all(await check(composeProject({ ...files, '.env': 'POSTGRES_PASSWORD_FILE=/run/secrets/pg\n' })))).toEqual({ errors: [], notices: [] });
    expect(all(await check(composeProject({ ...files, '.env': 'POSTGRES_PASSWORD=secret\n' })))).toEqual({ errors: [], notices: [] });
    // An empty value on purpose: the image refuses an empty password too.
    expect(all(await check(composeProject({ ...files, '.env': 'POSTGRES_PASSWORD=\n' }))).errors).toEqual(['db/POSTGRES_PASSWORD/empty-value']);
  });

  it('mysql and mariadb need one of their root password options; other images are not judged', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  mysql:',
        '    image: mysql:8',
        '    environment:',
        '      MYSQL_ROOT_PASSWORD: ${DB_ROOT_PASS}',
        '  mariadb:',
        '    image: mariadb:11',
        '    environment:',
        '      MYSQL_DATABASE: app',
        '  mariadb-random:',
        '    image: mariadb:11',
        '    environment:',
        '      MARIADB_RANDOM_ROOT_PASSWORD: "1"',
        '  bitnami:',
        '    image: bitnami/postgresql:16',
      ].join('\n'),
    });
    expect(all(await check(dir))).toEqual({ errors: ['mariadb/MARIADB_ROOT_PASSWORD/not-passed', 'mysql/DB_ROOT_PASS/unset'], notices: [] });
  });
});

describe('configuration wrappers the scan does not read', () => {
  it('are counted and named in a note, never silent (NestJS ConfigService.get, env() helpers)', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  backend:\n    build: .\n',
      Dockerfile: 'FROM node:20\nCOPY . .\nCMD ["node", "dist/main.js"]\n',
      'src/mock.service.ts': "export class S {\n  constructor(private readonly configService: ConfigService) {}\n  f() { return this.configService.get<string>('ENABLE_SUBPATH_BASED_ACCESS'); }\n  g() { return this.configService.get('INFRA.GOOGLE_CLIENT_ID'); }\n}\n",
      'src/env.ts': "export const url = env('NEXT_PRIVATE_DATABASE_URL');\nexport const prod = env.startsWith('PROD');\n",
    });
    const result = await check(dir);
    const note = result.notes.find((line) => line.includes('not judged'));
    expect(note).toContain('3 reads through configuration wrappers');
    expect(note).toContain('ENABLE_SUBPATH_BASED_ACCESS');
    expect(note).toContain('INFRA.GOOGLE_CLIENT_ID');
    expect(note).toContain('NEXT_PRIVATE_DATABASE_URL');
    // A string method on a variable named env is no wrapper.
    expect(note).not.toContain('PROD');
  });

  it('are found in every language the scan reads, whichever helper name and accessor', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  app:\n    build: .\n',
      Dockerfile: 'FROM python:3.12\nCOPY . .\nCMD ["sh", "-c", "python app/settings.py && ./server && node web.js"]\n',
      // One helper per file: each file is searched on its own.
      'app/settings.py': "DEBUG = env.bool('DEBUG_MODE')\n",
      'app/secrets.py': "SECRET = config( 'SECRET_KEY')\n",
      'main.go': 'package main\nfunc main() { _ = viper.GetString("HTTP_PORT") }\n',
      'web.js': "const url = getEnv('API_URL');\n",
      'db.js': "const host = appConfig.getOrThrow<string>(`DB_HOST`);\n",
    });
    const note = (await check(dir)).notes.find((line) => line.includes('not judged'));
    for (const name of ['DEBUG_MODE', 'SECRET_KEY', 'HTTP_PORT', 'API_URL', 'DB_HOST']) expect(note, name).toContain(name);
    expect(note).toContain('5 reads through configuration wrappers');
  });
});
