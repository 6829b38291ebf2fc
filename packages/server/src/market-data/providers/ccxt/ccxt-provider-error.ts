import type * as Ccxt from 'ccxt';
import { ProviderError, type ProviderErrorKind } from '../../provider-error.js';
import { parseRetryAfter } from '../http/retry-after.js';
import type { ExchangeCall } from './exchange-call-context.js';

/** The ccxt module, whose error classes are matched (loaded on demand, see `createCcxtProvider`). */
export type CcxtModule = typeof Ccxt;

/**
 * The kind of a ccxt error, most specific class first: rate limits and IP bans (RateLimitExceeded,
 * DDoSProtection — Binance answers 429 and 418 with it) are `rate-limited`; timeouts, maintenance and
 * other network failures `unavailable`; an unknown market (BadSymbol) `not-found`; refused
 * credentials or region `unauthorized`; NotSupported `unsupported`; garbled answers `bad-response`;
 * other refused requests `bad-request`. Any other exchange error is treated as a bad answer.
 */
function kindOf(ccxt: CcxtModule, error: unknown): ProviderErrorKind {
  if (error instanceof ccxt.RateLimitExceeded || error instanceof ccxt.DDoSProtection) return 'rate-limited';
  if (error instanceof ccxt.NetworkError) return 'unavailable';
  if (error instanceof ccxt.BadSymbol) return 'not-found';
  if (error instanceof ccxt.AuthenticationError || error instanceof ccxt.RestrictedLocation) return 'unauthorized';
  if (error instanceof ccxt.NotSupported) return 'unsupported';
  if (error instanceof ccxt.BadResponse) return 'bad-response';
  if (error instanceof ccxt.BadRequest || error instanceof ccxt.ArgumentsRequired) return 'bad-request';
  if (error instanceof ccxt.OperationFailed) return 'unavailable';
  return 'bad-response';
}

/**
 * The {@link ProviderError} for a failed ccxt call about `what`. An abort by the caller is
 * `unavailable` (ccxt reports it as its own timeout); a rate limit carries the exchange's Retry-After.
 */
export function ccxtProviderError(ccxt: CcxtModule, provider: string, what: string, error: unknown, call: ExchangeCall): ProviderError {
  if (error instanceof ProviderError) return error;
  if (call.signal?.aborted) {
    return new ProviderError(provider, 'unavailable', `${what}: request aborted: ${String(call.signal.reason)}`, { cause: error });
  }
  const kind = kindOf(ccxt, error);
  const message = error instanceof Error ? error.message : String(error);
  const wait = kind === 'rate-limited' ? parseRetryAfter(call.lastHeaders?.get('retry-after'), Date.now()) : undefined;
  return new ProviderError(provider, kind, `${what}: ${message}`, { cause: error, retryAfterMs: wait });
}
