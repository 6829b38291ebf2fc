import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { directionalMovementFeature } from '../features/trend-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    period: z.number().int().min(2).default(14),
    /** ADX at or above this marks a trend worth following (Wilder/StockCharts: 25). */
    trendLevel: z.number().gt(0).lt(100).default(25),
    /** ADX below this marks a trendless market (20). */
    noTrendLevel: z.number().gt(0).lt(100).default(20),
    /** Smallest +DI/-DI gap that names a side: with both lines near 0 (no range, e.g. a halted market) ADX reads 100 on noise. */
    minDirectionalSpread: z.number().min(0).lt(100).default(5),
  })
  .refine((c) => c.noTrendLevel <= c.trendLevel, { message: 'noTrendLevel must not exceed trendLevel', path: ['noTrendLevel'] });

/** Config of {@link directionalMovementAgent}. */
export type DirectionalMovementAgentConfig = z.infer<typeof configSchema>;

/**
 * ADX/DMI trend (Wilder, New Concepts in Technical Trading Systems, 1978; StockCharts "ADX": a
 * trend is strong above 25, absent below 20): with ADX above 25, BUY when +DI leads -DI and SELL
 * when -DI leads. Conviction grows with ADX (full at 50), and a rising ADX or a +DI/-DI cross on
 * this bar (Wilder's entry trigger) adds to it. Below 20 the market is ranging and the agent holds,
 * with some conviction that no trend move is coming. A side needs +DI and -DI at least
 * `minDirectionalSpread` apart, since ADX is 100 when both lines sit near zero.
 */
export const directionalMovementAgent: AgentDefinition<DirectionalMovementAgentConfig> = {
  id: 'adx-dmi',
  name: 'ADX/DMI trend',
  category: 'technical',
  description: 'With ADX above 25, BUY when +DI is above -DI and SELL when -DI is above +DI; HOLD when ADX shows no trend.',
  configSchema,
  create(config) {
    const dmi = directionalMovementFeature(config.period);
    const label = `DMI(${config.period})`;
    const warming = warmingUp(label, barsToWarmUp(dmi, 2));
    const adxLabel = `ADX(${config.period})`;
    return {
      features: [dmi],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(dmi, 0);
        const before = context.features.get(dmi, 1);
        if (now === null || before === null) return warming;
        const { adx, plusDI, minusDI } = now;
        const previousAdx = before.adx;
        const indicators = { adx, plusDI, minusDI, previousAdx };
        const lines = (): string => `${adxLabel} ${adx.toFixed(1)} (was ${previousAdx.toFixed(1)}), +DI ${plusDI.toFixed(1)} vs -DI ${minusDI.toFixed(1)}`;
        if (adx >= config.trendLevel && Math.abs(plusDI - minusDI) >= config.minDirectionalSpread) {
          const up = plusDI > minusDI;
          const crossed = up ? before.plusDI <= before.minusDI : before.plusDI >= before.minusDI;
          const rising = adx > previousAdx;
          const confidence = 0.45 + 0.25 * ramp(adx, config.trendLevel, 50) + (rising ? 0.1 : 0) + (crossed ? 0.1 : 0);
          const action = up ? 'BUY' : 'SELL';
          return vote(
            action,
            confidence,
            () => `Trending market: ${lines()}${crossed ? (up ? ', +DI just crossed above -DI' : ', -DI just crossed above +DI') : ''}${rising ? ', ADX rising' : ''}: ${action}.`,
            indicators,
          );
        }
        if (adx < config.noTrendLevel) {
          return vote('HOLD', 0.35, () => `No trend: ${lines()}, ADX below ${config.noTrendLevel}: HOLD.`, indicators);
        }
        if (adx >= config.trendLevel) {
          return vote('HOLD', 0.2, () => `No side leads: ${lines()}, +DI and -DI within ${config.minDirectionalSpread} points: HOLD.`, indicators);
        }
        return vote('HOLD', 0.2, () => `Trend not confirmed: ${lines()}, ADX below ${config.trendLevel}: HOLD.`, indicators);
      },
    };
  },
};
