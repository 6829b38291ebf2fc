import { describe, expect, it } from 'vitest';
import { TEST_RUNNING_SCAN, TEST_SUMMARIES, testScan } from './scans-test-data.test-support.js';
import { withScanSummary } from './with-scan-summary.js';

describe('withScanSummary', () => {
  it("replaces the scan's entry with its latest state, without its items, and leaves the others", () => {
    const done = testScan({ ...TEST_RUNNING_SCAN, status: 'done', completed: 3, failed: 0, progress: 1, finishedAt: '2026-05-04T15:00:09.000Z' });
    const list = withScanSummary({ items: TEST_SUMMARIES }, done);
    expect(list.items.map((entry) => [entry.id, entry.status, entry.progress])).toEqual(TEST_SUMMARIES.map((entry) => (entry.id === done.id ? [done.id, 'done', 1] : [entry.id, entry.status, entry.progress])));
    expect(list.items.find((entry) => entry.id === done.id)).not.toHaveProperty('items');
  });

  it('leaves the list as it is when the scan is not in it', () => {
    const other = testScan({ id: 'elsewhere' });
    expect(withScanSummary({ items: TEST_SUMMARIES }, other).items).toEqual(TEST_SUMMARIES);
  });
});
