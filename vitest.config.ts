import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// GitHub's workflow parser imports its JSON schemas without import attributes, so Vite must
// transform it (deps.inline below) instead of Node loading it natively. Its published files
// point at sourcemaps of sources it does not ship, and Vite warns once per file ("Sourcemap …
// points to missing source files", 70 lines per run): load it without the dangling reference.
const WORKFLOW_PARSER = '/node_modules/@actions/workflow-parser/';
const workflowParserWithoutSourcemaps = {
  name: 'workflow-parser-without-sourcemaps',
  enforce: 'pre' as const,
  load(id: string) {
    if (!id.includes(WORKFLOW_PARSER) || !id.endsWith('.js')) return null;
    return { code: readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/gm, ''), map: null };
  },
};

// The dist check bundles every entry (about a minute of CPU on CI). Vitest orders files it has
// no timings for by size, which puts that small file last, where it runs alone and adds its
// whole minute to the run. Started first, it overlaps the rest of the suite.
class BundleFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => spec.moduleId.endsWith('/test/dist.test.ts');
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}

export default defineConfig({
  plugins: [workflowParserWithoutSourcemaps],
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn real git, sshd and HTTP servers; separate processes keep their
    // environment changes apart and the 2-core CI machine busy but not thrashing.
    pool: 'forks',
    // On CI also write the results as JSON, so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
    testTimeout: 60_000,
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    hookTimeout: 120_000,
    sequence: { sequencer: BundleFirst },
  },
});
