import { z } from 'zod';
import { vote, type AgentDefinition, type RiskLevel } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from './format-percent.js';
import { drawdownFeature } from './rolling-drawdown.js';

const configSchema = z
  .strictObject({
    window: z.number().int().min(5).max(2520).default(252),
    mediumDrawdown: z.number().gt(0).lt(1).default(0.1),
    highDrawdown: z.number().gt(0).lt(1).default(0.2),
    /** Depth from which a high-volume reversal bar counts as capitulation. */
    capitulationDrawdown: z.number().gt(0).lt(1).default(0.25),
    volumePeriod: z.number().int().min(2).max(30).default(20),
    /** Volume of the capitulation bar as a multiple of the previous `volumePeriod` bars' mean. */
    capitulationVolume: z.number().min(1).default(2),
    /** Size multiplier reached at `highDrawdown` and kept deeper. */
    minSizeMultiplier: z.number().min(0).max(1).default(0.5),
  })
  .refine((c) => c.mediumDrawdown < c.highDrawdown, { message: 'mediumDrawdown must be below highDrawdown', path: ['mediumDrawdown'] });

/** Config of {@link drawdownAgent}. */
export type DrawdownConfig = z.infer<typeof configSchema>;

/**
 * Drawdown of the close from its highest close of the window. Deeper drawdown raises the risk level
 * and shrinks the size linearly from 1 at `mediumDrawdown` to `minSizeMultiplier` at `highDrawdown`.
 * It votes BUY only on capitulation: at least `capitulationDrawdown` below the peak, on a bar with
 * `capitulationVolume` × normal volume that closes in the upper half of its range (a selling climax
 * that buyers absorbed). Otherwise HOLD, more confident the deeper the drawdown (no entry into a
 * falling market without that climax).
 */
export const drawdownAgent: AgentDefinition<DrawdownConfig> = {
  id: 'drawdown',
  name: 'Drawdown',
  category: 'risk',
  description: 'Drawdown from the 252-bar high sets risk and size; BUY on a high-volume capitulation reversal at least 25 % below the high, else HOLD.',
  configSchema,
  create(config) {
    const feature = drawdownFeature(config.window);
    const warming = symbolAbstention((symbol) => `${feature.key} needs ${config.window} bars of ${symbol}; still warming up`);
    return {
      features: [feature],
      historyNeeded: config.volumePeriod + 1,
      analyze(context) {
        const value = context.features.get(feature);
        if (!value) return warming(context.symbol);
        const depth = -value.drawdown;
        const level: RiskLevel = depth >= config.highDrawdown ? 'high' : depth >= config.mediumDrawdown ? 'medium' : 'low';
        const span = config.highDrawdown - config.mediumDrawdown;
        const sizeMultiplier =
          depth <= config.mediumDrawdown ? 1 : Math.max(config.minSizeMultiplier, 1 - ((1 - config.minSizeMultiplier) * (depth - config.mediumDrawdown)) / span);
        const risk = { level, sizeMultiplier };
        const { drawdown, peak, barsSincePeak } = value;
        const indicators: Record<string, number> = { drawdown, peak, barsSincePeak, sizeMultiplier };
        const symbol = context.symbol;
        const where = (): string => `${symbol} is ${formatPercent(depth, 1)} below its ${config.window}-bar high of ${peak.toFixed(2)} (${barsSincePeak} bars ago)`;

        if (depth >= config.capitulationDrawdown && context.bars.length > config.volumePeriod) {
          let volumeSum = 0;
          for (let ago = 1; ago <= config.volumePeriod; ago++) volumeSum += context.bars.volume(ago);
          const averageVolume = volumeSum / config.volumePeriod;
          const volumeRatio = averageVolume > 0 ? context.bars.volume(0) / averageVolume : 0;
          const high = context.bars.high(0);
          const low = context.bars.low(0);
          const closeLocation = high > low ? (context.bars.close(0) - low) / (high - low) : 0.5;
          if (volumeRatio >= config.capitulationVolume && closeLocation >= 0.5) {
            const deeper = Math.min(1, (depth - config.capitulationDrawdown) / config.capitulationDrawdown);
            const louder = Math.min(1, (volumeRatio - config.capitulationVolume) / config.capitulationVolume);
            const confidence = 0.35 + 0.3 * deeper + 0.2 * louder + 0.15 * (closeLocation - 0.5) * 2;
            const reasoning = (): string =>
              `${where()}, and the bar traded ${volumeRatio.toFixed(1)}× its ${config.volumePeriod}-bar average volume closing at ` +
              `${formatPercent(closeLocation, 0)} of its range: capitulation BUY, ${level} risk, size × ${sizeMultiplier.toFixed(2)}.`;
            return vote('BUY', confidence, reasoning, { ...indicators, volumeRatio, closeLocation }, risk);
          }
        }
        const confidence = 0.1 + 0.4 * Math.min(1, depth / config.highDrawdown);
        const wait = depth >= config.capitulationDrawdown ? 'HOLD until a high-volume capitulation bar' : 'HOLD';
        const reasoning = (): string => `${where()}: ${level} risk, size × ${sizeMultiplier.toFixed(2)}, ${wait}.`;
        return vote('HOLD', confidence, reasoning, indicators, risk);
      },
    };
  },
};
