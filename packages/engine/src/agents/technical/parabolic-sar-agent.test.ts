import { describe, expect, it } from 'vitest';
import { parabolicSar } from '../../indicators/trend/parabolic-sar.js';
import { parabolicSarAgent as agent } from './parabolic-sar-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, line, runAgent } from './technical-agent.test-support.js';

/** First bar at or after `from` whose SAR is on the other side of the close than on the bar before. */
function firstFlip(sar: Float64Array, close: Float64Array, from: number): number {
  for (let i = from; i < sar.length; i++) if (sar[i] < close[i] !== sar[i - 1] < close[i - 1]) return i;
  return -1;
}

describe('parabolic-sar agent', () => {
  it('answers SELL on the bar the SAR flips above price, then fades, then holds', () => {
    const bars = barsFromCloses([...line(100, 1, 30), ...line(126, -3, 8)]);
    const columns = columnsOf(bars);
    const sar = parabolicSar(columns.high, columns.low);
    const flip = firstFlip(sar, columns.close, 25);
    expect(flip).toBeGreaterThanOrEqual(30);
    const outputs = runAgent(agent, bars);
    const sell = expectVote(outputs[flip], 'SELL');
    expect(sell.confidence).toBeCloseTo(0.7, 12);
    expect(sell.indicators.sar).toBe(sar[flip]);
    expect(sell.reasoning).toBe(`SAR(0.02,0.2) flipped above price on this bar: SAR ${sar[flip].toFixed(2)} vs close ${columns.close[flip].toFixed(2)}: SELL.`);
    expect(expectVote(outputs[flip + 1], 'SELL')).toMatchObject({ confidence: 0.6 });
    expect(expectVote(outputs[flip + 1], 'SELL').reasoning).toContain('flipped above price 1 bar ago');
    expect(expectVote(outputs[flip + 2], 'SELL').confidence).toBeCloseTo(0.5, 12);
    expect(expectVote(outputs[flip + 3], 'HOLD').reasoning).toMatch(/has been above price for more than 3 bars/);
  });

  it('answers BUY on the bar the SAR flips below price', () => {
    const bars = barsFromCloses([...line(150, -1, 30), ...line(124, 3, 5)]);
    const columns = columnsOf(bars);
    const flip = firstFlip(parabolicSar(columns.high, columns.low), columns.close, 25);
    const buy = expectVote(runAgent(agent, bars)[flip], 'BUY');
    expect(buy.reasoning).toMatch(/^SAR\(0\.02,0\.2\) flipped below price on this bar/);
  });

  it('answers HOLD with low confidence in an old trend', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 1, 40)));
    expect(expectVote(outputs[39], 'HOLD').confidence).toBe(0.2);
  });

  it('abstains until enough SAR values exist to date a flip', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 1, 6)));
    expect(outputs[3]).toEqual({ kind: 'abstain', reason: 'SAR(0.02,0.2) needs 5 bars of history and is still warming up' });
    expect(outputs[4].kind).toBe('vote');
  });

  it('rejects an acceleration above the maximum and unknown keys', () => {
    expectConfigRejected(agent, { acceleration: 0.3 }, 'acceleration');
    expectConfigRejected(agent, { signalBars: 0 }, 'signalBars');
    expectConfigRejected(agent, { step: 0.02 }, 'step');
  });
});
