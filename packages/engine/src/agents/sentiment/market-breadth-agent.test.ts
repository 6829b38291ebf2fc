import { describe, expect, it } from 'vitest';
import type { MarketBreadth } from '../market-inputs.js';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { marketBreadthAgent } from './market-breadth-agent.js';
import { DAY, now, sentimentTestBars as bars } from './sentiment-agent.test-support.js';

const breadth = (advancers: number, decliners: number, newHighs: number, newLows: number, time = now): MarketBreadth => ({
  time,
  advancers,
  decliners,
  unchanged: 20,
  newHighs,
  newLows,
});

describe('market-breadth agent', () => {
  it('answers BUY when 80 % of movers advance with more new highs than lows', () => {
    const v = expectVote(runAgent(marketBreadthAgent, bars, { breadth: breadth(400, 100, 50, 5) }));
    expect(v.action).toBe('BUY');
    expect(v.indicators.advancingShare).toBe(0.8);
    expect(v.confidence).toBeCloseTo(0.3 + (0.7 * 0.15) / 0.35, 12);
    expect(v.reasoning).toBe('400 of 520 symbols advanced and 100 declined (80% of movers up) with 50 new highs vs 5 new lows: broad strength confirmed by new highs/lows, BUY.');
  });

  it('answers SELL on broad weakness, with less confidence when new highs outnumber new lows', () => {
    const confirmed = expectVote(runAgent(marketBreadthAgent, bars, { breadth: breadth(100, 400, 5, 50) }));
    const contradicted = expectVote(runAgent(marketBreadthAgent, bars, { breadth: breadth(100, 400, 50, 5) }));
    expect(confirmed.action).toBe('SELL');
    expect(contradicted.confidence).toBeCloseTo(confirmed.confidence * 0.7, 12);
  });

  it('answers HOLD on even breadth', () => {
    expect(expectVote(runAgent(marketBreadthAgent, bars, { breadth: breadth(250, 250, 10, 10) }))).toMatchObject({ action: 'HOLD', confidence: 0.15 });
  });

  it('abstains without breadth, for a snapshot after the bar or older than one bar, and for a small universe', () => {
    expect(abstentionReason(runAgent(marketBreadthAgent, bars))).toBe("no market breadth for TEST's universe");
    expect(abstentionReason(runAgent(marketBreadthAgent, bars, { breadth: breadth(400, 100, 0, 0, now + 1) }))).toMatch(/after the current bar$/);
    expect(abstentionReason(runAgent(marketBreadthAgent, bars, { breadth: breadth(400, 100, 0, 0, now - 2 * DAY) }))).toMatch(/is older than 1 bars$/);
    expect(abstentionReason(runAgent(marketBreadthAgent, bars, { breadth: breadth(10, 10, 0, 0) }))).toBe('market breadth covers 40 symbols, below the 50 minimum');
  });

  it('rejects unknown config keys and a strong level at or below one half, naming the field', () => {
    expect(marketBreadthAgent.configSchema.safeParse({ universe: 10 }).success).toBe(false);
    expect(marketBreadthAgent.configSchema.safeParse({ strongShare: 0.5 }).error?.issues[0]?.path).toEqual(['strongShare']);
  });
});
