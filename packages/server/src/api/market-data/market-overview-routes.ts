import type { FastifyInstance } from 'fastify';
import { calendarForAssetClass } from '../../market-data/calendar/market-calendars.js';
import type { AssetClass } from '../../market-data/calendar/asset-class.js';
import type { MarketDataContext } from './market-data-context.js';
import { ITEM_ERROR_SCHEMA, MARKET_DATA_ERROR_RESPONSES, NO_QUERY_SCHEMA, QUOTE_ITEM_SCHEMA, QUOTE_SCHEMA, SOURCE_PROPERTIES, SOURCE_REQUIRED } from './market-data-schemas.js';
import { answeredQuotes, quoteMany } from './quote-many.js';
import { rankMovers } from './rank-movers.js';
import { SECTOR_ETFS } from './sector-etfs.js';
import { summarizeSources } from './summarize-sources.js';

const ASSET_CLASSES: readonly AssetClass[] = ['equity', 'crypto', 'fx'];
const NULLABLE_TIME = { type: ['string', 'null'], format: 'date-time' } as const;

function isoOrNull(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

const MARKET_STATUS_SCHEMA = {
  type: 'object',
  required: ['market', 'assetClass', 'state', 'holiday', 'earlyClose', 'nextOpen', 'nextClose', ...SOURCE_REQUIRED],
  properties: {
    market: { type: 'string', enum: ['NYSE', 'CRYPTO', 'FX'] },
    assetClass: { type: 'string', enum: [...ASSET_CLASSES] },
    state: { type: 'string', enum: ['pre', 'open', 'post', 'closed'] },
    holiday: { type: ['string', 'null'] },
    earlyClose: { type: 'boolean' },
    nextOpen: { ...NULLABLE_TIME, description: 'start of the next regular session (null for a market that never closes)' },
    nextClose: { ...NULLABLE_TIME, description: 'end of the current or next trading period (null for a market that never closes)' },
    ...SOURCE_PROPERTIES,
  },
} as const;

/** `GET /market-data/market/status`, `.../market/movers` and `.../market/sectors`. */
export function registerMarketOverviewRoutes(app: FastifyInstance, context: MarketDataContext): void {
  const tags = ['market-data'];

  app.get(
    '/market-data/market/status',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Whether NYSE, crypto and FX markets are open now, holidays, and the next open and close',
        querystring: NO_QUERY_SCHEMA,
        response: {
          200: { type: 'object', required: ['time', 'markets'], properties: { time: { type: 'string', format: 'date-time' }, markets: { type: 'array', items: MARKET_STATUS_SCHEMA } } },
          ...MARKET_DATA_ERROR_RESPONSES,
        },
      },
    },
    async () => {
      const now = context.now();
      const markets = ASSET_CLASSES.map((assetClass) => {
        const status = calendarForAssetClass(assetClass).status(now);
        return {
          market: status.market,
          assetClass: status.assetClass,
          state: status.state,
          holiday: status.holiday,
          earlyClose: status.earlyClose,
          nextOpen: isoOrNull(status.nextOpen),
          nextClose: isoOrNull(status.nextClose),
          // Computed from the built-in exchange calendars, not asked of a provider.
          source: 'calendar',
          simulated: false,
          stale: false,
        };
      });
      return { time: new Date(now).toISOString(), markets };
    },
  );

  app.get<{ Querystring: { limit: number } }>(
    '/market-data/market/movers',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: "Today's top gainers, losers and most active symbols of the server's universe",
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } } },
        response: {
          200: {
            type: 'object',
            required: ['universeSize', 'gainers', 'losers', 'mostActive', 'failed', ...SOURCE_REQUIRED],
            properties: {
              universeSize: { type: 'integer' },
              gainers: { type: 'array', items: QUOTE_SCHEMA },
              losers: { type: 'array', items: QUOTE_SCHEMA },
              mostActive: { type: 'array', items: QUOTE_SCHEMA },
              failed: { type: 'array', items: { type: 'object', required: ['symbol', 'error'], properties: { symbol: { type: 'string' }, error: ITEM_ERROR_SCHEMA } } },
              ...SOURCE_PROPERTIES,
            },
          },
          ...MARKET_DATA_ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const universe = [...new Set((await context.universe()).map((symbol) => symbol.toUpperCase()))];
      const items = await quoteMany(context.chain, universe);
      const quotes = answeredQuotes(items);
      const failed = items.flatMap((item) => ('error' in item ? [item] : []));
      return { universeSize: universe.length, ...rankMovers(quotes, request.query.limit), failed, ...summarizeSources(quotes) };
    },
  );

  app.get(
    '/market-data/market/sectors',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'The 11 sectors through their SPDR sector ETFs: price and change percent',
        querystring: NO_QUERY_SCHEMA,
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { ...QUOTE_ITEM_SCHEMA, required: ['symbol', 'sector'], properties: { ...QUOTE_ITEM_SCHEMA.properties, sector: { type: 'string' } } } } },
          },
          ...MARKET_DATA_ERROR_RESPONSES,
        },
      },
    },
    async () => {
      const items = await quoteMany(context.chain, SECTOR_ETFS.map((etf) => etf.symbol));
      // Every ETF failing is an outage to report, not a sector table of errors.
      answeredQuotes(items);
      return { items: items.map((item, index) => ({ ...item, sector: SECTOR_ETFS[index].sector })) };
    },
  );
}
