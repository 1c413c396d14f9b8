import { buildEvent, deploymentKey, eventId, isTerminal, type DeploymentEvent, type DeploymentEventType, type EventContext } from './event.ts';
import { deliver, eventLine, withRetries, type DeliveryOptions, type SinkOutcome } from './emit.ts';
import { journalPath, parseEntries, readJournal, writeJournal, type JournalEntry, type JournalRecord } from './journal.ts';
import type { SinkSettings } from './settings.ts';
import { ENDED_STATES, EventsFileSink, GitHubDeploymentSink, LOKI_SERVICE, LokiSink, WebhookSink, type Sink } from './sinks.ts';

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
  /** RUNNER_TEMP: where the journal lives; undefined (CLI) keeps none. */
  journalDir?: string;
  /** The action's runner state: the main step saves what it did, its post step reads it. */
  state?: RunnerState;
  /**
   * The deployment key given as an input (deploy-start's `deployment-key` output, or a key
   * a deploy script drew): unlike the journal's, no later step can change it.
   */
  deploymentKey?: string;
  /** A cancellation: deliveries in flight are cut short, and no further attempt starts. */
  signal?: AbortSignal;
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
const KEY = /^[0-9a-f]{32}$/;

/** Low-cardinality Loki labels: what a dashboard groups by, never ids or SHAs. */
function defaultLokiLabels(context: Pick<EventContext, 'environment' | 'repository'>): Record<string, string> {
  return { service: LOKI_SERVICE, env: context.environment, app: context.repository.split('/').pop() || 'unknown' };
}

/** Sinks built from a step's own settings; the same destination twice is one sink. */
export function buildSinks(settings: SinkSettings, context: EventContext, extra: { apiUrl: string; logUrl: string; environmentUrl: string; deploymentId: number | null; key?: string; onCreated?: (id: number) => void }, mask?: (value: string) => void): { sinks: Sink[]; github?: GitHubDeploymentSink } {
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
      description: `deploy-guards: ${context.workflow} run ${context.runId}`.slice(0, 140), deploymentId: extra.deploymentId,
      payload: extra.key ? { deploy_guards: { partition_key: extra.key, run_url: extra.logUrl } } : undefined, onCreated: extra.onCreated,
    });
    sinks.push(github);
  }
  return { sinks, github };
}

/** What a step of the deployment kept of its own doing. */
interface OwnRecord {
  key: string;
  /** When the deployment started, as far as this step knows ('' when it does not). */
  startedAt: string;
  deploymentId: number | null;
  /** The events this step sent, with the sinks that acknowledged or refused each. */
  events: JournalEntry[];
  /** Sinks that cannot take events at all (a file that cannot be written): not tried again by this step. */
  closed: string[];
}

/**
 * The events of one deployment (or one probe window) as one step sends them.
 *
 * Trust: what this step sends — which events, their content, their verdict — comes from
 * its own inputs and from its runner state (`saveState` / `STATE_*`, which only this
 * action's steps see). The journal in RUNNER_TEMP, which every later step of the job can
 * rewrite, is read for three hints only: the key of a deployment deploy-start began
 * (unless the `deployment-key` input names it), its started time, and — for a post step
 * with no verdict of its own — whether another step's end already reached a webhook or
 * Loki (sinks that cannot be asked), so that it does not send a second end there. A
 * terminal event found only in the journal is never sent, and no step skips its own.
 */
export class DeploymentEvents {
  readonly key: string;
  readonly environment: string;
  /** Events this step sent in this process (the summary's "failed" column). */
  readonly sent: Emitted[] = [];
  /** What this step noticed and the summary should say. */
  readonly notes: string[] = [];
  /** The deployment was begun by another step (deploy-start): this step takes part in it. */
  readonly joined: boolean;
  private readonly own: OwnRecord;
  /** The journal as this step read it, when it names this deployment: hints only (see the class comment). */
  private readonly hint?: JournalRecord;
  private readonly options: EventsOptions;
  private readonly path?: string;
  private readonly sinkList: Sink[];
  private readonly github?: GitHubDeploymentSink;
  /** Whether the key came from elsewhere than a fresh draw: then a sink may already hold the started. */
  private readonly knownKey: boolean;
  /** Post steps do not write runner state: nothing would read it. */
  private readonly persist: boolean;

  private constructor(options: EventsOptions, own: OwnRecord, extra: { hint?: JournalRecord; joined: boolean; knownKey: boolean; persist: boolean }) {
    this.options = options;
    this.own = own;
    this.key = own.key;
    this.environment = options.context.environment;
    this.hint = extra.hint;
    this.joined = extra.joined;
    this.knownKey = extra.knownKey;
    this.persist = extra.persist;
    this.path = options.journalDir ? journalPath(options.journalDir, options.context.environment) : undefined;
    const { sinks, github } = buildSinks(options.sinks, options.context, {
      apiUrl: options.apiUrl, logUrl: options.logUrl, environmentUrl: options.environmentUrl, deploymentId: own.deploymentId, key: own.key,
      onCreated: (id) => this.adopt(id),
    }, options.mask);
    this.sinkList = sinks;
    this.github = github;
  }

  /**
   * A main step: the deployment of the `deployment-key` input, else the one deploy-start
   * began in this job (the journal's key), else a new one with a fresh key.
   */
  static open(options: EventsOptions): DeploymentEvents {
    const { context } = options;
    const path = options.journalDir ? journalPath(options.journalDir, context.environment) : undefined;
    const journal = path ? readJournal(path) : undefined;
    const sameJob = journal && KEY.test(journal.key) && journal.environment === context.environment && journal.runId === context.runId && journal.runAttempt === context.runAttempt ? journal : undefined;
    const given = options.deploymentKey ?? '';
    const key = given || sameJob?.key || deploymentKey(context);
    const hint = sameJob?.key === key ? sameJob : undefined;
    const started = hint?.events.find((entry) => entry.type === 'deployment.started');
    const events = new DeploymentEvents(options, { key, startedAt: started?.time ?? '', deploymentId: null, events: [], closed: [] }, {
      hint, joined: started !== undefined, knownKey: given !== '' || hint !== undefined, persist: true,
    });
    if (given && sameJob && sameJob.key !== given) events.notes.push('The deployment journal in RUNNER_TEMP names another deployment than the deployment-key input: it was ignored.');
    return events;
  }

  /**
   * A post step: the deployment its main step took part in, entirely from runner state.
   * Undefined when the main step took part in no deployment.
   */
  static openForPost(options: EventsOptions): DeploymentEvents | undefined {
    const state = options.state;
    const key = state?.get('key') ?? '';
    if (!KEY.test(key)) return undefined;
    let saved: { events?: unknown; closed?: unknown } = {};
    try {
      saved = JSON.parse(state?.get('events') || '{}') as typeof saved;
    } catch {
      saved = {};
    }
    const startedAt = state?.get('started-at') ?? '';
    const deploymentId = Number(state?.get('deployment-id') || NaN);
    const path = options.journalDir ? journalPath(options.journalDir, options.context.environment) : undefined;
    const journal = path ? readJournal(path) : undefined;
    return new DeploymentEvents(options, {
      key, startedAt: Number.isNaN(Date.parse(startedAt)) ? '' : startedAt, deploymentId: Number.isSafeInteger(deploymentId) ? deploymentId : null,
      events: parseEntries(saved.events), closed: Array.isArray(saved.closed) ? saved.closed.filter((item): item is string => typeof item === 'string') : [],
    }, { hint: journal?.key === key ? journal : undefined, joined: false, knownKey: true, persist: false });
  }

  get sinkNames(): string[] {
    return ['log', ...this.sinkList.map((sink) => sink.name)];
  }

  /** Sinks that have this deployment's started from another step (deploy-start) and that this step was not given. */
  get otherStepSinks(): string[] {
    const own = new Set(this.sinkList.map((sink) => sink.key));
    const started = this.hint?.events.find((entry) => entry.type === 'deployment.started');
    const keys = [...(started?.delivered ?? []), ...(started?.rejected ?? [])].filter((key) => !own.has(key));
    return [...new Set(keys.map((key) => key.split(':')[0]!))];
  }

  /** The started id (the same whichever step sent it). */
  get startedId(): string {
    return eventId(this.key, 'deployment.started');
  }

  get deploymentId(): number | null {
    return this.own.deploymentId;
  }

  /** The events this step sent; for a step that joined, the started as the journal tells it first. */
  get timeline(): JournalEntry[] {
    const started = this.ownStarted ? undefined : this.hint?.events.find((entry) => entry.type === 'deployment.started');
    return [...(started ? [started] : []), ...this.own.events];
  }

  private get ownStarted(): JournalEntry | undefined {
    return this.own.events.find((entry) => entry.type === 'deployment.started');
  }

  get ownTerminal(): JournalEntry | undefined {
    return this.own.events.find((entry) => isTerminal(entry.type) && entry.type.startsWith('deployment.'));
  }

  /** Ends of this deployment the journal tells of that this step did not send. */
  private get otherTerminals(): JournalEntry[] {
    return (this.hint?.events ?? []).filter((entry) => isTerminal(entry.type) && !this.own.events.some((own) => own.type === entry.type && own.time === entry.time));
  }

  /**
   * `deployment.started`, unless the deployment was begun by another step: then this
   * step joins it. Either way the key and the started time go to runner state first, so
   * a step killed while delivering still leaves its post step a deployment to end.
   */
  async start(): Promise<Emitted | undefined> {
    if (this.joined) {
      await this.join();
      return undefined;
    }
    const time = new Date();
    this.own.startedAt = time.toISOString();
    this.saveState('key', this.key);
    this.saveState('started-at', this.own.startedAt);
    this.save();
    let sinks = this.sinkList;
    const github = this.github;
    if (github && this.own.deploymentId === null) {
      // The deployment id belongs in the started event itself, so find or create it first.
      if (this.knownKey) await this.findGitHubDeployment(github);
      if (this.own.deploymentId === null && !this.own.closed.includes(github.key)) {
        const created = await withRetries(github.name, async (timeoutMs, signal) => void (await github.createDeployment(timeoutMs, signal)), this.delivery());
        if (!created.ok) {
          if (created.permanent) this.own.closed.push(github.key);
          this.options.warn(`Event sink 'github-deployment' could not create the deployment${created.permanent ? '' : ` after ${created.attempts} attempt${created.attempts === 1 ? '' : 's'}`}: ${created.error} (the verdict is unchanged)`);
          sinks = sinks.filter((sink) => sink !== github);
        }
      }
    }
    return this.send('deployment.started', { time }, sinks, this.delivery());
  }

  /** Takes part in a deployment another step began: its post step will end it if nothing does. */
  private async join(): Promise<void> {
    this.saveState('key', this.key);
    if (this.own.startedAt) this.saveState('started-at', this.own.startedAt);
    if (this.github) await this.findGitHubDeployment(this.github);
    this.save();
  }

  /**
   * The GitHub deployment of this key, found through the API (never by an id from the
   * journal). None: one is created when this step first posts a status. Unknown (the
   * API failed): this step posts no status; deploy-start's post step ends it there.
   */
  private async findGitHubDeployment(github: GitHubDeploymentSink): Promise<void> {
    try {
      const found = await github.findDeployment(this.key, this.options.sinks.sinkTimeoutMs, this.options.signal);
      if (found !== null) {
        github.deploymentId = found;
        this.adopt(found);
      }
    } catch (error) {
      this.own.closed.push(github.key);
      this.options.warn(`Event sink 'github-deployment' could not look up this job's GitHub deployment: ${(error as Error).message} (this step posts no status; the verdict is unchanged)`);
    }
  }

  /** A GitHub deployment id is saved the moment it is known. */
  private adopt(id: number): void {
    this.own.deploymentId = id;
    this.saveState('deployment-id', String(id));
    this.save();
  }

  /**
   * This step's verdict: always sent, whatever the journal says (a note says when it
   * tells of another end). A sink that has not taken this step's started gets it first,
   * so no receiver sees the end before the start; after a cancellation there is no time
   * for that, and the verdict gets one short attempt per sink.
   */
  async finish(type: 'deployment.complete' | 'deployment.failed', details: { reason?: string; durationMs?: number; cancelled?: boolean }): Promise<Emitted | undefined> {
    const other = this.otherTerminals[0];
    if (other) {
      this.notes.push(`The deployment journal says this deployment already ended with ${other.type}${other.reason ? ` (${other.reason})` : ''}; any step of the job can write the journal, so this step sent its own verdict, with the deployment's one terminal id (a receiver that de-duplicates on id keeps the first end).`);
    }
    if (this.ownTerminal) return undefined;
    const durationMs = this.own.startedAt ? Date.now() - Date.parse(this.own.startedAt) : details.durationMs;
    const { event, entry } = this.record(type, { reason: details.reason, durationMs });
    const delivery = details.cancelled ? this.lastChance() : this.delivery();
    const started = this.ownStarted;
    const outcomes = await Promise.all(this.sinkList.map(async (sink) => {
      if (!details.cancelled && started && sink !== this.github && this.pending(started, sink)) {
        const catchUp = await this.deliverTo(sink, this.rebuild(started), started, { ...delivery, attempts: 1 });
        if (catchUp) this.sent.push({ event: this.rebuild(started), outcomes: [catchUp] });
      }
      return this.deliverTo(sink, event, entry, delivery);
    }));
    const emitted = { event, outcomes: outcomes.filter((outcome): outcome is SinkOutcome => outcome !== undefined) };
    this.sent.push(emitted);
    return emitted;
  }

  /**
   * Post step: a deployment nothing ended gets `deployment.failed` (`reason`), and what
   * this step sent but a sink has not acknowledged is sent again, with its id, started
   * before end. The end is sent only to sinks that have none: this step's own
   * acknowledgements, the events file and the GitHub deployment's latest status say so
   * for themselves; for a webhook and Loki, which cannot be asked, the journal's word
   * that another step's end reached them is taken (it can only make this step send less).
   */
  async close(reason: string): Promise<PostOutcome> {
    const started = this.ownStarted;
    let terminal = this.ownTerminal;
    if (!this.own.startedAt && !started) return { events: this, redelivered: [], superseded: [] };
    // The main step may have been killed after GitHub created its deployment and before the id
    // reached runner state: find it (by key and run) rather than leave it open or create another.
    if (this.github && this.own.deploymentId === null && !this.own.closed.includes(this.github.key)) await this.findGitHubDeployment(this.github);
    const ends = await Promise.all(this.sinkList.map(async (sink) => ({ sink, end: await this.endAt(sink, terminal) })));
    const lacking = ends.filter((item) => item.end === 'none').map((item) => item.sink);
    const other = this.otherTerminals[0];
    const outcome: PostOutcome = { events: this, redelivered: [], superseded: [], endedElsewhere: terminal ? undefined : other };
    const anyEnd = ends.some((item) => item.end === 'own' || item.end === 'seen');
    let fresh: JournalEntry | undefined;
    if (!terminal && (lacking.length > 0 || (!anyEnd && !other))) {
      const durationMs = this.own.startedAt ? Date.now() - Date.parse(this.own.startedAt) : undefined;
      const { event, entry } = this.record('deployment.failed', { reason, durationMs });
      terminal = fresh = entry;
      outcome.ended = { event, outcomes: [] };
      this.sent.push(outcome.ended);
      if (other) outcome.notForwarded = lacking.map((sink) => sink.name);
      const unasked = lacking.filter((sink) => sink instanceof WebhookSink || sink instanceof LokiSink);
      if (!this.hint && unasked.length > 0) {
        this.options.warn(`The deployment journal in RUNNER_TEMP is gone or names another deployment, so this step cannot tell whether another step's end of it reached ${unasked.map((sink) => sink.name).join(', ')}: sent deployment.failed (${reason}) there, with the deployment's one terminal id (a receiver that de-duplicates on id keeps the first end).`);
      }
    }
    for (const { sink, end } of ends) if (end !== 'none' && started && this.pending(started, sink)) outcome.superseded.push(sink.name);
    const redelivered = new Map<JournalEntry, SinkOutcome[]>();
    await Promise.all(lacking.map(async (sink) => {
      for (const entry of [started, terminal]) {
        // A post step never posts in_progress to GitHub: an end supersedes it, and GitHub keeps the latest status.
        if (!entry || !this.pending(entry, sink) || (entry === started && sink === this.github)) continue;
        const event = this.rebuild(entry);
        if (sink.has?.(event)) {
          // Delivered before the step that sent it could record it (killed in between).
          entry.delivered.push(sink.key);
          this.save();
          continue;
        }
        if (entry !== fresh) this.options.print(`re-delivering event ${entry.type} ${event.id} to ${sink.name}`);
        const result = await this.deliverTo(sink, event, entry, this.delivery());
        if (!result) continue;
        if (entry === fresh) outcome.ended!.outcomes.push(result);
        else redelivered.set(entry, [...(redelivered.get(entry) ?? []), result]);
      }
    }));
    for (const [entry, outcomes] of redelivered) {
      const emitted = { event: this.rebuild(entry), outcomes };
      outcome.redelivered.push(emitted);
      this.sent.push(emitted);
    }
    return outcome;
  }

  /** Canary events (`mode: probe`): no lifecycle, no journal. */
  async probeVerdict(type: 'canary.passed' | 'canary.failed', details: { reason?: string; durationMs?: number }): Promise<Emitted> {
    return this.send(type, details, this.sinkList.filter((sink) => sink !== this.github), this.delivery());
  }

  /** Whether a sink already has an end of this deployment, and how this step knows. */
  private async endAt(sink: Sink, terminal: JournalEntry | undefined): Promise<'own' | 'seen' | 'none' | 'closed'> {
    if (this.own.closed.includes(sink.key) || terminal?.rejected.includes(sink.key)) return 'closed';
    if (terminal?.delivered.includes(sink.key)) return 'own';
    const endId = eventId(this.key, 'deployment.failed');
    if (sink instanceof EventsFileSink) return sink.has({ id: endId } as DeploymentEvent) ? 'seen' : 'none';
    if (sink === this.github) {
      if (this.own.deploymentId === null) return terminal ? 'none' : 'closed'; // no deployment to end
      try {
        return ENDED_STATES.has(await this.github.latestState(this.options.sinks.sinkTimeoutMs)) ? 'seen' : 'none';
      } catch {
        return !terminal && this.endInJournal(sink) ? 'seen' : 'none';
      }
    }
    return !terminal && this.endInJournal(sink) ? 'seen' : 'none';
  }

  private endInJournal(sink: Sink): boolean {
    return this.otherTerminals.some((entry) => entry.delivered.includes(sink.key));
  }

  private build(type: DeploymentEventType, details: { reason?: string | null; durationMs?: number | null; time?: Date }): DeploymentEvent {
    return buildEvent(type, this.options.context, this.key, {
      deploymentId: this.own.deploymentId,
      url: this.options.environmentUrl || null,
      reason: details.reason ?? null,
      durationMs: details.durationMs ?? null,
      time: details.time,
    });
  }

  /** An event this step sent, built again from its record: the same id, time and content. */
  private rebuild(entry: JournalEntry): DeploymentEvent {
    return this.build(entry.type, { reason: entry.reason, durationMs: entry.durationMs, time: new Date(entry.time) });
  }

  /** Claims an event in runner state (and the journal) before any delivery, and logs it. */
  private record(type: DeploymentEventType, details: { reason?: string; durationMs?: number; time?: Date }): { event: DeploymentEvent; entry: JournalEntry } {
    const event = this.build(type, details);
    const entry: JournalEntry = { type, id: event.id, time: event.time, reason: event.data.reason, durationMs: event.data.duration_ms, delivered: [], rejected: [] };
    this.own.events.push(entry);
    this.save();
    // The log first and always, so no event is ever lost from it.
    this.options.print(eventLine(event));
    return { event, entry };
  }

  private async send(type: DeploymentEventType, details: { reason?: string; durationMs?: number; time?: Date }, sinks: Sink[], delivery: DeliveryOptions): Promise<Emitted> {
    const { event, entry } = this.record(type, details);
    const outcomes = await Promise.all(sinks.map((sink) => {
      // A key from elsewhere (an input, the journal): the events file may already hold this event.
      if (this.knownKey && sink.has?.(event)) {
        entry.delivered.push(sink.key);
        this.save();
        return undefined;
      }
      return this.deliverTo(sink, event, entry, delivery);
    }));
    const emitted = { event, outcomes: outcomes.filter((outcome): outcome is SinkOutcome => outcome !== undefined) };
    this.sent.push(emitted);
    return emitted;
  }

  /** A sink still owes this event: not acknowledged, not refused for good. */
  private pending(entry: JournalEntry, sink: Sink): boolean {
    return !entry.delivered.includes(sink.key) && !entry.rejected.includes(sink.key) && !this.own.closed.includes(sink.key);
  }

  /** One event to one sink, with retries; the outcome is recorded the moment it is known. Undefined: not tried. */
  private async deliverTo(sink: Sink, event: DeploymentEvent, entry: JournalEntry, delivery: DeliveryOptions): Promise<SinkOutcome | undefined> {
    if (!this.pending(entry, sink)) return undefined;
    const outcome = await deliver(sink, event, delivery, this.options.warn);
    if (outcome.ok) entry.delivered.push(sink.key);
    else if (outcome.permanent) entry.rejected.push(sink.key);
    if (outcome.wholeSink) this.own.closed.push(sink.key);
    this.save();
    return outcome;
  }

  private saveState(name: string, value: string): void {
    if (this.persist) this.options.state?.save(name, value);
  }

  /** This step's record to runner state, and to the journal for the steps after it. */
  private save(): void {
    this.saveState('events', JSON.stringify({ events: this.own.events, closed: this.own.closed }));
    if (!this.path) return;
    const { context } = this.options;
    const others = (this.hint?.events ?? []).filter((entry) => !this.own.events.some((own) => own.type === entry.type && own.time === entry.time));
    const record: JournalRecord = {
      version: 3, environment: context.environment, runId: context.runId, runAttempt: context.runAttempt, key: this.key,
      environmentUrl: '', deploymentId: this.own.deploymentId, events: [...others, ...this.own.events],
    };
    writeJournal(this.path, record);
  }

  private delivery(): DeliveryOptions {
    return { timeoutMs: this.options.sinks.sinkTimeoutMs, attempts: 3, backoffMs: 250, signal: this.options.signal };
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
  /** The `deployment.failed` this post step sent, when a sink (or the log) had no end of the deployment. */
  ended?: Emitted;
  /** Events this step had sent, sent again to sinks that had not acknowledged them. */
  redelivered: Emitted[];
  /** Sinks that never took this step's started and already have the end: the started is not sent after it. */
  superseded: string[];
  /** The end another step sent, as the journal tells it (this step sent none of its own before). */
  endedElsewhere?: JournalEntry;
  /** Sinks that got this step's end although the journal tells of another step's: a verdict read from the journal is never forwarded. */
  notForwarded?: string[];
}

/**
 * The post step of deploy-start and of deploy-canary: end the deployment its main step
 * took part in where nothing did (`job-ended`), and deliver what this step's sinks still
 * owe. Undefined when the main step took part in no deployment.
 */
export async function closeDeployment(options: EventsOptions): Promise<PostOutcome | undefined> {
  const events = DeploymentEvents.openForPost(options);
  if (!events) return undefined;
  return events.close('job-ended');
}
