import { describe, expect, it } from 'vitest';
import { commodityChannelIndex } from '../../indicators/momentum/commodity-channel-index.js';
import { commodityChannelIndexAgent as agent } from './commodity-channel-index-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

function cciOf(closes: number[]): Float64Array {
  const columns = columnsOf(barsFromCloses(closes));
  return commodityChannelIndex(columns.high, columns.low, columns.close, 20);
}

describe('cci agent', () => {
  it('answers BUY when CCI crosses above +100 (Lambert’s new uptrend)', () => {
    const closes = [...zigzag(100, 0.5, 30), 102];
    const cci = cciOf(closes);
    expect(cci[29]).toBeLessThanOrEqual(100);
    expect(cci[30]).toBeGreaterThan(100);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.indicators.cci).toBe(cci[30]);
    expect(buy.confidence).toBeCloseTo(0.45 + 0.2 * Math.min(1, (cci[30] - 100) / 100), 12);
    expect(buy.reasoning).toBe(`CCI(20) crossed above +100 to ${cci[30].toFixed(1)} from ${cci[29].toFixed(1)}: new uptrend, BUY.`);
  });

  it('answers SELL when CCI crosses below -100', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...zigzag(100, 0.5, 30), 98])), 'SELL');
    expect(sell.reasoning).toMatch(/^CCI\(20\) crossed below -100 to -\d+\.\d from -?\d+\.\d: new downtrend, SELL\.$/);
  });

  it('answers BUY when CCI recovers above -100 after an extreme below -200', () => {
    // A collapse to 95 drives CCI to -666.7; it is still -259.3 a bar later and back to -2.1 the bar after.
    const closes = [...zigzag(100, 0.5, 30), 95, 99, 100];
    const cci = cciOf(closes);
    expect([cci[30], cci[31], cci[32]].map((v) => v.toFixed(1))).toEqual(['-666.7', '-259.3', '-2.1']);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.confidence).toBeCloseTo(0.85, 12);
    expect(buy.reasoning).toBe('CCI(20) recovered above -100 to -2.1 after an extreme low of -666.7 beyond -200: reversal BUY.');
  });

  it('answers SELL when CCI falls back below +100 after an extreme above +200', () => {
    // CCI 635.1, then 218.4, then 12.6.
    const sell = expectVote(lastOutput(agent, barsFromCloses([...zigzag(100, 0.5, 30), 105, 100, 100.5])), 'SELL');
    expect(sell.reasoning).toBe('CCI(20) fell back below +100 to 12.6 after an extreme high of 635.1 beyond +200: reversal SELL.');
  });

  it('answers HOLD inside +-100, and does not fade a failed +100 move without an extreme', () => {
    const inside = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 0.5, 30))), 'HOLD');
    expect(inside.confidence).toBe(0.15);
    expect(inside.reasoning).toMatch(/inside \+-100: HOLD\.$/);
    // CCI peaks at 134.6 and falls back to 87.8: never extreme, so nothing to fade.
    const closes = [...zigzag(100, 0.5, 30), 100.8, 100];
    expect(cciOf(closes)[30]).toBeCloseTo(134.6, 1);
    expect(expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD').confidence).toBe(0.15);
  });

  it('abstains until CCI has two values', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 0.5, 21)));
    expect(outputs[19]).toEqual({ kind: 'abstain', reason: 'CCI(20) needs 21 bars of history and is still warming up' });
    expect(outputs[20].kind).toBe('vote');
  });

  it('rejects a trend level above the extreme level and unknown keys', () => {
    expectConfigRejected(agent, { trendLevel: 250 }, 'trendLevel');
    expectConfigRejected(agent, { period: 1 }, 'period');
    expectConfigRejected(agent, { levels: [100, 200] }, 'levels');
  });
});
