import { MAX_COMMENT_CHARS, MAX_STRATEGY_CHARS } from '../../inbound/parse-tradingview-alert.js';
import { ACTION_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

const NAME = { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S', description: 'shown in the list and, unless an alert names a strategy, in the vote\'s reasoning' } as const;

/** A hook as the list gives it: never its secret, which is stored only hashed. */
export const HOOK_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'createdAt', 'lastReceivedAt', 'messageTemplate'],
  properties: {
    id: UUID_SCHEMA,
    name: { type: 'string' },
    createdAt: TIME_SCHEMA,
    lastReceivedAt: { type: ['string', 'null'], format: 'date-time', description: 'when the hook last brought an accepted alert; null: never' },
    messageTemplate: { type: 'string', description: "paste into the TradingView alert's Message box" },
  },
} as const;

/** A hook just created: with its secret and webhook URL, shown this once. */
export const CREATED_HOOK_SCHEMA = {
  ...HOOK_SCHEMA,
  required: [...HOOK_SCHEMA.required, 'secret', 'url'],
  properties: {
    ...HOOK_SCHEMA.properties,
    secret: { type: 'string', description: 'the hook\'s secret (gstv_…): shown this once, store it now' },
    url: { type: 'string', description: "paste into the TradingView alert's Webhook URL (TradingView only posts to ports 80 and 443)" },
  },
} as const;

/** Body of `POST /tradingview/hooks`. */
export const NEW_HOOK_SCHEMA = { type: 'object', additionalProperties: false, required: ['name'], properties: { name: NAME } } as const;

// anyOf rather than a type list: Ajv's strict mode warns about union types; numbers may come quoted ("{{close}}").
const TEXT_OR_NUMBER = { anyOf: [{ type: 'number' }, { type: 'string', maxLength: 100 }] } as const;

/** An alert message, once read as JSON (TradingView posts it as application/json, or as text/plain when it is not JSON). */
export const ALERT_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    secret: { type: 'string', maxLength: 200, description: "the hook's secret, when the URL does not carry it" },
    symbol: { ...TEXT_OR_NUMBER, description: 'ticker; an EXCHANGE: prefix is dropped (give symbol or ticker)' },
    ticker: { ...TEXT_OR_NUMBER, description: '{{ticker}}' },
    action: { type: 'string', maxLength: 20, description: 'buy/long, sell/short, hold/flat/exit/close, any case ({{strategy.order.action}})' },
    timeframe: { ...TEXT_OR_NUMBER, description: '1m 5m 15m 30m 1h 4h 1d 1w, or a TradingView interval (give timeframe or interval)' },
    interval: { ...TEXT_OR_NUMBER, description: '{{interval}}: 1 5 15 30 60 240 D 1D W 1W' },
    confidence: { ...TEXT_OR_NUMBER, description: '0..1, default 0.6' },
    price: { ...TEXT_OR_NUMBER, description: '{{close}}' },
    time: { type: 'string', maxLength: 40, description: 'ISO date-time ({{timenow}}); default the arrival' },
    strategy: { type: 'string', maxLength: MAX_STRATEGY_CHARS, description: "named in the vote's reasoning; default the hook's name" },
    comment: { type: 'string', maxLength: MAX_COMMENT_CHARS },
  },
} as const;

/** The answer to an accepted alert. */
export const ACCEPTED_ALERT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['accepted', 'voteId', 'symbol', 'timeframe', 'action', 'confidence', 'expiresAt'],
  properties: {
    accepted: { type: 'boolean' },
    voteId: UUID_SCHEMA,
    symbol: { type: 'string' },
    timeframe: TIMEFRAME_SCHEMA,
    action: ACTION_SCHEMA,
    confidence: { type: 'number' },
    expiresAt: { ...TIME_SCHEMA, description: 'the vote counts until then: 2 bars of its timeframe after it arrived' },
  },
} as const;
