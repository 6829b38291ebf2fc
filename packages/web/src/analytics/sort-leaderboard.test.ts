import { describe, expect, it } from 'vitest';
import { leaderboardRowsOf } from './leaderboard-rows-of.js';
import { sortLeaderboard } from './sort-leaderboard.js';

const AGENTS = [
  { id: 'rsi', name: 'RSI', category: 'technical', description: '', enabled: true, scored: 30, accuracy: [
    { symbolClass: 'equity', timeframe: '1d', hitRate: 0.6, rawHitRate: 0.62, samples: 30, scored: 30, weight: 1.2 },
    { symbolClass: 'crypto', timeframe: '1h', hitRate: 0.4, rawHitRate: 0.4, samples: 10, scored: 10, weight: 0.8 },
  ] },
  { id: 'macd', name: 'MACD', category: 'technical', description: '', enabled: true, scored: 5, accuracy: [
    { symbolClass: 'equity', timeframe: '1d', hitRate: 0.7, rawHitRate: 0.8, samples: 5, scored: 5, weight: 1.4 },
  ] },
  { id: 'news', name: 'News', category: 'sentiment', description: '', enabled: false, scored: 0, accuracy: [] },
];

describe('leaderboard rows', () => {
  it('averages hit rate and weight over the cells by their samples', () => {
    const [rsi, , news] = leaderboardRowsOf(AGENTS);
    expect(rsi?.accuracy).toBeCloseTo(0.55);
    expect(rsi?.weight).toBeCloseTo(1.1);
    expect(news).toMatchObject({ accuracy: null, weight: 1, scored: 0, enabled: false });
  });

  it('sorts by accuracy descending with unmeasured agents last', () => {
    const sorted = sortLeaderboard(leaderboardRowsOf(AGENTS), { column: 'accuracy', direction: 'desc' });
    expect(sorted.map((row) => row.id)).toEqual(['macd', 'rsi', 'news']);
  });

  it('sorts by accuracy ascending still with unmeasured agents last', () => {
    const sorted = sortLeaderboard(leaderboardRowsOf(AGENTS), { column: 'accuracy', direction: 'asc' });
    expect(sorted.map((row) => row.id)).toEqual(['rsi', 'macd', 'news']);
  });

  it('sorts by category, then name', () => {
    const sorted = sortLeaderboard(leaderboardRowsOf(AGENTS), { column: 'category', direction: 'asc' });
    expect(sorted.map((row) => row.id)).toEqual(['news', 'macd', 'rsi']);
  });
});
