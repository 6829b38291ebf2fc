import { describe, expect, it } from 'vitest';
import { BarSeries } from '../../series/bar-series.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import type { Signal } from '../../signal/signal.js';
import { SignalEngine } from '../../signal/signal-engine.js';
import { runBacktest } from '../run/run-backtest.js';
import type { BacktestTrade } from '../run/backtest-result.js';
import { consensusStrategy } from './consensus-strategy.js';

const uptrend = randomWalkBars({ length: 400, seed: 7, drift: 0.003, volatility: 0.01 });
const downtrend = randomWalkBars({ length: 400, seed: 7, drift: -0.003, volatility: 0.01 });

/** The signals a live engine gives for every bar of `series`, fed one `update` at a time. */
function liveSignals(series: BarSeries): Signal[] {
  const engine = new SignalEngine();
  return Array.from({ length: series.length }, (_, i) => engine.updateFrom(series.symbol, '1d', series, i));
}

const direction = (trade: BacktestTrade): string => (trade.size > 0 ? 'BUY' : 'SELL');

describe('consensusStrategy', () => {
  it('trades a trending series mostly with the trend', () => {
    const up = runBacktest(uptrend, consensusStrategy(), { finalizeTrades: true }).trades;
    const down = runBacktest(downtrend, consensusStrategy(), { finalizeTrades: true }).trades;
    expect(up.length).toBeGreaterThan(5);
    expect(down.length).toBeGreaterThan(5);
    expect(up.filter((t) => t.size > 0).length).toBeGreaterThan(up.length / 2);
    expect(down.filter((t) => t.size < 0).length).toBeGreaterThan(down.length / 2);
  });

  it('enters on the bar after each signal of the live engine, in its direction, with its size and stops', () => {
    const signals = liveSignals(uptrend);
    const trades = runBacktest(uptrend, consensusStrategy(), { finalizeTrades: true }).trades;
    let equity = 10_000;
    for (const trade of trades) {
      const signal = signals[trade.entryBar - 1];
      expect(direction(trade)).toBe(signal.action);
      expect([trade.sl ?? signal.stopLoss, trade.tp ?? signal.takeProfit]).toEqual([signal.stopLoss, signal.takeProfit]);
      // Trades never overlap here, so the margin is the equity after the previous trade.
      expect(Math.abs(trade.size)).toBe(Math.floor((equity * signal.positionSize) / trade.entryPrice));
      equity += trade.pnl;
    }
  });

  it('never holds a trade through a bar that reached its stop or target, and exits at that level', () => {
    const signals = liveSignals(uptrend);
    const { trades } = runBacktest(uptrend, consensusStrategy(), { finalizeTrades: true });
    let stopped = 0;
    let targeted = 0;
    for (const trade of trades) {
      const { stopLoss, takeProfit } = signals[trade.entryBar - 1];
      if (stopLoss === null || takeProfit === null) throw new Error('every entry has stops');
      const long = trade.size > 0;
      const adverse = (k: number) => (long ? uptrend.low[k] <= stopLoss : uptrend.high[k] >= stopLoss);
      const favourable = (k: number) => (long ? uptrend.high[k] >= takeProfit : uptrend.low[k] <= takeProfit);
      for (let k = trade.entryBar; k < trade.exitBar; k++) expect(adverse(k) || favourable(k)).toBe(false);
      // On a gap through the level the fill is the open, beyond it.
      if (adverse(trade.exitBar)) {
        stopped++;
        expect(long ? trade.exitPrice <= stopLoss : trade.exitPrice >= stopLoss).toBe(true);
      } else if (favourable(trade.exitBar)) {
        targeted++;
        expect(long ? trade.exitPrice >= takeProfit : trade.exitPrice <= takeProfit).toBe(true);
      }
    }
    expect(stopped).toBeGreaterThan(0);
    expect(targeted).toBeGreaterThan(0);
  });

  it('does not look ahead: more bars after the end change none of the earlier trades or equity', () => {
    const cut = 250;
    const prefix = new BarSeries({ symbol: uptrend.symbol, timeframe: '1d' }, {
      time: uptrend.time.subarray(0, cut),
      open: uptrend.open.subarray(0, cut),
      high: uptrend.high.subarray(0, cut),
      low: uptrend.low.subarray(0, cut),
      close: uptrend.close.subarray(0, cut),
      volume: uptrend.volume.subarray(0, cut),
    });
    const short = runBacktest(prefix, consensusStrategy());
    const long = runBacktest(uptrend, consensusStrategy());
    expect(short.trades.length).toBeGreaterThan(3);
    expect(long.trades.filter((t) => t.exitBar < cut)).toEqual(short.trades);
    expect([...long.equity.equity.subarray(0, cut)]).toEqual([...short.equity.equity]);
  });

  it('stays flat on SELL signals when shorting is off, and trades less with a confidence floor', () => {
    const all = runBacktest(downtrend, consensusStrategy(), { finalizeTrades: true }).trades;
    const longOnly = runBacktest(downtrend, consensusStrategy({ short: false }), { finalizeTrades: true }).trades;
    expect(longOnly.every((t) => t.size > 0)).toBe(true);
    expect(longOnly.length).toBeLessThan(all.length);
    const confident = runBacktest(uptrend, consensusStrategy({ minConfidence: 0.5 }), { finalizeTrades: true }).trades;
    expect(confident.length).toBeLessThan(runBacktest(uptrend, consensusStrategy(), { finalizeTrades: true }).trades.length);
  });

  it('starts every run afresh, so a strategy object gives the same result twice', () => {
    const strategy = consensusStrategy();
    const first = runBacktest(uptrend, strategy, { finalizeTrades: true });
    expect(runBacktest(uptrend, strategy, { finalizeTrades: true }).trades).toEqual(first.trades);
  });

  it('rejects bad parameters and a series without a timeframe, naming the problem', () => {
    expect(() => consensusStrategy({ minConfidence: 2 })).toThrow('minConfidence must be a number in [0, 1], got 2');
    expect(() => consensusStrategy({ holdBars: -1 })).toThrow('holdBars must be an integer >= 0, got -1');
    expect(() => consensusStrategy({ engine: { consensus: { threshold: 0.4 } } })).toThrow('threshold must be a number in (0.5, 1], got 0.4');
    const untimed = new BarSeries({ symbol: 'X' }, uptrend);
    expect(() => runBacktest(untimed, consensusStrategy())).toThrow('series X has no timeframe; give it one (e.g. --timeframe 1d)');
    expect(runBacktest(untimed, consensusStrategy({ timeframe: '1d' })).trades.length).toBeGreaterThan(0);
  });
});
