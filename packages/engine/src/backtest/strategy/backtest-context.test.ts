import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { runBacktest } from '../run/run-backtest.js';
import { barsOf, flat } from '../test/backtest-bars.test-support.js';
import type { StrategyContext } from './strategy.js';

const series = barsOf([flat(10), flat(11), flat(12), [13, 14, 12, 13.5], flat(14), flat(15)]);

describe('strategy context', () => {
  it('starts trading one bar after the slowest indicator is defined (bar 1 + w)', () => {
    const seen: number[] = [];
    let sma: Float64Array = new Float64Array(0);
    const result = runBacktest(series, {
      init(ctx) {
        sma = ctx.indicator('sma', 3);
        ctx.indicator('ema', 2);
      },
      next(_bar, ctx) {
        seen.push(ctx.index);
      },
    });
    expect([...sma.slice(0, 3)]).toEqual([NaN, NaN, 11]);
    expect(result.warmup).toBe(2);
    expect(seen).toEqual([3, 4, 5]);
  });

  it('takes the warm-up over every row of a multi-row indicator, and counts an all-NaN one as 0', () => {
    let rows: Float64Array[] = [];
    const result = runBacktest(series, {
      init(ctx) {
        rows = ctx.indicator((s, lag: number) => [Float64Array.from(s.close, (c, k) => (k < lag ? NaN : c)), s.close], 4);
        ctx.indicator(() => new Array<number>(6).fill(NaN));
      },
      next() {},
    });
    expect(rows).toHaveLength(2);
    expect(result.warmup).toBe(4);
  });

  it('reveals the bars up to the current one', () => {
    const views: unknown[] = [];
    runBacktest(series, {
      next(bar: Bar, ctx) {
        if (ctx.index !== 3) return;
        views.push(bar.close, ctx.bars.length, ctx.bars.close(), ctx.bars.close(1), ctx.bars.open(3), ctx.bars.close(4), ctx.bars.at(2).close);
        expect(() => ctx.bars.at(4)).toThrow('bar index 4 is outside the revealed bars 0..3');
      },
    });
    expect(views).toEqual([13.5, 4, 13.5, 12, 10, NaN, 12]);
  });

  it('shows the position, equity and cash at the current close', () => {
    const snapshots: unknown[] = [];
    runBacktest(
      series,
      {
        next(_bar, ctx) {
          if (ctx.index === 1) ctx.buy({ size: 10 });
          if (ctx.index === 3) {
            const { size, isLong, isShort, pl, plPct } = ctx.position;
            snapshots.push({ size, isLong, isShort, pl, plPct, equity: ctx.equity, cash: ctx.cash, entry: ctx.trades[0].entryPrice });
          }
        },
      },
      { commission: { fixed: 1 } },
    );
    // Bought 10 at bar 2's open (12) for 1 commission; at bar 3's close (13.5) the trade is 15 up.
    expect(snapshots).toEqual([{ size: 10, isLong: true, isShort: false, pl: 15, plPct: 13.5 / 12 - 1, equity: 10_014, cash: 9999, entry: 12 }]);
  });

  it('rejects indicators registered outside init, of the wrong length, or unknown', () => {
    const tryIn = (register: (ctx: StrategyContext) => void, inInit: boolean) => () =>
      runBacktest(series, inInit ? { init: register, next() {} } : { next: (_bar, ctx) => register(ctx) });
    expect(tryIn((ctx) => ctx.indicator('sma', 2), false)).toThrow('indicators must be registered in init(), not in next()');
    expect(tryIn((ctx) => ctx.indicator(() => [1, 2, 3]), true)).toThrow('indicator function has 3 values; the series has 6 bars');
    expect(tryIn((ctx) => ctx.indicator('vwap' as 'sma', 2), true)).toThrow('unknown indicator "vwap"; expected one of sma, ema, wma, dema, tema, kama, rsi, roc, momentum');
    expect(tryIn((ctx) => ctx.indicator('sma', 2, 'typical' as 'close'), true)).toThrow('unknown indicator source "typical"');
  });
});
