import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { bollingerBandsFeature } from '../features/volatility-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  period: z.number().int().min(2).default(20),
  deviations: z.number().positive().max(5).default(2),
  /** How far outside the band the previous close went, in band widths, for full conviction. */
  fullExcursion: z.number().positive().default(0.25),
});

/** Config of {@link bollingerReversionAgent}. */
export type BollingerReversionAgentConfig = z.infer<typeof configSchema>;

/**
 * Bollinger Band mean reversion (Bollinger on Bollinger Bands, 2001, ch. 8 and 18; %b): a close
 * outside a band followed by a close back inside it is a failed excursion and a fade signal, BUY
 * back above the lower band, SELL back below the upper band. While closes stay outside, price is
 * "walking the band" (a trend, ch. 8), so the agent holds instead of fading it.
 */
export const bollingerReversionAgent: AgentDefinition<BollingerReversionAgentConfig> = {
  id: 'bollinger-reversion',
  name: 'Bollinger Band reversion',
  category: 'technical',
  description: 'BUY when the close comes back inside the lower Bollinger Band after closing below it; SELL when it comes back inside the upper band.',
  configSchema,
  create(config) {
    const bands = bollingerBandsFeature(config.period, config.deviations);
    const label = `BBANDS(${config.period},${config.deviations})`;
    const warming = warmingUp(label, barsToWarmUp(bands, 2));
    return {
      features: [bands],
      historyNeeded: 2,
      analyze(context) {
        const now = context.features.get(bands, 0);
        const before = context.features.get(bands, 1);
        if (now === null || before === null) return warming;
        const close = context.bars.close(0);
        const previousClose = context.bars.close(1);
        const { upper, middle, lower } = now;
        const width = upper - lower;
        const percentB = width > 0 ? (close - lower) / width : 0.5;
        const previousWidth = before.upper - before.lower;
        const previousPercentB = previousWidth > 0 ? (previousClose - before.lower) / previousWidth : 0.5;
        const indicators = { upper, middle, lower, close, percentB, previousPercentB };
        if (previousClose < before.lower && close > lower) {
          const confidence = 0.5 + 0.4 * ramp(-previousPercentB, 0, config.fullExcursion);
          return vote('BUY', confidence, () => `Close ${close.toFixed(2)} is back above the lower ${label} band ${lower.toFixed(2)} after closing below it at ${previousClose.toFixed(2)} (%b ${previousPercentB.toFixed(2)} -> ${percentB.toFixed(2)}): BUY.`, indicators);
        }
        if (previousClose > before.upper && close < upper) {
          const confidence = 0.5 + 0.4 * ramp(previousPercentB - 1, 0, config.fullExcursion);
          return vote('SELL', confidence, () => `Close ${close.toFixed(2)} is back below the upper ${label} band ${upper.toFixed(2)} after closing above it at ${previousClose.toFixed(2)} (%b ${previousPercentB.toFixed(2)} -> ${percentB.toFixed(2)}): SELL.`, indicators);
        }
        if (close < lower || close > upper) {
          const side = close < lower ? 'below the lower' : 'above the upper';
          return vote('HOLD', 0.3, () => `Close ${close.toFixed(2)} is still ${side} ${label} band (%b ${percentB.toFixed(2)}): walking the band, no reversal yet, HOLD.`, indicators);
        }
        return vote('HOLD', 0.15, () => `Close ${close.toFixed(2)} is inside the ${label} bands ${lower.toFixed(2)}-${upper.toFixed(2)} (%b ${percentB.toFixed(2)}): HOLD.`, indicators);
      },
    };
  },
};
