import { describe, expect, it } from 'vitest';
import { barsOf, flat, scripted } from '../test/backtest-bars.test-support.js';
import { runBacktest } from './run-backtest.js';

type Row = [number, number, number, number];
const exitsOf = (rows: Row[], request: { sl?: number; tp?: number }) =>
  runBacktest(barsOf([flat(100), flat(100), ...rows]), scripted({ 1: (ctx) => ctx.buy({ size: 10, ...request }) }), {
    finalizeTrades: true,
  }).trades.map((t) => ({ exitBar: t.exitBar, exitPrice: t.exitPrice, sl: t.sl, tp: t.tp }));

describe('runBacktest stop-loss and take-profit', () => {
  it('exits at the stop-loss when the low reaches it', () => {
    expect(exitsOf([[100, 103, 97, 101], [101, 102, 94, 96], flat(96)], { sl: 95, tp: 110 })).toEqual([
      { exitBar: 3, exitPrice: 95, sl: 95, tp: 110 },
    ]);
  });

  it('exits at the take-profit when the high reaches it', () => {
    expect(exitsOf([[100, 103, 97, 101], [101, 111, 99, 108], flat(108)], { sl: 95, tp: 110 })).toEqual([
      { exitBar: 3, exitPrice: 110, sl: 95, tp: 110 },
    ]);
  });

  it('takes the stop-loss when one bar reaches both (the pessimistic case)', () => {
    expect(exitsOf([[100, 103, 97, 101], [101, 111, 94, 105], flat(105)], { sl: 95, tp: 110 })).toEqual([
      { exitBar: 3, exitPrice: 95, sl: 95, tp: 110 },
    ]);
  });

  it('fills a stop-loss at the open when the bar gaps below it', () => {
    expect(exitsOf([[100, 103, 97, 101], [90, 92, 88, 91], flat(91)], { sl: 95 })).toEqual([{ exitBar: 3, exitPrice: 90, sl: 95, tp: undefined }]);
  });

  it('lets a market entry be stopped out inside its own fill bar', () => {
    expect(exitsOf([[100, 101, 94, 96], flat(96)], { sl: 95 })).toEqual([{ exitBar: 2, exitPrice: 95, sl: 95, tp: undefined }]);
  });

  it('mirrors stops and targets for a short trade', () => {
    const series = barsOf([flat(100), flat(100), [100, 102, 99, 101], [101, 106, 98, 104], flat(104)]);
    const strategy = scripted({ 1: (ctx) => ctx.sell({ size: 10, sl: 105, tp: 90 }) });
    const [trade] = runBacktest(series, strategy).trades;
    // Short SL is a buy stop: filled at max(open 101, 105).
    expect([trade.size, trade.exitBar, trade.exitPrice, trade.pnl]).toEqual([-10, 3, 105, -50]);
  });

  it('lets a strategy move the stop of an open trade', () => {
    const series = barsOf([flat(100), flat(100), [100, 103, 99, 102], [102, 104, 97.5, 99], flat(99)]);
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 10, sl: 90 }), 2: (ctx) => ctx.trades[0].setStopLoss(98) });
    const [trade] = runBacktest(series, strategy).trades;
    expect([trade.exitBar, trade.exitPrice, trade.sl]).toEqual([3, 98, 98]);
  });
});

describe('runBacktest long and short', () => {
  it('profits from a short trade when the price falls', () => {
    const series = barsOf([flat(100), flat(100), flat(100), flat(100), flat(90)]);
    const [trade] = runBacktest(series, scripted({ 1: (ctx) => ctx.sell(), 3: (ctx) => ctx.close() })).trades;
    // floor(9999.99 / 100) = 99 units short at 100, bought back at 90.
    expect([trade.size, trade.entryPrice, trade.exitPrice, trade.pnl]).toEqual([-99, 100, 90, 990]);
    expect(trade.returnPct).toBeCloseTo(0.1, 15);
  });

  it('closes opposite trades first, oldest first, instead of hedging', () => {
    const series = barsOf([flat(100), flat(100), flat(101), flat(102), flat(103), flat(104)]);
    const strategy = scripted({
      1: (ctx) => ctx.buy({ size: 2 }),
      2: (ctx) => ctx.buy({ size: 3 }),
      3: (ctx) => ctx.sell({ size: 4 }),
    });
    let open: number[] = [];
    const result = runBacktest(series, { next: (bar, ctx) => (strategy.next(bar, ctx), (open = ctx.trades.map((t) => t.size))) });
    // The sell of 4 closes the 2 bought at 101 and 2 of the 3 bought at 102, both at 103.
    expect(result.trades.map((t) => [t.size, t.entryPrice, t.exitPrice])).toEqual([
      [2, 101, 103],
      [2, 102, 103],
    ]);
    expect(open).toEqual([1]);
  });
});

describe('runBacktest exclusive orders', () => {
  it('closes the open trade before a new order opens one, so one trade at a time', () => {
    const series = barsOf([flat(100), flat(100), flat(101), flat(102), flat(103)]);
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 2 }), 2: (ctx) => ctx.sell({ size: 3 }) });
    let open: number[] = [];
    const result = runBacktest(series, { next: (bar, ctx) => (strategy.next(bar, ctx), (open = ctx.trades.map((t) => t.size))) }, { exclusiveOrders: true });
    expect(result.trades.map((t) => [t.size, t.entryPrice, t.exitPrice])).toEqual([[2, 101, 102]]);
    expect(open).toEqual([-3]);
  });

  it('cancels a pending entry order when a new one is placed', () => {
    const series = barsOf([flat(100), flat(100), flat(100), flat(100), [95, 96, 80, 90]]);
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 1, limit: 85 }), 2: (ctx) => ctx.sell({ size: 1 }) });
    const result = runBacktest(series, strategy, { exclusiveOrders: true, finalizeTrades: true });
    // The short is closed by finalizeTrades at bar 4's open, 95. Without exclusiveOrders the limit
    // would still be pending and would close it at 85.
    expect(result.trades.map((t) => [t.size, t.entryBar, t.exitBar, t.exitPrice])).toEqual([[-1, 3, 4, 95]]);
    const hedged = runBacktest(series, strategy, { finalizeTrades: true });
    expect(hedged.trades.map((t) => [t.size, t.exitPrice])).toEqual([[-1, 85]]);
  });
});

describe('runBacktest finalizeTrades and tradeOnClose', () => {
  const series = barsOf([flat(100), [100, 102, 99, 101], [103, 105, 102, 104], [106, 108, 105, 107]]);

  it('closes trades still open at the end at the last bar open', () => {
    const [trade] = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ size: 10 }) }), { finalizeTrades: true }).trades;
    expect([trade.exitBar, trade.exitPrice]).toEqual([3, 106]);
  });

  it('closes at the second-to-last close when finalizing with tradeOnClose, as backtesting.py does', () => {
    // The finalizing pass re-runs the last bar, where a market order with tradeOnClose takes the
    // previous bar's close and time.
    const [trade] = runBacktest(series, scripted({ 1: (ctx) => ctx.buy({ size: 10 }) }), { finalizeTrades: true, tradeOnClose: true }).trades;
    expect([trade.entryBar, trade.entryPrice, trade.exitBar, trade.exitPrice]).toEqual([1, 101, 2, 104]);
  });

  it('fills market orders at the deciding bar close with tradeOnClose', () => {
    const strategy = scripted({ 1: (ctx) => ctx.buy({ size: 10 }), 2: (ctx) => ctx.close() });
    const [trade] = runBacktest(series, strategy, { tradeOnClose: true }).trades;
    expect([trade.entryBar, trade.entryPrice, trade.exitBar, trade.exitPrice]).toEqual([1, 101, 2, 104]);
  });
});

describe('runBacktest running out of money', () => {
  it('closes everything at the close, sets the equity to 0 from that bar and stops', () => {
    const series = barsOf([flat(100), flat(100), flat(100), [100, 100, 88, 89], flat(120), flat(130)]);
    const calls: number[] = [];
    const strategy = scripted({ 1: (ctx) => ctx.buy() });
    const result = runBacktest(series, { next: (bar, ctx) => (calls.push(ctx.index), strategy.next(bar, ctx)) }, { margin: 0.1 });
    // 10× leverage: floor(99 999.99 / 100) = 999 units; at bar 3 the equity is 10 000 − 999 × 11 < 0.
    expect(result.trades.map((t) => [t.size, t.exitBar, t.exitPrice, t.pnl])).toEqual([[999, 3, 89, -10_989]]);
    expect([...result.equity.equity]).toEqual([10_000, 10_000, 10_000, 0, 0, 0]);
    expect(calls).toEqual([1, 2]);
    expect(result.stats['Return [%]']).toBe(-100);
    expect(result.warnings).toEqual(['the equity fell to 0 on 2024-01-04T00:00:00.000Z; the backtest stopped there']);
  });
});
