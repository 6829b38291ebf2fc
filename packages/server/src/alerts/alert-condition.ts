import type { OutcomeKind, RiskLevel, SignalAction, Timeframe } from '@goldensignals/engine';
import { parseAlertCondition, type AlertIndicator, type SystemEvent } from './alert-conditions.js';

/** A price rule: fires when the price crosses `price` upward (`price_above`) or downward (`price_below`). */
export interface PriceCondition {
  readonly kind: 'price_above' | 'price_below';
  readonly price: number;
}

/** A signal rule: fires on a new signal that passes every filter. */
export interface SignalCondition {
  readonly kind: 'signal';
  readonly actions: readonly SignalAction[];
  readonly minConfidence: number;
  readonly minConsensusStrength: number;
  readonly riskLevels: readonly RiskLevel[];
  readonly timeframes: readonly Timeframe[];
  /** Agents that must all have voted the signal's action. */
  readonly agents?: readonly string[];
  /** Least number of agents that voted the signal's action. */
  readonly minAgreeingAgents?: number;
}

/** An outcome rule: fires when the scorecard closes a signal in one of these ways. */
export interface OutcomeCondition {
  readonly kind: 'signal_outcome';
  readonly outcomes: readonly OutcomeKind[];
}

/** An indicator rule: fires when the indicator, over closed bars of `timeframe`, crosses `value`. */
export interface IndicatorCondition {
  readonly kind: 'indicator_above' | 'indicator_below';
  readonly indicator: AlertIndicator;
  readonly value: number;
  readonly period: number;
  readonly timeframe: Timeframe;
}

/** A system rule (admins): fires when a market data provider goes down or comes back. */
export interface SystemCondition {
  readonly kind: 'system';
  readonly events: readonly SystemEvent[];
}

/** What a stored rule watches, typed by kind. */
export type AlertCondition = PriceCondition | SignalCondition | OutcomeCondition | IndicatorCondition | SystemCondition;

/**
 * The typed condition of a stored rule, or `null` when its kind or params are not (or no longer) valid: such a rule
 * never fires. The params go through the same check as the API's, so the shape below is what that check guarantees.
 */
export function conditionOf(rule: { readonly kind: string; readonly params: Readonly<Record<string, unknown>> }): AlertCondition | null {
  let params: Record<string, unknown>;
  try {
    params = parseAlertCondition(rule.kind, rule.params);
  } catch {
    return null;
  }
  return { kind: rule.kind, ...params } as AlertCondition;
}
