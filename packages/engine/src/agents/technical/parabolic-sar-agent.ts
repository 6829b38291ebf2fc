import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { parabolicSarFeature } from '../features/trend-features.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    acceleration: z.number().positive().max(1).default(0.02),
    maximum: z.number().positive().max(1).default(0.2),
    /** Bars after a flip during which the agent still votes the new direction, with fading weight. */
    signalBars: z.number().int().min(1).max(10).default(3),
  })
  .refine((c) => c.acceleration <= c.maximum, { message: 'acceleration must not exceed maximum', path: ['acceleration'] });

/** Config of {@link parabolicSarAgent}. */
export type ParabolicSarAgentConfig = z.infer<typeof configSchema>;

/**
 * Parabolic SAR flip (Wilder, New Concepts in Technical Trading Systems, 1978; 0.02 step, 0.2 cap):
 * the stop-and-reverse point trails the trend and price crossing it reverses the position. The
 * flip bar votes the new direction strongly (BUY when the SAR moves below price, SELL when above),
 * the next `signalBars - 1` bars repeat it with fading weight, and afterwards the agent holds: an
 * old SAR trend is no fresh reason to act.
 */
export const parabolicSarAgent: AgentDefinition<ParabolicSarAgentConfig> = {
  id: 'parabolic-sar',
  name: 'Parabolic SAR flip',
  category: 'technical',
  description: 'BUY when the parabolic SAR flips below price, SELL when it flips above; votes fade over the bars after the flip.',
  configSchema,
  create(config) {
    const sar = parabolicSarFeature(config.acceleration, config.maximum, config.signalBars + 1);
    const label = `SAR(${config.acceleration},${config.maximum})`;
    const warming = warmingUp(label, barsToWarmUp(sar, config.signalBars + 1));
    const { signalBars } = config;
    return {
      features: [sar],
      historyNeeded: signalBars + 1,
      analyze(context) {
        const bars = context.bars;
        const sarNow = context.features.get(sar, 0);
        if (sarNow === null || context.features.get(sar, signalBars) === null) return warming;
        const close = bars.close(0);
        const long = sarNow < close;
        // Bars since the SAR last changed side of the close, up to signalBars.
        let flipAge = 0;
        while (flipAge < signalBars) {
          const earlier = context.features.get(sar, flipAge + 1);
          if (earlier === null || (earlier < bars.close(flipAge + 1)) !== long) break;
          flipAge++;
        }
        const age = flipAge;
        const indicators = { sar: sarNow, close, barsSinceFlip: age };
        const side = long ? 'below' : 'above';
        if (age < signalBars) {
          const action = long ? 'BUY' : 'SELL';
          return vote(
            action,
            0.7 - (0.3 * age) / signalBars,
            () => `${label} flipped ${side} price ${age === 0 ? 'on this bar' : `${age} bar${age === 1 ? '' : 's'} ago`}: SAR ${sarNow.toFixed(2)} vs close ${close.toFixed(2)}: ${action}.`,
            indicators,
          );
        }
        return vote('HOLD', 0.2, () => `${label} has been ${side} price for more than ${signalBars} bars (SAR ${sarNow.toFixed(2)}, close ${close.toFixed(2)}): no fresh flip, HOLD.`, indicators);
      },
    };
  },
};
