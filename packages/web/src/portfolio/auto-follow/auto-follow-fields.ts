import type { RiskLevel } from '@goldensignals/engine';

/** The auto-follow form's values as typed: numbers as text, confidence in percent, symbols as a free list. */
export interface AutoFollowFields {
  readonly enabled: boolean;
  readonly symbols: string;
  readonly minConfidence: string;
  readonly riskLevels: readonly RiskLevel[];
  readonly maxPositionPercent: string;
  readonly maxOpenPositions: string;
  readonly maxDailyLossPercent: string;
  readonly useStopLoss: boolean;
}
