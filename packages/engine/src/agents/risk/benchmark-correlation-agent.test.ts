import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { RollingBarHistory } from '../../series/rolling-bar-history.js';
import { benchmarkCorrelationAgent } from './benchmark-correlation-agent.js';
import { abstentionReason, barsFromCloses, expectVote, runAgent } from './run-agent.test-support.js';

const N = 40;
/** Closes from log returns. */
const pathOf = (start: number, logReturns: number[]) => logReturns.reduce((path, r) => [...path, path[path.length - 1] * Math.exp(r)], [start]);
/** Benchmark log returns: `drift` per bar plus ±1 % alternating noise. */
const benchmarkReturns = (drift: number) => Array.from({ length: N - 1 }, (_, i) => drift + 0.01 * (i % 2 === 0 ? 1 : -1));
/** Inputs whose benchmark history ends at the current bar (plus `extra` later bars, which must be ignored). */
const benchmarkInputs = (benchmark: Bar[], extra = 0) => (_bar: Bar, index: number) => {
  const history = new RollingBarHistory(100);
  for (const b of benchmark.slice(0, index + 1 + extra)) history.push(b);
  return { benchmark: history };
};

describe('benchmark-correlation agent', () => {
  it('abstains without a benchmark series', () => {
    expect(abstentionReason(runAgent(benchmarkCorrelationAgent, barsFromCloses(pathOf(100, benchmarkReturns(0)))))).toBe('no benchmark series for TEST');
  });

  it('abstains with fewer than 31 bars', () => {
    const bars = barsFromCloses(pathOf(100, benchmarkReturns(0))).slice(0, 20);
    expect(abstentionReason(runAgent(benchmarkCorrelationAgent, bars, benchmarkInputs(bars)))).toBe('benchmark correlation needs 31 bars of TEST, have 20');
  });

  it('answers SELL for a 1.6-beta, fully correlated symbol while the benchmark falls 5.8 %', () => {
    const b = benchmarkReturns(-0.002);
    const benchmark = barsFromCloses(pathOf(400, b));
    const symbol = barsFromCloses(pathOf(50, b.map((r) => 1.6 * r)));
    const v = expectVote(runAgent(benchmarkCorrelationAgent, symbol, benchmarkInputs(benchmark)));
    const benchmarkReturn = Math.exp(-0.06) - 1;
    expect(v.action).toBe('SELL');
    expect(v.indicators.correlation).toBeCloseTo(1, 12);
    expect(v.indicators.beta).toBeCloseTo(1.6, 12);
    expect(v.indicators.benchmarkReturn).toBeCloseTo(benchmarkReturn, 12);
    expect(v.confidence).toBeCloseTo(-benchmarkReturn / 0.1, 10);
    expect(v.risk?.level).toBe('high');
    expect(v.risk?.sizeMultiplier).toBeCloseTo(1 / 1.6, 12);
    expect(v.reasoning).toBe(
      "30-bar correlation to the benchmark is 1.00 with beta 1.60 while the benchmark moved -5.8%: the symbol rides the benchmark's fall, SELL, high risk, size × 0.63.",
    );
  });

  it('answers BUY for a correlated symbol while the benchmark rises, ignoring benchmark bars after the current one', () => {
    const b = benchmarkReturns(0.003);
    const benchmark = barsFromCloses(pathOf(400, [...b, 0.05, 0.05]));
    const symbol = barsFromCloses(pathOf(50, b.map((r) => 0.8 * r)));
    const v = expectVote(runAgent(benchmarkCorrelationAgent, symbol, benchmarkInputs(benchmark, 2)));
    expect(v.action).toBe('BUY');
    expect(v.indicators.beta).toBeCloseTo(0.8, 12);
    expect(v.indicators.benchmarkReturn).toBeCloseTo(Math.exp(0.09) - 1, 12);
    expect(v.risk).toEqual({ level: 'low', sizeMultiplier: 1 });
    expect(v).toEqual(expectVote(runAgent(benchmarkCorrelationAgent, symbol, benchmarkInputs(benchmark, 0))));
  });

  it('answers a low-confidence HOLD when the symbol does not follow the trending benchmark', () => {
    const b = benchmarkReturns(0.002);
    const own = Array.from({ length: N - 1 }, (_, i) => 0.01 * (i % 4 < 2 ? 1 : -1));
    const v = expectVote(runAgent(benchmarkCorrelationAgent, barsFromCloses(pathOf(50, own)), benchmarkInputs(barsFromCloses(pathOf(400, b)))));
    expect(v.action).toBe('HOLD');
    expect(v.confidence).toBe(0.15);
    expect(Math.abs(v.indicators.correlation)).toBeLessThan(0.1);
    expect(v.reasoning).toContain('correlation below 0.60 is too loose to follow the benchmark');
  });

  it('abstains when the benchmark lacks the current bar or skips a bar inside the window', () => {
    const b = benchmarkReturns(0.002);
    const symbol = barsFromCloses(pathOf(50, b));
    const shifted = barsFromCloses(pathOf(400, b), { start: symbol[0].time + 3_600_000 });
    expect(abstentionReason(runAgent(benchmarkCorrelationAgent, symbol, benchmarkInputs(shifted)))).toBe('the benchmark has no bar at 2024-02-09T00:00:00.000Z');
    const withGap = barsFromCloses(pathOf(400, b)).filter((_, i) => i !== 30);
    const inputs = () => {
      const history = new RollingBarHistory(100);
      for (const bar of withGap) history.push(bar);
      return { benchmark: history };
    };
    expect(abstentionReason(runAgent(benchmarkCorrelationAgent, symbol, inputs))).toBe('benchmark bars are not aligned with TEST at 2024-01-31T00:00:00.000Z');
  });

  it('rejects unknown config keys and windows beyond 120, naming the field', () => {
    expect(benchmarkCorrelationAgent.configSchema.safeParse({ benchmark: 'SPY' }).success).toBe(false);
    expect(benchmarkCorrelationAgent.configSchema.safeParse({ window: 250 }).error?.issues[0]?.path).toEqual(['window']);
    expect(benchmarkCorrelationAgent.configSchema.safeParse({ highBeta: 1 }).error?.issues[0]?.path).toEqual(['mediumBeta']);
  });
});
