import { describe, expect, it } from 'vitest';
import type { Lease } from '../support/lease.js';
import { NewsPoller } from './news-poller.js';
import type { NewsRefreshReport } from './news-service.js';

const EMPTY: NewsRefreshReport = { fetched: 0, duplicates: 0, scored: 0, stored: 0, failures: [] };

describe('NewsPoller', () => {
  it('refreshes the followed symbols each round and reports what the round did', async () => {
    const rounds: string[][] = [];
    const reports: NewsRefreshReport[] = [];
    const poller = new NewsPoller({
      symbols: async () => ['AAPL', 'MSFT'],
      refresh: async (symbols) => {
        rounds.push([...symbols]);
        return { ...EMPTY, fetched: rounds.length };
      },
      intervalMs: 5,
      onReport: (report) => reports.push(report),
    });
    poller.start();
    await expect.poll(() => rounds.length).toBeGreaterThanOrEqual(2);
    await poller.stop();
    const count = rounds.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rounds.length).toBe(count);
    expect(rounds[0]).toEqual(['AAPL', 'MSFT']);
    expect(reports.map((report) => report.fetched)).toEqual(rounds.map((_, i) => i + 1));
  });

  it('works only while it holds the lease, and gives it up on stop', async () => {
    let held = false;
    let released = 0;
    const lease: Lease = { tryHold: async () => held, release: async () => void released++ };
    let rounds = 0;
    const poller = new NewsPoller({ symbols: async () => ['AAPL'], refresh: async () => (rounds++, EMPTY), intervalMs: 5, lease });
    poller.start();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rounds).toBe(0);
    held = true;
    await expect.poll(() => rounds).toBeGreaterThan(0);
    await poller.stop();
    expect(released).toBe(1);
  });

  it('cancels the round in progress on stop without reporting the cancellation as an error', async () => {
    const errors: unknown[] = [];
    let cancelled = false;
    const poller = new NewsPoller({
      symbols: async () => ['AAPL'],
      refresh: (_symbols, signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            cancelled = true;
            reject(signal.reason);
          }),
        ),
      intervalMs: 5,
      onError: (error) => errors.push(error),
    });
    poller.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await poller.stop();
    expect(cancelled).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reports a failed round and goes on', async () => {
    const errors: string[] = [];
    let rounds = 0;
    const poller = new NewsPoller({
      symbols: async () => ['AAPL'],
      refresh: async () => {
        rounds++;
        if (rounds === 1) throw new Error('database down');
        return EMPTY;
      },
      intervalMs: 5,
      onError: (error) => errors.push(error instanceof Error ? error.message : String(error)),
    });
    poller.start();
    await expect.poll(() => rounds).toBeGreaterThanOrEqual(2);
    await poller.stop();
    expect(errors).toEqual(['database down']);
  });
});
