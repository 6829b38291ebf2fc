import type { RiskLevel } from '@goldensignals/engine';

/** A portfolio's auto-follow settings as `GET/PUT /portfolios/:id/auto-follow` give them (defaults until first saved). */
export interface AutoFollowSettings {
  readonly portfolioId: string;
  readonly enabled: boolean;
  /** Empty: every symbol of the owner's watchlists. */
  readonly symbols: readonly string[];
  /** 0..1. */
  readonly minConfidence: number;
  /** At least one. */
  readonly riskLevels: readonly RiskLevel[];
  /** Largest position, % of portfolio equity (>0..100). */
  readonly maxPositionPercent: number;
  /** Whole number 1..100. */
  readonly maxOpenPositions: number;
  /** No new positions for the rest of the UTC day once equity is this % below the day's start (>0..100). */
  readonly maxDailyLossPercent: number;
  /** Sell when a quote crosses the opening signal's stop-loss or take-profit. */
  readonly useStopLoss: boolean;
  /** ISO time; null when never saved. */
  readonly updatedAt: string | null;
}

/** The body of `PUT /portfolios/:id/auto-follow`: every setting, none left out. */
export type AutoFollowSettingsInput = Omit<AutoFollowSettings, 'portfolioId' | 'updatedAt'>;
