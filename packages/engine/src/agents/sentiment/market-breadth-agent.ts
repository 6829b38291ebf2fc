import { z } from 'zod';
import { TIMEFRAME_MS } from '../../series/timeframe.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from '../risk/format-percent.js';

const configSchema = z
  .strictObject({
    /** Oldest usable snapshot, in bars before the current one. */
    maxAgeBars: z.number().min(0).default(1),
    /** Fewest advancing + declining + unchanged symbols for a meaningful reading. */
    minUniverse: z.number().int().min(1).default(50),
    /** Advancers / (advancers + decliners) at or above which breadth is strong. */
    strongShare: z.number().gt(0.5).lt(1).default(0.65),
    /** At or below this breadth is weak. */
    weakShare: z.number().gt(0).lt(0.5).default(0.35),
  });

/** Config of {@link marketBreadthAgent}. */
export type MarketBreadthConfig = z.infer<typeof configSchema>;

/**
 * Market breadth of the watched universe, TREND-CONFIRMING: broad participation (most symbols
 * advancing, more new highs than new lows) supports the market's move and narrow or negative breadth
 * warns of weakness, the reading behind advance/decline and breadth-thrust indicators (M. Zweig,
 * "Winning on Wall Street", 1986). BUY when advancers are at least `strongShare` of the movers,
 * SELL at or below `weakShare`; confidence is cut when new highs/lows disagree. Uses the snapshot
 * only when it is dated at or before the current bar and not older than `maxAgeBars`.
 */
export const marketBreadthAgent: AgentDefinition<MarketBreadthConfig> = {
  id: 'market-breadth',
  name: 'Market breadth',
  category: 'sentiment',
  description: 'Advancers share of the watched universe and new highs vs lows: BUY at >= 65 % advancing, SELL at <= 35 %.',
  configSchema,
  create(config) {
    const noBreadth = symbolAbstention((symbol) => `no market breadth for ${symbol}'s universe`);
    return {
      features: [],
      historyNeeded: 1,
      analyze(context) {
        const breadth = context.inputs.breadth;
        if (!breadth) return noBreadth(context.symbol);
        const now = context.bars.time(0);
        if (breadth.time > now) return abstain(`market breadth is dated ${new Date(breadth.time).toISOString()}, after the current bar`);
        const maxAge = config.maxAgeBars * TIMEFRAME_MS[context.timeframe];
        if (now - breadth.time > maxAge) return abstain(`market breadth from ${new Date(breadth.time).toISOString()} is older than ${config.maxAgeBars} bars`);
        const { advancers, decliners, unchanged, newHighs, newLows } = breadth;
        const universe = advancers + decliners + unchanged;
        if (!(universe >= config.minUniverse)) return abstain(`market breadth covers ${universe} symbols, below the ${config.minUniverse} minimum`);
        const movers = advancers + decliners;
        const share = movers > 0 ? advancers / movers : 0.5;
        const extremes = newHighs + newLows;
        const highLow = extremes > 0 ? (newHighs - newLows) / extremes : 0;
        const indicators = { advancers, decliners, unchanged, newHighs, newLows, advancingShare: share, highLowBalance: highLow };
        const stats = (): string =>
          `${advancers} of ${universe} symbols advanced and ${decliners} declined (${formatPercent(share, 0)} of movers up) with ${newHighs} new highs vs ${newLows} new lows`;
        const strong = share >= config.strongShare;
        const weak = share <= config.weakShare;
        if (!strong && !weak) {
          return vote('HOLD', 0.15, () => `${stats()}: breadth between ${formatPercent(config.weakShare, 0)} and ${formatPercent(config.strongShare, 0)}, HOLD.`, indicators);
        }
        const distance = strong ? (share - config.strongShare) / (1 - config.strongShare) : (config.weakShare - share) / config.weakShare;
        const confirms = strong ? highLow >= 0 : highLow <= 0;
        const confidence = (0.3 + 0.7 * Math.min(1, distance)) * (confirms ? 1 : 0.7);
        const action = strong ? 'BUY' : 'SELL';
        const tail = confirms ? 'confirmed by new highs/lows' : 'though new highs/lows disagree';
        return vote(action, confidence, () => `${stats()}: ${strong ? 'broad strength' : 'broad weakness'} ${tail}, ${action}.`, indicators);
      },
    };
  },
};
