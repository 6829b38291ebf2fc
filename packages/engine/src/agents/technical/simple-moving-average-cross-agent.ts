import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { simpleMovingAverageFeature } from '../features/moving-average-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    fastPeriod: z.number().int().min(2).default(50),
    slowPeriod: z.number().int().min(3).default(200),
    /** Fast-over-slow spread, in percent of the slow average, at which a regime vote reaches full strength. */
    fullSpreadPercent: z.number().positive().default(10),
  })
  .refine((c) => c.fastPeriod < c.slowPeriod, { message: 'fastPeriod must be below slowPeriod', path: ['fastPeriod'] });

/** Config of {@link simpleMovingAverageCrossAgent}. */
export type SimpleMovingAverageCrossAgentConfig = z.infer<typeof configSchema>;

/**
 * Golden/death cross and the 200-day regime: the 50-day SMA crossing above (below) the 200-day SMA
 * is the classic golden (death) cross (Murphy, Technical Analysis of the Financial Markets, 1999,
 * ch. 9), and price above a rising long average is the trend filter of Faber (2007, "A
 * Quantitative Approach to Tactical Asset Allocation"). A cross votes strongly; otherwise it votes
 * with the regime when the close sits beyond the fast average on the same side, and holds when the
 * close contradicts the averages.
 */
export const simpleMovingAverageCrossAgent: AgentDefinition<SimpleMovingAverageCrossAgentConfig> = {
  id: 'sma-cross',
  name: 'SMA golden/death cross',
  category: 'technical',
  description: 'BUY on a golden cross (fast SMA over slow SMA) or in a bullish regime with price above both; SELL on a death cross or in a bearish regime.',
  configSchema,
  create(config) {
    const fast = simpleMovingAverageFeature(config.fastPeriod);
    const slow = simpleMovingAverageFeature(config.slowPeriod);
    const fastLabel = `SMA(${config.fastPeriod})`;
    const slowLabel = `SMA(${config.slowPeriod})`;
    const warming = warmingUp(slowLabel, barsToWarmUp(slow, 2));
    return {
      features: [fast, slow],
      historyNeeded: 1,
      analyze(context) {
        const fastNow = context.features.get(fast, 0);
        const fastBefore = context.features.get(fast, 1);
        const slowNow = context.features.get(slow, 0);
        const slowBefore = context.features.get(slow, 1);
        if (fastNow === null || fastBefore === null || slowNow === null || slowBefore === null) return warming;
        const close = context.bars.close(0);
        const spreadPercent = ((fastNow - slowNow) / slowNow) * 100;
        const indicators = { [fastLabel]: fastNow, [slowLabel]: slowNow, close, spreadPercent };
        const levels = (): string => `${fastLabel} ${fastNow.toFixed(2)} vs ${slowLabel} ${slowNow.toFixed(2)}, close ${close.toFixed(2)}`;
        if (fastBefore <= slowBefore && fastNow > slowNow) {
          const confidence = close > fastNow ? 0.8 : 0.65;
          return vote('BUY', confidence, () => `Golden cross: ${fastLabel} crossed above ${slowLabel} (${levels()}): BUY.`, indicators);
        }
        if (fastBefore >= slowBefore && fastNow < slowNow) {
          const confidence = close < fastNow ? 0.8 : 0.65;
          return vote('SELL', confidence, () => `Death cross: ${fastLabel} crossed below ${slowLabel} (${levels()}): SELL.`, indicators);
        }
        const strength = ramp(Math.abs(spreadPercent), 0, config.fullSpreadPercent);
        if (fastNow > slowNow && close > fastNow) {
          return vote('BUY', 0.3 + 0.3 * strength, () => `Bullish regime: ${levels()}, spread +${spreadPercent.toFixed(2)}%: BUY.`, indicators);
        }
        if (fastNow < slowNow && close < fastNow) {
          return vote('SELL', 0.3 + 0.3 * strength, () => `Bearish regime: ${levels()}, spread ${spreadPercent.toFixed(2)}%: SELL.`, indicators);
        }
        return vote('HOLD', 0.2, () => `Mixed regime: ${levels()}, the close is not beyond the fast average on the trend side: HOLD.`, indicators);
      },
    };
  },
};
