// `deploy-guards alert-rules` from the bundled CLI: every LogQL expression parses with
// Grafana's LogQL grammar (@grafana/lezer-logql, the parser of Grafana's Loki editor),
// every PromQL one with Prometheus's (@prometheus-io/lezer-promql), and the stream
// selectors match the labels the Loki sink really sends (captured from a bundled canary).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parser as logql } from '@grafana/lezer-logql';
import { parser as promql } from '@prometheus-io/lezer-promql';
import type { Tree } from '@lezer/common';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, printed, runStep } from './harness/action-runner.ts';
import { Receiver, ScenarioServer, checkLokiPush } from './harness/http-scenarios.ts';

interface Rule { alert?: string; record?: string; expr: string }
function rules(...args: string[]): Rule[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'alert-rules', ...args], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return (parse(run.stdout) as { groups: { rules: Rule[] }[] }).groups.flatMap((group) => group.rules);
}

/** Error nodes in a Lezer tree, with the text around them. */
function syntaxErrors(tree: Tree, text: string): string[] {
  const errors: string[] = [];
  tree.iterate({ enter: (node) => void (node.type.isError && errors.push(`at ${node.from}: …${text.slice(Math.max(0, node.from - 20), node.to + 20)}…`)) });
  return errors;
}

/** The label matchers of every stream selector in a LogQL expression: [name, operator, value]. */
function selectorMatchers(expr: string): string[][] {
  const matchers: string[][] = [];
  const selectors: [number, number][] = [];
  logql.parse(expr).iterate({
    enter: (node) => {
      if (node.name === 'Selector') selectors.push([node.from, node.to]);
      // Matchers inside a stream selector, not the label filters after `| json`.
      if (node.name !== 'Matcher' || !selectors.some(([from, to]) => node.from >= from && node.to <= to)) return;
      const [name, op, value] = [node.node.firstChild!, node.node.firstChild!.nextSibling!, node.node.lastChild!];
      matchers.push([expr.slice(name.from, name.to), expr.slice(op.from, op.to), JSON.parse(expr.slice(value.from, value.to)) as string]);
    },
  });
  return matchers;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((stop) => stop()));
});

describe('deploy-guards alert-rules', () => {
  it('prints Loki ruler rules whose every LogQL expression parses, with the two alerts of the team rule', () => {
    const loki = rules('--loki-labels', 'team=payments', '--max-age', '5m');
    expect(loki.map((rule) => rule.alert ?? rule.record)).toEqual(['DeploymentStartedWithoutEnd', 'CanaryFailed', 'deploy_guards:deployment_events:count1m']);
    for (const rule of loki) expect(syntaxErrors(logql.parse(rule.expr), rule.expr), rule.expr).toEqual([]);
    expect(loki[0]!.expr).toContain('offset 5m');
    // The parser does fail on broken LogQL: the check above can fail.
    expect(syntaxErrors(logql.parse('sum by (env) (count_over_time({service="deployment" | json [5m]))'), '')).not.toEqual([]);
  });

  it('prints the Prometheus-style rules over the recorded event counts; every PromQL expression parses', () => {
    const prometheus = rules('--format', 'prometheus');
    expect(prometheus.map((rule) => rule.alert)).toEqual(['DeploymentStartedWithoutEnd', 'CanaryFailed']);
    for (const rule of prometheus) {
      expect(syntaxErrors(promql.parse(rule.expr), rule.expr), rule.expr).toEqual([]);
      expect(rule.expr).toContain('deploy_guards:deployment_events:count1m');
    }
    expect(syntaxErrors(promql.parse('sum by (env) (rate(x[5m])'), '')).not.toEqual([]);
  });

  it('selects exactly the streams the Loki sink writes, and the fields it groups by are in every event', async () => {
    const loki = await new Receiver(() => 204, checkLokiPush).start();
    const app = await new ScenarioServer((_req, res) => res.end('ok')).start();
    cleanups.push(() => loki.stop(), () => app.stop());
    const step = await runStep('deploy-canary', 'main', { inputs: { urls: `${app.url}/`, interval: '100ms', successes: '1', 'loki-url': loki.url, 'loki-labels': 'team=payments' } });
    expect(step.exitCode, printed(step)).toBe(0);
    expect(loki.violations).toEqual([]);
    const pushes = loki.requests.map((request) => JSON.parse(request.body) as { streams: { stream: Record<string, string>; values: [string, string][] }[] });
    const streams = pushes.flatMap((push) => push.streams);
    expect(streams.length).toBe(2);
    for (const rule of rules('--loki-labels', 'team=payments')) {
      const matchers = selectorMatchers(rule.expr);
      expect(matchers.length).toBeGreaterThan(0);
      for (const stream of streams) {
        for (const [name, op, value] of matchers) {
          expect(Object.keys(stream.stream), `${rule.alert ?? rule.record}: label ${name}`).toContain(name);
          if (op === '=') expect(stream.stream[name!]).toBe(value);
        }
        // Grouping labels: stream labels or fields the json stage extracts from every event line.
        const event = JSON.parse(stream.values[0]![1]) as Record<string, unknown>;
        for (const group of rule.expr.matchAll(/by \(([^)]*)\)/g)) {
          for (const label of group[1]!.split(',').map((item) => item.trim())) expect(label in stream.stream || label in event, `${label} is neither a stream label nor an event field`).toBe(true);
        }
      }
    }
  });
});
