import { describe, expect, it } from 'vitest';
import type { ScoredText } from '../../sentiment/text-item.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { runBacktest } from '../run/run-backtest.js';
import { ALL_STRATEGIES } from './all-strategies.js';
import { consensusStrategy } from './consensus-strategy.js';
import { createStrategy } from './create-strategy.js';

const series = randomWalkBars({ length: 60, seed: 5, timeframe: '1d', symbol: 'AAPL' });
const HOUR = 3_600_000;

function story(time: number, score: number): ScoredText {
  return { time, text: `story at ${time}`, source: 'test', sentiment: { label: score > 0 ? 'positive' : 'negative', score, confidence: 0.9 } };
}

describe('strategies given inputs through createStrategy', () => {
  it("hands the news to the agent strategy's agent, which sees each story only from the bar at or after its time", () => {
    const k = 30;
    // The third story comes a millisecond after bar k: bar k sees two (abstains), bar k + 1 three (BUY, filled at k + 2).
    const news = [story(series.time[k - 2] + HOUR, 0.6), story(series.time[k - 1] + HOUR, 0.6), story(series.time[k] + 1, 0.6)];
    const withNews = runBacktest(series, createStrategy('agent:news-sentiment', { holdBars: 0 }, ALL_STRATEGIES, { inputs: { news } }), { finalizeTrades: true });
    expect(withNews.trades.map((trade) => [trade.entryBar, trade.size > 0])).toEqual([[k + 2, true]]);
    const without = runBacktest(series, createStrategy('agent:news-sentiment', { holdBars: 0 }, ALL_STRATEGIES), { finalizeTrades: true });
    expect(without.trades).toEqual([]);
  });

  it("hands the inputs to the consensus strategy's engine on every bar, warm-up bars included", () => {
    const k = 30;
    const news = [story(series.time[k - 2] + HOUR, 0.6), story(series.time[k - 1] + HOUR, 0.6), story(series.time[k] + 1, 0.6)];
    const params = { learn: false, holdBars: 0, engine: { agents: ['news-sentiment'], consensus: { minVoters: 1 } } };
    const withNews = runBacktest(series, consensusStrategy({ ...params, inputs: { news } }), { finalizeTrades: true });
    expect(withNews.trades[0]).toMatchObject({ entryBar: k + 2 });
    expect(withNews.trades[0].size).toBeGreaterThan(0);
    expect(runBacktest(series, consensusStrategy(params), { finalizeTrades: true }).trades).toEqual([]);
  });
});
