import { randomWalkBars, type Bar } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { BarRepository } from './bar-repository.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2024, 0, 1);

function hourlyBars(count: number, seed = 1): Bar[] {
  const series = randomWalkBars({ length: count, seed, timeframe: '1h', startTime: T0 });
  return Array.from({ length: count }, (_, i) => series.bar(i));
}

describeStorage('BarRepository', (context) => {
  const repository = () => new BarRepository(context.database.db);

  it('returns the bars of a range, oldest first, exactly as stored', async () => {
    const repo = repository();
    const bars = hourlyBars(48);
    await repo.upsert('AAPL', '1h', [...bars].reverse(), { source: 'yahoo' });
    await repo.upsert('AAPL', '1d', [{ ...bars[0], time: T0 }], { source: 'yahoo' });
    await repo.upsert('MSFT', '1h', bars.slice(0, 5), { source: 'yahoo' });
    expect(await repo.range('AAPL', '1h', T0, T0 + 48 * HOUR)).toEqual(bars);
    expect(await repo.range('AAPL', '1h', T0 + 10 * HOUR, T0 + 12 * HOUR)).toEqual(bars.slice(10, 12));
    expect(await repo.last('AAPL', '1h', 3)).toEqual(bars.slice(45));
    expect(await repo.range('AAPL', '4h', T0, T0 + DAY)).toEqual([]);
  });

  it('replaces a re-fetched bar instead of duplicating it', async () => {
    const repo = repository();
    const bars = hourlyBars(3);
    await repo.upsert('AAPL', '1h', bars, { source: 'simulator' });
    const corrected = { ...bars[2], close: bars[2].close + 1, high: Math.max(bars[2].high, bars[2].close + 1), volume: 12_345 };
    await repo.upsert('AAPL', '1h', [corrected], { source: 'yahoo' });
    expect(await repo.range('AAPL', '1h', T0, T0 + DAY)).toEqual([bars[0], bars[1], corrected]);
    expect(await repo.sources('AAPL', '1h', T0, T0 + DAY)).toEqual(['simulator', 'yahoo']);
    expect(await repo.sources('AAPL', '1h', T0 + 2 * HOUR, T0 + DAY)).toEqual(['yahoo']);
  });

  it('stores more bars than one INSERT can carry', async () => {
    const repo = repository();
    const bars = hourlyBars(4500, 3);
    await repo.upsert('BTC-USD', '1h', bars, { source: 'ccxt' });
    const stored = await repo.range('BTC-USD', '1h', T0, T0 + 5000 * HOUR);
    expect(stored).toHaveLength(4500);
    expect(stored[4499]).toEqual(bars[4499]);
  });

  it('reports as missing only what was never fetched, gaps without bars included', async () => {
    const repo = repository();
    expect(await repo.missingRanges('AAPL', '1d', T0, T0 + 30 * DAY)).toEqual([{ from: T0, to: T0 + 30 * DAY }]);
    // Days 0-10 fetched (a weekend inside has no bars but is covered), then days 20-25.
    const weekdays = [0, 1, 2, 3, 4, 7, 8, 9].map((d) => ({ time: T0 + d * DAY, open: 1, high: 2, low: 0.5, close: 1.5, volume: 100 }));
    await repo.upsert('AAPL', '1d', weekdays, { source: 'yahoo', covered: { from: T0, to: T0 + 10 * DAY } });
    await repo.upsert('AAPL', '1d', [], { source: 'yahoo', covered: { from: T0 + 20 * DAY, to: T0 + 25 * DAY } });
    expect(await repo.missingRanges('AAPL', '1d', T0, T0 + 30 * DAY)).toEqual([
      { from: T0 + 10 * DAY, to: T0 + 20 * DAY },
      { from: T0 + 25 * DAY, to: T0 + 30 * DAY },
    ]);
    expect(await repo.missingRanges('AAPL', '1d', T0 + 2 * DAY, T0 + 8 * DAY)).toEqual([]);
    expect(await repo.missingRanges('AAPL', '1h', T0, T0 + DAY)).toEqual([{ from: T0, to: T0 + DAY }]);
  });

  it('merges overlapping and touching fetched ranges into one', async () => {
    const repo = repository();
    await repo.recordCoverage('ETH-USD', '1h', { from: T0, to: T0 + 10 * HOUR }, 'ccxt');
    await repo.recordCoverage('ETH-USD', '1h', { from: T0 + 20 * HOUR, to: T0 + 30 * HOUR }, 'ccxt');
    await repo.recordCoverage('ETH-USD', '1h', { from: T0 + 10 * HOUR, to: T0 + 21 * HOUR }, 'ccxt');
    await repo.recordCoverage('ETH-USD', '1h', { from: T0 + 40 * HOUR, to: T0 + 50 * HOUR }, 'ccxt');
    expect(await repo.coverage('ETH-USD', '1h')).toEqual([
      { from: T0, to: T0 + 30 * HOUR },
      { from: T0 + 40 * HOUR, to: T0 + 50 * HOUR },
    ]);
  });

  it('keeps every range when many fetches of one series record coverage at once', async () => {
    const repo = repository();
    await Promise.all(Array.from({ length: 8 }, (_, i) => repo.recordCoverage('SPY', '1h', { from: T0 + i * 10 * HOUR, to: T0 + (i * 10 + 10) * HOUR }, 'yahoo')));
    expect(await repo.coverage('SPY', '1h')).toEqual([{ from: T0, to: T0 + 80 * HOUR }]);
  });
});
