import { AppError } from './app-error.js';
import { MarketDataRequestError } from '../market-data/chain/market-data-request-error.js';
import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';
import { ProviderError } from '../market-data/provider-error.js';

/**
 * Which request field each market data input came from, so a 400 names what the client sent:
 * chain field name (`symbol`, `query`, `limit`, `timeframe`, `from`, `to`) -> request field (`params.symbol`).
 * `request` names the field blamed when a provider rejects the request as malformed.
 */
export type RequestFields = Readonly<Partial<Record<string, string>>> & { readonly request: string };

/** The usual fields of a route with a `:symbol` path parameter. */
export const SYMBOL_FIELDS: RequestFields = { symbol: 'params.symbol', request: 'params.symbol' };

function fromUnavailable(error: MarketDataUnavailableError, fields: RequestFields): AppError {
  if (error.notFound) return new AppError('GS_ERR_NOT_FOUND', error.message, [], { cause: error });
  const kinds = new Set(error.failures.map((failure) => failure.kind));
  if (kinds.size === 1 && kinds.has('unsupported')) {
    return new AppError('GS_ERR_NOT_IMPLEMENTED', `no configured market data provider offers this: ${error.message}`, [], { cause: error });
  }
  // Providers that refuse the request itself (a malformed symbol) are answering, not down: the client must change it.
  if ([...kinds].every((kind) => kind === 'bad-request' || kind === 'unsupported')) {
    const reasons = error.failures.filter((failure) => failure.kind === 'bad-request').map((failure) => failure.reason).join('; ');
    return new AppError('GS_ERR_VALIDATION', `${fields.request}: ${reasons}`, [{ field: fields.request, message: reasons }], { cause: error });
  }
  return new AppError('GS_ERR_MARKET_DATA_UNAVAILABLE', error.message, [], { cause: error });
}

function fromProvider(error: ProviderError, fields: RequestFields): AppError {
  switch (error.kind) {
    case 'not-found':
      return new AppError('GS_ERR_NOT_FOUND', error.message, [], { cause: error });
    case 'bad-request':
      return new AppError('GS_ERR_VALIDATION', `${fields.request}: ${error.message}`, [{ field: fields.request, message: error.message }], { cause: error });
    case 'unsupported':
      return new AppError('GS_ERR_NOT_IMPLEMENTED', error.message, [], { cause: error });
    case 'rate-limited':
      return new AppError('GS_ERR_RATE_LIMITED', error.message, [], {
        cause: error,
        retryAfterSeconds: error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000),
      });
    default:
      return new AppError('GS_ERR_PROVIDER', error.message, [], { cause: error });
  }
}

/**
 * The API error for a market data failure: a request the chain refused is a 400 naming the request
 * field, data every provider calls unknown a 404, a request every provider rejects a 400, a method
 * no provider has a 501, an outage a 503 listing each provider's reason. Other errors come back as they were.
 */
export function toMarketDataAppError(error: unknown, fields: RequestFields): unknown {
  if (error instanceof MarketDataRequestError) {
    const field = fields[error.field] ?? fields.request;
    return new AppError('GS_ERR_VALIDATION', `${field}: ${error.message}`, [{ field, message: error.message }], { cause: error });
  }
  if (error instanceof MarketDataUnavailableError) return fromUnavailable(error, fields);
  if (error instanceof ProviderError) return fromProvider(error, fields);
  return error;
}

/** Runs a market data call, turning its failures into API errors (see {@link toMarketDataAppError}). */
export async function withMarketDataErrors<T>(call: () => Promise<T>, fields: RequestFields = SYMBOL_FIELDS): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toMarketDataAppError(error, fields);
  }
}
