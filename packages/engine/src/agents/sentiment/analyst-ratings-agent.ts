import { z } from 'zod';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { itemsUpTo, type AnalystRatingChange } from '../market-inputs.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from '../risk/format-percent.js';
import { formatSigned } from './format-signed.js';

const DAY = 86_400_000;

const configSchema = z
  .strictObject({
    halfLifeDays: z.number().gt(0).default(30),
    maxAgeDays: z.number().gt(0).default(90),
    minChanges: z.number().int().min(1).default(1),
    /** Decayed net score (upgrade = +1) at or above which it votes BUY; minus this for SELL. */
    threshold: z.number().gt(0).default(0.5),
    /** Weight of the price target's implied move (±25 % counts fully) added to each change. */
    targetWeight: z.number().min(0).max(1).default(0.5),
  })
  .refine((c) => c.halfLifeDays <= c.maxAgeDays, { message: 'halfLifeDays must not exceed maxAgeDays', path: ['halfLifeDays'] });

/** Config of {@link analystRatingsAgent}. */
export type AnalystRatingsConfig = z.infer<typeof configSchema>;

/** `3 upgrades`, `1 upgrade`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** One change's score: upgrade +1, downgrade -1, an initiation or reiteration by its rating's distance from hold (3). */
export function ratingChangeScore(change: AnalystRatingChange, price: number, targetWeight: number): number {
  const rating = Number.isFinite(change.rating) ? Math.min(5, Math.max(1, change.rating)) : 3;
  let score = change.action === 'upgrade' ? 1 : change.action === 'downgrade' ? -1 : change.action === 'initiate' ? (rating - 3) / 2 : (rating - 3) / 4;
  if (change.priceTarget !== undefined && change.priceTarget > 0 && price > 0) {
    const upside = change.priceTarget / price - 1;
    score += targetWeight * Math.max(-1, Math.min(1, upside / 0.25));
  }
  return score;
}

/**
 * Analyst rating changes, TREND-FOLLOWING: prices keep drifting after upgrades (up) and downgrades
 * (down) for weeks (Womack, "Do Brokerage Analysts' Recommendations Have Investment Value?",
 * Journal of Finance 51(1), 1996). Sums each change's score (plus its price target's implied move
 * from the current close), decayed with a 30-day half-life over the last 90 days, and votes BUY or
 * SELL when the net score passes ±threshold.
 */
export const analystRatingsAgent: AgentDefinition<AnalystRatingsConfig> = {
  id: 'analyst-ratings',
  name: 'Analyst ratings',
  category: 'sentiment',
  description: 'Net of analyst upgrades/downgrades and price targets, decayed over 90 days (30-day half-life): BUY at >= +0.5, SELL at <= -0.5.',
  configSchema,
  create(config) {
    const noRatings = symbolAbstention((symbol) => `no analyst ratings for ${symbol}`);
    return {
      features: [],
      historyNeeded: 1,
      analyze(context) {
        const all = context.inputs.analystRatings;
        if (!all) return noRatings(context.symbol);
        const now = context.bars.time(0);
        const price = context.bars.close(0);
        let net = 0;
        let count = 0;
        let upgrades = 0;
        let downgrades = 0;
        let targetSum = 0;
        let targets = 0;
        for (const change of itemsUpTo(all, now)) {
          const age = now - change.time;
          if (age > config.maxAgeDays * DAY) continue;
          count++;
          if (change.action === 'upgrade') upgrades++;
          if (change.action === 'downgrade') downgrades++;
          if (change.priceTarget !== undefined && change.priceTarget > 0) {
            targetSum += change.priceTarget;
            targets++;
          }
          net += Math.pow(0.5, age / (config.halfLifeDays * DAY)) * ratingChangeScore(change, price, config.targetWeight);
        }
        if (count < config.minChanges) {
          return abstain(`only ${count} analyst rating changes for ${context.symbol} in the last ${config.maxAgeDays} days, need ${config.minChanges}`);
        }
        const indicators: Record<string, number> = { netScore: net, changes: count, upgrades, downgrades };
        const hasTarget = targets > 0 && price > 0;
        const meanTarget = hasTarget ? targetSum / targets : 0;
        if (hasTarget) indicators.meanPriceTarget = meanTarget;
        const netScore = net;
        const stats = (): string => {
          const targetText = !hasTarget ? '' : `, mean target ${meanTarget.toFixed(2)} (${formatPercent(meanTarget / price - 1, 1)} from ${price.toFixed(2)})`;
          return (
            `${plural(count, 'analyst change')} in ${config.maxAgeDays} days (${plural(upgrades, 'upgrade')}, ${plural(downgrades, 'downgrade')}${targetText}) ` +
            `net ${formatSigned(netScore)} after decay`
          );
        };
        if (Math.abs(net) < config.threshold) return vote('HOLD', 0.15, () => `${stats()}, inside ±${config.threshold.toFixed(2)}: HOLD.`, indicators);
        const action = net > 0 ? 'BUY' : 'SELL';
        const confidence = 0.3 + 0.7 * Math.min(1, (Math.abs(net) - config.threshold) / 2);
        return vote(action, confidence, () => `${stats()}, past ${netScore > 0 ? '+' : '-'}${config.threshold.toFixed(2)}: ${action}.`, indicators);
      },
    };
  },
};
