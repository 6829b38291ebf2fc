import { ERROR_RESPONSES } from '../common-schemas.js';

/** A number the source may not report, or an indicator still warming up. */
export const NULLABLE_NUMBER = { type: ['number', 'null'] } as const;

/** `source`, `simulated`, `stale`, `staleReason`: present in every market data response object. */
export const SOURCE_PROPERTIES = {
  source: { type: 'string', description: 'provider id that answered (bars: comma-separated ids of the providers of the bars)' },
  simulated: { type: 'boolean', description: 'true when the data comes from the built-in market simulator' },
  stale: { type: 'boolean', description: 'true when every provider failed and this is the last known (or incomplete) data' },
  staleReason: { type: 'string', description: 'present when stale: which providers failed and how' },
} as const;

/** The always-present source fields. */
export const SOURCE_REQUIRED = ['source', 'simulated', 'stale'] as const;

/** A quote with its source fields; times are ISO-8601. */
export const QUOTE_SCHEMA = {
  type: 'object',
  required: ['symbol', 'price', 'time', ...SOURCE_REQUIRED],
  properties: {
    symbol: { type: 'string' },
    price: { type: 'number' },
    previousClose: NULLABLE_NUMBER,
    change: NULLABLE_NUMBER,
    changePercent: NULLABLE_NUMBER,
    open: NULLABLE_NUMBER,
    high: NULLABLE_NUMBER,
    low: NULLABLE_NUMBER,
    volume: NULLABLE_NUMBER,
    bid: NULLABLE_NUMBER,
    ask: NULLABLE_NUMBER,
    currency: { type: ['string', 'null'] },
    time: { type: 'string', format: 'date-time' },
    ...SOURCE_PROPERTIES,
  },
} as const;

/** One OHLCV bar; `time` is the bar's start. */
export const BAR_SCHEMA = {
  type: 'object',
  required: ['time', 'open', 'high', 'low', 'close', 'volume'],
  properties: {
    time: { type: 'string', format: 'date-time' },
    open: { type: 'number' },
    high: { type: 'number' },
    low: { type: 'number' },
    close: { type: 'number' },
    volume: { type: 'number' },
  },
} as const;

/** Why one item of a batch failed (the others are answered). */
export const ITEM_ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;

/** A symbol's quote or the error that stopped it, as batch answers list them. */
export const QUOTE_ITEM_SCHEMA = {
  type: 'object',
  required: ['symbol'],
  properties: { symbol: { type: 'string' }, quote: QUOTE_SCHEMA, error: ITEM_ERROR_SCHEMA },
} as const;

/** Error answers of routes that ask market data providers: the common ones plus 501 (no provider has it) and 503 (outage). */
export const MARKET_DATA_ERROR_RESPONSES = {
  ...ERROR_RESPONSES,
  429: { $ref: 'ErrorBody#' },
  501: { $ref: 'ErrorBody#' },
  502: { $ref: 'ErrorBody#' },
  503: { $ref: 'ErrorBody#' },
} as const;

/** The querystring of a route that takes none: any parameter is a 400 naming it. */
export const NO_QUERY_SCHEMA = { type: 'object', additionalProperties: false, properties: {} } as const;
