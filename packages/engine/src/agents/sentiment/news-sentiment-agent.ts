import { createTextSentimentAgent } from './text-sentiment-agent.js';

/**
 * News sentiment, TREND-FOLLOWING: negative words in firm-specific news predict lower earnings and
 * returns that prices absorb only over the following days (Tetlock, Saar-Tsechansky & Macskassy,
 * "More Than Words: Quantifying Language to Measure Firms' Fundamentals", Journal of Finance
 * 63(3), 2008). Default: 24 h half-life, items of the last 5 days, at least 3 items.
 */
export const newsSentimentAgent = createTextSentimentAgent({
  id: 'news-sentiment',
  name: 'News sentiment',
  description: 'Time-decayed mean sentiment of scored news (24 h half-life, >= 3 items in 5 days): BUY at >= +0.15, SELL at <= -0.15.',
  input: 'news',
  noun: 'news items',
  defaults: { halfLifeHours: 24, maxAgeHours: 120, minItems: 3, buyThreshold: 0.15, sellThreshold: -0.15 },
});
