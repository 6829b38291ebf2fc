import { z } from 'zod';
import { vote, type AgentDefinition } from '../agent.js';
import { movingAverageConvergenceDivergenceFeature } from '../features/moving-average-features.js';
import { ramp } from './support/ramp.js';
import { barsToWarmUp, warmingUp } from './support/warm-up.js';

const configSchema = z
  .strictObject({
    fastPeriod: z.number().int().min(2).default(12),
    slowPeriod: z.number().int().min(3).default(26),
    signalPeriod: z.number().int().min(2).default(9),
    /** Histogram, in percent of the close, at which a vote reaches full strength. */
    fullHistogramPercent: z.number().positive().default(0.5),
  })
  .refine((c) => c.fastPeriod < c.slowPeriod, { message: 'fastPeriod must be below slowPeriod', path: ['fastPeriod'] });

/** Config of {@link movingAverageConvergenceDivergenceAgent}. */
export type MovingAverageConvergenceDivergenceAgentConfig = z.infer<typeof configSchema>;

/**
 * MACD signal-line cross and histogram momentum (Appel, The Moving Average Convergence-Divergence
 * Trading Method, 1979; histogram by Aspray, 1986): the MACD line crossing above (below) its signal
 * line — the histogram turning positive (negative) — is the buy (sell) signal; between crosses, a
 * histogram that keeps widening for three bars is momentum in force and gets a weaker vote. A
 * cross made on the far side of the zero line (a bullish cross below zero) is an early turn and
 * gets a little more weight. Histogram size is measured in percent of the close so one setting
 * works at any price level.
 */
export const movingAverageConvergenceDivergenceAgent: AgentDefinition<MovingAverageConvergenceDivergenceAgentConfig> = {
  id: 'macd',
  name: 'MACD cross and histogram momentum',
  category: 'technical',
  description: 'BUY when MACD crosses above its signal line or the positive histogram keeps widening; SELL on the mirror image.',
  configSchema,
  create(config) {
    const macd = movingAverageConvergenceDivergenceFeature(config.fastPeriod, config.slowPeriod, config.signalPeriod, 3);
    const label = `MACD(${config.fastPeriod},${config.slowPeriod},${config.signalPeriod})`;
    const warming = warmingUp(label, barsToWarmUp(macd, 3));
    return {
      features: [macd],
      historyNeeded: 1,
      analyze(context) {
        const now = context.features.get(macd, 0);
        const before = context.features.get(macd, 1);
        const earlier = context.features.get(macd, 2);
        if (now === null || before === null || earlier === null) return warming;
        const close = context.bars.close(0);
        const line = now.macd;
        const signal = now.signal;
        const histogram = now.histogram;
        const previousHistogram = before.histogram;
        const earlierHistogram = earlier.histogram;
        const histogramPercent = close > 0 ? (100 * histogram) / close : 0;
        const strength = ramp(Math.abs(histogramPercent), 0, config.fullHistogramPercent);
        const indicators = { macd: line, signal, histogram, previousHistogram, histogramPercent };
        const lines = (): string => `${label} line ${line.toFixed(3)} vs signal ${signal.toFixed(3)}, histogram ${histogram.toFixed(3)} (was ${previousHistogram.toFixed(3)})`;
        if (previousHistogram <= 0 && histogram > 0) {
          const early = line < 0 ? 0.1 : 0;
          return vote('BUY', 0.55 + early + 0.2 * strength, () => `Bullish signal-line cross${early > 0 ? ' below zero' : ''}: ${lines()}: BUY.`, indicators);
        }
        if (previousHistogram >= 0 && histogram < 0) {
          const early = line > 0 ? 0.1 : 0;
          return vote('SELL', 0.55 + early + 0.2 * strength, () => `Bearish signal-line cross${early > 0 ? ' above zero' : ''}: ${lines()}: SELL.`, indicators);
        }
        if (histogram > previousHistogram && previousHistogram > earlierHistogram && histogram > 0) {
          return vote('BUY', 0.3 + 0.2 * strength, () => `Histogram widening for 3 bars above zero: ${lines()}: momentum BUY.`, indicators);
        }
        if (histogram < previousHistogram && previousHistogram < earlierHistogram && histogram < 0) {
          return vote('SELL', 0.3 + 0.2 * strength, () => `Histogram widening for 3 bars below zero: ${lines()}: momentum SELL.`, indicators);
        }
        return vote('HOLD', 0.2, () => `No cross and no building momentum: ${lines()}: HOLD.`, indicators);
      },
    };
  },
};
