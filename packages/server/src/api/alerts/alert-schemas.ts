import { TIMEFRAMES } from '@goldensignals/engine';
import { ACTION_SCHEMA, RISK_LEVEL_SCHEMA, SYMBOL_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';
import { ALERT_CHANNELS, ALERT_INDICATORS, ALERT_KINDS, ALERT_OUTCOMES, ALERT_PERIOD_RANGE } from './alert-conditions.js';

const KIND = { type: 'string', enum: [...ALERT_KINDS] } as const;
const CHANNELS = { type: 'array', maxItems: ALERT_CHANNELS.length, items: { type: 'string', enum: [...ALERT_CHANNELS] }, description: 'where to deliver; default websocket' } as const;
const SHARE = { type: 'number', minimum: 0, maximum: 1 } as const;

/**
 * An alert's params: the fields every kind may use, typed here; which ones a kind takes (and their
 * defaults and ranges) are checked by `parseAlertCondition`.
 */
const PARAMS = {
  type: 'object',
  additionalProperties: false,
  description:
    'by kind — price_above, price_below: {price}; signal: {actions?, minConfidence?, minConsensusStrength?, riskLevels?, timeframes?}; ' +
    'signal_outcome: {outcomes?}; indicator_above, indicator_below: {indicator, value, period?, timeframe?}. Omitted fields get their defaults.',
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
  },
} as const;

/** An alert rule as the API gives it. */
export const ALERT_SCHEMA = {
  type: 'object',
  required: ['id', 'symbol', 'kind', 'params', 'channels', 'active', 'lastTriggeredAt', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    symbol: { type: 'string' },
    kind: { type: 'string' },
    params: { type: 'object', additionalProperties: true },
    channels: { type: 'array', items: { type: 'string' } },
    active: { type: 'boolean' },
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
  properties: { symbol: SYMBOL_SCHEMA, kind: KIND, params: { ...PARAMS, default: {} }, channels: { ...CHANNELS, default: ['websocket'] }, active: { type: 'boolean', default: true } },
} as const;

/** Body of `PATCH /alerts/:id`: the fields to change; `params` replaces the old ones whole. */
export const ALERT_CHANGES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { symbol: SYMBOL_SCHEMA, kind: KIND, params: PARAMS, channels: CHANNELS, active: { type: 'boolean' } },
} as const;
