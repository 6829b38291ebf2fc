import { z } from 'zod';
import { vote, type AgentDefinition, type RiskLevel } from '../agent.js';
import { symbolAbstention } from '../symbol-abstention.js';
import { formatPercent } from './format-percent.js';
import { valueAtRiskFeature } from './historical-value-at-risk.js';

const configSchema = z.strictObject({
  window: z.number().int().min(20).max(2520).default(250),
  confidence: z.number().min(0.8).max(0.999).default(0.95),
  /** Largest acceptable one-bar VaR of a full position, as a fraction (0.04 = 4 %). */
  limit: z.number().gt(0).lt(1).default(0.04),
  minSizeMultiplier: z.number().min(0).max(1).default(0.1),
});

/** Config of {@link valueAtRiskAgent}. */
export type ValueAtRiskConfig = z.infer<typeof configSchema>;

/**
 * Historical one-bar VaR and CVaR (expected shortfall) of the symbol's returns. The size is scaled
 * so the position's VaR stays within `limit` (size × min(1, limit / VaR)); the risk level is low
 * below half the limit, medium below it, high above. When VaR breaches the limit it votes SELL
 * (cut exposure) with confidence growing with the breach; otherwise HOLD, more confident the
 * closer VaR is to the limit.
 */
export const valueAtRiskAgent: AgentDefinition<ValueAtRiskConfig> = {
  id: 'value-at-risk',
  name: 'Value at risk',
  category: 'risk',
  description: 'Historical 95 % one-bar VaR/CVaR over 250 bars: scales size to a 4 % VaR limit and votes SELL when VaR breaches it, else HOLD.',
  configSchema,
  create(config) {
    const feature = valueAtRiskFeature(config.window, config.confidence);
    const warming = symbolAbstention((symbol) => `${feature.key} needs ${config.window + 1} bars of ${symbol}; still warming up`);
    const confidenceLabel = `${Number((config.confidence * 100).toFixed(1))}%`;
    return {
      features: [feature],
      historyNeeded: 1,
      analyze(context) {
        const value = context.features.get(feature);
        if (!value) return warming(context.symbol);
        const { valueAtRisk, expectedShortfall } = value;
        const usage = valueAtRisk / config.limit;
        const riskLevel: RiskLevel = usage >= 1 ? 'high' : usage >= 0.5 ? 'medium' : 'low';
        const sizeMultiplier = valueAtRisk > config.limit ? Math.max(config.minSizeMultiplier, config.limit / valueAtRisk) : 1;
        const indicators = { valueAtRisk, expectedShortfall, limit: config.limit, sizeMultiplier };
        const risk = { level: riskLevel, sizeMultiplier };
        const stats = (): string => `One-bar ${confidenceLabel} historical VaR over ${config.window} bars is ${formatPercent(valueAtRisk)} (CVaR ${formatPercent(expectedShortfall)})`;
        if (usage > 1) {
          const confidence = 0.3 + 0.7 * Math.min(1, usage - 1);
          return vote('SELL', confidence, () => `${stats()}, above the ${formatPercent(config.limit)} limit: SELL to cut exposure, high risk, size × ${sizeMultiplier.toFixed(2)}.`, indicators, risk);
        }
        const confidence = 0.1 + 0.3 * Math.max(0, usage);
        return vote('HOLD', confidence, () => `${stats()}, within the ${formatPercent(config.limit)} limit: ${riskLevel} risk, HOLD.`, indicators, risk);
      },
    };
  },
};
