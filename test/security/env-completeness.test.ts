// Issue 12, env-completeness leak: a pull request's compose file can build paths from a
// secret (`env_file: ["./${DB_PASSWORD}.env"]`, a `build.context`, an `include` path, an
// environment entry's name). Such derived strings are shown as written, never evaluated,
// in every output: log, notices, summary, outputs and annotations.
import { describe, expect, it } from 'vitest';
import { printed, runStep, type StepResult } from '../harness/action-runner.ts';
import { composeProject } from '../harness/compose-project.ts';

const SECRET = 'leak-canary-pw-5e1f0a';

function everything(step: StepResult): string {
  return [printed(step), JSON.stringify(step.outputs), step.summary, JSON.stringify(step.annotations)].join('\n');
}

describe('env-completeness shows derived paths as written', () => {
  it('env_file and build.context built from a secret, when the files do not exist', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  web:',
        '    image: web',
        '    env_file: ["./${DB_PASSWORD}.env"]',
        '  api:',
        '    build:',
        '      context: ./${DB_PASSWORD}-ctx',
        '      dockerfile: ${DB_PASSWORD}.Dockerfile',
      ].join('\n'),
    });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET } });
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('./${DB_PASSWORD}.env');
    expect(output).toContain('./${DB_PASSWORD}-ctx');
  });

  it('an env_file path from a secret that exists: hints name it as written', async () => {
    const dir = composeProject({
      'compose.yaml': [
        'services:',
        '  legacy:',
        '    image: legacy',
        '    env_file: ["./${DB_PASSWORD}.env"]',
        '  web:',
        '    image: web',
      ].join('\n'),
      [`${SECRET}.env`]: 'MANA_STT_URL=http://stt\n',
    });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET }, inputs: { required: '{web: [MANA_STT_URL]}' } });
    expect(step.exitCode).toBe(1);
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('defined for legacy (./${DB_PASSWORD}.env:1)');
  });

  it('a build context from a secret that exists: scanned file paths are shown under the context as written', async () => {
    const dir = composeProject({
      'compose.yaml': 'services:\n  api:\n    build: ./${DB_PASSWORD}\n',
      [`${SECRET}/src/index.ts`]: 'fetch(`${process.env.API_URL}/x`);\n',
    });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET } });
    expect(step.exitCode).toBe(1);
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('./${DB_PASSWORD}/src/index.ts:1');
  });

  it('an include path from a secret: the error names the path as written', async () => {
    const dir = composeProject({ 'compose.yaml': 'include:\n  - ./${DB_PASSWORD}/compose.yaml\nservices:\n  web:\n    image: web\n' });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET } });
    expect(step.exitCode).toBe(1);
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('./${DB_PASSWORD}/compose.yaml');
  });

  it('an include that exists, with an env_file from a secret: its files are listed as written', async () => {
    const dir = composeProject({
      'compose.yaml': 'include:\n  - path: ./${DB_PASSWORD}/compose.yaml\n    env_file: ./${DB_PASSWORD}/.env\nservices:\n  web:\n    image: "web:${TAG}"\n',
      [`${SECRET}/compose.yaml`]: 'services:\n  db:\n    image: "db:${DB_TAG}"\n',
      [`${SECRET}/.env`]: 'OTHER=1\n',
    });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET } });
    expect(step.exitCode).toBe(1);
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('./${DB_PASSWORD}/compose.yaml');
  });

  it('paths inside an included project whose path came from a secret are shown under that path as written', async () => {
    const dir = composeProject({
      'compose.yaml': 'include:\n  - ./${DB_PASSWORD}/compose.yaml\n',
      [`${SECRET}/compose.yaml`]: 'services:\n  api:\n    build: ./app\n    env_file: [./missing.env]\n  legacy:\n    image: legacy\n    env_file: [./legacy.env]\n',
      [`${SECRET}/legacy.env`]: 'API_URL=http://x\n',
      [`${SECRET}/app/src/index.ts`]: 'fetch(`${process.env.API_URL}/x`);\n',
    });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET } });
    expect(step.exitCode).toBe(1);
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('./${DB_PASSWORD}/app/src/index.ts:1');
    expect(output).toContain('./${DB_PASSWORD}/missing.env');
    expect(output).toContain('defined for legacy (./${DB_PASSWORD}/legacy.env:1)');
  });

  it('an environment entry whose name is interpolated is not checked, and its name is not printed', async () => {
    const dir = composeProject({ 'compose.yaml': 'services:\n  web:\n    image: web\n    environment:\n      - "${DB_PASSWORD}"\n      - "${DB_PASSWORD}_X=1"\n' });
    const step = await runStep('env-completeness', 'main', { cwd: dir, env: { DB_PASSWORD: SECRET } });
    const output = everything(step);
    expect(output).not.toContain(SECRET);
    expect(output).toContain('compose.yaml:5');
  });
});
