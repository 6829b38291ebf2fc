import { describe, expect, it } from 'vitest';
import { aroon } from '../../indicators/momentum/aroon.js';
import { aroonAgent as agent } from './aroon-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

describe('aroon agent', () => {
  it('answers BUY on the bar Aroon Up crosses above Aroon Down', () => {
    const bars = barsFromCloses([...line(130, -1, 40), ...line(91, 1, 20)]);
    const columns = columnsOf(bars);
    const { up, down } = aroon(columns.high, columns.low, 25);
    const cross = up.findIndex((u, i) => i > 26 && up[i - 1] <= down[i - 1] && u > down[i]);
    expect(cross).toBeGreaterThan(40);
    const buy = expectVote(runAgent(agent, bars)[cross], 'BUY');
    expect(buy.indicators).toEqual({ aroonUp: up[cross], aroonDown: down[cross], oscillator: up[cross] - down[cross] });
    expect(buy.confidence).toBeCloseTo(0.5 + 0.3 * ((up[cross] - down[cross]) / 100), 12);
    expect(buy.reasoning).toBe(
      `Aroon Up crossed above Aroon Down: AROON(25) up ${up[cross].toFixed(0)} vs down ${down[cross].toFixed(0)} (was ${up[cross - 1].toFixed(0)} vs ${down[cross - 1].toFixed(0)}): BUY.`,
    );
  });

  it('answers BUY with less weight in an established strong uptrend (Up 100, Down 0)', () => {
    const buy = expectVote(lastOutput(agent, barsFromCloses(line(100, 1, 40))), 'BUY');
    expect(buy.confidence).toBeCloseTo(0.65, 12);
    expect(buy.reasoning).toBe('Strong uptrend: AROON(25) up 100 vs down 0 (was 100 vs 0): BUY.');
  });

  it('answers SELL in a strong downtrend', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses(line(140, -1, 40))), 'SELL');
    expect(sell.reasoning).toBe('Strong downtrend: AROON(25) up 0 vs down 100 (was 0 vs 100): SELL.');
  });

  it('answers HOLD in a narrowing range, where both extremes are old', () => {
    // A contracting triangle: the highest high and the lowest low are at the start of the window.
    const triangle = Array.from({ length: 40 }, (_, i) => 100 + (i % 2 === 0 ? 1 : -1) * (10 - 0.2 * i));
    const hold = expectVote(lastOutput(agent, barsFromCloses(triangle)), 'HOLD');
    expect(hold.indicators.aroonUp).toBeLessThan(50);
    expect(hold.indicators.aroonDown).toBeLessThan(50);
    // The lines do cross on the last bar (4 vs 0 from 0 vs 4), but a cross of two low lines is ignored.
    expect(hold.confidence).toBe(0.3);
    expect(hold.reasoning).toMatch(/^Consolidation, both lines below 50: AROON\(25\) up \d+ vs down \d+/);
  });

  it('abstains until both lines have two values', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 1, 27)));
    expect(outputs[25]).toEqual({ kind: 'abstain', reason: 'AROON(25) needs 27 bars of history and is still warming up' });
    expect(outputs[26].kind).toBe('vote');
  });

  it('rejects levels on the wrong side of 50 and unknown keys', () => {
    expectConfigRejected(agent, { strongLevel: 40 }, 'strongLevel');
    expectConfigRejected(agent, { weakLevel: 60 }, 'weakLevel');
    expectConfigRejected(agent, { length: 25 }, 'length');
  });
});
