import { TIMEFRAMES, type OutcomeKind, type Timeframe } from '@goldensignals/engine';
import { AppError } from '../errors/app-error.js';
import { RISK_LEVELS, SIGNAL_ACTIONS } from '../storage/schema/engine-values.js';
import { ParamsReader } from './params-reader.js';

/**
 * What an alert rule watches: its symbol's price crossing a level, a new signal matching filters, a
 * signal's outcome (target, stop, expiry), an indicator crossing a level on a timeframe, or (admins) the
 * market data providers going down and coming back.
 */
export const ALERT_KINDS = ['price_above', 'price_below', 'signal', 'signal_outcome', 'indicator_above', 'indicator_below', 'system'] as const;

/** An alert rule's kind. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Kinds whose rules may watch every symbol (`*`); `system` rules watch nothing else. */
export const EVERY_SYMBOL_KINDS: readonly AlertKind[] = ['signal', 'signal_outcome', 'system'];

/** Kinds only admins may create: they tell about the whole install. */
export const ADMIN_ALERT_KINDS: readonly AlertKind[] = ['system'];

/** System events a `system` rule can watch: a provider's circuit opening (down) and closing again (up). */
export const SYSTEM_EVENTS = ['provider_down', 'provider_up'] as const;

/** One of {@link SYSTEM_EVENTS}. */
export type SystemEvent = (typeof SYSTEM_EVENTS)[number];

/** What an agent id in a signal rule may look like (built-in, ML and imported agents alike). */
export const AGENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

/** Most agents a signal rule may name, and the largest `minAgreeingAgents`. */
export const MAX_RULE_AGENTS = 100;

/** Where an alert is delivered: the owner's live sockets, or every enabled channel of theirs of the kind. */
export const ALERT_CHANNELS = ['websocket', 'webhook', 'email', 'telegram', 'discord', 'slack'] as const;

/** How a signal's outcome was decided, as the scorecard records it. */
export const ALERT_OUTCOMES: readonly OutcomeKind[] = ['target', 'stop', 'expired'];

/** Indicators an indicator alert can watch: the range their values live in and their usual period. */
export const ALERT_INDICATORS = {
  rsi: { min: 0, max: 100, period: 14 },
  mfi: { min: 0, max: 100, period: 14 },
  'stochastic-k': { min: 0, max: 100, period: 14 },
  'williams-r': { min: -100, max: 0, period: 14 },
  adx: { min: 0, max: 100, period: 14 },
  cci: { min: undefined, max: undefined, period: 20 },
} as const;

/** An indicator an alert can watch. */
export type AlertIndicator = keyof typeof ALERT_INDICATORS;

const INDICATORS = Object.keys(ALERT_INDICATORS) as AlertIndicator[];

/** Range of an indicator alert's period (bars). */
export const ALERT_PERIOD_RANGE = { min: 2, max: 500 } as const;

/** The fields each kind's params take. */
export const ALERT_PARAM_FIELDS: Readonly<Record<AlertKind, readonly string[]>> = {
  price_above: ['price'],
  price_below: ['price'],
  signal: ['actions', 'minConfidence', 'minConsensusStrength', 'riskLevels', 'timeframes', 'agents', 'minAgreeingAgents'],
  signal_outcome: ['outcomes'],
  indicator_above: ['indicator', 'value', 'period', 'timeframe'],
  indicator_below: ['indicator', 'value', 'period', 'timeframe'],
  system: ['events'],
};

function isAlertKind(kind: string): kind is AlertKind {
  return (ALERT_KINDS as readonly string[]).includes(kind);
}

function read(kind: AlertKind, reader: ParamsReader): Record<string, unknown> {
  switch (kind) {
    case 'price_above':
    case 'price_below':
      return { price: reader.number('price', { min: 0, exclusiveMin: true }) };
    case 'signal': {
      const agents = reader.distinctStrings('agents', AGENT_ID_PATTERN, 'an agent id (letters, digits and . _ : -, at most 80 characters)', MAX_RULE_AGENTS);
      const minAgreeingAgents = reader.optionalNumber('minAgreeingAgents', { min: 1, max: MAX_RULE_AGENTS, integer: true });
      return {
        actions: reader.subset('actions', SIGNAL_ACTIONS, ['BUY', 'SELL']),
        minConfidence: reader.number('minConfidence', { min: 0, max: 1 }, 0),
        minConsensusStrength: reader.number('minConsensusStrength', { min: 0, max: 1 }, 0),
        riskLevels: reader.subset('riskLevels', RISK_LEVELS, RISK_LEVELS),
        timeframes: reader.subset<Timeframe>('timeframes', TIMEFRAMES, TIMEFRAMES),
        // Optional filters stay absent when not given, so older rules read back exactly as they were stored.
        ...(agents === undefined ? {} : { agents }),
        ...(minAgreeingAgents === undefined ? {} : { minAgreeingAgents }),
      };
    }
    case 'system':
      return { events: reader.subset('events', SYSTEM_EVENTS, SYSTEM_EVENTS) };
    case 'signal_outcome':
      return { outcomes: reader.subset('outcomes', ALERT_OUTCOMES, ALERT_OUTCOMES) };
    case 'indicator_above':
    case 'indicator_below': {
      const indicator = reader.choice('indicator', INDICATORS);
      const known = indicator === undefined ? undefined : ALERT_INDICATORS[indicator];
      return {
        indicator,
        period: reader.optionalNumber('period', { ...ALERT_PERIOD_RANGE, integer: true }) ?? known?.period,
        timeframe: reader.choice<Timeframe>('timeframe', TIMEFRAMES, '1d'),
        // A level at the top of the range can never be crossed upward, nor one at the bottom downward.
        value: reader.number('value', { min: known?.min, max: known?.max, exclusiveMin: kind === 'indicator_below', exclusiveMax: kind === 'indicator_above' }),
      };
    }
  }
}

/**
 * Checks an alert's params against its kind and returns them complete (defaults filled in, so the
 * rule says exactly what it watches). Every problem is reported at once, as a 400 naming the field
 * under `prefix` (`body.params.price`); an unknown kind is one on `kindField`.
 */
export function parseAlertCondition(kind: string, params: Readonly<Record<string, unknown>>, prefix = 'body.params', kindField = 'body.kind'): Record<string, unknown> {
  if (!isAlertKind(kind)) throw AppError.invalid(kindField, `must be one of ${ALERT_KINDS.join(', ')}`);
  const reader = new ParamsReader(params, prefix, ALERT_PARAM_FIELDS[kind], `an alert of kind ${kind}`);
  const parsed = read(kind, reader);
  if (reader.problems.length > 0) {
    throw new AppError('GS_ERR_VALIDATION', `${kind} alert: ${reader.problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`, reader.problems);
  }
  return parsed;
}
