import { runStep } from '../../test/harness/action-runner.ts';
import { GitFixture } from '../../test/harness/git-fixture.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

export const incident: DemoIncident = {
  guard: 'commit-count',
  title: 'Incident 2: "3 commits ahead of origin" — it was 27',
  story: 'The deployer announced 3 commits; 27 shipped, among them a data-layer migration and a [skip ci] bypass.',
  async run() {
    const repo = new GitFixture();
    const base = repo.commit('release 41', { 'src/app.ts': 'export {}\n' });
    for (let i = 1; i <= 27; i++) {
      if (i === 9) repo.commit('add orders table', { 'db/migrations/0042_orders.sql': 'create table orders();\n' });
      else if (i === 20) repo.commit('hotfix checkout [skip ci]', { 'src/checkout.ts': `export const v = ${i};\n` });
      else repo.commit(`feature step ${i}`, { 'src/app.ts': `export const step = ${i};\n` });
    }
    const inputs = { base, 'watch-paths': 'db/migrations/**' };
    const caught = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { ...inputs, expected: '3' } });
    const twin = await runStep('commit-count', 'main', { cwd: repo.dir, inputs: { ...inputs, expected: '27' } });
    const flagged = caught.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    return {
      caught: caught.exitCode === 1 && caught.outputs.count === '27',
      caughtLine: `${verdictOf(caught.stdout)}; flagged: ${flagged.join(' | ')}`,
      twinPassed: twin.exitCode === 0,
      twinLine: verdictOf(twin.stdout),
    };
  },
};
