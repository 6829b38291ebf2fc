import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { stochasticOscillatorFeature } from '../features/momentum-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    fastKPeriod: z.number().int().min(1).default(14),
    slowKPeriod: z.number().int().min(1).default(3),
    slowDPeriod: z.number().int().min(1).default(3),
    oversold: z.number().gt(0).lt(100).default(20),
    overbought: z.number().gt(0).lt(100).default(80),
  })
  .refine((c) => c.oversold < c.overbought, { message: 'oversold must be below overbought', path: ['oversold'] });

/** %K-%D gap, in oscillator points, below which the lines count as equal. */
const ROUNDING = 1e-9;

/** Config of {@link stochasticOscillatorAgent}. */
export type StochasticOscillatorAgentConfig = z.infer<typeof configSchema>;

/**
 * Slow stochastic %K/%D cross in the zones (George Lane; StockCharts "Stochastic Oscillator": 14,3,3
 * with 80/20 levels): BUY when %K crosses above %D while the oscillator is oversold (below 20),
 * SELL when %K crosses below %D while overbought (above 80). Crosses in mid-range are noise and
 * are held. Confidence grows with how deep in the zone the cross happens.
 */
export const stochasticOscillatorAgent: AgentDefinition<StochasticOscillatorAgentConfig> = {
  id: 'stochastic',
  name: 'Stochastic %K/%D cross',
  category: 'technical',
  description: 'BUY when slow %K crosses above %D below 20, SELL when it crosses below %D above 80.',
  configSchema,
  create(config) {
    const stochastic = stochasticOscillatorFeature(config.fastKPeriod, config.slowKPeriod, config.slowDPeriod);
    const label = `STOCH(${config.fastKPeriod},${config.slowKPeriod},${config.slowDPeriod})`;
    const needed = barsToWarmUp(stochastic, 2);
    return {
      features: [stochastic],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(stochastic, 0);
        const before = context.features.get(stochastic, 1);
        if (now === null || before === null) return warmingUp(label, needed);
        const indicators = { k: now.k, d: now.d, previousK: before.k, previousD: before.d };
        const lines = `${label} %K ${now.k.toFixed(1)} vs %D ${now.d.toFixed(1)} (was ${before.k.toFixed(1)} vs ${before.d.toFixed(1)})`;
        // %K and %D coincide in a steady trend; a gap within rounding noise counts as no gap.
        const gapBefore = before.k - before.d;
        const gapNow = now.k - now.d;
        const crossedUp = gapBefore <= ROUNDING && gapNow > ROUNDING;
        const crossedDown = gapBefore >= -ROUNDING && gapNow < -ROUNDING;
        // The zone is judged where the cross starts: the lower (upper) of %K before and %D now.
        const low = before.k < now.d ? before.k : now.d;
        const high = before.k > now.d ? before.k : now.d;
        if (crossedUp && low < config.oversold) {
          const depth = ramp(config.oversold - low, 0, config.oversold / 2);
          return vote('BUY', 0.5 + 0.35 * depth, `Slow %K crossed above %D in the oversold zone below ${config.oversold}: ${lines}: BUY.`, indicators);
        }
        if (crossedDown && high > config.overbought) {
          const depth = ramp(high - config.overbought, 0, (100 - config.overbought) / 2);
          return vote('SELL', 0.5 + 0.35 * depth, `Slow %K crossed below %D in the overbought zone above ${config.overbought}: ${lines}: SELL.`, indicators);
        }
        if (crossedUp || crossedDown) {
          return vote('HOLD', 0.2, `Slow %K crossed %D outside the ${config.oversold}/${config.overbought} zones: ${lines}: HOLD.`, indicators);
        }
        const zone = now.k < config.oversold ? ', oversold without a cross yet' : now.k > config.overbought ? ', overbought without a cross yet' : '';
        return vote('HOLD', zone ? 0.25 : 0.15, `No zone cross: ${lines}${zone}: HOLD.`, indicators);
      },
    };
  },
};
