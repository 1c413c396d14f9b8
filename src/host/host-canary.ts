import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../shared/errors.ts';
import type { ComposeText } from './limits.ts';
import { authFindings, checkHost, finding, type HostFinding } from './checks.ts';
import type { HostKey } from './fingerprints.ts';
import { parseHostFacts, type HostFacts } from './remote-output.ts';
import { remoteCommand, remoteStdin } from './remote-script.ts';
import type { HostCanarySettings } from './settings.ts';
import { SshFailure, runRemoteCommand } from './ssh.ts';

export interface HostCanaryResult {
  result: 'healthy' | 'unhealthy';
  findings: HostFinding[];
  /** The key the server presented (when the handshake got that far). */
  hostKey?: HostKey;
  authMethods?: string[];
  facts?: HostFacts;
  /** Whether the batched command ran (false when the canary stopped at connect). */
  ran: boolean;
  connectMs?: number;
  commandMs?: number;
  target: string;
}

/** One connection, one batched command, every check; never throws for a host problem, only for bad settings. */
export async function runHostCanary(settings: HostCanarySettings, log: (line: string) => void = () => {}): Promise<HostCanaryResult> {
  const target = `${settings.user}@${settings.host}:${settings.port}`;
  const nonce = randomBytes(12).toString('hex');
  const stdin = remoteStdin({
    nonce,
    sentinelFile: settings.sentinelFile,
    backupGlob: settings.backupGlob,
    composeProject: settings.composeProject,
    windowSeconds: settings.windowMs / 1000,
    units: settings.units,
    checkContainers: settings.containers.length > 0,
    readComposeFiles: settings.containers.length > 0 && settings.composeFiles.length === 0,
    // The host's own bound, a little after ours: it acts when our close never reaches it.
    deadlineSeconds: settings.commandTimeoutMs / 1000 + 2,
    holdsStdin: true, // runRemoteCommand closes stdin only once the command has exited
  });
  log(`host-canary: connecting to ${target} (pinned: ${settings.pins.map((pin) => pin.fingerprint).join(', ')})`);
  let run;
  try {
    run = await runRemoteCommand(settings, remoteCommand(), stdin);
  } catch (error) {
    if (!(error instanceof SshFailure)) throw error;
    const findings = [finding(error.code, error.message)];
    if (error.code === 'auth-failed') findings.push(...authFindings(error.authMethods));
    return conclude({ findings, hostKey: error.hostKey, authMethods: error.authMethods, ran: false, target });
  }
  log(`host-canary: host key ${run.hostKey.fingerprint} matches; server auth methods: ${run.authMethods?.join(', ') ?? '(none needed)'}`);
  const findings = authFindings(run.authMethods);
  const facts = parseHostFacts(run.stdout, nonce);
  if (run.exitCode !== 0 || !facts.complete) {
    const stderr = run.stderr.trim().split('\n')[0]?.slice(0, 200);
    findings.push(finding('unreachable', `the remote checks on ${target} ${facts.complete ? `exited with ${run.exitCode}` : `stopped before the end (exit ${run.exitCode})`}${stderr ? `: ${stderr}` : ''}`));
  }
  // The compose reader (and the YAML parser) only now: an unreachable host never needs it.
  const compose = await import('../compose/yaml-file.ts');
  findings.push(...checkHost(facts, { ...settings, composeFiles: readLocalComposeFiles(settings.composeFiles, compose.decodeText), parseCompose: compose.parseComposeYaml }));
  return conclude({ findings, hostKey: run.hostKey, authMethods: run.authMethods, facts, ran: true, connectMs: run.connectMs, commandMs: run.commandMs, target });
}

/** The compose-files input, read here (the workflow's checkout): one-line errors name the file. */
function readLocalComposeFiles(files: string[], decodeText: (bytes: Buffer, file: string) => string): ComposeText[] {
  return files.map((file) => {
    let bytes: Buffer;
    try {
      if (statSync(file).size > 4 * 1024 * 1024) throw new UserError(`compose-files: ${file} is over 4 MB`);
      bytes = readFileSync(file);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`compose-files: ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    return { file, text: decodeText(bytes, file) };
  });
}

function conclude(partial: Omit<HostCanaryResult, 'result'>): HostCanaryResult {
  return { ...partial, result: partial.findings.some((item) => item.severity === 'error') ? 'unhealthy' : 'healthy' };
}
