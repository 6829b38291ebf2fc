import { SYMBOL_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

/** Query of `POST /market-data/bars/import`. */
export const BAR_IMPORT_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['symbol', 'timeframe'],
  properties: { symbol: SYMBOL_SCHEMA, timeframe: TIMEFRAME_SCHEMA },
} as const;

/** What a bar import stored. */
export const BAR_IMPORT_RESULT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['symbol', 'timeframe', 'rows', 'inserted', 'replaced', 'first', 'last', 'warnings'],
  properties: {
    symbol: { type: 'string' },
    timeframe: TIMEFRAME_SCHEMA,
    rows: { type: 'integer', description: 'bars stored' },
    inserted: { type: 'integer', description: 'of them, bars not stored before' },
    replaced: { type: 'integer', description: 'of them, bars that replaced stored ones of the same time' },
    first: TIME_SCHEMA,
    last: TIME_SCHEMA,
    warnings: { type: 'array', items: { type: 'string' }, description: 'bar spacing unlike the timeframe, bars not yet closed (left out), sorted rows' },
  },
} as const;

/** What a watchlist import did. */
export const WATCHLIST_IMPORT_RESULT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['watchlists', 'skipped'],
  properties: {
    watchlists: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'symbols', 'created', 'added'],
        properties: {
          id: UUID_SCHEMA,
          name: { type: 'string' },
          symbols: { type: 'array', items: { type: 'string' } },
          created: { type: 'boolean' },
          added: { type: 'integer' },
        },
      },
    },
    skipped: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['line', 'value', 'reason'],
        properties: { line: { type: 'integer' }, value: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
} as const;
