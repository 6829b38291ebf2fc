import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import { SYMBOL_SCHEMA } from '../common-schemas.js';
import type { MarketDataContext } from './market-data-context.js';
import { MARKET_DATA_ERROR_RESPONSES, NO_QUERY_SCHEMA, QUOTE_ITEM_SCHEMA, QUOTE_SCHEMA } from './market-data-schemas.js';
import { quoteBody } from './quote-body.js';
import { quoteMany } from './quote-many.js';
import { withMarketDataErrors } from '../../errors/to-market-data-app-error.js';

/** Most symbols one batch quote request may ask for. */
export const MAX_BATCH_QUOTES = 100;

/** Upper-cased symbols; a symbol listed twice (in any case) is a 400 naming its second place. */
function distinctSymbols(symbols: readonly string[]): string[] {
  const upper = symbols.map((symbol) => symbol.toUpperCase());
  const repeated = upper.findIndex((symbol, index) => upper.indexOf(symbol) !== index);
  if (repeated >= 0) throw AppError.invalid(`body.symbols[${repeated}]`, `repeats ${upper[repeated]} (symbols must be unique)`);
  return upper;
}

/** `GET /market-data/:symbol` (quote) and `POST /market-data/batch/quotes`. */
export function registerQuoteRoutes(app: FastifyInstance, context: MarketDataContext): void {
  const tags = ['market-data'];

  app.get<{ Params: { symbol: string } }>(
    '/market-data/:symbol',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "A symbol's latest quote, with its source and whether it is simulated or stale",
        params: { type: 'object', required: ['symbol'], properties: { symbol: SYMBOL_SCHEMA } },
        querystring: NO_QUERY_SCHEMA,
        response: { 200: QUOTE_SCHEMA, ...MARKET_DATA_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      return quoteBody(await withMarketDataErrors(() => context.chain.quote(symbol)));
    },
  );

  app.post<{ Body: { symbols: string[] } }>(
    '/market-data/batch/quotes',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: `Quotes of up to ${MAX_BATCH_QUOTES} symbols; a symbol that fails carries its error instead of failing the batch`,
        querystring: NO_QUERY_SCHEMA,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['symbols'],
          properties: { symbols: { type: 'array', minItems: 1, maxItems: MAX_BATCH_QUOTES, uniqueItems: true, items: SYMBOL_SCHEMA } },
        },
        response: {
          200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: QUOTE_ITEM_SCHEMA } } },
          ...MARKET_DATA_ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const symbols = distinctSymbols(request.body.symbols);
      return { items: await quoteMany(context.chain, symbols, (index) => ({ symbol: `body.symbols[${index}]`, request: `body.symbols[${index}]` })) };
    },
  );
}
