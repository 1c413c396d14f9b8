import { lokiRules, prometheusRules } from '../events/alert-rules.ts';
import { readSinkSettings } from '../events/settings.ts';
import { InputError } from '../shared/errors.ts';
import { MAX_LOOK_BACK_MS } from '../shared/inputs.ts';
import type { CliCommand } from './command.ts';

export const alertRulesCommand: CliCommand = {
  name: 'alert-rules',
  summary: 'print Loki ruler (or --format prometheus) rules: a started without an end within max-age, a failed canary',
  example: 'deploy-guards alert-rules --max-age 5m --loki-labels app=shop > deploy-guards-rules.yaml',
  // Not an action: its flags are its own.
  inputs: {
    format: { description: '`loki` for a Loki ruler rules file, `prometheus` for Prometheus-style rules over counted events.', default: 'loki', required: false },
    'max-age': { description: 'A deployment.started with no deployment.complete or deployment.failed this long after it raises the alert.', default: '5m', required: false },
    lookback: { description: 'How far back the rules look for starteds and their ends.', default: '1h', required: false },
    'loki-labels': { description: 'Extra Loki stream labels the deploy steps set (`name=value` per line or comma), added to every selector.', default: '', required: false },
  },
  async run(inputs, print) {
    const format = inputs.string('format', 'loki');
    if (format !== 'loki' && format !== 'prometheus') throw new InputError('format', `'${format}' is not loki or prometheus`, 'format: prometheus');
    const options = {
      maxAgeMs: inputs.durationMs('max-age', '5m', { min: 60_000, max: MAX_LOOK_BACK_MS }),
      lookbackMs: inputs.durationMs('lookback', '1h', { min: 60_000, max: MAX_LOOK_BACK_MS }),
      labels: readSinkSettings(inputs, process.cwd()).lokiLabels,
    };
    print((format === 'loki' ? lokiRules(options) : prometheusRules(options)).trimEnd());
    return 0;
  },
};
