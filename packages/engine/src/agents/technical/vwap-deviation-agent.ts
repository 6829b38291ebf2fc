import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { vwapDeviationFeature } from '../features/derived-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  /** Bars over which the close-to-VWAP deviation is standardised. */
  period: z.number().int().min(5).default(20),
  /** |z| at or beyond which the stretch from VWAP is faded. */
  entryZ: z.number().positive().default(2),
});

/** Config of {@link vwapDeviationAgent}. */
export type VwapDeviationAgentConfig = z.infer<typeof configSchema>;

/**
 * VWAP deviation mean reversion: session VWAP is the volume-weighted fair price institutions
 * benchmark against (Berkowitz, Logue & Noser, "The Total Cost of Transactions on the NYSE",
 * Journal of Finance 1988; StockCharts "VWAP"), and a close stretched far from it tends to be pulled
 * back. The stretch is the z-score of close/VWAP - 1 over the last 20 bars: BUY at -2 or below,
 * SELL at +2 or above, with conviction growing up to entryZ + 1.5. On daily bars each bar is its own
 * session, so VWAP is the bar's typical price and the rule reads where the close sits in the bar.
 */
export const vwapDeviationAgent: AgentDefinition<VwapDeviationAgentConfig> = {
  id: 'vwap-deviation',
  name: 'VWAP deviation',
  category: 'technical',
  description: 'BUY when the close is unusually far below the session VWAP (z <= -2), SELL when unusually far above (z >= 2).',
  configSchema,
  create(config) {
    const deviation = vwapDeviationFeature(config.period, 1);
    const label = `VWAP deviation z-score over ${config.period} bars`;
    const warming = warmingUp(label, barsToWarmUp(deviation, 1));
    const { period, entryZ } = config;
    return {
      features: [deviation],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(deviation, 0);
        if (now === null) return warming;
        const close = context.bars.close(0);
        const deviationPercent = now.deviation * 100;
        const { vwap, zScore } = now;
        const indicators = { close, vwap, deviationPercent, zScore };
        const where = (): string =>
          `Close ${close.toFixed(2)} is ${Math.abs(deviationPercent).toFixed(2)}% ${deviationPercent < 0 ? 'below' : 'above'} the session VWAP ${vwap.toFixed(2)}, a z-score of ${zScore.toFixed(2)} over ${period} bars`;
        const stretch = ramp(Math.abs(zScore), entryZ, entryZ + 1.5);
        if (zScore <= -entryZ) return vote('BUY', 0.5 + 0.4 * stretch, () => `${where()}: mean-reversion BUY.`, indicators);
        if (zScore >= entryZ) return vote('SELL', 0.5 + 0.4 * stretch, () => `${where()}: mean-reversion SELL.`, indicators);
        return vote('HOLD', 0.2, () => `${where()}, inside +-${entryZ}: HOLD.`, indicators);
      },
    };
  },
};
