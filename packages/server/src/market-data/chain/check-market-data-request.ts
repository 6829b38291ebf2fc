import { isTimeframe, TIMEFRAMES } from '@goldensignals/engine';
import type { BarRequest } from '../bar-request.js';
import { MarketDataRequestError } from './market-data-request-error.js';

/** Checks a symbol (or search query) before any provider is asked; returns it unchanged. */
export function checkSymbol(symbol: string, field = 'symbol'): string {
  if (typeof symbol !== 'string' || symbol.trim() === '') throw new MarketDataRequestError(field, `${field} must be a non-empty string`);
  if (symbol.length > 64) throw new MarketDataRequestError(field, `${field} "${symbol.slice(0, 20)}…" is longer than 64 characters`);
  return symbol;
}

/** Checks a bar request: a symbol, a known timeframe, and `from < to` as integer epoch ms. */
export function checkBarRequest(request: BarRequest): BarRequest {
  checkSymbol(request.symbol);
  if (!isTimeframe(request.timeframe)) throw new MarketDataRequestError('timeframe', `timeframe "${String(request.timeframe)}" is not one of ${TIMEFRAMES.join(', ')}`);
  for (const field of ['from', 'to'] as const) {
    if (!Number.isSafeInteger(request[field])) throw new MarketDataRequestError(field, `${field} must be an integer epoch-ms time, got ${request[field]}`);
  }
  if (request.from >= request.to) {
    throw new MarketDataRequestError('to', `to (${new Date(request.to).toISOString()}) must be after from (${new Date(request.from).toISOString()})`);
  }
  return request;
}

/** Checks a count such as the news limit: an integer from 1 to `max`. */
export function checkLimit(limit: number, max: number, field = 'limit'): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new MarketDataRequestError(field, `${field} must be an integer from 1 to ${max}, got ${limit}`);
  return limit;
}
