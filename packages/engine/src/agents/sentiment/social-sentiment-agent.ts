import type { ScoredText } from '../../sentiment/text-item.js';
import { createTextSentimentAgent } from './text-sentiment-agent.js';

/** A post's weight grows with the log of its reach, so one viral post does not drown out the rest. */
export function engagementWeight(item: ScoredText): number {
  const reach = item.engagement;
  return reach !== undefined && reach > 0 ? 1 + Math.log10(1 + reach) : 1;
}

/**
 * Social-media sentiment, TREND-FOLLOWING: the tone of investor posts predicts returns and earnings
 * surprises (Chen, De, Hu & Hwang, "Wisdom of Crowds: The Value of Stock Opinions Transmitted
 * Through Social Media", Review of Financial Studies 27(5), 2014). Posts are weighted by
 * 1 + log10(1 + engagement). Default: 6 h half-life, posts of the last 2 days, at least 10 posts
 * and a wider threshold than news, as posts are noisier.
 */
export const socialSentimentAgent = createTextSentimentAgent({
  id: 'social-sentiment',
  name: 'Social sentiment',
  description: 'Engagement-weighted, time-decayed mean sentiment of social posts (6 h half-life, >= 10 posts in 2 days): BUY at >= +0.25, SELL at <= -0.25.',
  input: 'social',
  noun: 'social posts',
  defaults: { halfLifeHours: 6, maxAgeHours: 48, minItems: 10, buyThreshold: 0.25, sellThreshold: -0.25 },
  weight: engagementWeight,
});
