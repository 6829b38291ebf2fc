import { describe, expect, it } from 'vitest';
import { drawdownAgent } from './drawdown-agent.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { abstentionReason, barsFromCloses, expectVote, runAgent, runAgentSeries } from './run-agent.test-support.js';

/** 200 bars rising from 50 to a peak of 100, then 59 bars falling linearly to `bottom`, then a last close. */
function peakThenFall(bottom: number, last: number): number[] {
  const rise = Array.from({ length: 200 }, (_, i) => 50 + (50 * (i + 1)) / 200);
  const fall = Array.from({ length: 59 }, (_, i) => 100 + ((bottom - 100) * (i + 1)) / 59);
  return [...rise, ...fall, last];
}
const lastBarVolume = (n: number, volume: number) => (i: number) => (i === n - 1 ? volume : 1000);

describe('drawdown agent', () => {
  it('abstains until DRAWDOWN(252) has a full window', () => {
    expect(abstentionReason(runAgent(drawdownAgent, barsFromCloses(peakThenFall(90, 90).slice(0, 251))))).toBe(
      'DRAWDOWN(252) needs 252 bars of TEST; still warming up',
    );
  });

  it('answers BUY on capitulation: 30 % below the high on 3× volume, closing in the upper part of an up bar', () => {
    const closes = peakThenFall(69, 70);
    const v = expectVote(runAgent(drawdownAgent, barsFromCloses(closes, { volume: lastBarVolume(closes.length, 3000) })));
    // Last bar: open 69, close 70, high 70·1.005 = 70.35, low 69·0.995 = 68.655 -> close at 79.35 % of the range.
    const closeLocation = (70 - 68.655) / (70.35 - 68.655);
    expect(v.action).toBe('BUY');
    expect(v.risk).toEqual({ level: 'high', sizeMultiplier: 0.5 });
    expect(v.indicators.drawdown).toBeCloseTo(-0.3, 12);
    expect(v.indicators.volumeRatio).toBe(3);
    expect(v.indicators.closeLocation).toBeCloseTo(closeLocation, 12);
    expect(v.confidence).toBeCloseTo(0.35 + 0.3 * 0.2 + 0.2 * 0.5 + 0.15 * (closeLocation - 0.5) * 2, 12);
    expect(v.reasoning).toBe(
      'TEST is 30.0% below its 252-bar high of 100.00 (60 bars ago), and the bar traded 3.0× its 20-bar average volume closing at 79% of its range: capitulation BUY, high risk, size × 0.50.',
    );
  });

  it('answers HOLD in the same deep drawdown without the volume climax', () => {
    const v = expectVote(runAgent(drawdownAgent, barsFromCloses(peakThenFall(69, 70))));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.5, risk: { level: 'high', sizeMultiplier: 0.5 } });
    expect(v.reasoning).toContain('HOLD until a high-volume capitulation bar');
  });

  it('answers HOLD with medium risk and a linear size cut 15 % below the high', () => {
    const v = expectVote(runAgent(drawdownAgent, barsFromCloses(peakThenFall(85, 85), { volume: lastBarVolume(260, 5000) })));
    expect(v.action).toBe('HOLD');
    expect(v.risk?.level).toBe('medium');
    // 1 - 0.5 × (0.15 - 0.10) / (0.20 - 0.10) = 0.75.
    expect(v.risk?.sizeMultiplier).toBeCloseTo(0.75, 12);
    expect(v.confidence).toBeCloseTo(0.1 + 0.4 * 0.75, 12);
    expect(v.reasoning).toBe('TEST is 15.0% below its 252-bar high of 100.00 (60 bars ago): medium risk, size × 0.75, HOLD.');
  });

  it('never votes SELL (it has no short setup), on a long random walk', () => {
    const series = randomWalkBars({ length: 800, seed: 11, volatility: 0.03 });
    const outputs = runAgentSeries(drawdownAgent, Array.from({ length: series.length }, (_, i) => series.bar(i)));
    expect(outputs.some((o) => o.kind === 'vote' && o.action === 'SELL')).toBe(false);
    expect(outputs.filter((o) => o.kind === 'vote').length).toBe(800 - 251);
  });

  it('rejects unknown config keys and inverted thresholds, naming the field', () => {
    const schema = drawdownAgent.configSchema;
    expect(schema.safeParse({ depth: 0.2 }).success).toBe(false);
    expect(schema.safeParse({ mediumDrawdown: 0.3 }).error?.issues[0]?.path).toEqual(['mediumDrawdown']);
    expect(schema.safeParse({ volumePeriod: 31 }).error?.issues[0]?.path).toEqual(['volumePeriod']);
  });
});
