import { z } from 'zod';
import { unusualOptionsActivity } from '../../options/unusual-options-activity.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { formatPercent } from '../risk/format-percent.js';
import { formatMoney } from './format-money.js';
import { readOptionsChain } from './read-options-chain.js';

const configSchema = z
  .strictObject({
    maxAgeBars: z.number().min(0).default(1.5),
    /** Contracts traded across the chain below which it is too thin to judge. */
    minChainVolume: z.number().min(0).default(1000),
    /** A contract must trade at least this many contracts... */
    minContractVolume: z.number().min(1).default(250),
    /** ...and at least this multiple of its open interest to be unusual. */
    minVolumeToOpenInterest: z.number().gt(0).default(1.5),
    /** Total unusual premium (currency) needed before the flow means anything. */
    minPremium: z.number().min(0).default(100_000),
    /** Share of unusual premium on one side needed to vote that way. */
    dominance: z.number().gt(0.5).max(1).default(0.7),
  });

/** Config of {@link unusualOptionsActivityAgent}. */
export type UnusualOptionsActivityConfig = z.infer<typeof configSchema>;

/**
 * Unusual options activity: contracts trading far above their open interest (fresh positions).
 * TREND-FOLLOWING (informed-flow) reading: when unusual premium is dominated by calls it votes BUY,
 * by puts SELL, after Easley, O'Hara & Srinivas (1998, Journal of Finance 53(2), "Option Volume and
 * Stock Prices: Evidence on Where Informed Traders Trade") and Pan & Poteshman (2006, Review of
 * Financial Studies 19(3)), who find option volume leads the stock. Caveat: a chain snapshot does
 * not say whether the trades were bought or sold, so this is only a proxy for informed buying.
 * Confidence grows with the dominant share and with the premium's size (log scale past minPremium).
 */
export const unusualOptionsActivityAgent: AgentDefinition<UnusualOptionsActivityConfig> = {
  id: 'unusual-options-activity',
  name: 'Unusual options activity',
  category: 'options',
  description: 'Contracts trading >= 1.5× open interest: BUY when >= 70 % of that premium is in calls, SELL when >= 70 % is in puts.',
  configSchema,
  create(config) {
    const criteria = { minVolume: config.minContractVolume, minVolumeToOpenInterest: config.minVolumeToOpenInterest };
    return {
      features: [],
      historyNeeded: 1,
      analyze(context) {
        const input = readOptionsChain(context, config.maxAgeBars);
        if (input.kind === 'abstain') return input;
        const a = unusualOptionsActivity(input.chain, criteria);
        if (a.totalVolume < config.minChainVolume) {
          return abstain(`the options chain for ${context.symbol} traded ${a.totalVolume} contracts, below the ${config.minChainVolume} minimum`);
        }
        const { unusualContracts, callPremium, putPremium, maxVolumeToOpenInterest } = a;
        const premium = callPremium + putPremium;
        const indicators: Record<string, number> = { unusualContracts, callPremium, putPremium, callVolume: a.callVolume, putVolume: a.putVolume };
        if (unusualContracts === 0 || premium < config.minPremium) {
          return vote(
            'HOLD',
            0.1,
            () =>
              `${contracts(unusualContracts)} traded at least ${config.minVolumeToOpenInterest}× their open interest with ${formatMoney(premium)} of premium, below the ${formatMoney(config.minPremium)} that counts as unusual flow: HOLD.`,
            indicators,
          );
        }
        const callShare = callPremium / premium;
        indicators.callShare = callShare;
        if (Number.isFinite(maxVolumeToOpenInterest)) indicators.maxVolumeToOpenInterest = maxVolumeToOpenInterest;
        const stats = (): string =>
          `${contracts(unusualContracts)} traded at least ${config.minVolumeToOpenInterest}× their open interest (${Number.isFinite(maxVolumeToOpenInterest) ? `max ${maxVolumeToOpenInterest.toFixed(1)}×` : 'some with no open interest'}): ` +
          `${formatMoney(callPremium)} of unusual call premium vs ${formatMoney(putPremium)} put (${formatPercent(callShare, 0)} calls)`;
        const share = Math.max(callShare, 1 - callShare);
        if (share < config.dominance) return vote('HOLD', 0.15, () => `${stats()}, no side above ${formatPercent(config.dominance, 0)}: HOLD.`, indicators);
        const action = callShare >= config.dominance ? 'BUY' : 'SELL';
        const dominanceStrength = config.dominance < 1 ? (share - config.dominance) / (1 - config.dominance) : 1;
        const size = config.minPremium > 0 ? Math.min(1, Math.log10(premium / config.minPremium)) : 1;
        const confidence = 0.3 + 0.4 * dominanceStrength + 0.3 * size;
        return vote(action, confidence, () => `${stats()}: informed-flow ${action}.`, indicators);
      },
    };
  },
};

function contracts(n: number): string {
  return n === 1 ? '1 contract' : `${n} contracts`;
}
