import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { rollingZScoreFeature } from '../features/volatility-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    period: z.number().int().min(5).default(20),
    /** |z| at or beyond which the close is stretched enough to fade. */
    entryZ: z.number().positive().default(2),
    /** |z| below which price is at its mean and the agent expects nothing. */
    exitZ: z.number().min(0).default(0.5),
  })
  .refine((c) => c.exitZ < c.entryZ, { message: 'exitZ must be below entryZ', path: ['exitZ'] });

/** Config of {@link zScoreReversionAgent}. */
export type ZScoreReversionAgentConfig = z.infer<typeof configSchema>;

/**
 * Z-score mean reversion (the linear/Bollinger mean-reversion strategy of Chan, Algorithmic
 * Trading, 2013, ch. 3: enter when the price is `entryZ` standard deviations from its moving mean,
 * stand aside near the mean): BUY when the close is at least 2 sigma below its 20-bar mean, SELL
 * when 2 sigma above; confidence grows with the stretch, full at entryZ + 1.5.
 */
export const zScoreReversionAgent: AgentDefinition<ZScoreReversionAgentConfig> = {
  id: 'zscore-reversion',
  name: 'Z-score mean reversion',
  category: 'technical',
  description: 'BUY when the close is 2+ standard deviations below its 20-bar mean, SELL when 2+ above.',
  configSchema,
  create(config) {
    const zScore = rollingZScoreFeature(config.period, 1);
    const label = `ZSCORE(${config.period})`;
    const warming = warmingUp(label, barsToWarmUp(zScore, 1));
    const { period, entryZ } = config;
    return {
      features: [zScore],
      historyNeeded: 1,
      analyze(context) {
        const z = context.features.get(zScore, 0);
        if (z === null) return warming;
        const close = context.bars.close(0);
        const indicators = { zScore: z, close };
        const stretch = ramp(Math.abs(z), entryZ, entryZ + 1.5);
        if (z <= -entryZ) {
          return vote('BUY', 0.5 + 0.4 * stretch, () => `Close ${close.toFixed(2)} is ${(-z).toFixed(2)} standard deviations below its ${period}-bar mean (entry ${entryZ}): mean-reversion BUY.`, indicators);
        }
        if (z >= entryZ) {
          return vote('SELL', 0.5 + 0.4 * stretch, () => `Close ${close.toFixed(2)} is ${z.toFixed(2)} standard deviations above its ${period}-bar mean (entry ${entryZ}): mean-reversion SELL.`, indicators);
        }
        if (Math.abs(z) < config.exitZ) {
          return vote('HOLD', 0.3, () => `Close ${close.toFixed(2)} is at its ${period}-bar mean (z ${z.toFixed(2)}): nothing to revert, HOLD.`, indicators);
        }
        return vote('HOLD', 0.15, () => `Close ${close.toFixed(2)} has a ${label} of ${z.toFixed(2)}, inside +-${entryZ}: HOLD.`, indicators);
      },
    };
  },
};
