import { describe, expect, it } from 'vitest';
import { MarketSimulator } from './market-simulator.js';

const at = (iso: string): number => Date.parse(iso);
const NOW = at('2026-01-01T00:00:00Z');
const UP_WORDS = ['beats', 'surges', 'jumps', 'rallies', 'strengthens', 'climbs', 'gains'];
const DOWN_WORDS = ['misses', 'slides', 'falls', 'drops', 'tumbles', 'weakens'];

function statedMove(summary: string | null): number {
  const match = /moved ([+-]\d+\.\d)%/.exec(summary ?? '');
  if (!match) throw new Error(`summary without a move: ${summary}`);
  return Number(match[1]) / 100;
}

describe('simulated news', () => {
  it('reports each price jump, newest first, with a headline whose tone matches the move', async () => {
    const simulator = new MarketSimulator({ seed: 5, now: () => NOW });
    const articles = await simulator.news('NVDA', 12);
    expect(articles).toHaveLength(12);
    for (let i = 0; i < articles.length; i++) {
      const article = articles[i];
      if (i > 0) expect(article.time).toBeLessThan(articles[i - 1].time);
      expect(article).toMatchObject({ symbols: ['NVDA'], publisher: 'GoldenSignals Simulator', source: 'simulator', simulated: true, url: null });
      expect(article.summary).toContain('Simulated news');
      const move = statedMove(article.summary);
      const words = move > 0 ? UP_WORDS : DOWN_WORDS;
      expect(words.some((word) => article.title.includes(word)), article.title).toBe(true);
      expect(article.title).toContain('NVIDIA Corporation');
      // The jump shows in the bars: in the minute it hit, or as the opening gap when it came before the bell.
      const atOpen = article.summary?.includes('at the open') ?? false;
      const [minute] = await simulator.bars({ symbol: 'NVDA', timeframe: '1m', from: article.time, to: article.time + 60_000 });
      const day = Math.floor(article.time / 86_400_000) * 86_400_000;
      const [previous, today] = (await simulator.bars({ symbol: 'NVDA', timeframe: '1d', from: day - 10 * 86_400_000, to: day + 1 })).slice(-2);
      const observed = atOpen ? Math.log(today.open / previous.close) : Math.log(minute.close / minute.open);
      expect(Math.sign(observed), article.title).toBe(Math.sign(move));
      expect(Math.abs(observed), article.title).toBeGreaterThan(Math.abs(Math.log(1 + move)) * 0.5);
    }
  });

  it('publishes nothing after now', async () => {
    const [latest] = await new MarketSimulator({ seed: 5, now: () => NOW }).news('NVDA', 1);
    const before = await new MarketSimulator({ seed: 5, now: () => latest.time - 1 }).news('NVDA', 1);
    expect(before[0].time).toBeLessThan(latest.time);
    expect(before[0].id).not.toBe(latest.id);
  });

  it('writes currency headlines about the base currency and rejects a bad limit', async () => {
    const simulator = new MarketSimulator({ seed: 5, now: () => NOW });
    const [article] = await simulator.news('EURUSD=X', 1);
    expect(article.title.startsWith('EUR ')).toBe(true);
    await expect(simulator.news('AAPL', 0)).rejects.toThrow('simulator: news limit must be an integer >= 1, got 0');
  });
});
