import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { bollingerBandwidthRankFeature } from '../features/derived-features.js';
import { bollingerBandsFeature } from '../features/volatility-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  period: z.number().int().min(2).default(20),
  deviations: z.number().positive().max(5).default(2),
  /** Bars over which BandWidth is ranked (125 daily bars = Bollinger's six months). */
  rankPeriod: z.number().int().min(10).max(1000).default(125),
  /** A BandWidth rank at or below this percentile is a squeeze. */
  squeezePercentile: z.number().gt(0).lt(100).default(20),
  /** A breakout counts if the squeeze was on within this many bars before it. */
  recentBars: z.number().int().min(1).max(50).default(10),
});

/** Config of {@link bollingerSqueezeAgent}. */
export type BollingerSqueezeAgentConfig = z.infer<typeof configSchema>;

/**
 * Bollinger Squeeze breakout (Bollinger on Bollinger Bands, 2001, ch. 15 "The Squeeze"): volatility
 * contracts before it expands, so when BandWidth has been at a low percentile of its last six
 * months and then a close breaks beyond a band, trade the breakout in its direction: BUY above the
 * upper band, SELL below the lower band. The first close beyond counts most; later closes beyond
 * while the squeeze is recent still count, with less weight. During the squeeze with no break the
 * agent holds with little weight: a move is likely but its direction is not yet known.
 */
export const bollingerSqueezeAgent: AgentDefinition<BollingerSqueezeAgentConfig> = {
  id: 'bollinger-squeeze',
  name: 'Bollinger Squeeze breakout',
  category: 'technical',
  description: 'After Bollinger BandWidth sits at a low percentile, BUY on a close above the upper band and SELL on a close below the lower band.',
  configSchema,
  create(config) {
    const bands = bollingerBandsFeature(config.period, config.deviations);
    const ranks = bollingerBandwidthRankFeature(config.period, config.deviations, config.rankPeriod, config.recentBars + 1);
    const label = `BBANDS(${config.period},${config.deviations})`;
    const warming = warmingUp(`${label} BandWidth rank over ${config.rankPeriod} bars`, barsToWarmUp(ranks, config.recentBars + 1));
    const { rankPeriod, recentBars } = config;
    return {
      features: [bands, ranks],
      historyNeeded: 2,
      analyze(context) {
        const now = context.features.get(bands, 0);
        const rankNow = context.features.get(ranks, 0);
        if (now === null || rankNow === null || context.features.get(ranks, recentBars) === null) return warming;
        const close = context.bars.close(0);
        const { upper, lower } = now;
        const { bandwidth, rank } = rankNow;
        // The breakout bar itself widens the bands, so the squeeze is looked for over the recent bars too.
        let lowestRank = rank;
        for (let ago = 1; ago <= recentBars; ago++) {
          const earlier = context.features.get(ranks, ago);
          if (earlier !== null && earlier.rank < lowestRank) lowestRank = earlier.rank;
        }
        const lowest = lowestRank;
        const squeezed = lowest <= config.squeezePercentile;
        const indicators = { upper, lower, close, bandwidth, bandwidthRank: rank, lowestRecentRank: lowest };
        const squeezeText = (): string => `BandWidth ranked as low as ${lowest.toFixed(0)}% of the last ${rankPeriod} bars within ${recentBars} bars`;
        const side = close > upper ? 1 : close < lower ? -1 : 0;
        if (squeezed && side !== 0) {
          const before = context.features.get(bands, 1);
          const previousClose = context.bars.close(1);
          const first = before === null || (side > 0 ? previousClose <= before.upper : previousClose >= before.lower);
          const tightness = ramp(config.squeezePercentile - lowest, 0, config.squeezePercentile);
          const confidence = (first ? 0.6 : 0.45) + 0.25 * tightness;
          const action = side > 0 ? 'BUY' : 'SELL';
          return vote(
            action,
            confidence,
            () => `Squeeze breakout: ${squeezeText()}, and the close ${close.toFixed(2)} is ${first ? 'now' : 'still'} ${side > 0 ? `above the upper band ${upper.toFixed(2)}` : `below the lower band ${lower.toFixed(2)}`}: ${action}.`,
            indicators,
          );
        }
        if (squeezed) {
          return vote('HOLD', 0.1, () => `Squeeze on: ${squeezeText()} (now ${rank.toFixed(0)}%), with the close ${close.toFixed(2)} inside the bands: a move is building, HOLD.`, indicators);
        }
        return vote('HOLD', 0.2, () => `No squeeze breakout: BandWidth ${(bandwidth * 100).toFixed(2)}% ranks ${rank.toFixed(0)}% of the last ${rankPeriod} bars, close ${close.toFixed(2)}: HOLD.`, indicators);
      },
    };
  },
};
