import type { Timeframe } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { SYMBOL_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';
import { closedBarsRange } from './closed-bars-range.js';
import { computeIndicators } from './compute-indicators.js';
import { HISTORY_PERIODS, type HistoryPeriod } from './history-period.js';
import { historyRange } from './history-range.js';
import { INDICATOR_CATALOG } from './indicator-catalog.js';
import { INDICATOR_LIST_SCHEMA, INDICATOR_RESULTS_SCHEMA } from './indicator-schemas.js';
import type { MarketDataContext } from './market-data-context.js';
import { BAR_SCHEMA, MARKET_DATA_ERROR_RESPONSES, SOURCE_PROPERTIES, SOURCE_REQUIRED } from './market-data-schemas.js';
import { barsSourceFieldsOf } from './source-fields.js';
import { withMarketDataErrors, type RequestFields } from '../../errors/to-market-data-app-error.js';

const BAR_FIELDS: RequestFields = { symbol: 'params.symbol', timeframe: 'query.interval', from: 'query.period', to: 'query.period', request: 'params.symbol' };
const PARAMS = { type: 'object', required: ['symbol'], properties: { symbol: SYMBOL_SCHEMA } } as const;
const BARS_SOURCE_PROPERTIES = { ...SOURCE_PROPERTIES, sources: { type: 'array', items: { type: 'string' } } } as const;
const TIME = { type: 'string', format: 'date-time' } as const;

function iso(time: number): string {
  return new Date(time).toISOString();
}

/** `GET /market-data/:symbol/historical` (bars of a period) and `GET /market-data/:symbol/indicators`. */
export function registerHistoryRoutes(app: FastifyInstance, context: MarketDataContext): void {
  const tags = ['market-data'];

  app.get<{ Params: { symbol: string }; Querystring: { period: HistoryPeriod; interval: Timeframe } }>(
    '/market-data/:symbol/historical',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'OHLCV bars of a look-back period, oldest first; the bar still forming comes last',
        params: PARAMS,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { period: { type: 'string', enum: [...HISTORY_PERIODS], default: '6mo' }, interval: { ...TIMEFRAME_SCHEMA, default: '1d' } },
        },
        response: {
          200: {
            type: 'object',
            required: ['symbol', 'period', 'interval', 'from', 'asOf', 'bars', 'sources', ...SOURCE_REQUIRED],
            properties: {
              symbol: { type: 'string' },
              period: { type: 'string' },
              interval: { type: 'string' },
              from: { ...TIME, description: 'start of the requested range' },
              asOf: { ...TIME, description: 'when the request was answered: the end of the range' },
              bars: { type: 'array', items: BAR_SCHEMA },
              ...BARS_SOURCE_PROPERTIES,
            },
          },
          ...MARKET_DATA_ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      const { period, interval } = request.query;
      const now = context.now();
      const range = historyRange(symbol, period, interval, now);
      const result = await withMarketDataErrors(() => context.chain.bars({ symbol, timeframe: interval, ...range }), BAR_FIELDS);
      return {
        symbol,
        period,
        interval,
        from: iso(range.from),
        asOf: iso(now),
        bars: result.bars.map((bar) => ({ time: iso(bar.time), open: bar.open, high: bar.high, low: bar.low, close: bar.close, volume: bar.volume })),
        ...barsSourceFieldsOf(result),
      };
    },
  );

  app.get<{ Params: { symbol: string }; Querystring: { interval: Timeframe; indicators?: string; points: number } }>(
    '/market-data/:symbol/indicators',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: `Latest values and a recent series of technical indicators over the last ${context.indicatorsBarCount} closed bars`,
        params: PARAMS,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            interval: { ...TIMEFRAME_SCHEMA, default: '1d' },
            indicators: INDICATOR_LIST_SCHEMA,
            points: { type: 'integer', minimum: 1, maximum: 500, default: 20, description: 'length of each recent series' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['symbol', 'interval', 'barCount', 'from', 'time', 'indicators', 'sources', ...SOURCE_REQUIRED],
            properties: {
              symbol: { type: 'string' },
              interval: { type: 'string' },
              barCount: { type: 'integer', description: 'closed bars the indicators were computed over' },
              from: { ...TIME, description: 'start of the first of those bars' },
              time: { type: ['string', 'null'], format: 'date-time', description: 'start of the last of those bars (null without bars)' },
              indicators: INDICATOR_RESULTS_SCHEMA,
              ...BARS_SOURCE_PROPERTIES,
            },
          },
          ...MARKET_DATA_ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      const { interval, points } = request.query;
      const wanted = new Set(request.query.indicators?.split(',') ?? INDICATOR_CATALOG.map((indicator) => indicator.id));
      const range = closedBarsRange(symbol, interval, context.indicatorsBarCount, context.now());
      const result = await withMarketDataErrors(() => context.chain.bars({ symbol, timeframe: interval, ...range }), BAR_FIELDS);
      const last = result.bars.at(-1);
      return {
        symbol,
        interval,
        barCount: result.bars.length,
        from: iso(range.from),
        time: last === undefined ? null : iso(last.time),
        indicators: computeIndicators(symbol, result.bars, INDICATOR_CATALOG.filter((indicator) => wanted.has(indicator.id)), points),
        ...barsSourceFieldsOf(result),
      };
    },
  );
}
