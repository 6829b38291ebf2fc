import { z } from 'zod';
import type { AgentDefinition } from '../agent.js';
import { relativeStrengthIndexFeature } from '../features/momentum-features.js';
import { oscillatorNames, oscillatorTurnVote } from './support/oscillator-turn-vote.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    period: z.number().int().min(2).default(14),
    oversold: z.number().gt(0).lt(100).default(30),
    overbought: z.number().gt(0).lt(100).default(70),
  })
  .refine((c) => c.oversold < c.overbought, { message: 'oversold must be below overbought', path: ['oversold'] });

/** Config of {@link relativeStrengthIndexAgent}. */
export type RelativeStrengthIndexAgentConfig = z.infer<typeof configSchema>;

/**
 * RSI overbought/oversold with turn confirmation, using Wilder's own levels (New Concepts in
 * Technical Trading Systems, 1978: 70 overbought, 30 oversold, 14 periods): BUY when RSI has been
 * below 30 and turns up, SELL when it has been above 70 and turns down; HOLD while it is still
 * running into the zone or sits between the levels.
 */
export const relativeStrengthIndexAgent: AgentDefinition<RelativeStrengthIndexAgentConfig> = {
  id: 'rsi',
  name: 'RSI overbought/oversold',
  category: 'technical',
  description: 'BUY when RSI(14) turns up from below 30, SELL when it turns down from above 70.',
  configSchema,
  create(config) {
    const rsi = relativeStrengthIndexFeature(config.period);
    const label = `RSI(${config.period})`;
    const needed = barsToWarmUp(rsi, 2);
    const names = oscillatorNames(label);
    const warming = warmingUp(label, needed);
    return {
      features: [rsi],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(rsi, 0);
        const before = context.features.get(rsi, 1);
        if (now === null || before === null) return warming;
        return oscillatorTurnVote(names, now, before, config);
      },
    };
  },
};
