import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { volumeAverageFeature } from '../features/derived-features.js';
import { onBalanceVolumeFeature } from '../features/volume-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z.strictObject({
  /** Bars over which the price move and the OBV move are compared. */
  trendBars: z.number().int().min(2).max(100).default(10),
  volumePeriod: z.number().int().min(2).default(20),
  /** Current volume over its average needed to confirm (1 = at least average). */
  minVolumeRatio: z.number().positive().default(1),
});

/** Config of {@link onBalanceVolumeAgent}. */
export type OnBalanceVolumeAgentConfig = z.infer<typeof configSchema>;

/**
 * Volume confirmation with on-balance volume (Granville, Granville's New Key to Stock Market
 * Profits, 1963; the Dow-theory rule that volume must confirm the trend): BUY when price rose over
 * the last `trendBars` bars, OBV rose with it and today's volume is at least its 20-bar average;
 * SELL in the mirror case. A price move that OBV does not confirm is a divergence and is held. The
 * OBV move is scaled by the volume traded over the window (net up-volume share, -1..1), so it is
 * comparable across symbols.
 */
export const onBalanceVolumeAgent: AgentDefinition<OnBalanceVolumeAgentConfig> = {
  id: 'obv-volume',
  name: 'OBV volume confirmation',
  category: 'technical',
  description: 'BUY when a rise over 10 bars is confirmed by rising OBV and above-average volume; SELL when a fall is confirmed the same way.',
  configSchema,
  create(config) {
    const obv = onBalanceVolumeFeature(config.trendBars + 1);
    const averageVolume = volumeAverageFeature(config.volumePeriod, 1);
    const label = `OBV over ${config.trendBars} bars`;
    const needed = Math.max(barsToWarmUp(obv, config.trendBars + 1), barsToWarmUp(averageVolume, 1));
    const warming = warmingUp(`${label} and VOLUME_SMA(${config.volumePeriod})`, needed);
    const { trendBars, volumePeriod } = config;
    return {
      features: [obv, averageVolume],
      historyNeeded: trendBars + 1,
      analyze(context) {
        const obvNow = context.features.get(obv, 0);
        const obvThen = context.features.get(obv, trendBars);
        const average = context.features.get(averageVolume, 0);
        if (obvNow === null || obvThen === null || average === null) return warming;
        const bars = context.bars;
        const close = bars.close(0);
        const start = bars.close(trendBars);
        const priceChangePercent = start > 0 ? (100 * (close - start)) / start : 0;
        const obvShare = average > 0 ? (obvNow - obvThen) / (average * trendBars) : 0;
        const volumeRatio = average > 0 ? bars.volume(0) / average : 0;
        const indicators = { obv: obvNow, obvShare, priceChangePercent, volumeRatio };
        const readings = (): string =>
          `price ${priceChangePercent >= 0 ? '+' : ''}${priceChangePercent.toFixed(2)}% over ${trendBars} bars, OBV ${obvShare >= 0 ? '+' : ''}${obvShare.toFixed(2)} of average volume per bar, volume ${volumeRatio.toFixed(2)}x its ${volumePeriod}-bar average`;
        const agree = (priceChangePercent > 0 && obvShare > 0) || (priceChangePercent < 0 && obvShare < 0);
        if (agree && volumeRatio >= config.minVolumeRatio) {
          const confidence = 0.4 + 0.25 * ramp(Math.abs(obvShare), 0, 0.5) + 0.15 * ramp(volumeRatio, config.minVolumeRatio, 2 * config.minVolumeRatio);
          const action = priceChangePercent > 0 ? 'BUY' : 'SELL';
          return vote(action, confidence, () => `Volume confirms the move: ${readings()}: ${action}.`, indicators);
        }
        if (agree) return vote('HOLD', 0.25, () => `OBV agrees but volume is light: ${readings()}: HOLD.`, indicators);
        if (priceChangePercent !== 0 && obvShare !== 0) return vote('HOLD', 0.3, () => `OBV diverges from price: ${readings()}: HOLD.`, indicators);
        return vote('HOLD', 0.2, () => `No move to confirm: ${readings()}: HOLD.`, indicators);
      },
    };
  },
};
