import { MAX_BACKTEST_SYMBOLS } from '../../jobs/backtest-job-request.js';
import { SYMBOL_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';
import { BACKTEST_API_STATUSES } from './backtest-views.js';

const TIME = { type: 'string', format: 'date-time' } as const;
const NULLABLE_TIME = { type: ['string', 'null'], format: 'date-time' } as const;
const DATE_OR_TIME = { type: 'string', minLength: 10, maxLength: 40, description: 'ISO-8601 date (UTC midnight) or date-time, e.g. 2022-01-01' } as const;
/** A backtesting.py statistic: a number, a duration string, or null when undefined (no trades, no drawdown). */
const STAT_VALUES = { type: 'object', additionalProperties: { type: ['number', 'string', 'null'] } } as const;

/** The body of `POST /backtests`. */
export const SUBMIT_BACKTEST_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['strategy', 'symbols', 'timeframe', 'from', 'to'],
  properties: {
    strategy: { type: 'string', minLength: 1, maxLength: 100, description: 'sma-cross, buy-and-hold, consensus, or agent:<id> (ids: GET /api/v1/agents)' },
    symbols: { type: 'array', minItems: 1, maxItems: MAX_BACKTEST_SYMBOLS, items: SYMBOL_SCHEMA },
    timeframe: TIMEFRAME_SCHEMA,
    from: DATE_OR_TIME,
    to: { ...DATE_OR_TIME, description: 'end of the range, exclusive; bars still forming are left out' },
    params: { type: 'object', maxProperties: 20, additionalProperties: { type: 'number' }, description: "the strategy's parameters, e.g. { fast: 10, slow: 30 }" },
    cash: { type: 'number', exclusiveMinimum: 0, maximum: 1e12, description: 'starting cash, default 10000' },
    commission: { type: 'number', minimum: -0.1, exclusiveMaximum: 0.1, description: 'per fill as a fraction of the traded value, default 0' },
    slippage: { type: 'number', minimum: 0, exclusiveMaximum: 1, description: 'fraction of the price paid on entry, default 0' },
    fractional: { type: 'boolean', description: 'trade fractional units (crypto, FX), default false' },
    finalizeTrades: { type: 'boolean', description: 'close trades open after the last bar so they count in the statistics, default false' },
  },
} as const;

/** A backtest job without its result. */
export const BACKTEST_SCHEMA = {
  type: 'object',
  required: ['id', 'status', 'progress', 'error', 'request', 'createdAt', 'startedAt', 'finishedAt'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: [...BACKTEST_API_STATUSES] },
    progress: { type: 'number', minimum: 0, maximum: 1 },
    error: { type: ['string', 'null'] },
    request: { type: 'object', additionalProperties: true, description: 'the request as checked, defaults applied' },
    createdAt: TIME,
    startedAt: NULLABLE_TIME,
    finishedAt: NULLABLE_TIME,
  },
} as const;

const TRADE_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(
    [
      ...['size', 'entryBar', 'exitBar', 'entryPrice', 'exitPrice', 'pnl', 'returnPct', 'commission', 'sl', 'tp'].map((name) => [name, { type: ['number', 'null'] }]),
      ...['entryTime', 'exitTime', 'duration'].map((name) => [name, { type: 'string' }]),
    ],
  ),
} as const;

const SYMBOL_RESULT_SCHEMA = {
  type: 'object',
  required: ['symbol'],
  properties: {
    symbol: { type: 'string' },
    error: { type: 'string', description: 'why this symbol could not be backtested; the other fields are then absent' },
    strategy: { type: 'string' },
    bars: { type: 'integer' },
    firstBar: TIME,
    lastBar: TIME,
    simulated: { type: 'boolean' },
    stale: { type: 'boolean' },
    stats: STAT_VALUES,
    warnings: { type: 'array', items: { type: 'string' } },
    tradeCount: { type: 'integer' },
    trades: { type: 'array', items: TRADE_SCHEMA, description: 'the latest 1,000 trades at most' },
    equity: {
      type: 'array',
      description: 'at most 2,000 points; baseline is the buy-and-hold equity at the same bar',
      items: { type: 'object', properties: { time: TIME, equity: { type: ['number', 'null'] }, drawdownPct: { type: ['number', 'null'] }, baseline: { type: ['number', 'null'] } } },
    },
    baseline: { type: 'object', properties: { strategy: { type: 'string' }, stats: STAT_VALUES, warnings: { type: 'array', items: { type: 'string' } } } },
  },
} as const;

/** The results of a finished backtest. */
export const BACKTEST_RESULTS_SCHEMA = {
  type: 'object',
  required: ['id', 'status', 'request', 'finishedAt', 'symbols'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['done'] },
    request: BACKTEST_SCHEMA.properties.request,
    finishedAt: NULLABLE_TIME,
    symbols: { type: 'array', items: SYMBOL_RESULT_SCHEMA },
  },
} as const;
