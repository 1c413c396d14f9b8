import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Git } from '../git/git.ts';
import { InputError, UserError, errorMessage } from '../shared/errors.ts';
import { diagnoseMissing, followImports, type ImportedMissingFile, type MissingFile } from './diagnose.ts';
import { LOCKFILE_NAMES, detectInstall } from './install.ts';
import { emptyRepository, materializeCommit, type GitPaths } from './materialize.ts';
import type { CleanCloneBuildSettings } from './settings.ts';
import { isolatedCaches, lastLines, runShellStep, stepEnvironment, stepPassed, type StepName, type StepOutcome } from './step.ts';
import { stopStrays, type StrayReport } from './strays.ts';
import { workingTreeChanges } from './working-tree.ts';

export interface BuildEvents {
  log?: (line: string) => void;
  /** A step starts: adapters open a collapsed log group here. */
  stepStarted?: (name: StepName, command: string, directory: string) => void;
  output?: (chunk: Buffer) => void;
  stepEnded?: (step: StepOutcome) => void;
}

export interface CleanCloneBuildOptions extends CleanCloneBuildSettings, BuildEvents {
  /** Where the workflow (or the CLI user) is: working-directory resolves against it. */
  workspace: string;
  /** Parent of the clone and cache directories (RUNNER_TEMP on a runner). */
  tempDir: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface CleanCloneBuildResult {
  result: 'success' | 'failure';
  failedStep?: StepName;
  /** One line: why it failed, or what passed. */
  reason: string;
  sha: string;
  repository: string;
  clonePath: string;
  kept: boolean;
  durationMs: number;
  steps: StepOutcome[];
  /** The failing step's last lines. */
  tail: string[];
  missingFromGit: MissingFile[];
  /** Uncommitted files that the missing ones import: they would fail the next clean build. */
  importedByMissing: ImportedMissingFile[];
  notes: string[];
}

const TAIL_LINES = 40;

class CancelledBefore extends Error {
  readonly step: StepName;
  constructor(step: StepName) {
    super(`${step} was cancelled before it started`);
    this.step = step;
  }
}

/** What one `git rev-parse` says about the repository a directory is in (each git start costs a few ms of a cold start). */
interface Repository {
  root: string;
  /** Where the object store and the shallow file are: the clean clone borrows them (see materialize.ts). */
  paths: GitPaths;
  /** `ref` as a commit SHA; undefined when it names no commit. */
  sha?: string;
}

async function repositoryAt(dir: string, ref: string): Promise<Repository | undefined> {
  if (!existsSync(dir)) return undefined;
  // rev-parse prints each answer in the order asked and the --verify revision last: a ref that
  // names no commit fails the command (exit 1) after the paths are printed; outside a repository it fails with 128.
  const result = await new Git(dir).run(['rev-parse', '--show-toplevel', '--path-format=absolute', '--git-path', 'objects', '--git-path', 'shallow', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const [root, objects, shallow, sha] = result.stdout.split('\n');
  if ((result.code !== 0 && result.code !== 1) || !root || !objects || !shallow) return undefined;
  return { root, paths: { objects, shallow }, sha: result.code === 0 && sha ? sha : undefined };
}

/** The repository, the working directory inside it and the commit to build; anything else is a one-line input error. */
async function locate(workspace: string, workingDirectory: string, ref: string): Promise<{ root: string; directory: string; paths: GitPaths; sha: string }> {
  const wanted = resolve(workspace, workingDirectory);
  const repository = (await repositoryAt(workspace, ref)) ?? (await repositoryAt(wanted, ref));
  if (!repository) throw new UserError(`${workspace} is not inside a git repository: check out the repository first (actions/checkout), or run from inside it`);
  const realRoot = realpathSync(repository.root);
  // Compare real paths (a /tmp symlink, a runner's work dir) but keep missing tails as written.
  const realWanted = existsSync(wanted) ? realpathSync(wanted) : wanted;
  const directory = relative(realRoot, realWanted);
  if (directory.startsWith('..') || isAbsolute(directory)) {
    throw new InputError('working-directory', `'${workingDirectory}' is ${realWanted}, outside the repository ${realRoot}`, 'working-directory: apps/web (a directory inside the repository)');
  }
  if (!repository.sha) throw new InputError('ref', `'${ref}' is not a commit in ${realRoot}`, 'ref: HEAD (or a branch, tag or SHA present locally)');
  return { root: realRoot, directory: directory.split(sep).join('/'), paths: repository.paths, sha: repository.sha };
}

/** Clone the commit, install, build; on failure name the files the working tree has and the commit lacks. */
export async function cleanCloneBuild(options: CleanCloneBuildOptions): Promise<CleanCloneBuildResult> {
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const remaining = () => Math.max(1, Math.round(deadline - performance.now()));
  const log = options.log ?? (() => {});
  // The repository to check out into, made while git looks the commit up (a git start less on
  // the way to the build). Handed to materializeCommit, which owns it from then on; removed here
  // on every way out before that.
  const preparing = emptyRepository(options.tempDir, { timeoutMs: options.timeoutMs, signal: options.signal });
  preparing.catch(() => {}); // its failure is met where it is awaited, not as an unhandled rejection meanwhile
  let handedOver = false;
  const discardPrepared = async () => {
    if (!handedOver) await preparing.then((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }), () => {}).catch(() => {});
  };
  let located: Awaited<ReturnType<typeof locate>>;
  try {
    located = await locate(options.workspace, options.workingDirectory, options.ref);
  } catch (error) {
    await discardPrepared();
    throw error;
  }
  const { root, directory, paths, sha } = located;
  const original = new Git(root);

  const steps: StepOutcome[] = [];
  const notes: string[] = [];
  let clonePath = '';
  let cachesRoot: string | undefined;
  let outcome: Pick<CleanCloneBuildResult, 'result' | 'failedStep' | 'reason'>;
  let failedLog = '';
  // A cancel that lands between steps: no process is running to notice it, so look before each one.
  const stopIfCancelled = (next: StepName) => {
    if (options.signal?.aborted) throw new CancelledBefore(next);
  };
  try {
    stopIfCancelled('checkout');
    const checkoutStarted = performance.now();
    handedOver = true;
    clonePath = await materializeCommit(original, sha, options.tempDir, { timeoutMs: remaining(), signal: options.signal, keepOnError: options.keepClone, paths, into: preparing });
    log(`Checked out ${sha.slice(0, 12)} (committed content only) into ${clonePath} in ${Math.round(performance.now() - checkoutStarted)} ms`);
    if (existsSync(join(clonePath, '.gitmodules'))) notes.push('the commit has submodules (.gitmodules); they are not checked out in the clean clone');
    const workDir = join(clonePath, directory);
    if (!existsSync(workDir) || !statSync(workDir).isDirectory()) {
      outcome = { result: 'failure', failedStep: 'checkout', reason: `working-directory '${directory}' does not exist in commit ${sha.slice(0, 12)}` };
      failedLog = `ENOENT: no such file or directory, '${directory}'`;
    } else {
      // A marker every process of the build inherits: how strays that left its process group are found.
      const marker = randomBytes(12).toString('hex');
      const prepared = stepEnvironment(options.env ?? process.env, root, { passthrough: options.envPassthrough, marker });
      let env = prepared.env;
      if (prepared.withheld.length > 0) {
        log(`Install and build run without ${prepared.withheld.length} variable${prepared.withheld.length === 1 ? '' : 's'} whose name looks like a credential: ${prepared.withheld.join(', ')}; list those they need in env-passthrough`);
      }
      if (options.isolateCaches) {
        stopIfCancelled('install');
        const caches = await isolatedCaches(options.tempDir);
        cachesRoot = caches.root;
        env = { ...env, ...caches.env };
        log(`Package-manager caches and HOME isolated in ${caches.root}`);
      }
      const run = async (name: StepName, command: string, cwd: string) => {
        stopIfCancelled(name);
        const stepDir = relative(clonePath, cwd).split(sep).join('/') || '.';
        options.stepStarted?.(name, command, stepDir);
        let step: StepOutcome;
        try {
          step = await runShellStep(name, command, cwd, stepDir, { env, timeoutMs: remaining(), signal: options.signal, onOutput: options.output });
        } catch (error) {
          // bash itself could not start
          step = { name, command, directory: stepDir, exitCode: null, signal: null, timedOut: false, cancelled: false, leftoverProcesses: false, durationMs: 0, log: errorMessage(error) };
        }
        steps.push(step);
        options.stepEnded?.(step);
        if (step.leftoverProcesses) notes.push(`the ${name} step left processes running after bash exited (a server or watcher started with &?); they were stopped`);
        const strays = await stopStrays(marker, clonePath);
        const note = strayNote(name, strays);
        if (note) notes.push(note);
        return step;
      };

      let installFailure: { reason: string; log: string } | undefined;
      if (options.install.kind === 'command') {
        const step = await run('install', options.install.command, workDir);
        if (!stepPassed(step)) installFailure = { reason: stepVerdict(step), log: step.log };
      } else if (options.install.kind === 'auto') {
        const detection = detectInstall(clonePath, workDir);
        if (detection.kind === 'plan') {
          if (detection.plan.note) notes.push(detection.plan.note);
          const step = await run('install', detection.plan.command, detection.plan.cwd);
          if (!stepPassed(step)) installFailure = { reason: `${stepVerdict(step)}`, log: step.log };
        } else if (detection.kind === 'no-lockfile') {
          const missing = LOCKFILE_NAMES.map((name) => (directory === '' ? name : `${directory}/${name}`));
          installFailure = {
            reason: `install: auto found ${detection.packageJson} but no lockfile (${LOCKFILE_NAMES.join(', ')}) in the commit: commit your lockfile, or set install: none or a command such as 'npm install'`,
            log: missing.map((path) => `ENOENT: no such file or directory, open '${path}'`).join('\n'),
          };
        } else {
          log(`install: auto: ${detection.reason}`);
        }
      }
      if (installFailure) {
        outcome = { result: 'failure', failedStep: 'install', reason: installFailure.reason };
        failedLog = installFailure.log;
      } else {
        const step = await run('build', options.build, workDir);
        if (stepPassed(step)) {
          outcome = { result: 'success', reason: `built ${sha.slice(0, 12)} from a clean clone` };
        } else {
          outcome = { result: 'failure', failedStep: 'build', reason: stepVerdict(step) };
          failedLog = step.log;
        }
      }
    }
  } catch (error) {
    if (error instanceof CancelledBefore) outcome = { result: 'failure', failedStep: error.step, reason: error.message };
    else if (error instanceof UserError) outcome = { result: 'failure', failedStep: 'checkout', reason: error.message };
    else {
      if (clonePath && !options.keepClone) await rm(clonePath, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
      throw error;
    }
  } finally {
    await discardPrepared(); // cancelled before the checkout
    if (cachesRoot) await rm(cachesRoot, { recursive: true, force: true }).catch(() => {});
  }

  let missingFromGit: MissingFile[] = [];
  let importedByMissing: ImportedMissingFile[] = [];
  if (outcome.result === 'failure' && failedLog) {
    const failed = steps.at(-1);
    const stepDir = failed && failed.name === outcome.failedStep ? (failed.directory === '.' ? '' : failed.directory) : directory;
    try {
      const changes = await workingTreeChanges(original, sha);
      missingFromGit = diagnoseMissing(failedLog, changes, { cloneRoot: clonePath, originalRoot: root, stepDir });
      importedByMissing = followImports(missingFromGit, changes, (path) => {
        try {
          return readFileSync(join(root, path), 'utf8');
        } catch {
          return undefined;
        }
      });
    } catch (error) {
      notes.push(`could not compare the working tree with the commit: ${errorMessage(error)}`);
    }
  }

  const kept = options.keepClone && clonePath !== '';
  if (clonePath && !kept) {
    await rm(clonePath, { recursive: true, force: true, maxRetries: 3 }).catch((error) => notes.push(`could not remove ${clonePath}: ${errorMessage(error)}`));
  }
  const failedStep = steps.find((step) => step.name === outcome.failedStep);
  return {
    ...outcome,
    sha,
    repository: root,
    clonePath,
    kept,
    durationMs: Math.round(performance.now() - started),
    steps,
    tail: failedStep ? lastLines(failedStep.log, TAIL_LINES) : [],
    missingFromGit,
    importedByMissing,
    notes,
  };
}

function stepVerdict(step: StepOutcome): string {
  const what = step.name === 'install' ? `install (${firstLine(step.command)})` : 'build';
  if (step.timedOut) return `${what} timed out after ${Math.round(step.durationMs / 1000)}s; every process it started was stopped`;
  if (step.cancelled) return `${what} was cancelled; every process it started was stopped`;
  if (step.exitCode === null && step.signal === null) return `${what} could not start: ${step.log}`;
  const notFound = step.exitCode === 127 ? ' (command not found: install the tool in an earlier step, or set install: to a command that exists)' : '';
  return `${what} failed with ${step.exitCode === null ? `signal ${step.signal}` : `exit code ${step.exitCode}`}${notFound}`;
}

/** What became of the processes that left the step's process group: stopped, or named as still running. */
function strayNote(step: StepName, strays: StrayReport): string | undefined {
  if (strays.unsupported) return `the ${step} step: processes that left its process group were not looked for (${strays.unsupported})`;
  const list = (processes: readonly { pid: number; command: string }[]) => processes.map((stray) => `${stray.pid} ${stray.command}`).join(', ');
  const parts: string[] = [];
  const count = strays.stopped.length + strays.survived.length;
  if (count === 0) return undefined;
  if (strays.stopped.length > 0) parts.push(`stopped: ${list(strays.stopped)}`);
  if (strays.survived.length > 0) parts.push(`STILL RUNNING (could not be stopped): ${list(strays.survived)}`);
  return `the ${step} step started ${count} process${count === 1 ? '' : 'es'} that left the build's process group (setsid or a daemon); ${parts.join('; ')}`;
}

function firstLine(command: string): string {
  const lines = command.trim().split('\n');
  return lines[0]! + (lines.length > 1 ? ' …' : '');
}
