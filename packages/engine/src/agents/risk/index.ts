import type { AgentDefinition } from '../agent.js';
import { benchmarkCorrelationAgent } from './benchmark-correlation-agent.js';
import { drawdownAgent } from './drawdown-agent.js';
import { kellySizingAgent } from './kelly-sizing-agent.js';
import { valueAtRiskAgent } from './value-at-risk-agent.js';
import { volatilityRegimeAgent } from './volatility-regime-agent.js';

export * from './benchmark-correlation-agent.js';
export * from './drawdown-agent.js';
export * from './kelly-sizing-agent.js';
export * from './value-at-risk-agent.js';
export * from './volatility-regime-agent.js';
export * from './sorted-window.js';
export * from './return-volatility.js';
export * from './volatility-regime-feature.js';
export * from './rolling-drawdown.js';
export * from './historical-value-at-risk.js';
export * from './holding-return-distribution.js';

/**
 * The risk agents, in registration order.
 *
 * How risk agents take part in a signal: like every agent, each returns a vote that enters the
 * consensus. Their votes are mostly HOLD, with a confidence that says how strongly they expect no
 * good entry (a lukewarm HOLD of 0.1-0.2 dilutes the BUY/SELL share little; a high-volatility or
 * near-limit HOLD dilutes it more). They vote a direction only where they have one: drawdown
 * capitulation (BUY), VaR above its limit (SELL), a highly correlated benchmark trend, or a Kelly
 * edge of the symbol's own return distribution. Their main role is the `risk` they attach to every
 * vote (RiskAssessment in agents/agent.ts): the risk module takes the HIGHEST `level` any risk agent
 * reports as the signal's risk level, and multiplies the position size by EVERY agent's
 * `sizeMultiplier` (each in 0..1; 1 = no cut):
 * - volatility-regime: level from the volatility percentile; size × median volatility / current.
 * - drawdown: level from the depth below the rolling high; size cut linearly as it deepens.
 * - benchmark-correlation: level from |beta|; size × 1/|beta| for high-beta symbols.
 * - value-at-risk: level from VaR / limit; size × limit / VaR when VaR exceeds the limit.
 * - kelly-sizing: size × capped fractional Kelly bet / cap (floored).
 * An abstaining risk agent (warming up, no benchmark) contributes neither a level nor a multiplier.
 */
export const riskAgents: readonly AgentDefinition[] = [
  volatilityRegimeAgent,
  drawdownAgent,
  benchmarkCorrelationAgent,
  valueAtRiskAgent,
  kellySizingAgent,
];
