import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { averageTrueRangeFeature, supertrendFeature } from '../features/volatility-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  atrPeriod: z.number().int().min(1).default(10),
  multiplier: z.number().positive().max(10).default(3),
  /** Closer than this many ATRs to the line, the trend is about to be tested and the agent holds. */
  holdWithinAtr: z.number().min(0).default(1),
});

/** Config of {@link supertrendAgent}. */
export type SupertrendAgentConfig = z.infer<typeof configSchema>;

/**
 * Supertrend direction and flip (Olivier Seban's indicator as TradingView defines it, ATR 10 x 3):
 * the line trails price by a multiple of ATR and flips when the close crosses it. A flip is the
 * entry signal and votes strongly; afterwards the agent keeps voting the trend's direction with
 * moderate weight, as the indicator is meant to be followed, more the further the close is from
 * the line in ATRs. When the close has come back within `holdWithinAtr` ATRs of the line, the
 * trend is being tested and the agent holds.
 */
export const supertrendAgent: AgentDefinition<SupertrendAgentConfig> = {
  id: 'supertrend',
  name: 'Supertrend direction',
  category: 'technical',
  description: 'BUY when Supertrend flips up or points up with room to the line, SELL on the mirror image; flips count most.',
  configSchema,
  create(config) {
    const trend = supertrendFeature(config.atrPeriod, config.multiplier);
    const atr = averageTrueRangeFeature(config.atrPeriod, 1);
    const label = `SUPERTREND(${config.atrPeriod},${config.multiplier})`;
    const warming = warmingUp(label, barsToWarmUp(trend, 2));
    return {
      features: [trend, atr],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(trend, 0);
        const before = context.features.get(trend, 1);
        const range = context.features.get(atr, 0);
        if (now === null || before === null || range === null) return warming;
        const close = context.bars.close(0);
        const line = now.value;
        const direction = now.direction;
        const distanceAtr = range > 0 ? Math.abs(close - line) / range : 0;
        const indicators = { line, direction, close, atr: range, distanceAtr };
        const up = direction > 0;
        const action = up ? 'BUY' : 'SELL';
        const where = (): string => `close ${close.toFixed(2)} is ${up ? 'above' : 'below'} the line ${line.toFixed(2)} by ${distanceAtr.toFixed(2)} ATR`;
        if (direction !== before.direction) {
          return vote(action, 0.75, () => `${label} flipped ${up ? 'up' : 'down'}: ${where()}: ${action}.`, indicators);
        }
        if (distanceAtr < config.holdWithinAtr) {
          return vote('HOLD', 0.2, () => `${label} trend is ${up ? 'up' : 'down'} but being tested: ${where()}: HOLD.`, indicators);
        }
        return vote(action, 0.3 + 0.15 * ramp(distanceAtr, config.holdWithinAtr, config.holdWithinAtr + 2), () => `${label} trend is ${up ? 'up' : 'down'}: ${where()}: ${action}.`, indicators);
      },
    };
  },
};
