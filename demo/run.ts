// `npm run demo`: replays each incident of DESIGN.md against fixtures built here
// (temp git repos, local servers) and shows the guard catching it and the healthy
// twin passing. Each file in demo/incidents/ is one incident, run in name order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoIncident } from './incident.ts';

const dir = join(import.meta.dirname, 'incidents');
const only = process.argv[2];
let failures = 0;

for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
  const { incident } = (await import(join(dir, file))) as { incident: DemoIncident };
  if (only && incident.guard !== only) continue;
  console.log(`\n━━ ${incident.title}`);
  console.log(`   ${incident.story}`);
  const started = performance.now();
  try {
    const result = await incident.run();
    const ok = result.caught && result.twinPassed;
    if (!ok) failures++;
    console.log(`   ${result.caught ? '✔ caught' : '✘ NOT caught'}: ${result.caughtLine}`);
    console.log(`   ${result.twinPassed ? '✔ healthy twin passes' : '✘ healthy twin FAILED'}: ${result.twinLine}`);
  } catch (error) {
    failures++;
    console.log(`   ✘ demo crashed: ${error instanceof Error ? error.message : error}`);
  }
  console.log(`   (${incident.guard}, ${Math.round(performance.now() - started)} ms)`);
}
console.log(failures === 0 ? '\nEvery guard caught its incident; every healthy twin passed.' : `\n${failures} incident(s) not handled as expected.`);
process.exitCode = failures === 0 ? 0 : 1;
