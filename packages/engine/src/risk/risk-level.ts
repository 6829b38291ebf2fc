import type { RiskLevel } from '../agents/agent.js';

const RANK: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 1, high: 2 };

/** Level of a volatility percentile (0..1): low below 1/3, high from 2/3, medium between. */
export function riskLevelFromPercentile(percentile: number): RiskLevel {
  return percentile < 1 / 3 ? 'low' : percentile < 2 / 3 ? 'medium' : 'high';
}

/** The higher of two risk levels. */
export function higherRiskLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RANK[b] > RANK[a] ? b : a;
}
