import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { donchianChannelFeature } from '../features/trend-features.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    /** Turtle System 1 entry channel. */
    entryPeriod: z.number().int().min(2).default(20),
    /** Turtle System 2 (failsafe) channel. */
    longPeriod: z.number().int().min(3).default(55),
  })
  .refine((c) => c.entryPeriod < c.longPeriod, { message: 'entryPeriod must be below longPeriod', path: ['entryPeriod'] });

/** Config of {@link donchianBreakoutAgent}. */
export type DonchianBreakoutAgentConfig = z.infer<typeof configSchema>;

/**
 * Donchian channel breakout, the Turtle entry rules (Faith, Way of the Turtle, 2007; Donchian's
 * four-week rule): a close above the highest high of the previous 20 bars is a BUY (System 1), below
 * the lowest low a SELL; when the close also clears the 55-bar channel (System 2) the breakout is
 * stronger. The channel is the previous bar's, so the current bar is compared with the bars before
 * it. Closes rather than intrabar extremes trigger, since the agent sees closed bars.
 */
export const donchianBreakoutAgent: AgentDefinition<DonchianBreakoutAgentConfig> = {
  id: 'donchian-breakout',
  name: 'Donchian 20/55 breakout',
  category: 'technical',
  description: 'BUY when the close breaks above the prior 20-bar high (stronger above the 55-bar high); SELL when it breaks below the prior 20-bar low.',
  configSchema,
  create(config) {
    const entry = donchianChannelFeature(config.entryPeriod);
    const long = donchianChannelFeature(config.longPeriod);
    const entryLabel = `DONCHIAN(${config.entryPeriod})`;
    const longLabel = `DONCHIAN(${config.longPeriod})`;
    const needed = barsToWarmUp(long, 2);
    return {
      features: [entry, long],
      historyNeeded: 1,
      analyze(context) {
        const channel = context.features.get(entry, 1);
        const wide = context.features.get(long, 1);
        if (channel === null || wide === null) return warmingUp(longLabel, needed);
        const close = context.bars.close(0);
        const indicators = { close, entryHigh: channel.upper, entryLow: channel.lower, longHigh: wide.upper, longLow: wide.lower };
        if (close > channel.upper) {
          const both = close > wide.upper;
          return vote('BUY', both ? 0.8 : 0.55, `Close ${close.toFixed(2)} broke above the prior ${config.entryPeriod}-bar high ${channel.upper.toFixed(2)}${both ? ` and the ${config.longPeriod}-bar high ${wide.upper.toFixed(2)}` : ` (${config.longPeriod}-bar high ${wide.upper.toFixed(2)} not yet)`}: breakout BUY.`, indicators);
        }
        if (close < channel.lower) {
          const both = close < wide.lower;
          return vote('SELL', both ? 0.8 : 0.55, `Close ${close.toFixed(2)} broke below the prior ${config.entryPeriod}-bar low ${channel.lower.toFixed(2)}${both ? ` and the ${config.longPeriod}-bar low ${wide.lower.toFixed(2)}` : ` (${config.longPeriod}-bar low ${wide.lower.toFixed(2)} not yet)`}: breakdown SELL.`, indicators);
        }
        return vote('HOLD', 0.2, `Close ${close.toFixed(2)} is inside the prior ${entryLabel} range ${channel.lower.toFixed(2)}-${channel.upper.toFixed(2)}: HOLD.`, indicators);
      },
    };
  },
};
