import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { exponentialMovingAverageFeature } from '../features/moving-average-features.js';
import type { FeatureReader, FeatureRequest } from '../feature-request.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  periods: z
    .array(z.number().int().min(2))
    .min(3)
    .max(8)
    .refine((periods) => periods.every((p, i) => i === 0 || p > periods[i - 1]), { message: 'periods must be strictly increasing' })
    .default([8, 13, 21, 34, 55]),
  /** Spread of the shortest over the longest EMA, in percent, at which conviction is full. */
  fullSpreadPercent: z.number().positive().default(5),
});

/** Config of {@link exponentialMovingAverageRibbonAgent}. */
export type ExponentialMovingAverageRibbonAgentConfig = z.infer<typeof configSchema>;

/** How many neighbouring EMA pairs are in bullish order (shorter above longer) `ago` bars back; -1 while any is warming up. */
function bullishPairs(reader: FeatureReader, emas: readonly FeatureRequest<number>[], ago: number): number {
  let previous = reader.get(emas[0], ago);
  if (previous === null) return -1;
  let ordered = 0;
  for (let i = 1; i < emas.length; i++) {
    const value = reader.get(emas[i], ago);
    if (value === null) return -1;
    if (previous > value) ordered++;
    previous = value;
  }
  return ordered;
}

/**
 * Moving-average ribbon (multiple-average method, Murphy, Technical Analysis of the Financial
 * Markets, 1999, ch. 9; the Fibonacci 8/13/21/34/55 EMA set is the common ribbon): a trend is in
 * force when every EMA is stacked in order and price is beyond the fastest. Votes with the stack,
 * more strongly the wider the ribbon fans out and when the stack has just formed.
 */
export const exponentialMovingAverageRibbonAgent: AgentDefinition<ExponentialMovingAverageRibbonAgentConfig> = {
  id: 'ema-ribbon',
  name: 'EMA ribbon alignment',
  category: 'technical',
  description: 'BUY when the EMA ribbon (8/13/21/34/55) is stacked bullishly with price above it; SELL when stacked bearishly with price below.',
  configSchema,
  create(config) {
    const emas = config.periods.map((period) => exponentialMovingAverageFeature(period));
    const longest = emas[emas.length - 1];
    const label = `EMA ribbon ${config.periods.join('/')}`;
    const warming = warmingUp(label, barsToWarmUp(longest, 2));
    const pairs = emas.length - 1;
    const fastestLabel = `EMA(${config.periods[0]})`;
    const slowestLabel = `EMA(${config.periods[pairs]})`;
    return {
      features: emas,
      historyNeeded: 1,
      analyze(context) {
        const now = bullishPairs(context.features, emas, 0);
        const before = bullishPairs(context.features, emas, 1);
        const fastest = context.features.get(emas[0], 0);
        const slowest = context.features.get(longest, 0);
        if (now < 0 || before < 0 || fastest === null || slowest === null) return warming;
        // +1 fully stacked bullishly, -1 fully bearishly, 0 tangled.
        const side = now === pairs ? 1 : now === 0 ? -1 : 0;
        const sideBefore = before === pairs ? 1 : before === 0 ? -1 : 0;
        const close = context.bars.close(0);
        const spreadPercent = ((fastest - slowest) / slowest) * 100;
        const indicators = { emaFastest: fastest, emaSlowest: slowest, close, spreadPercent, orderedPairs: now };
        const fresh = sideBefore !== side;
        const confidence = 0.4 + 0.3 * ramp(Math.abs(spreadPercent), 0, config.fullSpreadPercent) + (fresh ? 0.15 : 0);
        const span = (): string => `${fastestLabel} ${fastest.toFixed(2)} vs ${slowestLabel} ${slowest.toFixed(2)}, spread ${spreadPercent.toFixed(2)}%`;
        if (side === 1 && close > fastest) {
          return vote('BUY', confidence, () => `${label} is ${fresh ? 'newly ' : ''}stacked bullishly (${span()}) with the close ${close.toFixed(2)} above it: BUY.`, indicators);
        }
        if (side === -1 && close < fastest) {
          return vote('SELL', confidence, () => `${label} is ${fresh ? 'newly ' : ''}stacked bearishly (${span()}) with the close ${close.toFixed(2)} below it: SELL.`, indicators);
        }
        return vote('HOLD', 0.2, () => `${label} is not aligned with price (${now} of ${pairs} pairs in bullish order, ${span()}, close ${close.toFixed(2)}): HOLD.`, indicators);
      },
    };
  },
};
