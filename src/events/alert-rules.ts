/**
 * `deploy-guards alert-rules`: the team rule as alerting rules over what the Loki sink
 * writes — "every deployment.started gets a complete or failed within max-age" and
 * "a canary failed". The stream selector uses the sink's own labels (service, env, app
 * and any loki-labels), and a started is paired with its end by the CloudEvents
 * `partitionkey` every event of one deployment carries.
 */
import { stringify } from 'yaml';
import { LokiSink } from './sinks.ts';

export interface AlertRuleOptions {
  maxAgeMs: number;
  /** How far back a started is looked for (its end: this plus max-age). */
  lookbackMs: number;
  /** Extra stream labels the sinks were given (loki-labels), narrowing the selector. */
  labels: Record<string, string>;
}

/** The recording rule's metric: events per type, env and app, counted each minute. */
export const EVENTS_METRIC = 'deploy_guards:deployment_events:count1m';

/** A LogQL/PromQL duration: whole minutes or seconds. */
function duration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.ceil(ms / 1000)}s`;
}

const TERMINAL = 'deployment\\\\.(complete|failed)';

export function lokiRules(options: AlertRuleOptions): string {
  const from = LokiSink.selector(options.labels);
  const age = duration(options.maxAgeMs);
  const started = `sum by (env, app, partitionkey) (count_over_time(${from} |= "deployment.started" | json type="type", partitionkey="partitionkey" | type="deployment.started" [${duration(options.lookbackMs)}] offset ${age}))`;
  const ended = `sum by (env, app, partitionkey) (count_over_time(${from} |= "deployment." | json type="type", partitionkey="partitionkey" | type=~"${TERMINAL}" [${duration(options.lookbackMs + options.maxAgeMs)}]))`;
  return stringify({
    groups: [{
      name: 'deploy-guards',
      rules: [
        {
          alert: 'DeploymentStartedWithoutEnd',
          expr: `${started}\nunless\n${ended}`,
          labels: { severity: 'page' },
          annotations: {
            summary: `deployment.started without deployment.complete or deployment.failed within ${age}`,
            description: 'Deployment {{ $labels.partitionkey }} of {{ $labels.app }} to {{ $labels.env }} started and nothing ended it: the job, its post step or the runner died. deploy-watchdog with end-stale ends it.',
          },
        },
        {
          alert: 'CanaryFailed',
          expr: `sum by (env, app) (count_over_time(${from} |= "canary.failed" | json type="type" | type="canary.failed" [${age}])) > 0`,
          labels: { severity: 'page' },
          annotations: { summary: 'canary.failed for {{ $labels.app }} in {{ $labels.env }}', description: 'A scheduled deploy-canary or host-canary failed; the event reason says why.' },
        },
        {
          record: EVENTS_METRIC,
          expr: `sum by (env, app, type) (count_over_time(${from} |= "\\"type\\":" | json type="type" [1m]))`,
        },
      ],
    }],
  }, { lineWidth: 0 });
}

/**
 * The same two alerts over counted events, for Prometheus: the Loki ruler's recording
 * rule above (remote-written to Prometheus) counts events per type, env and app. Counts
 * cannot pair a started with its end, so this fires when a window holds more starteds
 * than ends; the LogQL rule is the exact one.
 */
export function prometheusRules(options: AlertRuleOptions): string {
  const age = duration(options.maxAgeMs);
  const window = duration(options.lookbackMs);
  // The recorded series carry env, app and type only: loki-labels already narrowed the recording rule.
  const starteds = `sum by (env, app) (sum_over_time(${EVENTS_METRIC}{type="deployment.started"}[${window}] offset ${age}))`;
  const ends = `sum by (env, app) (sum_over_time(${EVENTS_METRIC}{type=~"${TERMINAL}"}[${duration(options.lookbackMs + options.maxAgeMs)}]))`;
  return stringify({
    groups: [{
      name: 'deploy-guards',
      rules: [
        {
          alert: 'DeploymentStartedWithoutEnd',
          expr: `${starteds}\n> (${ends} or ${starteds} * 0)`,
          labels: { severity: 'page' },
          annotations: { summary: `more deployment.started than ends for {{ $labels.app }} in {{ $labels.env }} (older than ${age})` },
        },
        {
          alert: 'CanaryFailed',
          expr: `sum by (env, app) (sum_over_time(${EVENTS_METRIC}{type="canary.failed"}[${age}])) > 0`,
          labels: { severity: 'page' },
          annotations: { summary: 'canary.failed for {{ $labels.app }} in {{ $labels.env }}' },
        },
      ],
    }],
  }, { lineWidth: 0 });
}
