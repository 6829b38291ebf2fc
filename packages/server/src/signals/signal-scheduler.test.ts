import type { Timeframe } from '@goldensignals/engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignalScheduler } from './signal-scheduler.js';

afterEach(() => {
  vi.useRealTimers();
});

function recorder(): { calls: string[]; generate: (symbol: string, timeframe: Timeframe) => Promise<void> } {
  const calls: string[] = [];
  return {
    calls,
    generate: async (symbol, timeframe) => {
      calls.push(`${new Date(Date.now()).toISOString()} ${symbol} ${timeframe}`);
    },
  };
}

describe('SignalScheduler', () => {
  it('generates each symbol as its market closes a bar: crypto every hour, stocks only in NYSE sessions', async () => {
    // Saturday 2024-06-01 22:30 UTC: NYSE is closed until Monday, crypto trades.
    vi.useFakeTimers({ now: Date.UTC(2024, 5, 1, 22, 30) });
    const { calls, generate } = recorder();
    const scheduler = new SignalScheduler({ generate, symbols: async () => ['AAPL', 'BTC-USD'], timeframes: ['1h'], graceMs: 1000, catchUp: false });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(calls).toEqual(['2024-06-01T23:00:01.000Z BTC-USD 1h', '2024-06-02T00:00:01.000Z BTC-USD 1h']);
    await scheduler.stop();
  });

  it('generates a stock at the 16:00 New York close, the last (half-hour) bar of the day included', async () => {
    // Monday 2024-06-03 19:45 UTC = 15:45 New York (EDT); hourly bars start 09:30, the last one closes at 16:00.
    vi.useFakeTimers({ now: Date.UTC(2024, 5, 3, 19, 45) });
    const { calls, generate } = recorder();
    const scheduler = new SignalScheduler({ generate, symbols: async () => ['AAPL'], timeframes: ['1h', '1d'], graceMs: 0, catchUp: false });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(calls).toEqual(['2024-06-03T20:00:00.000Z AAPL 1h', '2024-06-03T20:00:00.000Z AAPL 1d']);
    await scheduler.stop();
  });

  it('catches up on start, a few jobs at a time, without queuing a symbol twice, and reports failures', async () => {
    vi.useFakeTimers({ now: Date.UTC(2024, 5, 1, 22, 30) });
    let running = 0;
    let peak = 0;
    const failures: string[] = [];
    const scheduler = new SignalScheduler({
      generate: async (symbol) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running--;
        if (symbol === 'BAD') throw new Error('no data');
      },
      symbols: async () => ['A', 'B', 'C', 'BAD', 'A'],
      timeframes: ['1d'],
      concurrency: 2,
      onError: (symbol, timeframe, error) => failures.push(`${symbol} ${timeframe} ${(error as Error).message}`),
    });
    await scheduler.start();
    expect(scheduler.depth).toBe(4);
    await vi.advanceTimersByTimeAsync(100);
    expect(peak).toBe(2);
    expect(failures).toEqual(['BAD 1d no data']);
    expect(scheduler.depth).toBe(0);
    await scheduler.stop();
  });
});
