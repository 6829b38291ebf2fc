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
    const warming = warmingUp(label, barsToWarmUp(stochastic, 2));
    const { oversold, overbought } = config;
    return {
      features: [stochastic],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(stochastic, 0);
        const before = context.features.get(stochastic, 1);
        if (now === null || before === null) return warming;
        const { k, d } = now;
        const previousK = before.k;
        const previousD = before.d;
        const indicators = { k, d, previousK, previousD };
        const lines = (): string => `${label} %K ${k.toFixed(1)} vs %D ${d.toFixed(1)} (was ${previousK.toFixed(1)} vs ${previousD.toFixed(1)})`;
        // %K and %D coincide in a steady trend; a gap within rounding noise counts as no gap.
        const gapBefore = previousK - previousD;
        const gapNow = k - d;
        const crossedUp = gapBefore <= ROUNDING && gapNow > ROUNDING;
        const crossedDown = gapBefore >= -ROUNDING && gapNow < -ROUNDING;
        // The zone is judged where the cross starts: the lower (upper) of %K before and %D now.
        const low = previousK < d ? previousK : d;
        const high = previousK > d ? previousK : d;
        if (crossedUp && low < oversold) {
          const depth = ramp(oversold - low, 0, oversold / 2);
          return vote('BUY', 0.5 + 0.35 * depth, () => `Slow %K crossed above %D in the oversold zone below ${oversold}: ${lines()}: BUY.`, indicators);
        }
        if (crossedDown && high > overbought) {
          const depth = ramp(high - overbought, 0, (100 - overbought) / 2);
          return vote('SELL', 0.5 + 0.35 * depth, () => `Slow %K crossed below %D in the overbought zone above ${overbought}: ${lines()}: SELL.`, indicators);
        }
        if (crossedUp || crossedDown) {
          return vote('HOLD', 0.2, () => `Slow %K crossed %D outside the ${oversold}/${overbought} zones: ${lines()}: HOLD.`, indicators);
        }
        const zone = k < oversold ? ', oversold without a cross yet' : k > overbought ? ', overbought without a cross yet' : '';
        return vote('HOLD', zone ? 0.25 : 0.15, () => `No zone cross: ${lines()}${zone}: HOLD.`, indicators);
      },
    };
  },
};
