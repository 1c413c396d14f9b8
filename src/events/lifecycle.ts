import { buildEvent, deploymentKey, type DeploymentEvent, type DeploymentEventType, type EventContext } from './event.ts';
import { failureWarning, withRetries, type DeliveryOptions, type SinkOutcome } from './emit.ts';
import { journalPath, readJournal, terminalEntry, writeJournal, type JournalEntry, type JournalRecord } from './journal.ts';
import type { SinkSettings } from './settings.ts';
import { EventsFileSink, GitHubDeploymentSink, LokiSink, WebhookSink, type Sink } from './sinks.ts';

/** The runner-kept state of this action (saveState / STATE_*): what a later step cannot rewrite. */
export interface RunnerState {
  get(name: string): string;
  save(name: string, value: string): void;
}

export interface EventsOptions {
  context: EventContext;
  /** This step's own sink inputs: the only places its events go. */
  sinks: SinkSettings;
  environmentUrl: string;
  /** The run page: GitHub deployment statuses link to it. */
  logUrl: string;
  apiUrl: string;
  /** RUNNER_TEMP: where the journal lives; undefined (CLI) keeps it in memory. */
  journalDir?: string;
  /** The action's runner state: the main step saves the deployment key, the post step reads it. */
  state?: RunnerState;
  print: (line: string) => void;
  warn: (message: string) => void;
  /** Hides derived credentials (the Loki Basic value) from all further output. */
  mask?: (value: string) => void;
}

export interface Emitted {
  event: DeploymentEvent;
  outcomes: SinkOutcome[];
}

const CANCELLED_TIMEOUT_MS = 3000;

/** Low-cardinality Loki labels: what a dashboard groups by, never ids or SHAs. */
export function defaultLokiLabels(context: Pick<EventContext, 'environment' | 'repository'>): Record<string, string> {
  return { service: 'deployment', env: context.environment, app: context.repository.split('/').pop() || 'unknown' };
}

/** Sinks built from a step's own settings; the same destination twice is one sink. */
export function buildSinks(settings: SinkSettings, context: EventContext, extra: { apiUrl: string; logUrl: string; environmentUrl: string; deploymentId: number | null; payload?: Record<string, unknown> }, mask?: (value: string) => void): { sinks: Sink[]; github?: GitHubDeploymentSink } {
  const sinks: Sink[] = [];
  if (settings.eventsFile) sinks.push(new EventsFileSink(settings.eventsFile));
  if (settings.webhookUrl) sinks.push(new WebhookSink(settings.webhookUrl, settings.webhookToken));
  if (settings.lokiUrl) {
    const loki = new LokiSink({
      url: settings.lokiUrl, labels: { ...defaultLokiLabels(context), ...settings.lokiLabels },
      tenant: settings.lokiTenant, username: settings.lokiUsername, password: settings.lokiPassword,
    });
    if (loki.authorization) mask?.(loki.authorization.slice('Basic '.length));
    sinks.push(loki);
  }
  let github: GitHubDeploymentSink | undefined;
  if (settings.githubDeployment) {
    github = new GitHubDeploymentSink({
      token: settings.token, apiUrl: extra.apiUrl, repository: context.repository, ref: context.sha || context.ref,
      environment: context.environment, environmentUrl: extra.environmentUrl, logUrl: extra.logUrl,
      description: `deploy-guards: ${context.workflow} run ${context.runId}`.slice(0, 140), deploymentId: extra.deploymentId, payload: extra.payload,
    });
    sinks.push(github);
  }
  return { sinks, github };
}

/**
 * The events API of one deployment (or one probe window): build an event, send it to
 * this step's sinks, and remember in the journal what was sent and which sink has it,
 * so that a started always gets exactly one terminal event and a post step delivers,
 * with the same id, whatever a sink has not acknowledged.
 */
export class DeploymentEvents {
  readonly record: JournalRecord;
  /** Events this step sent, for its summary timeline. */
  readonly sent: Emitted[] = [];
  private readonly options: EventsOptions;
  private readonly path?: string;
  private readonly sinkList: Sink[];
  private readonly github?: GitHubDeploymentSink;
  /** The GitHub deployment could not be created for good (a 4xx): the post step does not try again. */
  private refusedForGood = false;

  private constructor(options: EventsOptions, record: JournalRecord, path?: string) {
    this.options = options;
    this.record = record;
    this.path = path;
    const { sinks, github } = buildSinks(options.sinks, options.context, {
      apiUrl: options.apiUrl, logUrl: options.logUrl, environmentUrl: record.environmentUrl, deploymentId: record.deploymentId,
      payload: { deploy_guards: { partition_key: record.key, run_url: options.logUrl } },
    }, options.mask);
    this.sinkList = sinks;
    this.github = github;
  }

  /** A main step: this job's journal for the environment, or a new deployment with a fresh key. */
  static open(options: EventsOptions): DeploymentEvents {
    const { context } = options;
    const path = options.journalDir ? journalPath(options.journalDir, context.environment) : undefined;
    const existing = path ? readJournal(path) : undefined;
    if (existing && existing.environment === context.environment && existing.runId === context.runId && existing.runAttempt === context.runAttempt) {
      if (options.environmentUrl) existing.environmentUrl = options.environmentUrl;
      return new DeploymentEvents(options, existing, path);
    }
    const record: JournalRecord = {
      version: 3, environment: context.environment, runId: context.runId, runAttempt: context.runAttempt, key: deploymentKey(context),
      environmentUrl: options.environmentUrl, deploymentId: null, events: [],
    };
    return new DeploymentEvents(options, record, path);
  }

  /**
   * A post step: the deployment its main step took part in, identified by the key in
   * runner state. The journal supplies what happened since; if it is gone or names
   * another key, the state alone still says a started was sent, so it still gets an end.
   * Undefined when the main step took part in no deployment.
   */
  static openForPost(options: EventsOptions): DeploymentEvents | undefined {
    const key = options.state?.get('key') ?? '';
    if (!/^[0-9a-f]{32}$/.test(key)) return undefined;
    const path = options.journalDir ? journalPath(options.journalDir, options.context.environment) : undefined;
    const existing = path ? readJournal(path) : undefined;
    const stateDeploymentId = Number(options.state?.get('deployment-id') || NaN);
    if (existing && existing.key === key) {
      if (Number.isSafeInteger(stateDeploymentId)) existing.deploymentId = stateDeploymentId;
      if (options.environmentUrl) existing.environmentUrl = options.environmentUrl;
      return new DeploymentEvents(options, existing, path);
    }
    const startedAt = options.state?.get('started-at') ?? '';
    const { context } = options;
    const record: JournalRecord = {
      version: 3, environment: context.environment, runId: context.runId, runAttempt: context.runAttempt, key,
      environmentUrl: options.environmentUrl, deploymentId: Number.isSafeInteger(stateDeploymentId) ? stateDeploymentId : null,
      events: Number.isNaN(Date.parse(startedAt)) ? [] : [{ type: 'deployment.started', id: '', time: startedAt, reason: null, durationMs: null, delivered: [], rejected: [] }],
    };
    options.warn(`The deployment journal in RUNNER_TEMP was ${existing ? 'rewritten' : 'removed'} by another step; ending the deployment from this step's own state.`);
    return new DeploymentEvents(options, record, path);
  }

  get sinkNames(): string[] {
    return ['log', ...this.sinkList.map((sink) => sink.name)];
  }

  /** Sinks that have events of this deployment from another step (deploy-start) and that this step was not given. */
  get otherStepSinks(): string[] {
    const own = new Set(this.sinkList.map((sink) => sink.key));
    const keys = this.record.events.flatMap((entry) => [...entry.delivered, ...entry.rejected]).filter((key) => !own.has(key));
    return [...new Set(keys.map((key) => key.split(':')[0]!))];
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

  /** This step takes part in the deployment: its post step will end it and re-deliver to its sinks. */
  join(): void {
    this.options.state?.save('key', this.record.key);
    if (this.started) this.options.state?.save('started-at', this.started.time);
    if (this.record.deploymentId !== null) this.options.state?.save('deployment-id', String(this.record.deploymentId));
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
        this.refusedForGood = created.permanent === true;
        this.options.warn(`Event sink 'github-deployment' could not create the deployment${created.permanent ? '' : ` after ${created.attempts} attempt${created.attempts === 1 ? '' : 's'}`}: ${created.error} (the verdict is unchanged)`);
        sinks = sinks.filter((sink) => sink !== github);
      }
    }
    const refused = this.github && !sinks.includes(this.github) && this.record.deploymentId === null ? this.github : undefined;
    return this.send('deployment.started', {}, sinks, this.delivery(), refused && this.refusedForGood ? [refused.key] : []);
  }

  /**
   * The one terminal event: sent only if none is recorded yet. The journal claims it
   * before delivery, so a cancellation or the post step can never add a second one.
   */
  async finish(type: 'deployment.complete' | 'deployment.failed', details: { reason?: string; durationMs?: number; cancelled?: boolean }): Promise<Emitted | undefined> {
    if (this.terminal) return undefined;
    return this.send(type, details, this.sinkList, details.cancelled ? this.lastChance() : this.delivery());
  }

  /** Post step: a started without an end gets `deployment.failed` with `reason`. */
  async endOpen(reason: string): Promise<Emitted | undefined> {
    if (!this.started || this.terminal) return undefined;
    return this.finish('deployment.failed', { reason, durationMs: Date.now() - Date.parse(this.started.time) });
  }

  /**
   * Post step: every event of the deployment that one of this step's sinks has not
   * acknowledged, sent again with its id. A sink that refused an event for good is
   * not tried again.
   */
  async redeliver(): Promise<Emitted[]> {
    const again: Emitted[] = [];
    for (const entry of this.record.events) {
      const event = this.build(entry.type, { reason: entry.reason ?? undefined, durationMs: entry.durationMs ?? undefined, time: new Date(entry.time) });
      // Delivered before the step that sent it could record it (killed in between): record it now.
      for (const sink of this.sinkList) if (this.pending(entry, sink) && sink.has?.(event)) entry.delivered.push(sink.key);
      this.save();
      const pending = this.sinkList.filter((sink) => this.pending(entry, sink));
      if (pending.length === 0) continue;
      this.options.print(`re-delivering event ${entry.type} ${event.id} to ${pending.map((sink) => sink.name).join(', ')}`);
      const outcomes = await this.deliver(event, entry, pending, this.delivery());
      const emitted = { event, outcomes };
      again.push(emitted);
      this.sent.push(emitted);
    }
    return again;
  }

  /** Canary events (`mode: probe`): no lifecycle, no journal. */
  async probeVerdict(type: 'canary.passed' | 'canary.failed', details: { reason?: string; durationMs?: number }): Promise<Emitted> {
    return this.send(type, details, this.sinkList.filter((sink) => sink.name !== 'github-deployment'), this.delivery());
  }

  private build(type: DeploymentEventType, details: { reason?: string; durationMs?: number; time?: Date }): DeploymentEvent {
    return buildEvent(type, this.options.context, this.record.key, {
      deploymentId: this.record.deploymentId,
      url: this.record.environmentUrl || null,
      reason: details.reason ?? null,
      durationMs: details.durationMs ?? null,
      time: details.time,
    });
  }

  private async send(type: DeploymentEventType, details: { reason?: string; durationMs?: number }, sinks: Sink[], delivery: DeliveryOptions, rejected: string[] = []): Promise<Emitted> {
    const event = this.build(type, details);
    const entry: JournalEntry = { type, id: event.id, time: event.time, reason: event.data.reason, durationMs: event.data.duration_ms, delivered: [], rejected };
    this.record.events.push(entry);
    if (type === 'deployment.started') {
      // Runner state before delivery: a step killed while delivering still leaves its post step the key.
      this.options.state?.save('key', this.record.key);
      this.options.state?.save('started-at', event.time);
    }
    this.save();
    // The log first and always, so no event is ever lost from it.
    this.options.print(`event ${event.type} ${JSON.stringify(event)}`);
    const outcomes = await this.deliver(event, entry, sinks, delivery);
    const emitted = { event, outcomes };
    this.sent.push(emitted);
    return emitted;
  }

  /** A sink still owes this event: not acknowledged, and never refused for good in this deployment. */
  private pending(entry: JournalEntry, sink: Sink): boolean {
    return !entry.delivered.includes(sink.key) && !this.record.events.some((other) => other.rejected.includes(sink.key));
  }

  /** Delivers to every sink in parallel and records each acknowledgement as it comes. */
  private async deliver(event: DeploymentEvent, entry: JournalEntry, sinks: Sink[], delivery: DeliveryOptions): Promise<SinkOutcome[]> {
    const targets = sinks.filter((sink) => this.pending(entry, sink));
    const outcomes = await Promise.all(targets.map(async (sink) => {
      const outcome = await withRetries(sink.name, (timeoutMs) => sink.send(event, timeoutMs), delivery);
      if (outcome.ok) entry.delivered.push(sink.key);
      else if (outcome.permanent) entry.rejected.push(sink.key);
      if (sink === this.github && this.github.deploymentId !== this.record.deploymentId) {
        this.record.deploymentId = this.github.deploymentId;
        if (this.record.deploymentId !== null) this.options.state?.save('deployment-id', String(this.record.deploymentId));
      }
      this.save();
      return outcome;
    }));
    for (const outcome of outcomes) if (!outcome.ok) this.options.warn(failureWarning(outcome, event.type));
    return outcomes;
  }

  private save(): void {
    if (this.path) writeJournal(this.path, this.record);
  }

  private delivery(): DeliveryOptions {
    return { timeoutMs: this.options.sinks.sinkTimeoutMs, attempts: 3, backoffMs: 250 };
  }

  /**
   * After a cancellation the runner sends SIGTERM 7.5 s after SIGINT: one short
   * attempt per sink, so delivery ends well before it (the post step re-delivers).
   */
  private lastChance(): DeliveryOptions {
    return { timeoutMs: Math.min(this.options.sinks.sinkTimeoutMs, CANCELLED_TIMEOUT_MS), attempts: 1, backoffMs: 0 };
  }
}

export interface PostOutcome {
  events: DeploymentEvents;
  /** The `deployment.failed` (job-ended) this post step sent, when the deployment was still open. */
  ended?: Emitted;
  /** Events sent again to sinks that had not acknowledged them. */
  redelivered: Emitted[];
}

/**
 * The post step of deploy-start and of deploy-canary: end the deployment its main step
 * took part in if nothing did (`job-ended`), then deliver what this step's sinks still
 * owe. Undefined when the main step took part in no deployment.
 */
export async function closeDeployment(options: EventsOptions): Promise<PostOutcome | undefined> {
  const events = DeploymentEvents.openForPost(options);
  if (!events) return undefined;
  const ended = await events.endOpen('job-ended');
  const redelivered = await events.redeliver();
  return { events, ended, redelivered };
}
