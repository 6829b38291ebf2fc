import { AppError } from '../../errors/app-error.js';
import type { ErrorCode } from '../../errors/error-codes.js';
import { toErrorBody } from '../../errors/to-error-body.js';
import type { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { mapConcurrently } from '../../support/map-concurrently.js';
import { quoteBody, type QuoteBody } from './quote-body.js';
import { toMarketDataAppError, type RequestFields } from '../../errors/to-market-data-app-error.js';

/** One symbol of a batch: its quote, or the error that stopped it (the others go on). */
export type QuoteItem =
  | { readonly symbol: string; readonly quote: QuoteBody }
  | { readonly symbol: string; readonly error: { readonly code: ErrorCode; readonly message: string } };

/** Quotes asked at once: enough to overlap provider round trips, few enough to stay inside their rate limits. */
const CONCURRENCY = 8;

/**
 * Quotes of several symbols, a few at a time, in the order given; a symbol that fails gets its coded
 * error instead of failing the batch. `fieldsOf` names the request field of each symbol for 400s.
 */
export async function quoteMany(
  chain: ProviderChain,
  symbols: readonly string[],
  fieldsOf: (index: number) => RequestFields = () => ({ symbol: 'symbol', request: 'symbol' }),
): Promise<QuoteItem[]> {
  return mapConcurrently(symbols, CONCURRENCY, async (symbol, index): Promise<QuoteItem> => {
    try {
      return { symbol, quote: quoteBody(await chain.quote(symbol)) };
    } catch (error) {
      const { body } = toErrorBody(toMarketDataAppError(error, fieldsOf(index)));
      return { symbol, error: { code: body.code, message: body.message } };
    }
  });
}

/** The quotes of a batch that succeeded; when there were symbols and none succeeded, throws the first failure's error. */
export function answeredQuotes(items: readonly QuoteItem[]): QuoteBody[] {
  const quotes = items.flatMap((item) => ('quote' in item ? [item.quote] : []));
  const failure = items.find((item) => 'error' in item);
  if (quotes.length === 0 && failure !== undefined && 'error' in failure) {
    throw new AppError(failure.error.code, `none of the ${items.length} quotes could be fetched; ${failure.symbol}: ${failure.error.message}`);
  }
  return quotes;
}
