import type { OutcomeKind, RiskLevel, SignalAction, Timeframe } from '@goldensignals/engine';
import type { AlertChannel } from './alert-channels.js';
import type { AlertIndicator } from './alert-indicators.js';
import type { AlertKind } from './alert-kinds.js';
import type { SystemEvent } from './system-events.js';

/**
 * The alert form's values as typed. Field names follow the body (`price`, `value`, `timeframe` are params), so the
 * server's problems (`body.params.value`) land at their control; only the chosen kind's fields are sent.
 */
export interface AlertFields {
  readonly kind: AlertKind;
  /** Optional: messages name the rule by it ("BUY AAPL 72% (rule: strong buys)"). */
  readonly name: string;
  readonly symbol: string;
  readonly price: string;
  readonly actions: readonly SignalAction[];
  /** Percent, 0–100. */
  readonly minConfidence: string;
  /** Percent of the participating weight that agreed, 0–100. */
  readonly minConsensusStrength: string;
  readonly riskLevels: readonly RiskLevel[];
  readonly timeframes: readonly Timeframe[];
  /** Agent ids that must all have voted the signal's action. */
  readonly agents: readonly string[];
  readonly minAgreeingAgents: string;
  readonly outcomes: readonly OutcomeKind[];
  readonly indicator: AlertIndicator;
  /** The indicator level. */
  readonly value: string;
  readonly period: string;
  /** The indicator's timeframe. */
  readonly timeframe: Timeframe;
  readonly events: readonly SystemEvent[];
  readonly channels: readonly AlertChannel[];
  readonly quietHoursOn: boolean;
  readonly quietStart: string;
  readonly quietEnd: string;
  readonly quietTimeZone: string;
  readonly maxPerHour: string;
}
