import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { commodityChannelIndexFeature } from '../features/momentum-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    period: z.number().int().min(2).default(20),
    /** Lambert's trend level (+-100). */
    trendLevel: z.number().positive().default(100),
    /** Extreme level (+-200) whose failure marks a reversal. */
    extremeLevel: z.number().positive().default(200),
    /** Bars searched back for an extreme reading before a reversal cross. */
    extremeBars: z.number().int().min(1).max(50).default(5),
  })
  .refine((c) => c.trendLevel < c.extremeLevel, { message: 'trendLevel must be below extremeLevel', path: ['trendLevel'] });

/** Config of {@link commodityChannelIndexAgent}. */
export type CommodityChannelIndexAgentConfig = z.infer<typeof configSchema>;

/**
 * CCI +-100 / +-200 (Lambert, "Commodity Channel Index: Tools for Trading Cyclic Trends",
 * Commodities 1980; StockCharts "CCI"): a move above +100 starts an uptrend (BUY), below -100 a
 * downtrend (SELL). An extreme beyond +-200 that then falls back inside +-100 within a few bars is
 * an exhausted move and is faded (SELL after +200, BUY after -200).
 */
export const commodityChannelIndexAgent: AgentDefinition<CommodityChannelIndexAgentConfig> = {
  id: 'cci',
  name: 'CCI trend and extremes',
  category: 'technical',
  description: 'BUY when CCI crosses above +100 or recovers above -100 after an extreme below -200; SELL on the mirror images.',
  configSchema,
  create(config) {
    const cci = commodityChannelIndexFeature(config.period, config.extremeBars + 1);
    const label = `CCI(${config.period})`;
    const warming = warmingUp(label, barsToWarmUp(cci, 2));
    const trend = config.trendLevel;
    const extremeLevel = config.extremeLevel;
    return {
      features: [cci],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(cci, 0);
        const before = context.features.get(cci, 1);
        if (now === null || before === null) return warming;
        const indicators = { cci: now, previous: before };
        if (before <= trend && now > trend) {
          return vote('BUY', 0.45 + 0.2 * ramp(now - trend, 0, trend), () => `${label} crossed above +${trend} to ${now.toFixed(1)} from ${before.toFixed(1)}: new uptrend, BUY.`, indicators);
        }
        if (before >= -trend && now < -trend) {
          return vote('SELL', 0.45 + 0.2 * ramp(-trend - now, 0, trend), () => `${label} crossed below -${trend} to ${now.toFixed(1)} from ${before.toFixed(1)}: new downtrend, SELL.`, indicators);
        }
        if (before < -trend && now >= -trend) {
          let lowest = before;
          for (let ago = 2; ago <= config.extremeBars; ago++) {
            const value = context.features.get(cci, ago);
            if (value !== null && value < lowest) lowest = value;
          }
          const low = lowest;
          if (low <= -extremeLevel) {
            return vote('BUY', 0.6 + 0.25 * ramp(-extremeLevel - low, 0, trend), () => `${label} recovered above -${trend} to ${now.toFixed(1)} after an extreme low of ${low.toFixed(1)} beyond -${extremeLevel}: reversal BUY.`, indicators);
          }
        }
        if (before > trend && now <= trend) {
          let highest = before;
          for (let ago = 2; ago <= config.extremeBars; ago++) {
            const value = context.features.get(cci, ago);
            if (value !== null && value > highest) highest = value;
          }
          const high = highest;
          if (high >= extremeLevel) {
            return vote('SELL', 0.6 + 0.25 * ramp(high - extremeLevel, 0, trend), () => `${label} fell back below +${trend} to ${now.toFixed(1)} after an extreme high of ${high.toFixed(1)} beyond +${extremeLevel}: reversal SELL.`, indicators);
          }
        }
        const outside = now > trend || now < -trend;
        return vote(
          'HOLD',
          outside ? 0.25 : 0.15,
          () => `${label} is ${now.toFixed(1)} (was ${before.toFixed(1)}), ${now > trend ? `above +${trend}, uptrend already signalled` : now < -trend ? `below -${trend}, downtrend already signalled` : `inside +-${trend}`}: HOLD.`,
          indicators,
        );
      },
    };
  },
};
