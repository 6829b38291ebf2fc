import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { williamsPercentRangeFeature } from '../features/momentum-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    period: z.number().int().min(2).default(14),
    oversold: z.number().gt(-100).lt(0).default(-80),
    overbought: z.number().gt(-100).lt(0).default(-20),
    /** Bars searched back for the extreme of the excursion that is ending. */
    excursionBars: z.number().int().min(1).max(50).default(5),
  })
  .refine((c) => c.oversold < c.overbought, { message: 'oversold must be below overbought', path: ['oversold'] });

/** Config of {@link williamsPercentRangeAgent}. */
export type WilliamsPercentRangeAgentConfig = z.infer<typeof configSchema>;

/**
 * Williams %R zone exits (Larry Williams, How I Made One Million Dollars Last Year Trading
 * Commodities, 1973; StockCharts "Williams %R": -20/-80 levels, 14 periods): an oversold reading
 * alone is not a buy, since %R stays pinned in strong trends; the signal is %R climbing back above
 * -80 (BUY) or dropping back below -20 (SELL). Confidence grows with how extreme the excursion that
 * just ended got.
 */
export const williamsPercentRangeAgent: AgentDefinition<WilliamsPercentRangeAgentConfig> = {
  id: 'williams-r',
  name: 'Williams %R',
  category: 'technical',
  description: 'BUY when Williams %R climbs back above -80 from oversold, SELL when it drops back below -20 from overbought.',
  configSchema,
  create(config) {
    const percentRange = williamsPercentRangeFeature(config.period, config.excursionBars + 1);
    const label = `WILLR(${config.period})`;
    const warming = warmingUp(label, barsToWarmUp(percentRange, 2));
    const { oversold, overbought } = config;
    return {
      features: [percentRange],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(percentRange, 0);
        const before = context.features.get(percentRange, 1);
        if (now === null || before === null) return warming;
        const indicators = { williamsR: now, previous: before };
        if (before < oversold && now >= oversold) {
          let lowest = before;
          for (let ago = 2; ago <= config.excursionBars; ago++) {
            const value = context.features.get(percentRange, ago);
            if (value !== null && value < lowest) lowest = value;
          }
          const extreme = lowest;
          const depth = ramp(oversold - extreme, 0, (100 + oversold) * 0.75);
          return vote('BUY', 0.5 + 0.35 * depth, () => `${label} climbed back above ${oversold} to ${now.toFixed(1)} from ${before.toFixed(1)} (low ${extreme.toFixed(1)}): oversold exit, BUY.`, indicators);
        }
        if (before > overbought && now <= overbought) {
          let highest = before;
          for (let ago = 2; ago <= config.excursionBars; ago++) {
            const value = context.features.get(percentRange, ago);
            if (value !== null && value > highest) highest = value;
          }
          const extreme = highest;
          const depth = ramp(extreme - overbought, 0, -overbought * 0.75);
          return vote('SELL', 0.5 + 0.35 * depth, () => `${label} dropped back below ${overbought} to ${now.toFixed(1)} from ${before.toFixed(1)} (high ${extreme.toFixed(1)}): overbought exit, SELL.`, indicators);
        }
        const outside = now < oversold || now > overbought;
        return vote(
          'HOLD',
          outside ? 0.25 : 0.15,
          () => `${label} is ${now.toFixed(1)}, ${now < oversold ? `oversold below ${oversold}, waiting for the exit` : now > overbought ? `overbought above ${overbought}, waiting for the exit` : `between ${oversold} and ${overbought}`}: HOLD.`,
          indicators,
        );
      },
    };
  },
};
