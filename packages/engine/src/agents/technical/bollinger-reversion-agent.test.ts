import { describe, expect, it } from 'vitest';
import { bollingerBands } from '../../indicators/volatility/bollinger-bands.js';
import { bollingerReversionAgent as agent } from './bollinger-reversion-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

/** %b of the close at `at` against BBANDS(20,2). */
function percentB(closes: number[], at: number): number {
  const { upper, lower } = bollingerBands(closes, 20, 2);
  return (closes[at] - lower[at]) / (upper[at] - lower[at]);
}

describe('bollinger-reversion agent', () => {
  it('answers BUY when the close comes back above the lower band, scaled by the excursion', () => {
    // A quiet +-0.5 range, one close far below the lower band, then a close back at the mean.
    const closes = [...zigzag(100, 0.5, 30), 97, 100];
    const excursion = percentB(closes, 30);
    expect(excursion).toBeLessThan(0);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.indicators.previousPercentB).toBeCloseTo(excursion, 12);
    expect(buy.confidence).toBeCloseTo(0.5 + 0.4 * Math.min(1, -excursion / 0.25), 12);
    const { lower } = bollingerBands(closes, 20, 2);
    expect(buy.reasoning).toBe(
      `Close 100.00 is back above the lower BBANDS(20,2) band ${lower[31].toFixed(2)} after closing below it at 97.00 (%b ${excursion.toFixed(2)} -> ${percentB(closes, 31).toFixed(2)}): BUY.`,
    );
  });

  it('answers SELL when the close comes back below the upper band', () => {
    const closes = [...zigzag(100, 0.5, 30), 103, 100];
    const sell = expectVote(lastOutput(agent, barsFromCloses(closes)), 'SELL');
    expect(sell.indicators.previousPercentB).toBeGreaterThan(1);
    expect(sell.reasoning).toMatch(/^Close 100\.00 is back below the upper BBANDS\(20,2\) band \d+\.\d\d after closing above it at 103\.00/);
  });

  it('answers HOLD while closes keep walking outside the band', () => {
    const closes = [...zigzag(100, 0.5, 30), 97, 95];
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD');
    expect(hold.confidence).toBe(0.3);
    expect(hold.reasoning).toMatch(/^Close 95\.00 is still below the lower BBANDS\(20,2\) band \(%b -\d\.\d\d\): walking the band/);
  });

  it('answers HOLD with low confidence inside the bands', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 0.5, 30))), 'HOLD');
    expect(hold.confidence).toBe(0.15);
    expect(hold.indicators.percentB).toBeCloseTo(percentB(zigzag(100, 0.5, 30), 29), 12);
  });

  it('abstains until the bands exist on two bars', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 0.5, 21)));
    expect(outputs[19]).toEqual({ kind: 'abstain', reason: 'BBANDS(20,2) needs 21 bars of history and is still warming up' });
    expect(outputs[20].kind).toBe('vote');
  });

  it('rejects bad periods, deviations and unknown keys, naming the field', () => {
    expectConfigRejected(agent, { period: 1 }, 'period');
    expectConfigRejected(agent, { deviations: 0 }, 'deviations');
    expectConfigRejected(agent, { stddev: 2 }, 'stddev');
  });
});
