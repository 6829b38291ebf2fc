import { describe, expect, it } from 'vitest';
import { DAY, MONDAY } from '../test/backtest-bars.test-support.js';
import { BACKTEST_STAT_NAMES } from './backtest-stats.js';
import { computeStats } from './compute-stats.js';

const days = (count: number, start = MONDAY) => Float64Array.from({ length: count }, (_, k) => start + k * DAY);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const sampleVar = (values: number[]) => values.reduce((a, v) => a + (v - mean(values)) ** 2, 0) / (values.length - 1);

describe('computeStats on a five-bar curve computed by hand', () => {
  // Monday to Friday (no weekend bars: 252 periods a year, daily returns).
  const time = days(5);
  const equity = [100, 110, 99, 121, 110];
  const close = [10, 11, 10, 12, 11];
  const trades = [
    { entryBar: 0, exitBar: 1, pnl: 10, returnPct: 0.1, commission: 1 },
    { entryBar: 1, exitBar: 3, pnl: -5, returnPct: -0.05, commission: 1 },
    { entryBar: 3, exitBar: 4, pnl: 20, returnPct: 0.2, commission: 0 },
  ];
  const { stats, drawdownPct, drawdownDuration } = computeStats({ time, close, equity, trades, warmup: 0 });

  // Daily returns 10 %, −10 %, 121/99 − 1, 110/121 − 1; their product is 110/100.
  const r = [0.1, -0.1, 121 / 99 - 1, 110 / 121 - 1];
  const g = 1.1 ** (1 / 4) - 1;
  const annual = (1 + g) ** 252 - 1;
  const volatility = Math.sqrt((sampleVar(r) + (1 + g) ** 2) ** 252 - (1 + g) ** 504);
  // Log returns of equity and close for Beta.
  const x = [Math.log(1.1), Math.log(0.9), Math.log(121 / 99), Math.log(110 / 121)];
  const y = [Math.log(1.1), Math.log(10 / 11), Math.log(1.2), Math.log(11 / 12)];
  const beta = x.reduce((a, xi, k) => a + (xi - mean(x)) * (y[k] - mean(y)), 0) / y.reduce((a, yi) => a + (yi - mean(y)) ** 2, 0);

  it('lists the statistics under backtesting.py names in its order', () => {
    expect(Object.keys(stats)).toEqual(BACKTEST_STAT_NAMES);
  });

  it('reports the span, exposure, equity and returns', () => {
    expect(stats.Start).toBe('2024-01-01T00:00:00.000Z');
    expect(stats.End).toBe('2024-01-05T00:00:00.000Z');
    expect(stats.Duration).toBe('4 days 00:00:00');
    expect(stats['Exposure Time [%]']).toBe(100);
    expect(stats['Equity Final [$]']).toBe(110);
    expect(stats['Equity Peak [$]']).toBe(121);
    expect(stats['Commissions [$]']).toBe(2);
    expect(stats['Return [%]']).toBeCloseTo(10, 12);
    expect(stats['Buy & Hold Return [%]']).toBeCloseTo(10, 12);
  });

  it('annualises the geometric mean daily return and its compounded volatility', () => {
    expect(stats['Return (Ann.) [%]']).toBeCloseTo(annual * 100, 6);
    expect(stats['Volatility (Ann.) [%]'] / (volatility * 100)).toBeCloseTo(1, 10);
    // 4 days = 4 / 365.25 years.
    expect(stats['CAGR [%]'] / ((1.1 ** (365.25 / 4) - 1) * 100)).toBeCloseTo(1, 10);
  });

  it('derives Sharpe, Sortino and Calmar from the annualised return', () => {
    expect(stats['Sharpe Ratio'] / ((annual * 100) / (volatility * 100))).toBeCloseTo(1, 10);
    // Downside deviation over all four returns, the two gains counting as 0.
    const downside = Math.sqrt(((-0.1) ** 2 + (110 / 121 - 1) ** 2) / 4) * Math.sqrt(252);
    expect(stats['Sortino Ratio'] / (annual / downside)).toBeCloseTo(1, 10);
    expect(stats['Calmar Ratio'] / (annual / 0.1)).toBeCloseTo(1, 10);
  });

  it('regresses the equity log returns on the close log returns for Beta and Alpha', () => {
    expect(stats.Beta).toBeCloseTo(beta, 12);
    expect(stats['Alpha [%]']).toBeCloseTo(10 - beta * 10, 10);
  });

  it('finds the one complete drawdown period: peak on bar 1, recovery on bar 3', () => {
    // dd = 0, 0, 0.1, 0, 1 − 110/121; the dip on the last bar follows a zero bar directly, so it is no period.
    expect([...drawdownPct]).toEqual([0, 0, 1 - 99 / 110, 0, 1 - 110 / 121]);
    expect([...drawdownDuration]).toEqual([NaN, NaN, NaN, 2 * DAY, NaN]);
    expect(stats['Max. Drawdown [%]']).toBeCloseTo(-10, 12);
    expect(stats['Avg. Drawdown [%]']).toBeCloseTo(-10, 12);
    expect(stats['Max. Drawdown Duration']).toBe('2 days 00:00:00');
    expect(stats['Avg. Drawdown Duration']).toBe('2 days 00:00:00');
  });

  it('computes the trade statistics from returns and cash PnL', () => {
    expect(stats['# Trades']).toBe(3);
    expect(stats['Win Rate [%]']).toBeCloseTo(200 / 3, 12);
    expect(stats['Best Trade [%]']).toBeCloseTo(20, 12);
    expect(stats['Worst Trade [%]']).toBeCloseTo(-5, 12);
    // Geometric: (1.1 × 0.95 × 1.2)^(1/3) − 1; Expectancy is the arithmetic mean.
    expect(stats['Avg. Trade [%]']).toBeCloseTo(((1.1 * 0.95 * 1.2) ** (1 / 3) - 1) * 100, 12);
    expect(stats['Expectancy [%]']).toBeCloseTo(25 / 3, 12);
    // Durations 1, 2 and 1 days; the mean (1 day 8 h) rounds up to whole days, the data's resolution.
    expect(stats['Max. Trade Duration']).toBe('2 days 00:00:00');
    expect(stats['Avg. Trade Duration']).toBe('2 days 00:00:00');
    // Sum of positive returns over the absolute sum of negative ones: 0.3 / 0.05.
    expect(stats['Profit Factor']).toBeCloseTo(6, 12);
    // √3 × mean(10, −5, 20) / std(10, −5, 20).
    expect(stats.SQN).toBeCloseTo((Math.sqrt(3) * (25 / 3)) / Math.sqrt(sampleVar([10, -5, 20])), 12);
    // W − (1 − W) / (mean win / mean loss) = 2/3 − (1/3) / (15 / 5).
    expect(stats['Kelly Criterion']).toBeCloseTo(2 / 3 - 1 / 9, 12);
  });
});

describe('computeStats edge cases', () => {
  it('reports NaN for every trade statistic, and no commissions, without trades', () => {
    const { stats } = computeStats({ time: days(3), close: [10, 11, 12], equity: [100, 100, 100], trades: [], warmup: 0 });
    expect('Commissions [$]' in stats).toBe(false);
    expect(stats['# Trades']).toBe(0);
    expect(stats['Exposure Time [%]']).toBe(0);
    for (const name of ['Win Rate [%]', 'Best Trade [%]', 'Worst Trade [%]', 'Avg. Trade [%]', 'Profit Factor', 'Expectancy [%]', 'SQN', 'Kelly Criterion'] as const) {
      expect(stats[name], name).toBeNaN();
    }
    expect(stats['Max. Trade Duration']).toBeNaN();
    expect(stats['Avg. Trade Duration']).toBeNaN();
  });

  it('reports NaN ratios for a flat equity: no volatility, no drawdown', () => {
    const { stats } = computeStats({ time: days(3), close: [10, 11, 12], equity: [100, 100, 100], trades: [], warmup: 0 });
    expect(stats['Return (Ann.) [%]']).toBe(0);
    expect(stats['Volatility (Ann.) [%]']).toBe(0);
    expect(stats['Sharpe Ratio']).toBeNaN();
    expect(stats['Sortino Ratio']).toBeNaN();
    expect(stats['Calmar Ratio']).toBeNaN();
    expect(stats['Max. Drawdown [%]']).toBe(-0);
    expect(stats['Avg. Drawdown [%]']).toBeNaN();
    expect(stats['Max. Drawdown Duration']).toBeNaN();
    expect(stats.Beta).toBe(0);
    expect(stats['Alpha [%]']).toBe(0);
  });

  it('keeps backtesting.py numbers when the only drawdown is on the last bar: the depths stand in for durations', () => {
    const { stats } = computeStats({ time: days(4), close: [1, 1, 1, 1], equity: [100, 110, 120, 115], trades: [], warmup: 0 });
    const depth = 1 - 115 / 120;
    expect(stats['Max. Drawdown [%]']).toBeCloseTo(-depth * 100, 12);
    expect(stats['Avg. Drawdown [%]']).toBeCloseTo(-depth * 100, 12);
    expect(stats['Max. Drawdown Duration']).toBeCloseTo(depth, 15);
    expect(stats['Avg. Drawdown Duration']).toBeCloseTo(depth, 15);
  });

  it('measures Buy & Hold from the first tradable bar, after the warm-up', () => {
    const { stats } = computeStats({ time: days(4), close: [10, 20, 25, 30], equity: [1, 1, 1, 1], trades: [], warmup: 1 });
    expect(stats['Buy & Hold Return [%]']).toBe(50);
  });

  it('rounds durations up to the data resolution: hours for hourly bars', () => {
    const hours = Float64Array.from({ length: 6 }, (_, k) => MONDAY + k * 3_600_000);
    const trades = [
      { entryBar: 0, exitBar: 1, pnl: 1, returnPct: 0.01, commission: 0 },
      { entryBar: 2, exitBar: 4, pnl: 1, returnPct: 0.01, commission: 0 },
    ];
    const { stats } = computeStats({ time: hours, close: [1, 1, 1, 1, 1, 1], equity: [1, 1, 1, 1, 1, 1], trades, warmup: 0 });
    // Mean of 1 h and 2 h is 1 h 30 min, rounded up to 2 h.
    expect(stats['Avg. Trade Duration']).toBe('0 days 02:00:00');
    expect(stats['Max. Trade Duration']).toBe('0 days 02:00:00');
    expect(stats['Exposure Time [%]']).toBeCloseTo(500 / 6, 12);
  });
});
