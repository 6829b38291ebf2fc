import type { ScoredText, SentimentLabel } from '../../sentiment/text-item.js';
import type { Bar } from '../../series/bar.js';
import { barsFromCloses } from '../risk/run-agent.test-support.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Five daily bars; the analysis happens at the last one (`now`). */
export const sentimentTestBars: Bar[] = barsFromCloses([100, 101, 102, 101, 100]);
export const now = sentimentTestBars[sentimentTestBars.length - 1].time;

/** A scored text `hoursAgo` before `now` (negative = after it) with polarity `score`. */
export function scored(hoursAgo: number, score: number, options: { confidence?: number; engagement?: number } = {}): ScoredText {
  const label: SentimentLabel = score > 0.1 ? 'positive' : score < -0.1 ? 'negative' : 'neutral';
  const item: ScoredText = { time: now - hoursAgo * HOUR, text: 'text', source: 'test', sentiment: { label, score, confidence: options.confidence ?? 1 } };
  return options.engagement === undefined ? item : { ...item, engagement: options.engagement };
}

/** Kish effective count of weights. */
export function effectiveCount(weights: number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  return (sum * sum) / weights.reduce((a, b) => a + b * b, 0);
}
