import { createTextSentimentAgent } from './text-sentiment-agent.js';

/**
 * Earnings-call tone, TREND-FOLLOWING: the tone of conference calls predicts the post-call drift
 * beyond the earnings surprise itself (Price, Doran, Peterson & Bliss, "Earnings conference calls
 * and stock returns: The incremental informativeness of textual tone", Journal of Banking &
 * Finance 36(4), 2012). Default: 7-day half-life, excerpts of the last 30 days, at least 3.
 */
export const earningsCallSentimentAgent = createTextSentimentAgent({
  id: 'earnings-call-sentiment',
  name: 'Earnings-call sentiment',
  description: 'Time-decayed mean tone of earnings-call excerpts (7-day half-life, >= 3 in 30 days): BUY at >= +0.15, SELL at <= -0.15.',
  input: 'earningsCalls',
  noun: 'earnings-call excerpts',
  defaults: { halfLifeHours: 168, maxAgeHours: 720, minItems: 3, buyThreshold: 0.15, sellThreshold: -0.15 },
});
