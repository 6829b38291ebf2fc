import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { aroonFeature } from '../features/momentum-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  period: z.number().int().min(2).default(25),
  /** A line at or above this level marks a strong trend (70 in Chande's usage). */
  strongLevel: z.number().gt(50).max(100).default(70),
  /** The opposite line at or below this level confirms it (30). */
  weakLevel: z.number().min(0).lt(50).default(30),
});

/** Config of {@link aroonAgent}. */
export type AroonAgentConfig = z.infer<typeof configSchema>;

/**
 * Aroon up/down (Tushar Chande, 1995; StockCharts "Aroon": 25 periods, 70/30 strength levels):
 * Aroon Up crossing above Aroon Down signals a new uptrend (BUY), the reverse a downtrend (SELL),
 * provided the leading line is at least 50 (a new high or low in the latter half of the window;
 * crosses between two low lines happen inside ranges and mean nothing);
 * without a fresh cross, Up above 70 with Down below 30 is a strong uptrend (BUY with less weight)
 * and the mirror a strong downtrend. Both lines below 50 is consolidation: the agent holds with
 * some conviction that no trend is running.
 */
export const aroonAgent: AgentDefinition<AroonAgentConfig> = {
  id: 'aroon',
  name: 'Aroon trend',
  category: 'technical',
  description: 'BUY when Aroon Up crosses above Aroon Down or Up > 70 with Down < 30; SELL on the mirror images.',
  configSchema,
  create(config) {
    const aroon = aroonFeature(config.period);
    const label = `AROON(${config.period})`;
    const warming = warmingUp(label, barsToWarmUp(aroon, 2));
    return {
      features: [aroon],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(aroon, 0);
        const before = context.features.get(aroon, 1);
        if (now === null || before === null) return warming;
        const up = now.up;
        const down = now.down;
        const upBefore = before.up;
        const downBefore = before.down;
        const spread = up - down;
        const indicators = { aroonUp: up, aroonDown: down, oscillator: spread };
        const lines = (): string => `${label} up ${up.toFixed(0)} vs down ${down.toFixed(0)} (was ${upBefore.toFixed(0)} vs ${downBefore.toFixed(0)})`;
        if (upBefore <= downBefore && up > down && up >= 50) {
          return vote('BUY', 0.5 + 0.3 * ramp(spread, 0, 100), () => `Aroon Up crossed above Aroon Down: ${lines()}: BUY.`, indicators);
        }
        if (upBefore >= downBefore && up < down && down >= 50) {
          return vote('SELL', 0.5 + 0.3 * ramp(-spread, 0, 100), () => `Aroon Down crossed above Aroon Up: ${lines()}: SELL.`, indicators);
        }
        if (up >= config.strongLevel && down <= config.weakLevel) {
          return vote('BUY', 0.35 + 0.3 * ramp(spread, config.strongLevel - config.weakLevel, 100), () => `Strong uptrend: ${lines()}: BUY.`, indicators);
        }
        if (down >= config.strongLevel && up <= config.weakLevel) {
          return vote('SELL', 0.35 + 0.3 * ramp(-spread, config.strongLevel - config.weakLevel, 100), () => `Strong downtrend: ${lines()}: SELL.`, indicators);
        }
        if (up < 50 && down < 50) return vote('HOLD', 0.3, () => `Consolidation, both lines below 50: ${lines()}: HOLD.`, indicators);
        return vote('HOLD', 0.2, () => `No fresh cross and no strong trend: ${lines()}: HOLD.`, indicators);
      },
    };
  },
};
