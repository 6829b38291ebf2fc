import type { ScoredText } from '../../sentiment/text-item.js';

/** Time-decayed aggregate of scored texts. */
export interface DecayedSentiment {
  /** Items inside the age window. */
  readonly count: number;
  readonly positive: number;
  readonly negative: number;
  /** Kish effective sample size (Σw)² / Σw²: how many equally weighted items the decayed weights are worth. */
  readonly effectiveCount: number;
  /** Weighted mean polarity, -1..1; 0 without items. */
  readonly score: number;
}

/**
 * Weighted mean sentiment of the items dated in (now - maxAge, now]: each weighs
 * 0.5^(age / halfLife) × the scorer's confidence × `extraWeight(item)`. Items after `now` are
 * ignored (they were not published yet at the bar).
 */
export function decayedSentiment(
  items: readonly ScoredText[],
  now: number,
  halfLifeMs: number,
  maxAgeMs: number,
  extraWeight: (item: ScoredText) => number = () => 1,
): DecayedSentiment {
  let count = 0;
  let positive = 0;
  let negative = 0;
  let weightSum = 0;
  let weightSquares = 0;
  let weighted = 0;
  for (const item of items) {
    const age = now - item.time;
    if (age < 0 || age > maxAgeMs) continue;
    const polarity = item.sentiment.score;
    if (!Number.isFinite(polarity)) continue;
    const confidence = Number.isFinite(item.sentiment.confidence) ? Math.min(1, Math.max(0, item.sentiment.confidence)) : 0;
    const w = Math.pow(0.5, age / halfLifeMs) * confidence * extraWeight(item);
    count++;
    if (item.sentiment.label === 'positive') positive++;
    else if (item.sentiment.label === 'negative') negative++;
    if (!(w > 0)) continue;
    weightSum += w;
    weightSquares += w * w;
    weighted += w * Math.max(-1, Math.min(1, polarity));
  }
  return {
    count,
    positive,
    negative,
    effectiveCount: weightSquares > 0 ? (weightSum * weightSum) / weightSquares : 0,
    score: weightSum > 0 ? weighted / weightSum : 0,
  };
}
