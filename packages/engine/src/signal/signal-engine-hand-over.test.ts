import { describe, expect, it } from 'vitest';
import type { PendingVotesState } from '../accuracy/pending-votes.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { SignalEngine } from './signal-engine.js';

const series = randomWalkBars({ length: 160, seed: 4, symbol: 'BTC-USD' });
const bars = Array.from({ length: series.length }, (_, i) => series.bar(i));
const AGENTS = ['rsi', 'macd', 'bollinger-reversion', 'donchian-breakout', 'adx-dmi'];

describe('SignalEngine accuracy stream hand-over', () => {
  it('exposes the stream of a followed symbol only', () => {
    const engine = new SignalEngine({ agents: AGENTS });
    expect(engine.accuracyStream('BTC-USD', '1d')).toBeUndefined();
    engine.update('BTC-USD', '1d', bars[0]);
    expect(engine.accuracyStream('BTC-USD', '1d')?.symbol).toBe('BTC-USD');
    engine.forget('BTC-USD', '1d');
    expect(engine.accuracyStream('BTC-USD', '1d')).toBeUndefined();
  });

  it('lets two engines take turns on a symbol (pushing bars voted on by the other, taking over its waiting votes) and learn what one engine learns', () => {
    const alone = new SignalEngine({ agents: AGENTS });
    const engines = [new SignalEngine({ agents: AGENTS }), new SignalEngine({ agents: AGENTS })];
    const seen = [-1, -1];
    let handed: PendingVotesState | null = null;
    for (let i = 0; i < bars.length; i++) {
      const expected = alone.update('BTC-USD', '1d', bars[i]);
      const turn = Math.floor(i / 7) % 2;
      const engine = engines[turn];
      engine.accuracyStream('BTC-USD', '1d')?.adoptPendingVotes(null);
      for (let j = seen[turn] + 1; j < i; j++) engine.push('BTC-USD', '1d', bars[j]);
      engine.accuracyStream('BTC-USD', '1d')?.adoptPendingVotes(handed);
      const signal = engine.update('BTC-USD', '1d', bars[i]);
      handed = engine.accuracyStream('BTC-USD', '1d')?.pendingVotes() ?? null;
      seen[turn] = i;
      // Each engine's weights lag the other's learning (no sync here), but the votes are the same.
      expect(signal.votes.map((vote) => vote.action)).toEqual(expected.votes.map((vote) => vote.action));
    }
    const scored = (engine: SignalEngine, agent: string) => engine.tracker.accuracy(agent, 'crypto', '1d');
    for (const agent of AGENTS) {
      const pooled = scored(engines[0], agent).scored + scored(engines[1], agent).scored;
      expect(pooled).toBe(scored(alone, agent).scored);
      expect(scored(engines[0], agent).pushes + scored(engines[1], agent).pushes).toBe(scored(alone, agent).pushes);
    }
    expect(AGENTS.some((agent) => scored(alone, agent).scored > 40)).toBe(true);
  });
});
