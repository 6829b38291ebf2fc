import type { RiskAssessment, RiskLevel, SignalAction } from '../agents/agent.js';
import { DEFAULT_RISK_OPTIONS, type RiskOptions } from './risk-options.js';
import { kellyCriterion } from './kelly.js';
import { higherRiskLevel, riskLevelFromPercentile } from './risk-level.js';

/** What {@link assessRisk} needs about one signal. */
export interface RiskInput {
  readonly action: SignalAction;
  /** Entry price (the signal bar's close). */
  readonly entry: number;
  /** ATR at the signal bar, `null` while it warms up. */
  readonly atr: number | null;
  /** Percentile (0..1) of ATR/close within its own recent history, `null` while too few values. */
  readonly volatilityPercentile: number | null;
  /** Assessments attached to the votes of the risk agents that voted. */
  readonly riskAssessments?: readonly RiskAssessment[];
  /** The consensus' measured win rate (shrunk toward 0.5 while samples are few). */
  readonly winRate: number;
  /** The consensus' measured payoff ratio, `null` until measured (the reward/risk multiple is used then). */
  readonly payoff: number | null;
}

/** Which limit set the position size. */
export type SizeLimit = 'kelly' | 'max-risk-per-trade' | 'max-position' | 'no-edge' | 'no-stop' | 'hold';

/** Stops, risk level and position size of one signal, with the numbers behind them. */
export interface TradeRisk {
  /** entry − k×ATR for BUY, entry + k×ATR for SELL; `null` for HOLD or without ATR. */
  readonly stopLoss: number | null;
  /** entry ± R×k×ATR (never below 0); `null` for HOLD or without ATR. */
  readonly takeProfit: number | null;
  /** k×ATR in price units, `null` without ATR. */
  readonly stopDistance: number | null;
  readonly rewardRisk: number;
  /** The volatility level raised to the highest level a risk agent reported. */
  readonly riskLevel: RiskLevel;
  /** Level from the volatility percentile alone, `null` while it is unknown (then medium is assumed). */
  readonly volatilityLevel: RiskLevel | null;
  readonly volatilityPercentile: number | null;
  readonly winRate: number;
  /** The payoff ratio b Kelly used, and where it came from. */
  readonly payoff: number;
  readonly payoffSource: 'measured' | 'reward-risk';
  /** Full Kelly fraction p − (1 − p)/b (may be ≤ 0: no edge). */
  readonly kelly: number;
  /** Product of the risk agents' size multipliers. */
  readonly sizeMultiplier: number;
  /** Suggested fraction of equity; 0 for HOLD, without a stop, or without an edge. */
  readonly positionSize: number;
  readonly sizeLimit: SizeLimit;
}

/**
 * Stops, targets, risk level and position size for a signal (pure). Stop = entry ∓ k×ATR and
 * target = entry ± R×k×ATR. The risk level comes from the percentile of ATR/close in its recent
 * history (low < 1/3 ≤ medium < 2/3 ≤ high; medium while unknown) and is raised to the highest level
 * a risk agent reports. Size = min(maxPosition, kellyFraction × Kelly(p, b), maxRiskPerTrade / (k×ATR /
 * entry)) × Π risk agents' size multipliers, where p is the consensus' measured win rate and b its
 * measured payoff (the reward/risk multiple R until measured); 0 for HOLD, when Kelly ≤ 0, or without ATR
 * (no stop, no trade).
 */
export function assessRisk(input: RiskInput, options: RiskOptions = DEFAULT_RISK_OPTIONS): TradeRisk {
  const { action, entry, atr, volatilityPercentile, winRate } = input;
  if (!(entry > 0 && entry < Infinity)) throw new RangeError(`entry must be a positive finite price, got ${entry}`);
  if (atr !== null && !(atr >= 0 && atr < Infinity)) throw new RangeError(`atr must be a finite number >= 0 or null, got ${atr}`);
  if (!(winRate >= 0 && winRate <= 1)) throw new RangeError(`winRate must be a number in [0, 1], got ${winRate}`);
  if (input.payoff !== null && !(input.payoff > 0 && input.payoff < Infinity)) throw new RangeError(`payoff must be a positive number or null, got ${input.payoff}`);

  const volatilityLevel = volatilityPercentile === null ? null : riskLevelFromPercentile(volatilityPercentile);
  let riskLevel: RiskLevel = volatilityLevel ?? 'medium';
  let sizeMultiplier = 1;
  for (const assessment of input.riskAssessments ?? []) {
    riskLevel = higherRiskLevel(riskLevel, assessment.level);
    sizeMultiplier *= assessment.sizeMultiplier;
  }

  const { stopAtrMultiple, rewardRisk, kellyFraction, maxPosition, maxRiskPerTrade } = options;
  const payoff = input.payoff ?? rewardRisk;
  const kelly = kellyCriterion(winRate, payoff);
  const stopDistance = atr !== null && atr > 0 ? stopAtrMultiple * atr : null;
  const direction = action === 'BUY' ? 1 : action === 'SELL' ? -1 : 0;
  const hasStop = direction !== 0 && stopDistance !== null;
  const stopLoss = hasStop ? entry - direction * stopDistance : null;
  const takeProfit = hasStop ? Math.max(0, entry + direction * rewardRisk * stopDistance) : null;

  let positionSize = 0;
  let sizeLimit: SizeLimit;
  if (direction === 0) sizeLimit = 'hold';
  else if (stopDistance === null) sizeLimit = 'no-stop';
  else if (!(kelly > 0)) sizeLimit = 'no-edge';
  else {
    positionSize = kellyFraction * kelly;
    sizeLimit = 'kelly';
    const riskSize = maxRiskPerTrade / (stopDistance / entry);
    if (riskSize < positionSize) {
      positionSize = riskSize;
      sizeLimit = 'max-risk-per-trade';
    }
    if (maxPosition < positionSize) {
      positionSize = maxPosition;
      sizeLimit = 'max-position';
    }
    positionSize *= sizeMultiplier;
  }

  return {
    stopLoss,
    takeProfit,
    stopDistance,
    rewardRisk,
    riskLevel,
    volatilityLevel,
    volatilityPercentile,
    winRate,
    payoff,
    payoffSource: input.payoff === null ? 'reward-risk' : 'measured',
    kelly,
    sizeMultiplier,
    positionSize,
    sizeLimit,
  };
}
