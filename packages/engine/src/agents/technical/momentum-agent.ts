import { z } from 'zod';
import { abstain, vote, type AgentDefinition } from '../agent.js';
import { calendarMomentumFeature } from '../features/derived-features.js';
import { rateOfChangeFeature } from '../features/momentum-features.js';
import { ramp } from './support/ramp.js';
import { warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    lookbackMonths: z.number().int().min(2).max(36).default(12),
    skipMonths: z.number().int().min(0).max(6).default(1),
    rocPeriod: z.number().int().min(1).default(10),
    /** 12-1 return, in percent, at which conviction is full. */
    fullMomentumPercent: z.number().positive().default(30),
    /** ROC, in percent, at which the short-term confirmation is full. */
    fullRocPercent: z.number().positive().default(5),
  })
  .refine((c) => c.skipMonths < c.lookbackMonths, { message: 'skipMonths must be below lookbackMonths', path: ['skipMonths'] });

/** Config of {@link momentumAgent}. */
export type MomentumAgentConfig = z.infer<typeof configSchema>;

/**
 * 12-1 price momentum with a rate-of-change confirmation. The 12-1 return (the last 12 months
 * excluding the most recent month; Jegadeesh & Titman, Journal of Finance 1993; Moskowitz, Ooi &
 * Pedersen, "Time Series Momentum", 2012) predicts continuation; the month is skipped because
 * one-month returns reverse (Jegadeesh 1990). Months are calendar months read from the bar times,
 * so the horizon is the same on every timeframe. BUY when the 12-1 return and ROC(10) are both
 * positive, SELL when both are negative; when they disagree the short term is fighting the trend
 * and the agent holds.
 */
export const momentumAgent: AgentDefinition<MomentumAgentConfig> = {
  id: 'momentum',
  name: '12-1 momentum and rate of change',
  category: 'technical',
  description: 'BUY when the 12-1 month return and ROC(10) are both positive, SELL when both are negative.',
  configSchema,
  create(config) {
    const longTerm = calendarMomentumFeature(config.lookbackMonths, config.skipMonths, 1);
    const roc = rateOfChangeFeature(config.rocPeriod, 1);
    const momentumLabel = `${config.lookbackMonths}-${config.skipMonths} momentum`;
    const rocLabel = `ROC(${config.rocPeriod})`;
    // The horizon is calendar time, so the wait is stated in months, not bars.
    const momentumWarming = Object.freeze(abstain(`${momentumLabel} needs ${config.lookbackMonths} calendar months of history and is still warming up`));
    const rocWarming = warmingUp(rocLabel, config.rocPeriod + 1);
    return {
      features: [longTerm, roc],
      historyNeeded: 1,
      analyze(context) {
        const momentum = context.features.get(longTerm, 0);
        const change = context.features.get(roc, 0);
        if (momentum === null) return momentumWarming;
        if (change === null) return rocWarming;
        const momentumPercent = momentum * 100;
        const indicators = { momentumPercent, rocPercent: change };
        const readings = (): string =>
          `${momentumLabel} is ${momentumPercent >= 0 ? '+' : ''}${momentumPercent.toFixed(1)}% and ${rocLabel} is ${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
        const confidence = 0.35 + 0.35 * ramp(Math.abs(momentumPercent), 0, config.fullMomentumPercent) + 0.15 * ramp(Math.abs(change), 0, config.fullRocPercent);
        if (momentumPercent > 0 && change > 0) return vote('BUY', confidence, () => `${readings()}: trend and short-term momentum agree, BUY.`, indicators);
        if (momentumPercent < 0 && change < 0) return vote('SELL', confidence, () => `${readings()}: trend and short-term momentum agree, SELL.`, indicators);
        return vote('HOLD', 0.2, () => `${readings()}: the short term disagrees with the trend, HOLD.`, indicators);
      },
    };
  },
};
