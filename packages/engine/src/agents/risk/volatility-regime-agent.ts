import { z } from 'zod';
import { vote, type AgentDefinition, type RiskLevel } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent, formatPercentile } from './format-percent.js';
import { volatilityRegimeFeature } from './volatility-regime-feature.js';

const configSchema = z
  .strictObject({
    volatilityPeriod: z.number().int().min(2).max(250).default(20),
    regimeWindow: z.number().int().min(20).max(2520).default(252),
    lowPercentile: z.number().min(0).max(1).default(0.2),
    highPercentile: z.number().min(0).max(1).default(0.8),
    /** Floor of the volatility-targeting size multiplier. */
    minSizeMultiplier: z.number().min(0).max(1).default(0.25),
  })
  .refine((c) => c.lowPercentile < c.highPercentile, { message: 'lowPercentile must be below highPercentile', path: ['lowPercentile'] });

/** Config of {@link volatilityRegimeAgent}. */
export type VolatilityRegimeConfig = z.infer<typeof configSchema>;

/**
 * Ranks the current return volatility within its own past: above `highPercentile` the regime is
 * high risk (wide, erratic moves stop out good entries) and the size is cut to target the median
 * volatility (size × median / current); below `lowPercentile` it is low risk. Always votes HOLD: the
 * regime says how much to bet, not which way.
 */
export const volatilityRegimeAgent: AgentDefinition<VolatilityRegimeConfig> = {
  id: 'volatility-regime',
  name: 'Volatility regime',
  category: 'risk',
  description: 'Percentile of the 20-bar return volatility within the last 252 bars: sets the risk level and scales size to the median volatility; votes HOLD.',
  configSchema,
  create(config) {
    const feature = volatilityRegimeFeature(config.volatilityPeriod, config.regimeWindow);
    const needed = config.volatilityPeriod + config.regimeWindow;
    const warming = symbolAbstention((symbol) => `${feature.key} needs ${needed} bars of ${symbol} with a positive close; still warming up`);
    const normalRegime = 'a normal regime';
    const highRegime = `a high-volatility regime (above the ${formatPercentile(config.highPercentile)} percentile)`;
    const calmRegime = `a calm regime (below the ${formatPercentile(config.lowPercentile)} percentile)`;
    return {
      features: [feature],
      historyNeeded: 1,
      analyze(context) {
        const regime = context.features.get(feature);
        if (!regime) return warming(context.symbol);
        const { volatility, percentile, median } = regime;
        const sizeMultiplier = Math.max(config.minSizeMultiplier, Math.min(1, volatility > 0 ? median / volatility : 1));
        let level: RiskLevel = 'medium';
        let confidence = 0.15;
        let regimeText = normalRegime;
        if (percentile >= config.highPercentile) {
          level = 'high';
          // The further into the top of the range, the surer that entries get whipsawed.
          confidence = 0.3 + 0.5 * ((percentile - config.highPercentile) / (1 - config.highPercentile || 1));
          regimeText = highRegime;
        } else if (percentile <= config.lowPercentile) {
          level = 'low';
          confidence = 0.1;
          regimeText = calmRegime;
        }
        const regimeLevel = level;
        const regimeName = regimeText;
        const reasoning = (): string =>
          `${config.volatilityPeriod}-bar return volatility is ${formatPercent(volatility)} per bar, the ${formatPercentile(percentile)} percentile of the last ` +
          `${config.regimeWindow} bars (median ${formatPercent(median)}): ${regimeName}, ${regimeLevel} risk, size × ${sizeMultiplier.toFixed(2)}, HOLD.`;
        return vote('HOLD', confidence, reasoning, { volatility, volatilityPercentile: percentile, medianVolatility: median, sizeMultiplier }, { level, sizeMultiplier });
      },
    };
  },
};
