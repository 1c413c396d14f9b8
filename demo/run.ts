// `npm run demo`: replays each incident of DESIGN.md against fixtures built here
// (temp git repos, local servers) and shows the guard catching it and the healthy
// twin passing. Each file in demo/incidents/ is one incident, run in name order.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoIncident } from './incident.ts';

const dir = join(import.meta.dirname, 'incidents');
const WIDTH = 100;

/** Prints `text` wrapped at word boundaries to WIDTH columns, continuation lines indented under the first word. */
function say(prefix: string, text: string): void {
  const indent = ' '.repeat(prefix.length);
  let line = prefix;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length > indent.length && line.length + 1 + word.length > WIDTH) {
      console.log(line);
      line = indent + word;
    } else {
      line += line.length > indent.length ? ` ${word}` : word;
    }
  }
  console.log(line);
}
const only = process.argv[2];
let failures = 0;

for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) {
  const { incident } = (await import(join(dir, file))) as { incident: DemoIncident };
  if (only && incident.guard !== only) continue;
  console.log('');
  say('━━ ', incident.title);
  say('   ', incident.story);
  const started = performance.now();
  try {
    const result = await incident.run();
    const ok = result.caught && result.twinPassed;
    if (!ok) failures++;
    say(`   ${result.caught ? '✔ caught' : '✘ NOT caught'}: `, result.caughtLine);
    say(`   ${result.twinPassed ? '✔ healthy twin passes' : '✘ healthy twin FAILED'}: `, result.twinLine);
  } catch (error) {
    failures++;
    say('   ✘ demo crashed: ', error instanceof Error ? error.message : String(error));
  }
  console.log(`   (${incident.guard}, ${Math.round(performance.now() - started)} ms)`);
}
console.log(failures === 0 ? '\nEvery guard caught its incident; every healthy twin passed.' : `\n${failures} incident(s) not handled as expected.`);
process.exitCode = failures === 0 ? 0 : 1;
