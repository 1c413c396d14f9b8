// Runs a bundled action the way the GitHub runner does: inputs from action.yml
// defaults plus the given ones as INPUT_<NAME> (upper-cased, hyphens kept), file
// commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY), the event
// payload at GITHUB_EVENT_PATH, STATE_* for the post step, and cancellation as
// SIGINT then SIGTERM 7.5 s later.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '..', '..');

interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export function readActionMetadata(action: string): ActionMetadata {
  return parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_WORKSPACE, GITHUB_API_URL, …). */
  env?: Record<string, string>;
  eventName?: string;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
  cwd?: string;
  /** Shared by the main and post step of one job: reuse the returned `runnerTemp`. */
  runnerTemp?: string;
  /** State saved by the main step (for post). */
  state?: Record<string, string>;
  /** Send SIGINT after this many ms (then SIGTERM 7.5 s later, as the runner cancels). */
  cancelAfterMs?: number;
  /** Hard limit for the step; the test fails with what it printed when exceeded. */
  timeoutMs?: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values registered with ::add-mask:: */
  masks: string[];
  runnerTemp: string;
  durationMs: number;
}

/** Parses a file-command file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      values[name!] = body.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, props = '', data = ''] = match;
    if (command === 'add-mask') masks.push(unescapeData(data));
    if (command === 'error' || command === 'warning' || command === 'notice') {
      const properties: Record<string, string> = {};
      for (const pair of props.split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
      annotations.push({ level: command, message: unescapeData(data), properties });
    }
  }
  return { annotations, masks };
}

function inputEnv(action: string, inputs: Record<string, string>): Record<string, string> {
  const metadata = readActionMetadata(action);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    const value = inputs[name] ?? spec.default ?? '';
    // The runner evaluates expressions in defaults; tests have no token unless given.
    env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] = /^\$\{\{.*\}\}$/.test(value) ? '' : value;
  }
  for (const name of Object.keys(inputs)) {
    if (!metadata.inputs?.[name]) throw new Error(`test bug: action ${action} has no input '${name}'`);
  }
  return env;
}

export interface PreparedStep {
  entry: string;
  cwd: string;
  env: Record<string, string>;
  runnerTemp: string;
  paths: { output: string; state: string; env: string; summary: string; event: string };
}

/** The process a runner would start for a step: its entry file, working directory and environment. */
export function prepareStep(action: string, step: 'main' | 'post', options: RunOptions = {}): PreparedStep {
  const metadata = readActionMetadata(action);
  const script = step === 'main' ? metadata.runs.main : metadata.runs.post;
  if (!script) throw new Error(`action ${action} has no ${step} step`);
  const entry = resolve(ROOT, 'actions', action, script);
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'runner-temp-'));
  const files = mkdtempSync(join(tmpdir(), 'runner-files-'));
  const paths = {
    output: join(files, 'output'),
    state: join(files, 'state'),
    env: join(files, 'env'),
    summary: join(files, 'summary'),
    event: join(files, 'event.json'),
  };
  for (const path of [paths.output, paths.state, paths.env, paths.summary]) writeFileSync(path, '');
  writeFileSync(paths.event, JSON.stringify(options.event ?? {}));

  const state: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.state ?? {})) state[`STATE_${name}`] = value;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: paths.output,
    GITHUB_STATE: paths.state,
    GITHUB_ENV: paths.env,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: a test that needs the API passes its stand-in
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    ...inputEnv(action, options.inputs ?? {}),
    ...state,
    ...options.env,
  };
  return { entry, cwd: options.cwd ?? env.GITHUB_WORKSPACE!, env, runnerTemp, paths };
}

/** Runs `dist/<action>/index.js` (or its post step) as the runner would. */
export async function runStep(action: string, step: 'main' | 'post', options: RunOptions = {}): Promise<StepResult> {
  const { entry, cwd, env, runnerTemp, paths } = prepareStep(action, step, options);
  const started = performance.now();
  const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timers: NodeJS.Timeout[] = [];
  if (options.cancelAfterMs !== undefined) {
    timers.push(setTimeout(() => {
      child.kill('SIGINT');
      timers.push(setTimeout(() => child.kill('SIGTERM'), 7500));
    }, options.cancelAfterMs));
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  let timedOut = false;
  timers.push(setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (code, sig) => done([code, sig])));
  for (const timer of timers) clearTimeout(timer);
  if (timedOut) throw new Error(`${action} ${step} ran past ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`);

  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(read(paths.output)),
    state: parseFileCommands(read(paths.state)),
    env: parseFileCommands(read(paths.env)),
    summary: read(paths.summary),
    ...parseWorkflowCommands(stdout),
    runnerTemp,
    durationMs: performance.now() - started,
  };
}

/** Everything the step printed except the ::add-mask:: registrations: a secret must never appear here. */
export function printed(step: StepResult): string {
  return step.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n') + step.stderr;
}

/** The main step, then the post step with the state the main step saved (one job). */
export async function runWithPost(action: string, options: RunOptions = {}): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runStep(action, 'main', options);
  const post = await runStep(action, 'post', { ...options, cancelAfterMs: undefined, runnerTemp: main.runnerTemp, state: main.state });
  return { main, post };
}
