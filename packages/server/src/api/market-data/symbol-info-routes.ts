import type { FastifyInstance } from 'fastify';
import { MAX_NEWS_LIMIT } from '../../market-data/chain/provider-chain.js';
import { SYMBOL_SCHEMA } from '../common-schemas.js';
import type { MarketDataContext } from './market-data-context.js';
import { MARKET_DATA_ERROR_RESPONSES, NO_QUERY_SCHEMA } from './market-data-schemas.js';
import { optionsChainBody } from './options-chain-body.js';
import { sourceFieldsOf } from './source-fields.js';
import { NEWS_SCHEMA, OPTIONS_CHAIN_SCHEMA, SEARCH_SCHEMA } from './symbol-info-schemas.js';
import { withMarketDataErrors } from '../../errors/to-market-data-app-error.js';

const PARAMS = { type: 'object', required: ['symbol'], properties: { symbol: SYMBOL_SCHEMA } } as const;

/** `GET /market-data/:symbol/news`, `GET /market-data/:symbol/options` and `GET /market-data/search`. */
export function registerSymbolInfoRoutes(app: FastifyInstance, context: MarketDataContext): void {
  const tags = ['market-data'];

  app.get<{ Params: { symbol: string }; Querystring: { limit: number } }>(
    '/market-data/:symbol/news',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Recent news about a symbol, newest first',
        params: PARAMS,
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: MAX_NEWS_LIMIT, default: 20 } } },
        response: { 200: NEWS_SCHEMA, ...MARKET_DATA_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      const answer = await withMarketDataErrors(() => context.chain.news(symbol, request.query.limit), { symbol: 'params.symbol', limit: 'query.limit', request: 'params.symbol' });
      const items = answer.data.map((article) => ({ ...article, time: new Date(article.time).toISOString() }));
      return { symbol, items, ...sourceFieldsOf({ ...answer, simulated: answer.simulated || answer.data.some((article) => article.simulated) }) };
    },
  );

  app.get<{ Params: { symbol: string } }>(
    '/market-data/:symbol/options',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'The option chain of an underlying, with put/call ratios and the volatility skew',
        params: PARAMS,
        querystring: NO_QUERY_SCHEMA,
        response: { 200: OPTIONS_CHAIN_SCHEMA, ...MARKET_DATA_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      return optionsChainBody(await withMarketDataErrors(() => context.chain.optionsChain(symbol)));
    },
  );

  app.get<{ Querystring: { q: string } }>(
    '/market-data/search',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Symbols whose ticker or name matches a query',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: { q: { type: 'string', minLength: 1, maxLength: 64, pattern: '\\S', description: 'ticker or company name, e.g. "appl" or "Apple"' } },
        },
        response: { 200: SEARCH_SCHEMA, ...MARKET_DATA_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const query = request.query.q.trim();
      const answer = await withMarketDataErrors(() => context.chain.search(query), { query: 'query.q', request: 'query.q' });
      return { query, items: answer.data, ...sourceFieldsOf(answer) };
    },
  );
}
