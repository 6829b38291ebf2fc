import { z } from 'zod';
import type { OptionsChain } from '../../options/options-chain.js';
import { volatilitySkew, type MissingSkew, type VolatilitySkew } from '../../options/volatility-skew.js';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { formatPercent } from '../risk/format-percent.js';
import { readOptionsChain } from './read-options-chain.js';

const configSchema = z
  .strictObject({
    maxAgeBars: z.number().min(0).default(1.5),
    targetDays: z.number().min(1).default(30),
    minDays: z.number().min(0).default(7),
    maxDays: z.number().min(1).default(90),
    wingDelta: z.number().gt(0).lt(0.5).default(0.25),
    /** Contracts traded in the chosen expiry below which its quotes are too thin to trust. */
    minExpiryVolume: z.number().min(0).default(100),
    /** Relative skew (risk reversal / ATM IV) from which put protection is unusually expensive. */
    steepSkew: z.number().gt(0).default(0.3),
    /** Relative skew at or below which calls are priced over puts. */
    invertedSkew: z.number().max(0.2).default(0),
  })
  .refine((c) => c.minDays <= c.targetDays && c.targetDays <= c.maxDays, {
    message: 'targetDays must lie within minDays..maxDays',
    path: ['targetDays'],
  })
  .refine((c) => c.invertedSkew < c.steepSkew, { message: 'invertedSkew must be below steepSkew', path: ['invertedSkew'] });

/** Config of {@link ivSkewAgent}. */
export type IvSkewConfig = z.infer<typeof configSchema>;

/**
 * Implied-volatility skew: the 25-delta risk reversal (put wing IV - call wing IV) of the expiry
 * nearest 30 days, relative to ATM IV. INFORMATIONAL (trend-following) reading: a steep put skew
 * (>= steepSkew) means traders pay up for downside protection -> SELL, after Xing, Zhang & Zhao
 * (2010, JFQA 45(3), "What Does the Individual Option Volatility Smirk Tell Us About Future Equity
 * Returns?"): steep-smirk stocks underperform. Calls priced over puts (<= invertedSkew) -> BUY,
 * after Cremers & Weinbaum (2010, JFQA 45(2)): stocks with relatively expensive calls outperform.
 */
export const ivSkewAgent: AgentDefinition<IvSkewConfig> = {
  id: 'iv-skew',
  name: 'IV skew',
  category: 'options',
  description: '25-delta risk reversal of the ~30-day expiry relative to ATM IV: SELL when puts are >= 0.3 ATM vols richer, BUY when calls are richer than puts.',
  configSchema,
  create(config) {
    // A chain snapshot is immutable and its skew depends only on it and this config, while live
    // analysis sees the same chain for many bars: measure each chain once (it may solve many IVs).
    const measured = new WeakMap<OptionsChain, VolatilitySkew | MissingSkew>();
    const delta = Math.round(config.wingDelta * 100);
    return {
      features: [],
      historyNeeded: 1,
      analyze(context) {
        const input = readOptionsChain(context, config.maxAgeBars);
        if (input.kind === 'abstain') return input;
        let skew = measured.get(input.chain);
        if (!skew) {
          skew = volatilitySkew(input.chain, config);
          measured.set(input.chain, skew);
        }
        if (skew.kind === 'missing') return abstain(`no IV skew for ${context.symbol}: ${skew.reason}`);
        const days = skew.daysToExpiry.toFixed(0);
        if (skew.volume < config.minExpiryVolume) {
          return abstain(`the ${days}-day expiry of ${context.symbol} traded ${skew.volume} contracts, below the ${config.minExpiryVolume} minimum`);
        }
        const rel = skew.relativeSkew;
        const indicators = {
          riskReversal: skew.riskReversal,
          relativeSkew: rel,
          putWingVolatility: skew.putWingVolatility,
          callWingVolatility: skew.callWingVolatility,
          atTheMoneyVolatility: skew.atTheMoneyVolatility,
          daysToExpiry: skew.daysToExpiry,
        };
        const { riskReversal, putWingVolatility, callWingVolatility, atTheMoneyVolatility } = indicators;
        const stats = (): string =>
          `The ${days}-day ${delta}-delta risk reversal is ${(riskReversal * 100).toFixed(1)} vol points (put ${formatPercent(putWingVolatility, 1)} vs call ` +
          `${formatPercent(callWingVolatility, 1)} IV), ${rel.toFixed(2)} of the ${formatPercent(atTheMoneyVolatility, 1)} ATM IV`;
        if (rel >= config.steepSkew) {
          const confidence = 0.3 + 0.7 * Math.min(1, (rel - config.steepSkew) / config.steepSkew);
          return vote('SELL', confidence, () => `${stats()}, at or above the ${config.steepSkew.toFixed(2)} steep-skew level: costly downside hedging, SELL.`, indicators);
        }
        if (rel <= config.invertedSkew) {
          const confidence = 0.3 + 0.7 * Math.min(1, (config.invertedSkew - rel) / 0.15);
          return vote('BUY', confidence, () => `${stats()}, at or below ${config.invertedSkew.toFixed(2)}: calls priced over puts, BUY.`, indicators);
        }
        return vote('HOLD', 0.15, () => `${stats()}, between ${config.invertedSkew.toFixed(2)} and ${config.steepSkew.toFixed(2)}: a normal skew, HOLD.`, indicators);
      },
    };
  },
};
