import { describe, expect, it } from 'vitest';
import { directionalMovementSystem } from '../../indicators/trend/directional-movement-system.js';
import { directionalMovementAgent as agent } from './directional-movement-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent, zigzag } from './technical-agent.test-support.js';

describe('adx-dmi agent', () => {
  it('answers BUY in a strong uptrend: ADX above 25 with +DI over -DI', () => {
    // Rising 1 a bar with 0.5 wicks: every bar has +DM 1 and no -DM, so -DI is 0 and ADX climbs toward 100.
    const bars = barsFromCloses([...zigzag(100, 0.3, 20), ...line(101, 1, 30)]);
    const columns = columnsOf(bars);
    const { adx, plusDI, minusDI } = directionalMovementSystem(columns.high, columns.low, columns.close, 14);
    expect(adx[49]).toBeGreaterThan(50);
    expect(adx[49]).toBeGreaterThan(adx[48]);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    expect(buy.indicators).toEqual({ adx: adx[49], plusDI: plusDI[49], minusDI: minusDI[49], previousAdx: adx[48] });
    // Full ADX weight (>= 50) plus 0.1 for a rising ADX.
    expect(buy.confidence).toBeCloseTo(0.8, 12);
    expect(buy.reasoning).toBe(
      `Trending market: ADX(14) ${adx[49].toFixed(1)} (was ${adx[48].toFixed(1)}), +DI ${plusDI[49].toFixed(1)} vs -DI ${minusDI[49].toFixed(1)}, ADX rising: BUY.`,
    );
  });

  it('answers SELL in a strong downtrend', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...zigzag(100, 0.3, 20), ...line(99, -1, 30)])), 'SELL');
    expect(sell.indicators.minusDI).toBeGreaterThan(sell.indicators.plusDI);
    expect(sell.reasoning).toMatch(/^Trending market: ADX\(14\) \d+\.\d .*: SELL\.$/);
  });

  it('answers HOLD with some conviction when ADX shows no trend', () => {
    // An 8-bar cycle of +-2: directional movement alternates and ADX stays low.
    const cycle = Array.from({ length: 80 }, (_, i) => 100 + 2 * Math.sin((i * Math.PI) / 4));
    const hold = expectVote(lastOutput(agent, barsFromCloses(cycle)), 'HOLD');
    expect(hold.indicators.adx).toBeLessThan(20);
    expect(hold.confidence).toBe(0.35);
    expect(hold.reasoning).toMatch(/^No trend: ADX\(14\) \d+\.\d .*ADX below 20: HOLD\.$/);
  });

  it('names no side when ADX reads 100 only because both DI lines are near zero', () => {
    // Identical bars (equal highs and lows) have no directional movement at all.
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 1, 60))), 'HOLD');
    expect(hold.indicators.adx).toBeGreaterThan(25);
    expect(hold.reasoning).toMatch(/^No side leads: .*within 5 points: HOLD\.$/);
  });

  it('abstains until ADX has two values (lookback 27 + 2 bars)', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 1, 29)));
    expect(outputs[27]).toEqual({ kind: 'abstain', reason: 'DMI(14) needs 29 bars of history and is still warming up' });
    expect(outputs[28].kind).toBe('vote');
  });

  it('rejects a no-trend level above the trend level and unknown keys', () => {
    expectConfigRejected(agent, { noTrendLevel: 30 }, 'noTrendLevel');
    expectConfigRejected(agent, { trendLevel: 100 }, 'trendLevel');
    expectConfigRejected(agent, { adx: 25 }, 'adx');
  });
});
