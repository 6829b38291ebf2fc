import { describe, expect, it } from 'vitest';
import { onBalanceVolumeAgent as agent } from './on-balance-volume-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

/** Volumes of 1000 with a different last bar. */
function volumes(count: number, last: number): number[] {
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? last : 1000));
}

describe('obv-volume agent', () => {
  it('answers BUY when a rise is confirmed by OBV and above-average volume', () => {
    const bars = barsFromCloses(line(100, 0.5, 30), { volume: volumes(30, 1500) });
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    // Close 114.5 vs 109.5 ten bars back (+4.57%); average volume (19 x 1000 + 1500) / 20 = 1025; OBV gained 9 x 1000 + 1500.
    expect(buy.indicators.volumeRatio).toBeCloseTo(1500 / 1025, 12);
    expect(buy.indicators.obvShare).toBeCloseTo(10500 / 10250, 12);
    expect(buy.confidence).toBeCloseTo(0.4 + 0.25 + 0.15 * (1500 / 1025 - 1), 12);
    expect(buy.reasoning).toBe('Volume confirms the move: price +4.57% over 10 bars, OBV +1.02 of average volume per bar, volume 1.46x its 20-bar average: BUY.');
  });

  it('answers SELL when a fall is confirmed the same way', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses(line(130, -0.5, 30), { volume: volumes(30, 2000) })), 'SELL');
    expect(sell.reasoning).toMatch(/^Volume confirms the move: price -4\.\d\d% over 10 bars, OBV -1\.\d\d of average volume per bar, volume 1\.9\dx/);
  });

  it('answers HOLD when the rise comes on light volume', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(line(100, 0.5, 30), { volume: volumes(30, 500) })), 'HOLD');
    expect(hold.confidence).toBe(0.25);
    expect(hold.reasoning).toMatch(/^OBV agrees but volume is light: .*volume 0\.51x its 20-bar average: HOLD\.$/);
  });

  it('answers HOLD on a divergence: price up while volume leaves on the down bars', () => {
    // Up 2 on 100 shares, down 1 on 1000 shares: price climbs while OBV falls.
    const closes = [100];
    const volume = [1000];
    for (let i = 1; i < 30; i++) {
      closes.push(closes[i - 1] + (i % 2 === 1 ? 2 : -1));
      volume.push(i % 2 === 1 ? 100 : 1000);
    }
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes, { volume })), 'HOLD');
    expect(hold.indicators.priceChangePercent).toBeGreaterThan(0);
    expect(hold.indicators.obvShare).toBeLessThan(0);
    expect(hold).toMatchObject({ confidence: 0.3 });
    expect(hold.reasoning).toMatch(/^OBV diverges from price/);
  });

  it('abstains until the volume average and the OBV window exist', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 0.5, 20)));
    expect(outputs[18]).toEqual({ kind: 'abstain', reason: 'OBV over 10 bars and VOLUME_SMA(20) needs 20 bars of history and is still warming up' });
    expect(outputs[19].kind).toBe('vote');
  });

  it('rejects bad windows and unknown keys', () => {
    expectConfigRejected(agent, { trendBars: 1 }, 'trendBars');
    expectConfigRejected(agent, { minVolumeRatio: 0 }, 'minVolumeRatio');
    expectConfigRejected(agent, { obvPeriod: 10 }, 'obvPeriod');
  });
});
