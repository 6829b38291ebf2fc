import type { ScoredText, SentimentScorer, TextItem } from './text-item.js';

/** Scores raw texts with `scorer` for the sentiment agents (the data layer's path from raw text to ScoredText). */
export function scoreTexts(items: readonly TextItem[], scorer: SentimentScorer): ScoredText[] {
  return items.map((item) => {
    const scored: ScoredText = { time: item.time, text: item.text, source: item.source, sentiment: scorer.score(item.text) };
    return item.engagement === undefined ? scored : { ...scored, engagement: item.engagement };
  });
}
