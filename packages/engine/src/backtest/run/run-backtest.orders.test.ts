import { describe, expect, it } from 'vitest';
import { barsOf, flat, scripted } from '../test/backtest-bars.test-support.js';
import { runBacktest } from './run-backtest.js';

// Every case: cash 10 000, no costs; orders are placed in next() at bar 1 and fill from bar 2.
// Default size = all the margin: floor(9999.999999999998 / fill price) whole units.

describe('runBacktest market orders', () => {
  const series = barsOf([flat(100), [100, 102, 99, 101], [103, 105, 102, 104], [104, 106, 103, 105]]);

  it('fills a market buy at the next bar open with as many whole units as the cash buys', () => {
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy() }), { finalizeTrades: true });
    // 97 units at 103 (97 × 103 = 9991); finalize closes at the last bar's open, 104.
    expect(result.trades).toEqual([
      {
        size: 97,
        entryBar: 2,
        exitBar: 3,
        entryPrice: 103,
        exitPrice: 104,
        entryTime: '2024-01-03T00:00:00.000Z',
        exitTime: '2024-01-04T00:00:00.000Z',
        pnl: 97,
        returnPct: 104 / 103 - 1,
        commission: 0,
        duration: '1 days 00:00:00',
      },
    ]);
    // Bar 2: 10 000 + 97 × (104 − 103). Bar 3 is re-recorded after the final close.
    expect([...result.equity.equity]).toEqual([10_000, 10_000, 10_097, 10_097]);
  });

  it('leaves an unfinalized trade out of the trade list but in the equity, with a warning', () => {
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy() }));
    expect(result.trades).toEqual([]);
    expect(result.equity.equity[3]).toBe(10_000 + 97 * (105 - 103));
    expect(result.stats['# Trades']).toBe(0);
    expect(result.warnings).toEqual([
      '1 trade(s) remain open at the end of the backtest; use finalizeTrades to close them and include them in the statistics',
    ]);
  });

  it('fills an explicit number of units', () => {
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ size: 5 }), 2: (ctx) => ctx.close() }));
    expect(result.trades.map((t) => [t.size, t.entryPrice, t.exitPrice, t.pnl])).toEqual([[5, 103, 104, 5]]);
  });
});

describe('runBacktest limit orders', () => {
  it('waits until the low reaches a buy limit, then fills at the better of open and limit', () => {
    const series = barsOf([flat(100), flat(100), [100, 101, 99, 100], [99, 100, 97, 98], flat(98)]);
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ limit: 98 }) }), { finalizeTrades: true });
    // Bar 2's low 99 misses 98; bar 3 fills at min(open 99, 98) = 98 with floor(9999.99 / 98) = 102 units.
    expect(result.trades.map((t) => [t.size, t.entryBar, t.entryPrice])).toEqual([[102, 3, 98]]);
  });

  it('fills a buy limit at the open when the bar gaps below the limit', () => {
    const series = barsOf([flat(100), flat(100), [95, 96, 94, 95], flat(95)]);
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ limit: 98 }) }), { finalizeTrades: true });
    expect(result.trades[0].entryPrice).toBe(95);
  });

  it('fills a sell limit when the high reaches it, at the better of open and limit', () => {
    const series = barsOf([flat(100), flat(100), [101, 104, 100, 103], flat(103)]);
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.sell({ size: 10, limit: 102 }) }), { finalizeTrades: true });
    expect(result.trades.map((t) => [t.size, t.entryBar, t.entryPrice])).toEqual([[-10, 2, 102]]);
  });

  it('keeps an unfilled limit order pending and leaves the account untouched', () => {
    const series = barsOf([flat(100), flat(100), flat(100), flat(100)]);
    let pending = -1;
    const strategy = scripted({ 1: (ctx) => ctx.buy({ limit: 90 }), 3: (ctx) => (pending = ctx.orders.length) });
    const result = runBacktest(series, strategy, { finalizeTrades: true });
    expect(pending).toBe(1);
    expect(result.trades).toEqual([]);
    expect(result.stats['Equity Final [$]']).toBe(10_000);
  });
});

describe('runBacktest stop orders', () => {
  it('triggers a buy stop when the high reaches it and fills at the worse of open and stop', () => {
    const series = barsOf([flat(100), flat(100), [101, 104, 100, 103], [104, 107, 103, 106], flat(106)]);
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ size: 10, stop: 105 }) }), { finalizeTrades: true });
    // Bar 2's high 104 < 105; bar 3 fills at max(open 104, 105) = 105.
    expect(result.trades.map((t) => [t.entryBar, t.entryPrice])).toEqual([[3, 105]]);
  });

  it('fills a sell stop at the open when the bar gaps through it', () => {
    const series = barsOf([flat(100), flat(100), [93, 94, 92, 93], flat(93)]);
    const result = runBacktest(series, scripted({ 1: (ctx) => ctx.sell({ size: 10, stop: 95 }) }), { finalizeTrades: true });
    expect(result.trades.map((t) => [t.size, t.entryPrice])).toEqual([[-10, 93]]);
  });
});

describe('runBacktest stop-limit orders', () => {
  it('fills at the stop price when the stop triggers and the limit is reachable in the same bar', () => {
    const series = barsOf([flat(100), flat(100), [104, 107, 103, 106], flat(106)]);
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 10, stop: 105, limit: 106 }) });
    const result = runBacktest(series, strategy, { finalizeTrades: true });
    // min(stop 105, limit 106).
    expect(result.trades.map((t) => [t.entryBar, t.entryPrice])).toEqual([[2, 105]]);
  });

  it('assumes the worst when a limit below the stop is touched in the triggering bar: no fill until a later bar', () => {
    const series = barsOf([flat(100), flat(100), [103, 106, 102, 105], [105, 106, 103.5, 104], flat(104)]);
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 10, stop: 105, limit: 104 }) });
    const result = runBacktest(series, strategy, { finalizeTrades: true });
    // Bar 2 triggers the stop, but its low (102) may have come before the stop: no fill. The order is
    // now a plain limit order; bar 3 fills at min(open 105, limit 104) = 104.
    expect(result.trades.map((t) => [t.entryBar, t.entryPrice])).toEqual([[3, 104]]);
  });
});

describe('runBacktest order checks', () => {
  const series = barsOf([flat(100), flat(100), flat(100)]);
  const attempt = (place: Parameters<typeof scripted>[0][number]) => () => runBacktest(series, scripted({ 1: place }));

  it('rejects a long order unless sl < price < tp', () => {
    expect(attempt((ctx) => ctx.buy({ sl: 101 }))).toThrow('long orders require sl (101) < limit/stop/price (100) < tp (NaN)');
    expect(attempt((ctx) => ctx.buy({ limit: 90, tp: 89 }))).toThrow(RangeError);
  });

  it('rejects a short order unless tp < price < sl', () => {
    expect(attempt((ctx) => ctx.sell({ tp: 100 }))).toThrow('short orders require tp (100) < limit/stop/price (100) < sl (NaN)');
  });

  it('rejects sizes that are neither a share in (0, 1) nor whole units, and bad prices', () => {
    expect(attempt((ctx) => ctx.buy({ size: 1.5 }))).toThrow('size must be a whole number of units, got 1.5 (pass fractional: true to trade fractions)');
    expect(attempt((ctx) => ctx.buy({ size: 0 }))).toThrow(/size must be a share/);
    expect(attempt((ctx) => ctx.buy({ size: 0.5, units: 2 }))).toThrow('give size or units, not both');
    expect(attempt((ctx) => ctx.buy({ limit: -1 }))).toThrow('limit must be a positive finite price, got -1');
  });
});
