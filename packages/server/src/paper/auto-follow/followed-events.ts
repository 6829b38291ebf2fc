import { RISK_LEVELS, SIGNAL_ACTIONS } from '../../storage/schema/engine-values.js';
import type { PolicySignal } from './auto-follow-policy.js';
import { isFiniteNumber, isRecord } from '../../support/value-guards.js';

/** A signal event's fields auto-follow acts on. */
export interface FollowedSignal extends PolicySignal {
  readonly id: string;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
  /** False once the scorecard closed the signal (its stop, target or expiry): a re-publication, not a new signal. */
  readonly open: boolean;
}

/** A quote event's fields the stop-loss check needs. */
export interface FollowedQuote {
  readonly symbol: string;
  readonly price: number;
  /** True when the providers failed and this is an older price. */
  readonly stale: boolean;
}

function level(value: unknown): number | null | undefined {
  if (value === null) return null;
  return isFiniteNumber(value) ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * The signal of a `signal` event's data (the stored signal as the REST API returns it), or `null` when a field
 * auto-follow needs is missing or of the wrong type. The bus may carry it as JSON between processes, so it is
 * checked rather than trusted.
 */
export function signalOfEvent(data: unknown): FollowedSignal | null {
  if (!isRecord(data)) return null;
  const { id, symbol, action, confidence, riskLevel, positionSize, outcome } = data;
  const stopLoss = level(data.stopLoss);
  const takeProfit = level(data.takeProfit);
  if (typeof id !== 'string' || typeof symbol !== 'string' || symbol === '' || !oneOf(SIGNAL_ACTIONS, action) || !oneOf(RISK_LEVELS, riskLevel)) return null;
  if (!isFiniteNumber(confidence) || !isFiniteNumber(positionSize) || stopLoss === undefined || takeProfit === undefined) return null;
  return { id, symbol, action, confidence, riskLevel, positionSize, stopLoss, takeProfit, open: outcome === null || outcome === undefined };
}

/** The quote of a `quote` event's data (the REST quote body), or `null` when it has no symbol or no positive price. */
export function quoteOfEvent(data: unknown): FollowedQuote | null {
  if (!isRecord(data) || typeof data.symbol !== 'string' || !isFiniteNumber(data.price) || data.price <= 0) return null;
  return { symbol: data.symbol, price: data.price, stale: data.stale === true };
}
