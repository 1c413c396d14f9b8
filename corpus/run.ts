// `npm run corpus -- <check> [repo ...]`: runs one action's bundle, the way the runner
// does, over real repositories that nobody here wrote, and prints per repository what a
// new user would see (findings on the clean tree, what was not checked, probe recall).
// The repositories are work trees under $DEPLOY_GUARDS_CORPUS (one folder each, e.g.
// made with `git clone`); CI has none, so this is a tool for people, not a test.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusCheck } from './corpus.ts';

const [check, ...only] = process.argv.slice(2);
const root = process.env.DEPLOY_GUARDS_CORPUS;
const checks = readdirSync(join(import.meta.dirname, 'checks')).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));

if (!check || !checks.includes(check) || !root) {
  console.error(`Usage: DEPLOY_GUARDS_CORPUS=/path/to/repos npm run corpus -- <check> [repo ...]\nChecks: ${checks.join(', ')}`);
  process.exit(2);
}
const repos = readdirSync(root)
  .filter((name) => (only.length === 0 || only.includes(name)) && existsSync(join(root, name, '.git')) && statSync(join(root, name)).isDirectory())
  .sort();
if (repos.length === 0) {
  console.error(`No git work trees under ${root}${only.length ? ` named ${only.join(', ')}` : ''}.`);
  process.exit(2);
}
const { corpus } = (await import(join(import.meta.dirname, 'checks', `${check}.ts`))) as { corpus: CorpusCheck };
let failed = 0;
for (const repo of repos) {
  const started = performance.now();
  const ok = await corpus.run(resolve(root, repo), repo);
  if (!ok) failed++;
  console.log(`  (${repo}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
console.log(failed === 0 ? `${check}: every repository met the targets.` : `${check}: ${failed} of ${repos.length} repositories missed a target.`);
process.exitCode = failed === 0 ? 0 : 1;
