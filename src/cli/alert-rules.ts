import { lokiRules, prometheusRules } from '../events/alert-rules.ts';
import { readSinkSettings } from '../events/settings.ts';
import { InputError } from '../shared/errors.ts';
import type { CliCommand } from './command.ts';

export const alertRulesCommand: CliCommand = {
  name: 'alert-rules',
  summary: 'print Loki ruler (or --format prometheus) rules: a started without an end within max-age, a failed canary',
  inputs: ['format', 'max-age', 'lookback', 'loki-labels'],
  async run(inputs, print) {
    const format = inputs.string('format', 'loki');
    if (format !== 'loki' && format !== 'prometheus') throw new InputError('format', `'${format}' is not loki or prometheus`, 'format: prometheus');
    const options = {
      maxAgeMs: inputs.durationMs('max-age', '5m', { min: 60_000 }),
      lookbackMs: inputs.durationMs('lookback', '1h', { min: 60_000 }),
      labels: readSinkSettings(inputs, process.cwd()).lokiLabels,
    };
    print((format === 'loki' ? lokiRules(options) : prometheusRules(options)).trimEnd());
    return 0;
  },
};
