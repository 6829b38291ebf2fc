import { z } from 'zod';
import type { AgentDefinition } from '../agent.js';
import { moneyFlowIndexFeature } from '../features/volume-features.js';
import { oscillatorNames, oscillatorTurnVote } from './support/oscillator-turn-vote.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    period: z.number().int().min(2).default(14),
    oversold: z.number().gt(0).lt(100).default(20),
    overbought: z.number().gt(0).lt(100).default(80),
  })
  .refine((c) => c.oversold < c.overbought, { message: 'oversold must be below overbought', path: ['oversold'] });

/** Config of {@link moneyFlowIndexAgent}. */
export type MoneyFlowIndexAgentConfig = z.infer<typeof configSchema>;

/**
 * Money Flow Index overbought/oversold with turn confirmation (Quong & Soudack, "Volume-weighted
 * RSI: Money Flow", Technical Analysis of Stocks & Commodities, 1989; StockCharts "MFI": 14 bars,
 * 80/20): the volume-weighted RSI turning up from below 20 is a BUY, turning down from above 80 a
 * SELL; readings still running into a zone are held.
 */
export const moneyFlowIndexAgent: AgentDefinition<MoneyFlowIndexAgentConfig> = {
  id: 'mfi',
  name: 'Money Flow Index',
  category: 'technical',
  description: 'BUY when MFI(14) turns up from below 20, SELL when it turns down from above 80.',
  configSchema,
  create(config) {
    const mfi = moneyFlowIndexFeature(config.period);
    const label = `MFI(${config.period})`;
    const needed = barsToWarmUp(mfi, 2);
    const names = oscillatorNames(label);
    const warming = warmingUp(label, needed);
    return {
      features: [mfi],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(mfi, 0);
        const before = context.features.get(mfi, 1);
        if (now === null || before === null) return warming;
        return oscillatorTurnVote(names, now, before, config);
      },
    };
  },
};
