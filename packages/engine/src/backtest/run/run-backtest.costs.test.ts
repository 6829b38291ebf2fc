import { describe, expect, it } from 'vitest';
import { barsOf, flat, scripted } from '../test/backtest-bars.test-support.js';
import { runBacktest } from './run-backtest.js';

// Bars: bar 2 opens at 100 and closes at 102; bar 3 opens at 110. Orders at bar 1 fill at bar 2's
// open; a close at bar 2 fills at bar 3's open.
const series = barsOf([flat(100), flat(100), [100, 103, 99, 102], [110, 111, 109, 110], flat(110)]);
const roundTrip = (size?: number) =>
  scripted({ 1: (ctx) => ctx.buy(size === undefined ? {} : { size }), 2: (ctx) => ctx.close() });

describe('runBacktest commission', () => {
  it('charges fixed + relative commission at entry and again at exit', () => {
    const result = runBacktest(series, roundTrip(10), { commission: { fixed: 1, relative: 0.01 } });
    // Entry: 1 + 10 × 100 × 0.01 = 11 out of the cash; exit: 1 + 10 × 110 × 0.01 = 12.
    const [trade] = result.trades;
    expect(trade.commission).toBeCloseTo(23, 12);
    expect(trade.pnl).toBeCloseTo(10 * (110 - 100) - 23, 12);
    expect(trade.returnPct).toBeCloseTo(0.1 - 23 / (10 * 100), 12);
    // Bar 2: cash 10 000 − 11, plus 10 × (102 − 100) open profit; bar 3: 10 000 − 11 + 100 − 12.
    expect(result.equity.equity[2]).toBeCloseTo(10_009, 9);
    expect(result.equity.equity[3]).toBeCloseTo(10_077, 9);
    expect(result.stats['Commissions [$]']).toBeCloseTo(23, 12);
    expect(result.stats['Equity Final [$]']).toBeCloseTo(10_000 + trade.pnl, 9);
  });

  it('sizes an all-margin order so that the units and their commission fit the cash', () => {
    const result = runBacktest(series, roundTrip(), { commission: 0.01 });
    // Per unit: 100 + 1 % = 101, so floor(9999.999999999998 / 101) = 99 units.
    expect(result.trades[0].size).toBe(99);
  });

  it('counts a fixed commission per unit when sizing a share-of-margin order, as backtesting.py does', () => {
    const result = runBacktest(series, roundTrip(), { commission: { fixed: 100, relative: 0.01 } });
    // fixed / |size| with size ≈ 1 adds 100 per unit: floor(9999.99 / (100 + 100 + 1)) = 49.
    expect(result.trades[0].size).toBe(49);
  });

  it('books the fixed entry fee on each part of a partly closed trade, as backtesting.py does', () => {
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 10 }), 2: (ctx) => ctx.close(0.5), 3: (ctx) => ctx.close() });
    const result = runBacktest(series, strategy, { commission: { fixed: 1 } });
    // Cash paid 1 at entry and 1 per exit (3); each part's record carries entry 1 + exit 1.
    expect(result.trades.map((t) => [t.size, t.exitPrice, t.commission])).toEqual([
      [5, 110, 2],
      [5, 110, 2],
    ]);
    expect(result.stats['Equity Final [$]']).toBe(10_000 + 10 * 10 - 3);
    expect(result.stats['Equity Final [$]'] - result.trades.reduce((sum, t) => sum + t.pnl, 0)).toBe(10_000 + 1);
  });

  it('omits Commissions [$] from the statistics when nothing was charged', () => {
    const result = runBacktest(series, roundTrip(10));
    expect('Commissions [$]' in result.stats).toBe(false);
  });
});

describe('runBacktest spread', () => {
  it('buys at the price plus the spread and sells to close at the plain price', () => {
    const result = runBacktest(series, roundTrip(10), { spread: 0.01 });
    const [trade] = result.trades;
    expect(trade.entryPrice).toBeCloseTo(101, 12);
    expect(trade.exitPrice).toBe(110);
    expect(trade.pnl).toBeCloseTo(10 * (110 - 101), 9);
    expect(trade.returnPct).toBeCloseTo(110 / 101 - 1, 12);
  });

  it('sells short at the price minus the spread', () => {
    const shortTrip = scripted({ 1: (ctx) => ctx.sell({ size: 10 }), 2: (ctx) => ctx.close() });
    const [trade] = runBacktest(series, shortTrip, { spread: 0.01 }).trades;
    expect(trade.entryPrice).toBeCloseTo(99, 12);
    expect(trade.pnl).toBeCloseTo(-10 * (110 - 99), 9);
    expect(trade.returnPct).toBeCloseTo(-(110 / 99 - 1), 12);
  });
});

describe('runBacktest sizing', () => {
  it('cancels a share-of-margin order when not even one whole unit is affordable, with a warning', () => {
    const result = runBacktest(series, roundTrip(), { cash: 50 });
    expect(result.trades).toEqual([]);
    expect(result.stats['Equity Final [$]']).toBe(50);
    expect(result.warnings).toEqual(['1 relative-sized order(s) canceled for insufficient margin, the first on 2024-01-03T00:00:00.000Z']);
  });

  it('cancels a fixed-size order the cash cannot cover', () => {
    const result = runBacktest(series, roundTrip(5), { cash: 300 });
    expect(result.trades).toEqual([]);
    expect(result.stats['Equity Final [$]']).toBe(300);
  });

  it('buys fractional units with fractional: true where whole units would be unaffordable', () => {
    const btc = barsOf([flat(40_000), flat(40_000), [40_000, 41_000, 39_000, 40_500], flat(44_000), flat(44_000)]);
    expect(runBacktest(btc, roundTrip(), { cash: 1000 }).trades).toEqual([]);
    const [trade] = runBacktest(btc, roundTrip(), { cash: 1000, fractional: true }).trades;
    expect(trade.size).toBeCloseTo(0.025, 15);
    expect(trade.pnl).toBeCloseTo(0.025 * 4000, 9);
    const [exact] = runBacktest(btc, scripted({ 1: (ctx) => ctx.buy({ units: 0.01 }), 2: (ctx) => ctx.close() }), {
      cash: 1000,
      fractional: true,
    }).trades;
    expect(exact.size).toBe(0.01);
  });

  it('multiplies the buying power by the leverage 1 / margin', () => {
    const result = runBacktest(series, roundTrip(), { margin: 0.5 });
    // floor(9999.999999999998 × 2 / 100) = 199.
    expect(result.trades[0].size).toBe(199);
  });

  it('rounds units down exactly as Python floor division does at the boundary', () => {
    // 1265 × (1 − 2⁻⁵²) / 2.3 rounds up to 550 in floating point; its true floor (Python's //) is 549.
    const cheap = barsOf([flat(2.3), flat(2.3), flat(2.3), flat(2.3)]);
    expect(runBacktest(cheap, roundTrip(), { cash: 1265 }).trades[0].size).toBe(549);
  });
});
