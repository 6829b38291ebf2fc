import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { keltnerChannelFeature } from '../features/volatility-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  period: z.number().int().min(2).default(20),
  multiplier: z.number().positive().max(10).default(2),
  atrPeriod: z.number().int().min(1).default(10),
  /** Bars over which the middle line's slope defines the trend for pullback entries. */
  slopeBars: z.number().int().min(1).max(50).default(5),
});

/** Config of {@link keltnerChannelAgent}. */
export type KeltnerChannelAgentConfig = z.infer<typeof configSchema>;

/**
 * Keltner Channel breakout and trend pullback (StockCharts' ATR version by Linda Raschke of
 * Keltner's 1960 channel): a first close beyond a channel line is a volatility breakout in that
 * direction; in a trend (middle EMA rising or falling over `slopeBars`) a bar that pierces the
 * opposite line but closes back inside is a pullback to buy (sell), the channel's reversion use.
 * Confidence grows with how far the close clears the line, in ATR-multiple units of the channel.
 */
export const keltnerChannelAgent: AgentDefinition<KeltnerChannelAgentConfig> = {
  id: 'keltner',
  name: 'Keltner Channel breakout and pullback',
  category: 'technical',
  description: 'BUY on a first close above the upper Keltner line or a dip to the lower line in an uptrend; SELL on the mirror images.',
  configSchema,
  create(config) {
    const channel = keltnerChannelFeature(config.period, config.multiplier, config.atrPeriod, config.slopeBars + 1);
    const label = `KELTNER(${config.period},${config.multiplier},${config.atrPeriod})`;
    const warming = warmingUp(label, barsToWarmUp(channel, config.slopeBars + 1));
    const { slopeBars } = config;
    return {
      features: [channel],
      historyNeeded: 2,
      analyze(context) {
        const now = context.features.get(channel, 0);
        const before = context.features.get(channel, 1);
        const then = context.features.get(channel, slopeBars);
        if (now === null || before === null || then === null) return warming;
        const bars = context.bars;
        const close = bars.close(0);
        const previousClose = bars.close(1);
        const { upper, middle, lower } = now;
        const halfWidth = upper - middle;
        const position = halfWidth > 0 ? (close - middle) / halfWidth : 0;
        const slope = middle - then.middle;
        const indicators = { upper, middle, lower, close, position, middleSlope: slope };
        const lines = (): string => `${label} ${lower.toFixed(2)} / ${middle.toFixed(2)} / ${upper.toFixed(2)}`;
        if (close > upper && previousClose <= before.upper) {
          const confidence = 0.5 + 0.25 * ramp(position - 1, 0, 0.5) + (slope > 0 ? 0.1 : 0);
          return vote('BUY', confidence, () => `Close ${close.toFixed(2)} broke above the upper line (${lines()}): breakout BUY.`, indicators);
        }
        if (close < lower && previousClose >= before.lower) {
          const confidence = 0.5 + 0.25 * ramp(-1 - position, 0, 0.5) + (slope < 0 ? 0.1 : 0);
          return vote('SELL', confidence, () => `Close ${close.toFixed(2)} broke below the lower line (${lines()}): breakout SELL.`, indicators);
        }
        const low = bars.low(0);
        if (slope > 0 && low <= lower && close > lower) {
          const confidence = 0.45 + 0.2 * ramp(close - low, 0, halfWidth);
          return vote(
            'BUY',
            confidence,
            () => `Uptrend pullback: the middle line rose ${slope.toFixed(2)} over ${slopeBars} bars and the low ${low.toFixed(2)} tagged the lower line but closed back inside at ${close.toFixed(2)} (${lines()}): BUY.`,
            indicators,
          );
        }
        const high = bars.high(0);
        if (slope < 0 && high >= upper && close < upper) {
          const confidence = 0.45 + 0.2 * ramp(high - close, 0, halfWidth);
          return vote(
            'SELL',
            confidence,
            () => `Downtrend rally: the middle line fell ${(-slope).toFixed(2)} over ${slopeBars} bars and the high ${high.toFixed(2)} tagged the upper line but closed back inside at ${close.toFixed(2)} (${lines()}): SELL.`,
            indicators,
          );
        }
        const riding = close > upper ? ', still riding above the upper line' : close < lower ? ', still riding below the lower line' : '';
        return vote('HOLD', riding ? 0.3 : 0.2, () => `Close ${close.toFixed(2)} sits at ${position.toFixed(2)} half-widths from the middle (${lines()})${riding}: HOLD.`, indicators);
      },
    };
  },
};
