import { buildEvent, type DeploymentEvent, type DeploymentEventType, type EventContext } from './event.ts';
import { emitEvent, withRetries, type SinkOutcome } from './emit.ts';
import { journalPath, readJournal, terminalEntry, writeJournal, type JournalEntry, type JournalRecord } from './journal.ts';
import { hasOwnSinks, sinkSecrets, type SinkSettings } from './settings.ts';
import { EventsFileSink, GitHubDeploymentSink, LokiSink, WebhookSink, type Sink } from './sinks.ts';

export interface EventsOptions {
  context: EventContext;
  /** This step's own sink inputs; used unless empty and deploy-start left a journal. */
  sinks: SinkSettings;
  environmentUrl: string;
  /** The run page: GitHub deployment statuses link to it. */
  logUrl: string;
  apiUrl: string;
  /** RUNNER_TEMP: where the journal lives; undefined (CLI) keeps it in memory. */
  journalDir?: string;
  print: (line: string) => void;
  warn: (message: string) => void;
  /** Hides secrets read back from the journal. */
  mask?: (value: string) => void;
}

export interface Emitted {
  event: DeploymentEvent;
  outcomes: SinkOutcome[];
}

/** Low-cardinality Loki labels: what a dashboard groups by, never ids or SHAs. */
function defaultLokiLabels(context: EventContext): Record<string, string> {
  return { service: 'deployment', env: context.environment, app: context.repository.split('/').pop() || 'unknown' };
}

/**
 * The events API of one deployment (or one probe window): build an event, send it
 * to the configured sinks, and remember it in the journal so that a started always
 * gets exactly one terminal event, whichever step or post step sends it.
 */
export class DeploymentEvents {
  readonly record: JournalRecord;
  /** Events this step sent, for its summary timeline. */
  readonly sent: Emitted[] = [];
  private readonly options: EventsOptions;
  private readonly path?: string;
  private readonly sinkList: Sink[];
  private readonly github?: GitHubDeploymentSink;
  private readonly settings: SinkSettings;

  private constructor(options: EventsOptions, record: JournalRecord, settings: SinkSettings, path?: string) {
    this.options = options;
    this.record = record;
    this.path = path;
    this.settings = settings;
    const sinks: Sink[] = [];
    if (settings.eventsFile) sinks.push(new EventsFileSink(settings.eventsFile));
    if (settings.webhookUrl) sinks.push(new WebhookSink(settings.webhookUrl, settings.webhookToken));
    if (settings.lokiUrl) {
      sinks.push(new LokiSink({
        url: settings.lokiUrl, labels: { ...defaultLokiLabels(options.context), ...settings.lokiLabels },
        tenant: settings.lokiTenant, username: settings.lokiUsername, password: settings.lokiPassword,
      }));
    }
    if (settings.githubDeployment) {
      const { context } = options;
      this.github = new GitHubDeploymentSink({
        token: settings.token, apiUrl: options.apiUrl, repository: context.repository, ref: context.sha || context.ref,
        environment: context.environment, environmentUrl: record.environmentUrl, logUrl: options.logUrl,
        description: `deploy-guards: ${context.workflow} run ${context.runId}`.slice(0, 140), deploymentId: record.deploymentId,
      });
      sinks.push(this.github);
    }
    this.sinkList = sinks;
  }

  /** Opens this job's journal for the environment (or starts a new record). */
  static open(options: EventsOptions): DeploymentEvents {
    const { context } = options;
    const path = options.journalDir ? journalPath(options.journalDir, context.environment) : undefined;
    const existing = path ? readJournal(path) : undefined;
    const sameRun = existing && existing.runId === context.runId && existing.runAttempt === context.runAttempt;
    if (sameRun) {
      for (const secret of sinkSecrets(existing.sinks)) options.mask?.(secret);
      if (options.environmentUrl) existing.environmentUrl = options.environmentUrl;
      return new DeploymentEvents(options, existing, hasOwnSinks(options.sinks) ? options.sinks : existing.sinks, path);
    }
    const record: JournalRecord = {
      version: 1, environment: context.environment, runId: context.runId, runAttempt: context.runAttempt,
      environmentUrl: options.environmentUrl, deploymentId: null, sinks: options.sinks, events: [],
    };
    return new DeploymentEvents(options, record, options.sinks, path);
  }

  get sinkNames(): string[] {
    return ['log', ...this.sinkList.map((sink) => sink.name)];
  }

  get started(): JournalEntry | undefined {
    return this.record.events.find((entry) => entry.type === 'deployment.started');
  }

  get terminal(): JournalEntry | undefined {
    return terminalEntry(this.record);
  }

  get deploymentId(): number | null {
    return this.record.deploymentId;
  }

  /** `deployment.started`, unless this job already sent it for the environment. */
  async start(): Promise<Emitted | undefined> {
    if (this.started) return undefined;
    let sinks = this.sinkList;
    if (this.github && this.record.deploymentId === null) {
      // The deployment id belongs in the started event itself, so create it first.
      const github = this.github;
      const created = await withRetries(github.name, async (timeoutMs) => void (await github.createDeployment(timeoutMs)), this.delivery());
      if (created.ok) this.record.deploymentId = github.deploymentId;
      else {
        this.options.warn(`Event sink 'github-deployment' could not create the deployment after ${created.attempts} attempt${created.attempts === 1 ? '' : 's'}: ${created.error} (the verdict is unchanged)`);
        sinks = sinks.filter((sink) => sink !== github);
      }
    }
    return this.send('deployment.started', {}, sinks);
  }

  /**
   * The one terminal event: sent only if none is recorded yet. The journal claims it
   * before delivery, so a cancellation or the post step can never add a second one.
   */
  async finish(type: 'deployment.complete' | 'deployment.failed', details: { reason?: string; durationMs?: number }): Promise<Emitted | undefined> {
    if (this.terminal) return undefined;
    return this.send(type, details, this.sinkList);
  }

  /** Canary events (`mode: probe`): no lifecycle, no journal. */
  async probeVerdict(type: 'canary.passed' | 'canary.failed', details: { reason?: string; durationMs?: number }): Promise<Emitted> {
    const event = this.build(type, details);
    const outcomes = await emitEvent(event, this.sinkList.filter((sink) => sink.name !== 'github-deployment'), this.emitOptions());
    const emitted = { event, outcomes };
    this.sent.push(emitted);
    return emitted;
  }

  private build(type: DeploymentEventType, details: { reason?: string; durationMs?: number }): DeploymentEvent {
    return buildEvent(type, this.options.context, {
      deploymentId: this.record.deploymentId,
      url: this.record.environmentUrl || null,
      reason: details.reason ?? null,
      durationMs: details.durationMs ?? null,
    });
  }

  private async send(type: DeploymentEventType, details: { reason?: string; durationMs?: number }, sinks: Sink[]): Promise<Emitted> {
    const event = this.build(type, details);
    this.record.events.push({ type, id: event.id, time: event.time, reason: event.data.reason });
    this.save();
    const outcomes = await emitEvent(event, sinks, this.emitOptions());
    if (this.github && this.github.deploymentId !== this.record.deploymentId) {
      this.record.deploymentId = this.github.deploymentId;
      this.save();
    }
    const emitted = { event, outcomes };
    this.sent.push(emitted);
    return emitted;
  }

  private save(): void {
    if (this.path) writeJournal(this.path, this.record);
  }

  private delivery() {
    return { timeoutMs: this.settings.sinkTimeoutMs, attempts: 3, backoffMs: 250 };
  }

  private emitOptions() {
    return { ...this.delivery(), print: this.options.print, warn: this.options.warn };
  }
}
