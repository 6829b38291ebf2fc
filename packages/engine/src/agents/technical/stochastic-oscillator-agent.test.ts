import { describe, expect, it } from 'vitest';
import { stochasticOscillator } from '../../indicators/momentum/stochastic-oscillator.js';
import { stochasticOscillatorAgent as agent } from './stochastic-oscillator-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent, zigzag } from './technical-agent.test-support.js';

describe('stochastic agent', () => {
  it('answers BUY when slow %K crosses above %D deep in the oversold zone', () => {
    // A steady decline pins %K = %D near 3; one up bar lifts %K over %D.
    const bars = barsFromCloses([...line(120, -1, 30), 92]);
    const { k, d } = stochasticOscillator(columnsOf(bars).high, columnsOf(bars).low, columnsOf(bars).close);
    expect(k[29]).toBeCloseTo(d[29], 12);
    expect(k[30]).toBeGreaterThan(d[30]);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    expect(buy.indicators).toEqual({ k: k[30], d: d[30], previousK: k[29], previousD: d[29] });
    const low = Math.min(k[29], d[30]);
    expect(buy.confidence).toBeCloseTo(0.5 + 0.35 * Math.min(1, (20 - low) / 10), 12);
    expect(buy.reasoning).toBe(
      `Slow %K crossed above %D in the oversold zone below 20: STOCH(14,3,3) %K ${k[30].toFixed(1)} vs %D ${d[30].toFixed(1)} (was ${k[29].toFixed(1)} vs ${d[29].toFixed(1)}): BUY.`,
    );
  });

  it('answers SELL when slow %K crosses below %D in the overbought zone', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...line(80, 1, 30), 108])), 'SELL');
    expect(sell.indicators.previousK).toBeGreaterThan(80);
    expect(sell.reasoning).toMatch(/^Slow %K crossed below %D in the overbought zone above 80/);
  });

  it('answers HOLD on crosses in mid-range', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 1, 40))), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.reasoning).toMatch(/^Slow %K crossed %D outside the 20\/80 zones/);
  });

  it('answers HOLD while oversold with no cross yet', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(line(120, -1, 30))), 'HOLD');
    expect(hold.confidence).toBe(0.25);
    expect(hold.reasoning).toContain('oversold without a cross yet');
  });

  it('abstains until %D has two values (lookback 17 + 2 bars)', () => {
    const outputs = runAgent(agent, barsFromCloses(line(120, -1, 19)));
    expect(outputs[17]).toEqual({ kind: 'abstain', reason: 'STOCH(14,3,3) needs 19 bars of history and is still warming up' });
    expect(outputs[18].kind).toBe('vote');
  });

  it('rejects crossed levels and unknown keys, naming the field', () => {
    expectConfigRejected(agent, { oversold: 90 }, 'oversold');
    expectConfigRejected(agent, { fastKPeriod: 0 }, 'fastKPeriod');
    expectConfigRejected(agent, { kPeriod: 14 }, 'kPeriod');
  });
});
