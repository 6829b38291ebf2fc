import { TIMEFRAMES } from '@goldensignals/engine';
import { SYMBOL_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';

/** Most symbols a watchlist holds. */
export const MAX_WATCHLIST_SYMBOLS = 200;

const NAME = { type: 'string', minLength: 1, maxLength: 100, description: "unique among the owner's lists; surrounding spaces are dropped" } as const;
const SYMBOLS = { type: 'array', maxItems: MAX_WATCHLIST_SYMBOLS, items: SYMBOL_SCHEMA, description: 'upper-cased; each at most once' } as const;
const TIMEFRAMES_FIELD = { type: 'array', minItems: 1, maxItems: TIMEFRAMES.length, items: TIMEFRAME_SCHEMA, description: 'timeframes the scheduler signals these symbols on' } as const;

/** A watchlist as the API gives it. */
export const WATCHLIST_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'symbols', 'timeframes', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    symbols: { type: 'array', items: { type: 'string' } },
    timeframes: { type: 'array', items: TIMEFRAME_SCHEMA },
    createdAt: TIME_SCHEMA,
    updatedAt: TIME_SCHEMA,
  },
} as const;

/** Body of `POST /watchlists`. */
export const NEW_WATCHLIST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'symbols'],
  properties: { name: NAME, symbols: SYMBOLS, timeframes: { ...TIMEFRAMES_FIELD, default: ['1d'] } },
} as const;

/** Body of `PATCH /watchlists/:id`: the fields to change. */
export const WATCHLIST_CHANGES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name: NAME, symbols: SYMBOLS, timeframes: TIMEFRAMES_FIELD },
} as const;
