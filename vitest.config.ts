import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn real git, sshd and HTTP servers; separate processes keep their
    // environment changes apart and the 2-core CI machine busy but not thrashing.
    pool: 'forks',
    // On CI also write the results as JSON, so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
    testTimeout: 60_000,
    // GitHub's workflow parser imports its JSON schemas without import attributes;
    // let Vite transform it instead of Node loading it natively.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    hookTimeout: 120_000,
  },
});
