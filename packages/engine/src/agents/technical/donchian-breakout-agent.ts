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
    const warming = warmingUp(`DONCHIAN(${config.longPeriod})`, barsToWarmUp(long, 2));
    const { entryPeriod, longPeriod } = config;
    return {
      features: [entry, long],
      historyNeeded: 1,
      analyze(context) {
        const channel = context.features.get(entry, 1);
        const wide = context.features.get(long, 1);
        if (channel === null || wide === null) return warming;
        const close = context.bars.close(0);
        const entryHigh = channel.upper;
        const entryLow = channel.lower;
        const longHigh = wide.upper;
        const longLow = wide.lower;
        const indicators = { close, entryHigh, entryLow, longHigh, longLow };
        if (close > entryHigh) {
          const both = close > longHigh;
          return vote(
            'BUY',
            both ? 0.8 : 0.55,
            () => `Close ${close.toFixed(2)} broke above the prior ${entryPeriod}-bar high ${entryHigh.toFixed(2)}${both ? ` and the ${longPeriod}-bar high ${longHigh.toFixed(2)}` : ` (${longPeriod}-bar high ${longHigh.toFixed(2)} not yet)`}: breakout BUY.`,
            indicators,
          );
        }
        if (close < entryLow) {
          const both = close < longLow;
          return vote(
            'SELL',
            both ? 0.8 : 0.55,
            () => `Close ${close.toFixed(2)} broke below the prior ${entryPeriod}-bar low ${entryLow.toFixed(2)}${both ? ` and the ${longPeriod}-bar low ${longLow.toFixed(2)}` : ` (${longPeriod}-bar low ${longLow.toFixed(2)} not yet)`}: breakdown SELL.`,
            indicators,
          );
        }
        return vote('HOLD', 0.2, () => `Close ${close.toFixed(2)} is inside the prior ${entryLabel} range ${entryLow.toFixed(2)}-${entryHigh.toFixed(2)}: HOLD.`, indicators);
      },
    };
  },
};
