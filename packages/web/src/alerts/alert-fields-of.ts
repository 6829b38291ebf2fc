import { TIMEFRAMES, type Timeframe } from '@goldensignals/engine';
import type { AlertChannel } from './alert-channels.js';
import { ALERT_CHANNELS } from './alert-channels.js';
import type { AlertFields } from './alert-fields.js';
import { ALERT_INDICATORS } from './alert-indicators.js';
import { ALERT_KINDS } from './alert-kinds.js';
import { ALERT_OUTCOMES } from './alert-outcomes.js';
import type { AlertView } from './alert-view.js';
import { emptyAlertFields } from './empty-alert-fields.js';
import { SYSTEM_EVENTS } from './system-events.js';

/** The entries of `value` that are among `allowed`, in `allowed`'s order; `fallback` when it is not a list. */
function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: readonly T[]): readonly T[] {
  if (!Array.isArray(value)) return fallback;
  return allowed.filter((option) => value.includes(option));
}

function text(value: unknown, scale = 1): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * scale * 1e6) / 1e6) : '';
}

/** The form's fields of a stored rule, to edit it: the params as the server completed them, percentages as typed. */
export function alertFieldsOf(alert: AlertView): AlertFields {
  const empty = emptyAlertFields();
  const params = alert.params;
  const kind = ALERT_KINDS.find((option) => option.kind === alert.kind)?.kind ?? empty.kind;
  const timeframes = pick<Timeframe>(params.timeframes, TIMEFRAMES, []);
  const indicator = ALERT_INDICATORS.find((option) => option.indicator === params.indicator)?.indicator ?? empty.indicator;
  return {
    ...empty,
    kind,
    name: alert.name ?? '',
    symbol: alert.symbol,
    price: text(params.price),
    actions: pick(params.actions, ['BUY', 'SELL', 'HOLD'], empty.actions),
    minConfidence: params.minConfidence === 0 ? '' : text(params.minConfidence, 100),
    minConsensusStrength: params.minConsensusStrength === 0 ? '' : text(params.minConsensusStrength, 100),
    riskLevels: pick(params.riskLevels, ['low', 'medium', 'high'], empty.riskLevels),
    // Every timeframe is what an empty choice means; shown that way it stays one click from narrowing.
    timeframes: timeframes.length === TIMEFRAMES.length ? [] : timeframes,
    agents: Array.isArray(params.agents) ? params.agents.filter((agent): agent is string => typeof agent === 'string') : [],
    minAgreeingAgents: text(params.minAgreeingAgents),
    outcomes: pick(params.outcomes, ALERT_OUTCOMES.map((option) => option.outcome), empty.outcomes),
    indicator,
    value: text(params.value),
    period: text(params.period),
    timeframe: TIMEFRAMES.find((timeframe) => timeframe === params.timeframe) ?? empty.timeframe,
    events: pick(params.events, SYSTEM_EVENTS.map((option) => option.event), empty.events),
    channels: pick<AlertChannel>(alert.channels, ALERT_CHANNELS.map((option) => option.channel), []),
    quietHoursOn: alert.quietHours != null,
    quietStart: alert.quietHours?.start ?? empty.quietStart,
    quietEnd: alert.quietHours?.end ?? empty.quietEnd,
    quietTimeZone: alert.quietHours?.timeZone ?? empty.quietTimeZone,
    maxPerHour: text(alert.maxPerHour),
  };
}
