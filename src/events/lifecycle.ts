import { buildEvent, type DeploymentEvent, type DeploymentEventType, type EventContext } from './event.ts';
import { emitEvent, withRetries, type SinkOutcome } from './emit.ts';
import { journalPath, readJournal, terminalEntry, writeJournal, type JournalEntry, type JournalRecord } from './journal.ts';
import { SINK_SECRETS, secretInUse, withoutSecrets, type RecordedSinks, type SinkSettings } from './settings.ts';
import { EventsFileSink, GitHubDeploymentSink, LokiSink, WebhookSink, type Sink } from './sinks.ts';

export interface EventsOptions {
  context: EventContext;
  /** This step's own sink inputs: sent to together with the sinks deploy-start recorded. */
  sinks: SinkSettings;
  environmentUrl: string;
  /** The run page: GitHub deployment statuses link to it. */
  logUrl: string;
  apiUrl: string;
  /** RUNNER_TEMP: where the journal lives; undefined (CLI) keeps it in memory. */
  journalDir?: string;
  print: (line: string) => void;
  warn: (message: string) => void;
  /** Hides the webhook URL read back from the journal (it may hold a credential). */
  mask?: (value: string) => void;
}

export interface Emitted {
  event: DeploymentEvent;
  outcomes: SinkOutcome[];
}

const CANCELLED_TIMEOUT_MS = 3000;

/** Low-cardinality Loki labels: what a dashboard groups by, never ids or SHAs. */
function defaultLokiLabels(context: EventContext): Record<string, string> {
  return { service: 'deployment', env: context.environment, app: context.repository.split('/').pop() || 'unknown' };
}

/**
 * The recorded sinks with this step's secrets. A recorded sink whose secret this
 * step lacks is skipped with a warning naming the input to set: sending it
 * unauthenticated would only be rejected.
 */
function withOwnSecrets(recorded: RecordedSinks, own: SinkSettings, warn: (message: string) => void): SinkSettings {
  const sinks: SinkSettings = { ...recorded, webhookToken: own.webhookToken, lokiPassword: own.lokiPassword, token: own.token };
  for (const { field, sink, input } of SINK_SECRETS) {
    if (!recorded.needs?.includes(input) || !secretInUse(sinks, field) || sinks[field] !== '') continue;
    warn(`Event sink '${sink}' recorded by deploy-start needs '${input}', which this step was not given: set ${input} on this step too (the sink is skipped here).`);
    if (field === 'webhookToken') sinks.webhookUrl = '';
    else if (field === 'lokiPassword') sinks.lokiUrl = '';
    else sinks.githubDeployment = false;
  }
  return sinks;
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
  private github?: GitHubDeploymentSink;
  private readonly settings: SinkSettings;

  /** `sources`: the recorded sinks first, then this step's; the same sink twice is sent to once. */
  private constructor(options: EventsOptions, record: JournalRecord, sources: SinkSettings[], path?: string) {
    this.options = options;
    this.record = record;
    this.path = path;
    this.settings = options.sinks;
    const sinks = new Map<string, Sink>();
    const add = (key: string, make: () => Sink) => {
      if (!sinks.has(key)) sinks.set(key, make());
    };
    for (const settings of sources) {
      if (settings.eventsFile) add(`events-file ${settings.eventsFile}`, () => new EventsFileSink(settings.eventsFile));
      if (settings.webhookUrl) add(`webhook ${settings.webhookUrl}`, () => new WebhookSink(settings.webhookUrl, settings.webhookToken));
      if (settings.lokiUrl) {
        add(`loki ${LokiSink.pushUrl(settings.lokiUrl)}`, () => new LokiSink({
          url: settings.lokiUrl, labels: { ...defaultLokiLabels(options.context), ...settings.lokiLabels },
          tenant: settings.lokiTenant, username: settings.lokiUsername, password: settings.lokiPassword,
        }));
      }
      if (settings.githubDeployment && !this.github) {
        const { context } = options;
        this.github = new GitHubDeploymentSink({
          token: settings.token, apiUrl: options.apiUrl, repository: context.repository, ref: context.sha || context.ref,
          environment: context.environment, environmentUrl: record.environmentUrl, logUrl: options.logUrl,
          description: `deploy-guards: ${context.workflow} run ${context.runId}`.slice(0, 140), deploymentId: record.deploymentId,
        });
        sinks.set('github-deployment', this.github);
      }
    }
    this.sinkList = [...sinks.values()];
  }

  /** Opens this job's journal for the environment (or starts a new record). */
  static open(options: EventsOptions): DeploymentEvents {
    const { context } = options;
    const path = options.journalDir ? journalPath(options.journalDir, context.environment) : undefined;
    const existing = path ? readJournal(path) : undefined;
    const sameRun = existing && existing.runId === context.runId && existing.runAttempt === context.runAttempt;
    if (sameRun) {
      if (existing.sinks.webhookUrl) options.mask?.(existing.sinks.webhookUrl);
      if (options.environmentUrl) existing.environmentUrl = options.environmentUrl;
      return new DeploymentEvents(options, existing, [withOwnSecrets(existing.sinks, options.sinks, options.warn), options.sinks], path);
    }
    const record: JournalRecord = {
      version: 2, environment: context.environment, runId: context.runId, runAttempt: context.runAttempt,
      environmentUrl: options.environmentUrl, deploymentId: null, sinks: withoutSecrets(options.sinks), events: [],
    };
    return new DeploymentEvents(options, record, [options.sinks], path);
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
  async finish(type: 'deployment.complete' | 'deployment.failed', details: { reason?: string; durationMs?: number; cancelled?: boolean }): Promise<Emitted | undefined> {
    if (this.terminal) return undefined;
    return this.send(type, details, this.sinkList, details.cancelled ? this.lastChance() : this.delivery());
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

  private async send(type: DeploymentEventType, details: { reason?: string; durationMs?: number }, sinks: Sink[], delivery = this.delivery()): Promise<Emitted> {
    const event = this.build(type, details);
    this.record.events.push({ type, id: event.id, time: event.time, reason: event.data.reason });
    this.save();
    const outcomes = await emitEvent(event, sinks, { ...delivery, print: this.options.print, warn: this.options.warn });
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

  /**
   * After a cancellation the runner sends SIGTERM 7.5 s after SIGINT: one short
   * attempt per sink, so delivery ends well before it.
   */
  private lastChance() {
    return { timeoutMs: Math.min(this.settings.sinkTimeoutMs, CANCELLED_TIMEOUT_MS), attempts: 1, backoffMs: 0 };
  }

  private emitOptions() {
    return { ...this.delivery(), print: this.options.print, warn: this.options.warn };
  }
}
