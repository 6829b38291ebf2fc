import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { swingPointsFeature } from '../features/levels-features.js';
import { averageTrueRangeFeature } from '../features/volatility-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  /** Bars each side that make a swing high/low. */
  strength: z.number().int().min(1).max(20).default(5),
  atrPeriod: z.number().int().min(1).default(14),
  /** How close, in ATRs, a bar must come to a level to test it. */
  proximityAtr: z.number().positive().max(5).default(0.5),
});

/** Config of {@link supportResistanceAgent}. */
export type SupportResistanceAgentConfig = z.infer<typeof configSchema>;

/**
 * Support and resistance from swing points (Murphy, Technical Analysis of the Financial Markets,
 * 1999, ch. 4; Edwards & Magee): the last confirmed swing low is support, the last swing high
 * resistance. A first close through a level is a breakout (BUY above resistance, SELL below
 * support); a bar that tests a level within `proximityAtr` ATRs and turns away from it on the
 * close (an up bar off support, a down bar off resistance) is a bounce or a rejection.
 */
export const supportResistanceAgent: AgentDefinition<SupportResistanceAgentConfig> = {
  id: 'support-resistance',
  name: 'Support and resistance',
  category: 'technical',
  description: 'BUY on a breakout above swing resistance or a bounce off swing support; SELL on a breakdown below support or a rejection at resistance.',
  configSchema,
  create(config) {
    const swings = swingPointsFeature(config.strength, 1);
    const atr = averageTrueRangeFeature(config.atrPeriod, 1);
    const label = `SWING(${config.strength})`;
    const needed = Math.max(barsToWarmUp(swings, 1), barsToWarmUp(atr, 1));
    const warming = warmingUp(`${label} support/resistance (a swing high and a swing low)`, needed);
    const { proximityAtr } = config;
    return {
      features: [swings, atr],
      historyNeeded: 2,
      analyze(context) {
        const levels = context.features.get(swings, 0);
        const range = context.features.get(atr, 0);
        if (levels === null || range === null) return warming;
        const bars = context.bars;
        const close = bars.close(0);
        const previousClose = bars.close(1);
        const resistance = levels.swingHigh;
        const support = levels.swingLow;
        const resistanceAge = levels.swingHighAge;
        const supportAge = levels.swingLowAge;
        const reach = proximityAtr * range;
        const indicators = { support, resistance, close, atr: range, supportAge, resistanceAge };
        const clearance = range > 0 ? 1 / range : 0;
        if (close > resistance && previousClose <= resistance) {
          const confidence = 0.55 + 0.25 * ramp((close - resistance) * clearance, 0, 1);
          return vote('BUY', confidence, () => `Close ${close.toFixed(2)} broke above swing resistance ${resistance.toFixed(2)} (set ${resistanceAge} bars ago; ATR ${range.toFixed(2)}): breakout BUY.`, indicators);
        }
        if (close < support && previousClose >= support) {
          const confidence = 0.55 + 0.25 * ramp((support - close) * clearance, 0, 1);
          return vote('SELL', confidence, () => `Close ${close.toFixed(2)} broke below swing support ${support.toFixed(2)} (set ${supportAge} bars ago; ATR ${range.toFixed(2)}): breakdown SELL.`, indicators);
        }
        const low = bars.low(0);
        const high = bars.high(0);
        const open = bars.open(0);
        if (Math.abs(low - support) <= reach && close > support && close > open) {
          const confidence = 0.45 + 0.2 * ramp((close - low) * clearance, 0, 1);
          return vote(
            'BUY',
            confidence,
            () => `The low ${low.toFixed(2)} tested swing support ${support.toFixed(2)} (within ${proximityAtr} ATR of ${range.toFixed(2)}) and the bar closed up at ${close.toFixed(2)}: bounce BUY.`,
            indicators,
          );
        }
        if (Math.abs(high - resistance) <= reach && close < resistance && close < open) {
          const confidence = 0.45 + 0.2 * ramp((high - close) * clearance, 0, 1);
          return vote(
            'SELL',
            confidence,
            () => `The high ${high.toFixed(2)} tested swing resistance ${resistance.toFixed(2)} (within ${proximityAtr} ATR of ${range.toFixed(2)}) and the bar closed down at ${close.toFixed(2)}: rejection SELL.`,
            indicators,
          );
        }
        return vote('HOLD', 0.2, () => `Close ${close.toFixed(2)} is between swing support ${support.toFixed(2)} and resistance ${resistance.toFixed(2)} with no test or break: HOLD.`, indicators);
      },
    };
  },
};
