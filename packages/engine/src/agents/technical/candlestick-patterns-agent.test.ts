import { describe, expect, it } from 'vitest';
import type { Bar } from '../../series/bar.js';
import { candlestickPatternsAgent as agent } from './candlestick-patterns-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, line } from './technical-agent.test-support.js';

type Candle = readonly [open: number, high: number, low: number, close: number];

/** A 12-bar trend (1 point a bar; each bar's range is 2 points) followed by hand-made candles. */
function afterTrend(direction: 1 | -1, candles: readonly Candle[]): Bar[] {
  const trend = barsFromCloses(line(direction > 0 ? 90 : 120, direction, 12));
  const last = trend[trend.length - 1];
  const day = 86_400_000;
  return [...trend, ...candles.map(([open, high, low, close], i) => ({ time: last.time + (i + 1) * day, open, high, low, close, volume: 1000 }))];
}

describe('candlestick-patterns agent', () => {
  it('answers BUY on a bullish engulfing candle after a decline, scaled by the decline', () => {
    // Trend closes 120 -> 109; the black candle 109 -> 108 is engulfed by 107.8 -> 109.5.
    const buy = expectVote(lastOutput(agent, afterTrend(-1, [[109, 109.2, 107.7, 108], [107.8, 109.6, 107.6, 109.5]])), 'BUY');
    // Decline into the pattern: close(1) 108 vs close(11) 118 = -10 over an average range of 2 = -5 ranges (>= 3: full bonus).
    expect(buy.indicators.trendRanges).toBeCloseTo(-10 / ((2 * 9 + 1.5) / 10), 12);
    expect(buy.confidence).toBeCloseTo(0.75, 12);
    expect(buy.reasoning).toBe('Bullish engulfing closing at 109.50 after a decline of 5.1 average ranges over 10 bars: BUY.');
  });

  it('answers BUY on a hammer and on a morning star after a decline', () => {
    const hammer = expectVote(lastOutput(agent, afterTrend(-1, [[108.5, 108.55, 105.5, 109]])), 'BUY');
    expect(hammer.reasoning).toMatch(/^Hammer closing at 109\.00/);
    const star = expectVote(lastOutput(agent, afterTrend(-1, [[109, 109.2, 105.8, 106], [105.8, 106, 105.3, 105.6], [105.9, 108.2, 105.8, 108]])), 'BUY');
    expect(star.reasoning).toMatch(/^Morning star closing at 108\.00/);
    expect(star.confidence).toBeCloseTo(0.8, 12);
  });

  it('answers SELL on a bearish engulfing candle or a shooting star after a rise', () => {
    const engulfing = expectVote(lastOutput(agent, afterTrend(1, [[101, 102.2, 100.8, 102], [102.2, 102.4, 100.4, 100.5]])), 'SELL');
    expect(engulfing.reasoning).toMatch(/^Bearish engulfing closing at 100\.50 after a rise of \d\.\d average ranges/);
    const star = expectVote(lastOutput(agent, afterTrend(1, [[101.5, 104.5, 101.45, 101]])), 'SELL');
    expect(star.reasoning).toMatch(/^Shooting star closing at 101\.00/);
    expect(star.confidence).toBeGreaterThan(0.45);
  });

  it('reads a doji after a tall white candle in a rise as a warning: SELL with low confidence', () => {
    const sell = expectVote(lastOutput(agent, afterTrend(1, [[101, 104.1, 100.9, 104], [104, 105, 103, 104.05]])), 'SELL');
    expect(sell.reasoning).toMatch(/^Doji closing at 104\.05/);
    expect(sell.confidence).toBeLessThanOrEqual(0.5);
  });

  it('answers HOLD when a bullish pattern comes after a rise, or when there is no pattern', () => {
    const late = expectVote(lastOutput(agent, afterTrend(1, [[101.5, 101.6, 100.4, 100.5], [100.4, 102, 100.3, 101.8]])), 'HOLD');
    expect(late.reasoning).toMatch(/^Bullish engulfing at 101\.80 but after a rise of \d\.\d average ranges over 10 bars, not a trend to reverse/);
    expect(late.confidence).toBe(0.2);
    const none = expectVote(lastOutput(agent, barsFromCloses(line(100, 1, 20))), 'HOLD');
    expect(none).toMatchObject({ confidence: 0.15, reasoning: 'No reversal candlestick pattern on the last 3 bars (close 119.00): HOLD.' });
  });

  it('abstains until it has the pattern bars plus the trend window', () => {
    expect(lastOutput(agent, barsFromCloses(line(100, 1, 5)))).toEqual({ kind: 'abstain', reason: 'candlestick patterns need 13 bars, have 5' });
    expect(lastOutput(agent, barsFromCloses(line(100, 1, 13))).kind).toBe('vote');
  });

  it('rejects out-of-range ratios and unknown keys, naming the field', () => {
    expectConfigRejected(agent, { dojiBodyRatio: 0.6 }, 'dojiBodyRatio');
    expectConfigRejected(agent, { trendBars: 2 }, 'trendBars');
    expectConfigRejected(agent, { pattern: 'hammer' }, 'pattern');
  });
});
