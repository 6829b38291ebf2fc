import { TIMEFRAMES } from '@goldensignals/engine';
import { ACTION_SCHEMA, RISK_LEVEL_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';
import { ALERT_CHANNELS, ALERT_INDICATORS, ALERT_KINDS, ALERT_OUTCOMES, ALERT_PERIOD_RANGE, MAX_RULE_AGENTS, SYSTEM_EVENTS } from '../../alerts/alert-conditions.js';

const KIND = { type: 'string', enum: [...ALERT_KINDS] } as const;
const CHANNELS = { type: 'array', maxItems: ALERT_CHANNELS.length, items: { type: 'string', enum: [...ALERT_CHANNELS] }, description: 'where to deliver; default websocket' } as const;
const SHARE = { type: 'number', minimum: 0, maximum: 1 } as const;

/** A rule's symbol: a ticker (upper-cased by the routes), or `*` for every symbol (signal, outcome and system rules). */
export const ALERT_SYMBOL_SCHEMA = {
  type: 'string',
  pattern: '^(\\*|[A-Za-z0-9.\\-=^/]{1,20})$',
  description: 'ticker, e.g. AAPL, BTC-USD; * = every symbol (signal, signal_outcome and system alerts; system alerts take only *)',
} as const;

const CLOCK_TIME = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, 24-hour' } as const;

/** Quiet hours as the API takes and gives them; the time zone is checked by `parseQuietHours`. */
const QUIET_HOURS = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['start', 'end', 'timeZone'],
  properties: {
    start: { ...CLOCK_TIME, description: 'HH:MM local time the quiet hours begin (inclusive)' },
    end: { ...CLOCK_TIME, description: 'HH:MM local time they end (exclusive); before start = across midnight' },
    timeZone: { type: 'string', minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Berlin' },
  },
  description: 'triggers in this daily window are recorded (status quiet_hours) but not sent; null = none',
} as const;

const MAX_PER_HOUR = { type: ['integer', 'null'], minimum: 1, maximum: 1000, description: 'messages per hour at most; further triggers are recorded as rate_limited; null = no limit' } as const;
const NAME = { type: ['string', 'null'], maxLength: 100, description: 'shown in messages, e.g. "BUY AAPL 72% (rule: strong buys)"; null = described from the condition' } as const;

/**
 * An alert's params: the fields every kind may use, typed here; which ones a kind takes (and their
 * defaults and ranges) are checked by `parseAlertCondition`.
 */
const PARAMS = {
  type: 'object',
  additionalProperties: false,
  description:
    'by kind — price_above, price_below: {price}; signal: {actions?, minConfidence?, minConsensusStrength?, riskLevels?, timeframes?}; ' +
    'signal_outcome: {outcomes?}; indicator_above, indicator_below: {indicator, value, period?, timeframe?}; system (admins): {events?}. ' +
    'Signal rules may also take agents (ids that must all have voted the signal\'s action) and minAgreeingAgents. Omitted fields get their defaults.',
  properties: {
    price: { type: 'number', exclusiveMinimum: 0 },
    actions: { type: 'array', minItems: 1, maxItems: 3, items: ACTION_SCHEMA, description: 'default BUY, SELL' },
    minConfidence: { ...SHARE, description: 'default 0' },
    minConsensusStrength: { ...SHARE, description: 'share of the participating weight that agreed; default 0' },
    riskLevels: { type: 'array', minItems: 1, maxItems: 3, items: RISK_LEVEL_SCHEMA, description: 'default all' },
    timeframes: { type: 'array', minItems: 1, maxItems: TIMEFRAMES.length, items: TIMEFRAME_SCHEMA, description: 'default all' },
    outcomes: { type: 'array', minItems: 1, maxItems: ALERT_OUTCOMES.length, items: { type: 'string', enum: [...ALERT_OUTCOMES] }, description: 'default all' },
    indicator: { type: 'string', enum: Object.keys(ALERT_INDICATORS) },
    value: { type: 'number', description: "a level inside the indicator's range" },
    period: { type: 'integer', minimum: ALERT_PERIOD_RANGE.min, maximum: ALERT_PERIOD_RANGE.max, description: "default the indicator's usual period" },
    timeframe: { ...TIMEFRAME_SCHEMA, description: 'default 1d' },
    agents: { type: 'array', minItems: 1, maxItems: MAX_RULE_AGENTS, items: { type: 'string', minLength: 1, maxLength: 80 }, description: "agent ids that must all have voted the signal's action" },
    minAgreeingAgents: { type: 'integer', minimum: 1, maximum: MAX_RULE_AGENTS, description: "least number of agents that voted the signal's action" },
    events: { type: 'array', minItems: 1, maxItems: SYSTEM_EVENTS.length, items: { type: 'string', enum: [...SYSTEM_EVENTS] }, description: 'default both' },
  },
} as const;

/** An alert rule as the API gives it. */
export const ALERT_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'symbol', 'kind', 'params', 'channels', 'active', 'quietHours', 'maxPerHour', 'lastTriggeredAt', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: ['string', 'null'] },
    symbol: { type: 'string' },
    kind: { type: 'string' },
    params: { type: 'object', additionalProperties: true },
    channels: { type: 'array', items: { type: 'string' } },
    active: { type: 'boolean' },
    quietHours: QUIET_HOURS,
    maxPerHour: { type: ['integer', 'null'] },
    lastTriggeredAt: { anyOf: [TIME_SCHEMA, { type: 'null' }] },
    createdAt: TIME_SCHEMA,
    updatedAt: TIME_SCHEMA,
  },
} as const;

/** Body of `POST /alerts`. */
export const NEW_ALERT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['symbol', 'kind'],
  properties: {
    symbol: ALERT_SYMBOL_SCHEMA,
    kind: KIND,
    params: { ...PARAMS, default: {} },
    channels: { ...CHANNELS, default: ['websocket'] },
    active: { type: 'boolean', default: true },
    name: { ...NAME, default: null },
    quietHours: { ...QUIET_HOURS, default: null },
    maxPerHour: { ...MAX_PER_HOUR, default: null },
  },
} as const;

/** Body of `PATCH /alerts/:id`: the fields to change; `params` replaces the old ones whole. */
export const ALERT_CHANGES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { symbol: ALERT_SYMBOL_SCHEMA, kind: KIND, params: PARAMS, channels: CHANNELS, active: { type: 'boolean' }, name: NAME, quietHours: QUIET_HOURS, maxPerHour: MAX_PER_HOUR },
} as const;
