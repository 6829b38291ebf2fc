import type { FieldProblems } from '../forms/field-problems.js';
import { isSymbol } from '../signals-page/is-symbol.js';
import type { AlertBody } from './alert-body.js';
import type { AlertFields } from './alert-fields.js';
import { ALERT_INDICATORS, ALERT_PERIOD_RANGE } from './alert-indicators.js';
import { ANY_SYMBOL_KINDS } from './alert-kinds.js';
import { isTimeZone } from './is-time-zone.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_PER_HOUR = 1000;
const MAX_NAME = 100;
const MAX_AGREEING_AGENTS = 100;

type Checked = { readonly body: AlertBody; readonly problems?: undefined } | { readonly body?: undefined; readonly problems: FieldProblems };

/** A number typed in a field, or `null` when it is not one (an empty field is `undefined`). */
function numberIn(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function percent(text: string, problems: Record<string, string>, field: string): number | undefined {
  const value = numberIn(text);
  if (value === undefined) return undefined;
  if (value === null || value < 0 || value > 100) {
    problems[field] = 'a percentage from 0 to 100';
    return undefined;
  }
  return value / 100;
}

function integer(text: string, min: number, max: number, problems: Record<string, string>, field: string): number | undefined {
  const value = numberIn(text);
  if (value === undefined) return undefined;
  if (value === null || !Number.isInteger(value) || value < min || value > max) {
    problems[field] = `a whole number from ${min} to ${max}`;
    return undefined;
  }
  return value;
}

function indicatorParams(fields: AlertFields, problems: Record<string, string>): Record<string, unknown> {
  const known = ALERT_INDICATORS.find((option) => option.indicator === fields.indicator);
  const level = numberIn(fields.value);
  const above = fields.kind === 'indicator_above';
  if (level === undefined) problems.value = 'required';
  else if (level === null) problems.value = 'a number';
  // A level at the top of the range can never be crossed upward, nor one at the bottom downward.
  else if (known !== undefined && known.min !== null && known.max !== null && (above ? level < known.min || level >= known.max : level <= known.min || level > known.max))
    problems.value = above ? `from ${known.min} to below ${known.max} for ${known.label}` : `above ${known.min} up to ${known.max} for ${known.label}`;
  const period = integer(fields.period, ALERT_PERIOD_RANGE.min, ALERT_PERIOD_RANGE.max, problems, 'period');
  return { indicator: fields.indicator, value: level ?? undefined, ...(period === undefined ? {} : { period }), timeframe: fields.timeframe };
}

function signalParams(fields: AlertFields, problems: Record<string, string>): Record<string, unknown> {
  if (fields.actions.length === 0) problems.actions = 'pick at least one action';
  if (fields.riskLevels.length === 0) problems.riskLevels = 'pick at least one risk level';
  const minConfidence = percent(fields.minConfidence, problems, 'minConfidence');
  const minConsensusStrength = percent(fields.minConsensusStrength, problems, 'minConsensusStrength');
  const minAgreeingAgents = integer(fields.minAgreeingAgents, 1, MAX_AGREEING_AGENTS, problems, 'minAgreeingAgents');
  return {
    actions: fields.actions,
    riskLevels: fields.riskLevels,
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(minConsensusStrength === undefined ? {} : { minConsensusStrength }),
    // No timeframe picked means every timeframe: the server's default.
    ...(fields.timeframes.length === 0 ? {} : { timeframes: fields.timeframes }),
    ...(fields.agents.length === 0 ? {} : { agents: fields.agents }),
    ...(minAgreeingAgents === undefined ? {} : { minAgreeingAgents }),
  };
}

function paramsOf(fields: AlertFields, problems: Record<string, string>): Record<string, unknown> {
  switch (fields.kind) {
    case 'price_above':
    case 'price_below': {
      const price = numberIn(fields.price);
      if (price === undefined) problems.price = 'required';
      else if (price === null || price <= 0) problems.price = 'a price above 0';
      return { price: price ?? undefined };
    }
    case 'signal':
      return signalParams(fields, problems);
    case 'signal_outcome':
      if (fields.outcomes.length === 0) problems.outcomes = 'pick at least one outcome';
      return { outcomes: fields.outcomes };
    case 'indicator_above':
    case 'indicator_below':
      return indicatorParams(fields, problems);
    case 'system':
      if (fields.events.length === 0) problems.events = 'pick at least one event';
      return { events: fields.events };
  }
}

function symbolOf(fields: AlertFields, problems: Record<string, string>): string {
  // A system event is about the installation, not a market.
  if (fields.kind === 'system') return '*';
  const symbol = fields.symbol.trim().toUpperCase();
  const anySymbol = ANY_SYMBOL_KINDS.includes(fields.kind);
  if (symbol === '') problems.symbol = anySymbol ? 'required: a ticker, or * for every symbol' : 'required';
  else if (symbol === '*' && !anySymbol) problems.symbol = 'one ticker: * (every symbol) is for signal and outcome alerts';
  else if (symbol !== '*' && !isSymbol(symbol)) problems.symbol = 'a ticker like AAPL, BTC-USD or EURUSD=X';
  return symbol;
}

function quietHoursOf(fields: AlertFields, problems: Record<string, string>): AlertBody['quietHours'] {
  if (!fields.quietHoursOn) return null;
  const timeZone = fields.quietTimeZone.trim();
  if (!TIME.test(fields.quietStart)) problems.quietStart = 'a time as HH:MM';
  if (!TIME.test(fields.quietEnd)) problems.quietEnd = 'a time as HH:MM';
  else if (fields.quietEnd === fields.quietStart) problems.quietEnd = 'a different time than the start';
  if (timeZone === '') problems.quietTimeZone = 'required';
  else if (!isTimeZone(timeZone)) problems.quietTimeZone = 'an IANA time zone, like Europe/Berlin or America/New_York';
  return { start: fields.quietStart, end: fields.quietEnd, timeZone };
}

/** The body of the form's fields (only the chosen kind's params), or what is wrong with them, by field. */
export function validateAlertFields(fields: AlertFields): Checked {
  const problems: Record<string, string> = {};
  const name = fields.name.trim();
  if (name.length > MAX_NAME) problems.name = `at most ${MAX_NAME} characters`;
  const symbol = symbolOf(fields, problems);
  const params = paramsOf(fields, problems);
  if (fields.channels.length === 0) problems.channels = 'pick at least one place to send the alert';
  const quietHours = quietHoursOf(fields, problems);
  const maxPerHour = integer(fields.maxPerHour, 1, MAX_PER_HOUR, problems, 'maxPerHour') ?? null;
  if (Object.keys(problems).length > 0) return { problems };
  return { body: { name: name === '' ? null : name, symbol, kind: fields.kind, params, channels: fields.channels, quietHours, maxPerHour } };
}
