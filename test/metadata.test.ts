// Validates every action.yml and workflow with GitHub's own parser
// (@actions/workflow-parser), and keeps the catalog, README and CLI in step with
// the action metadata.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandInputs } from '../src/cli/command.ts';
import { COMMANDS } from '../src/cli/commands.ts';
import { ROOT, readActionMetadata } from './harness/action-runner.ts';

const actions = readdirSync(join(ROOT, 'actions')).sort();
const workflows = readdirSync(join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));
const catalog = readFileSync(join(ROOT, 'action-catalog.md'), 'utf8');

/** The rows of the markdown table under `### <heading>` inside an action's catalog section. */
function catalogTable(action: string, heading: string): string[][] {
  const section = catalog.split(/^## /m).find((part) => part.startsWith(`\`${action}\``));
  if (!section) throw new Error(`action-catalog.md has no section "## \`${action}\`"`);
  const block = section.split(/^### /m).find((part) => part.startsWith(heading));
  if (!block) throw new Error(`action-catalog.md section ${action} has no "### ${heading}" table`);
  return block.split('\n').filter((line) => line.startsWith('|')).slice(2)
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}
const unquote = (cell: string) => cell.replace(/^`(.*)`$/, '$1').replace(/\\\|/g, '|');

describe.each(actions)('action %s', (action) => {
  const text = readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8');
  const metadata = readActionMetadata(action);

  it('is a valid action.yml for GitHub\'s parser, on node24, pointing at its bundle', () => {
    const result = parseAction({ name: `actions/${action}/action.yml`, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe(`../../dist/${action}/index.js`);
    expect(existsSync(resolve(ROOT, 'actions', action, metadata.runs.main))).toBe(true);
    if (metadata.runs.post) {
      expect(metadata.runs.post).toBe(`../../dist/${action}/post/index.js`);
      expect(existsSync(resolve(ROOT, 'actions', action, metadata.runs.post))).toBe(true);
    }
    for (const name of Object.keys(metadata.inputs ?? {})) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('has catalog tables that agree with action.yml', () => {
    const inputs = catalogTable(action, 'Inputs').map((row) => [unquote(row[0]!), row[1] === '' ? '' : unquote(row[1]!)]);
    expect(inputs).toEqual(Object.entries(metadata.inputs ?? {}).map(([name, spec]) => [name, String(spec.default ?? '')]));
    const outputs = catalogTable(action, 'Outputs').map((row) => unquote(row[0]!));
    expect(outputs).toEqual(Object.keys(metadata.outputs ?? {}));
    expect(catalog).toContain(`uses: acme/deploy-guards/actions/${action}@v1`);
  });

  it('is listed in the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`action-catalog.md#${action}`);
  });

  it('has a CLI command whose flags are its inputs (when it has one)', () => {
    const command = COMMANDS.find((c) => c.name === action);
    if (action === 'deploy-start') return; // a job-lifecycle step: nothing to run from a terminal
    expect(command, `deploy-guards ${action}`).toBeDefined();
    expect(Object.keys(commandInputs(command!)).sort()).toEqual(Object.keys(metadata.inputs ?? {}).sort());
    for (const secret of command!.secrets ?? []) expect(Object.keys(metadata.inputs ?? {})).toContain(secret);
  });
});

interface WorkflowStep { uses?: string; run?: string; with?: Record<string, unknown> }
interface WorkflowJob { permissions?: Record<string, string> | string; uses?: string; steps?: WorkflowStep[] }
interface Workflow { permissions?: Record<string, string> | string; jobs: Record<string, WorkflowJob> }

// The only jobs that may write, and why: anything else that asks for write access is a defect.
const WRITE_JOBS: Record<string, string> = { 'release.yml/release': 'creates the GitHub release and moves the major tag' };
const writes = (permissions: WorkflowJob['permissions']) =>
  typeof permissions === 'string' ? permissions.startsWith('write') : Object.values(permissions ?? {}).some((level) => level === 'write');

describe.each(workflows)('workflow %s', (file) => {
  const content = readFileSync(join(ROOT, '.github/workflows', file), 'utf8');
  const workflow = parse(content) as Workflow;

  it('is valid for GitHub\'s parser, declares permissions and pins actions by SHA', () => {
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(workflow.permissions).toBeDefined();
    for (const job of Object.values(workflow.jobs)) {
      if (job.uses) expect(job.uses, 'a reusable workflow of this repository').toMatch(/^\.\/\.github\/workflows\/[\w.-]+\.ya?ml$/);
      for (const step of job.steps ?? []) {
        if (step.uses && !step.uses.startsWith('./')) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });

  it('grants least privilege: read at the top, write only to the jobs that need it', () => {
    expect(writes(workflow.permissions), 'top-level permissions must not write').toBe(false);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (writes(job.permissions)) expect(WRITE_JOBS, `${file}/${name} asks for write access`).toHaveProperty([`${file}/${name}`]);
    }
  });

  it('never leaves the token in .git/config and never expands expressions inside run:', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
        if (step.run) expect(step.run, 'pass values to run: through env:').not.toContain('${{');
      }
    }
  });
});

// The workflows users copy: every complete workflow in the README and the catalog parses, keeps
// the token out of .git/config and passes values to scripts through env:, as ours do.
const snippets = ['README.md', 'action-catalog.md'].flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .filter((yaml) => /^jobs:/m.test(yaml))
    .map((yaml, index) => ({ name: `${file} workflow ${index + 1}`, yaml })));

describe.each(snippets)('$name', ({ name, yaml }) => {
  it('is a valid workflow with checkout credentials not persisted and no expression inside run:', () => {
    const result = parseWorkflow({ name, content: yaml }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const workflow = parse(yaml) as Workflow;
    expect(workflow.permissions, 'declare permissions').toBeDefined();
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], `${step.uses} in ${name}`).toBe(false);
        if (step.run) expect(step.run, `pass values to run: through env: (${name})`).not.toContain('${{');
      }
    }
  });
});
