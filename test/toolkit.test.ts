// The job summary: appended as @actions/core's summary.addRaw(text).write() appends it, with
// its error messages, without loading node:fs/promises (issue 16's cold start).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendSummary } from '../src/actions/shared/toolkit.ts';

describe('appendSummary', () => {
  const saved = process.env.GITHUB_STEP_SUMMARY;
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
  });

  it('appends each text to the file the runner created, in order, as UTF-8', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dg-summary-')), 'summary');
    writeFileSync(file, 'earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    appendSummary('## ✅ one\n');
    appendSummary('| a | b |\n');
    expect(readFileSync(file, 'utf8')).toBe('earlier step\n## ✅ one\n| a | b |\n');
  });

  it("fails in @actions/core's words without the variable, and never creates a file the runner did not", () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(() => appendSummary('x')).toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    const missing = join(mkdtempSync(join(tmpdir(), 'dg-summary-')), 'not-there');
    process.env.GITHUB_STEP_SUMMARY = missing;
    expect(() => appendSummary('x')).toThrow(`Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`);
    expect(existsSync(missing)).toBe(false);
  });
});
