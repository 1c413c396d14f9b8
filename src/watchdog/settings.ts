import { readDeploymentKey, readSinkSettings } from '../events/settings.ts';
import { MAX_LOOK_BACK_MS, type Inputs } from '../shared/inputs.ts';
import { InputError } from '../shared/errors.ts';
import type { WatchdogSettings } from './watchdog.ts';

/** deploy-watchdog's inputs; shared by the action and the CLI. */
export function readWatchdogSettings(inputs: Inputs, workspace: string): WatchdogSettings {
  const sinks = readSinkSettings(inputs, workspace);
  const environments = inputs.list('environments', { splitCommas: true });
  const settings: WatchdogSettings = {
    environments,
    maxAgeMs: inputs.durationMs('max-age', '5m', { max: MAX_LOOK_BACK_MS }),
    lookbackMs: inputs.durationMs('lookback', '24h', { min: 60_000, max: MAX_LOOK_BACK_MS }),
    endStale: inputs.boolean('end-stale', false),
    endOthers: inputs.boolean('end-others', false),
    deploymentKey: readDeploymentKey(inputs),
    sinks: { ...sinks, githubDeployment: false },
    fail: inputs.boolean('fail', true),
  };
  if (environments.length === 0 && !sinks.eventsFile && !sinks.lokiUrl) {
    throw new InputError('environments', 'is empty and neither events-file nor loki-url is given: there is nothing to watch', 'environments: production');
  }
  if (environments.length > 0 && !sinks.token && !sinks.eventsFile && !sinks.lokiUrl) {
    throw new InputError('token', 'is empty: listing GitHub Deployments needs a token (deployments: read; write with end-stale)', 'token: ${{ github.token }}');
  }
  return settings;
}
