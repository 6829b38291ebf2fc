import { TIMEFRAMES, isTimeframe } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import type { JsonHttpClient } from './json-http-client.js';

/**
 * Refuses a bar request before any HTTP call: a timeframe outside the engine's list is `unsupported`
 * (naming it and the supported ones); an empty symbol or a range whose ends are not finite epoch ms
 * is `bad-request`. Callers come from JSON, so the types alone do not guarantee this.
 */
export function checkBarRequest(client: JsonHttpClient, request: BarRequest): void {
  const what = `bars of ${request.symbol}`;
  if (!isTimeframe(request.timeframe)) {
    throw client.error('unsupported', what, `no timeframe "${String(request.timeframe)}"; supported: ${TIMEFRAMES.join(', ')}`);
  }
  if (typeof request.symbol !== 'string' || request.symbol.trim() === '') throw client.error('bad-request', what, 'the symbol is empty');
  if (!Number.isFinite(request.from) || !Number.isFinite(request.to)) {
    throw client.error('bad-request', what, `from (${request.from}) and to (${request.to}) must be finite epoch milliseconds`);
  }
}
