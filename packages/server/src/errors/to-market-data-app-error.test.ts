import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { MarketDataRequestError } from '../market-data/chain/market-data-request-error.js';
import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';
import type { ProviderFailure } from '../market-data/chain/provider-failure.js';
import { ProviderError } from '../market-data/provider-error.js';
import { SYMBOL_FIELDS, toMarketDataAppError, withMarketDataErrors } from './to-market-data-app-error.js';

function failure(provider: string, kind: ProviderFailure['kind'], reason: string): ProviderFailure {
  return { provider, kind, reason: `${provider}: ${reason}`, attempts: kind === 'unsupported' ? 0 : 1 };
}

function appError(error: unknown): AppError {
  const mapped = toMarketDataAppError(error, { symbol: 'params.symbol', limit: 'query.limit', request: 'params.symbol' });
  if (!(mapped instanceof AppError)) throw new Error(`expected an AppError, got ${String(mapped)}`);
  return mapped;
}

describe('toMarketDataAppError', () => {
  it('turns a request the chain refused into a 400 naming the request field', () => {
    const error = appError(new MarketDataRequestError('limit', 'limit must be an integer from 1 to 100, got 0'));
    expect(error).toMatchObject({ code: 'GS_ERR_VALIDATION', statusCode: 400, problems: [{ field: 'query.limit', message: 'limit must be an integer from 1 to 100, got 0' }] });
  });

  it('answers 404 when the providers that could answer all call the symbol unknown', () => {
    const error = appError(new MarketDataUnavailableError('quote ZZZZ', [failure('yahoo', 'not-found', 'no such symbol ZZZZ'), failure('csv', 'unsupported', 'has no quote')]));
    expect(error).toMatchObject({ code: 'GS_ERR_NOT_FOUND', statusCode: 404 });
    expect(error.message).toContain('yahoo: no such symbol ZZZZ');
  });

  it('answers 503 with every provider\'s reason when one of them is down', () => {
    const error = appError(new MarketDataUnavailableError('quote AAPL', [failure('yahoo', 'unavailable', 'HTTP 503 after 3 attempts'), failure('polygon', 'not-found', 'unknown ticker')]));
    expect(error).toMatchObject({ code: 'GS_ERR_MARKET_DATA_UNAVAILABLE', statusCode: 503 });
    expect(error.message).toBe('no market data provider could answer quote AAPL: yahoo: HTTP 503 after 3 attempts; polygon: unknown ticker');
  });

  it('answers 501 when no provider of the chain has the method', () => {
    expect(appError(new MarketDataUnavailableError('news AAPL', [failure('csv', 'unsupported', 'has no news')]))).toMatchObject({ code: 'GS_ERR_NOT_IMPLEMENTED', statusCode: 501 });
  });

  it('answers 400 on the request field when every provider rejects the request itself', () => {
    const error = appError(new MarketDataUnavailableError('quote -X', [failure('simulator', 'bad-request', 'symbol "-X" is not a ticker')]));
    expect(error).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: [{ field: 'params.symbol', message: 'simulator: symbol "-X" is not a ticker' }] });
  });

  it('maps a bare provider error by its kind, passing on how long to wait after a rate limit', () => {
    expect(appError(new ProviderError('yahoo', 'rate-limited', 'HTTP 429', { retryAfterMs: 1_500 }))).toMatchObject({ code: 'GS_ERR_RATE_LIMITED', retryAfterSeconds: 2 });
    expect(appError(new ProviderError('yahoo', 'not-found', 'no such symbol'))).toMatchObject({ code: 'GS_ERR_NOT_FOUND' });
    expect(appError(new ProviderError('yahoo', 'bad-response', 'HTML instead of JSON'))).toMatchObject({ code: 'GS_ERR_PROVIDER', statusCode: 502, message: 'yahoo: HTML instead of JSON' });
  });

  it('returns any other error unchanged', () => {
    const error = new TypeError('a bug');
    expect(toMarketDataAppError(error, SYMBOL_FIELDS)).toBe(error);
  });
});

describe('withMarketDataErrors', () => {
  it('passes an answer through and throws the mapped error of a failure', async () => {
    await expect(withMarketDataErrors(async () => 42)).resolves.toBe(42);
    await expect(
      withMarketDataErrors(async () => {
        throw new MarketDataUnavailableError('quote ZZZZ', [failure('yahoo', 'not-found', 'no such symbol')]);
      }),
    ).rejects.toMatchObject({ code: 'GS_ERR_NOT_FOUND' });
  });
});
