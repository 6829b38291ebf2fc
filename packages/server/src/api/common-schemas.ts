import { TIMEFRAMES } from '@goldensignals/engine';
import { RISK_LEVELS, SIGNAL_ACTIONS } from '../storage/schema/engine-values.js';

/** A ticker as the API accepts it: letters, digits and `.-=^/`, up to 20 characters (upper-cased by the routes). */
export const SYMBOL_SCHEMA = { type: 'string', pattern: '^[A-Za-z0-9.\\-=^/]{1,20}$', description: 'ticker, e.g. AAPL, BTC-USD, EURUSD=X' } as const;

/** An engine timeframe. */
export const TIMEFRAME_SCHEMA = { type: 'string', enum: [...TIMEFRAMES] } as const;

/** BUY, SELL or HOLD. */
export const ACTION_SCHEMA = { type: 'string', enum: [...SIGNAL_ACTIONS] } as const;

/** A risk level. */
export const RISK_LEVEL_SCHEMA = { type: 'string', enum: [...RISK_LEVELS] } as const;

/** A UUID path parameter. */
export const UUID_SCHEMA = { type: 'string', format: 'uuid' } as const;

/** An ISO-8601 timestamp. */
export const TIME_SCHEMA = { type: 'string', format: 'date-time' } as const;

/** Error answers every route may give, by status. */
export const ERROR_RESPONSES = {
  400: { $ref: 'ErrorBody#' },
  404: { $ref: 'ErrorBody#' },
  500: { $ref: 'ErrorBody#' },
} as const;
