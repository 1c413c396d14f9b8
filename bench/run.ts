// `npm run bench`: every suite in bench/suites/, measured side by side with its
// reference in the same run, printed as ratios against the issue targets.
// `npm run bench -- <suite> [<suite>…]` runs those suites (cold start always covers every bundle;
// `cold-start` alone runs only that).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchLine, type BenchSuite, median, ms, runProcess } from './measure.ts';

const COLD_RUNS = 9;
const only = process.argv.slice(2);
const dir = join(import.meta.dirname, 'suites');
const suites: BenchSuite[] = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
  suites.push(((await import(join(dir, file))) as { suite: BenchSuite }).suite);
}

// `cold-start` alone runs no suite beyond the cold starts every run measures.
const unknown = only.filter((name) => name !== 'cold-start' && !suites.some((suite) => suite.name === name));
if (unknown.length > 0) {
  console.error(`bench: no suite named ${unknown.join(', ')}; the suites are ${suites.map((suite) => suite.name).join(', ')}, and cold-start`);
  process.exit(2);
}

function print(title: string, lines: BenchLine[]): void {
  console.log(`\n## ${title}`);
  for (const line of lines) {
    const ratio = line.ratio === undefined ? '' : `  ratio ${line.ratio.toFixed(2)}x`;
    const target = line.target ? `  target ${line.target} ${line.ok ? '✔' : '✘'}` : '';
    console.log(`- ${line.label}: ${line.value}${ratio}${target}`);
  }
}

let misses = 0;
const count = (lines: BenchLine[]) => (misses += lines.filter((line) => line.ok === false).length);

// Cold start: each bundle run to a verdict on a trivial input, against `node -e 0`,
// interleaved run by run so both see the same machine.
const cold: BenchLine[] = [];
const coldStarts = [];
for (const suite of suites) if (suite.coldStart) coldStarts.push(...[await suite.coldStart()].flat());
// BENCH_COLD_STARTS=deploy-canary,commit-count times only those bundles (a quicker look at one).
const coldOnly = process.env.BENCH_COLD_STARTS?.split(',').filter(Boolean);
for (const { action, step } of coldStarts) {
  if (coldOnly && !coldOnly.includes(action)) continue;
  // Only the bundle's own process is timed: the runner prepares files and variables before it starts.
  const run = () => runProcess(process.execPath, [step.entry], { cwd: step.cwd, env: step.env, anyExit: true }); // a failing verdict is a verdict
  const bundle: number[] = [];
  const baseline: number[] = [];
  await run();
  for (let i = 0; i < COLD_RUNS; i++) {
    let started = performance.now();
    await runProcess(process.execPath, ['-e', '0']);
    baseline.push(performance.now() - started);
    started = performance.now();
    await run();
    bundle.push(performance.now() - started);
  }
  const ratio = median(bundle) / median(baseline);
  cold.push({ label: `dist/${action}`, value: `${ms(median(bundle))} vs node -e 0 ${ms(median(baseline))} (median of ${COLD_RUNS})`, ratio, target: '<= 2.5x', ok: ratio <= 2.5 });
}
for (const { dispose } of coldStarts) await dispose?.();
print('Cold start (bundle to verdict, trivial input)', cold);
count(cold);

for (const suite of suites) {
  if (!suite.run || (only.length > 0 && !only.includes(suite.name))) continue;
  const lines = await suite.run();
  print(suite.name, lines);
  count(lines);
}
console.log(misses === 0 ? '\nAll targets met.' : `\n${misses} target(s) missed (see ✘ above).`);

// Every result is printed: a server or timer a suite forgot to stop must not keep the bench
// running (it once waited forever on a cold start's loopback server). Name it, then exit.
const left = process.getActiveResourcesInfo().filter((resource) => resource !== 'TTYWrap');
if (left.length > 0) console.error(`bench: stopping ${left.length} handle(s) a suite left open (${[...new Set(left)].join(', ')})`);
process.exit();
