import { NULLABLE_NUMBER, SOURCE_PROPERTIES, SOURCE_REQUIRED } from './market-data-schemas.js';

const TIME = { type: 'string', format: 'date-time' } as const;
const NULLABLE_STRING = { type: ['string', 'null'] } as const;

/** Answer of `GET /market-data/:symbol/news`. */
export const NEWS_SCHEMA = {
  type: 'object',
  required: ['symbol', 'items', ...SOURCE_REQUIRED],
  properties: {
    symbol: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'symbols', 'title', 'publisher', 'time', 'source', 'simulated'],
        properties: {
          id: { type: 'string' },
          symbols: { type: 'array', items: { type: 'string' } },
          title: { type: 'string' },
          summary: NULLABLE_STRING,
          url: NULLABLE_STRING,
          publisher: { type: 'string' },
          time: TIME,
          source: { type: 'string' },
          simulated: { type: 'boolean' },
        },
      },
    },
    ...SOURCE_PROPERTIES,
  },
} as const;

/** Answer of `GET /market-data/search`. */
export const SEARCH_SCHEMA = {
  type: 'object',
  required: ['query', 'items', ...SOURCE_REQUIRED],
  properties: {
    query: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['symbol', 'name'],
        properties: { symbol: { type: 'string' }, name: { type: 'string' }, exchange: NULLABLE_STRING, type: NULLABLE_STRING },
      },
    },
    ...SOURCE_PROPERTIES,
  },
} as const;

const SKEW_SCHEMA = {
  type: 'object',
  required: ['kind'],
  description: "25-delta risk reversal of the expiry nearest 30 days (7–90); kind 'missing' with a reason when it cannot be measured",
  properties: {
    kind: { type: 'string', enum: ['skew', 'missing'] },
    reason: { type: 'string' },
    expiry: TIME,
    daysToExpiry: { type: 'number' },
    putWingVolatility: { type: 'number' },
    callWingVolatility: { type: 'number' },
    atTheMoneyVolatility: { type: 'number' },
    riskReversal: { type: 'number' },
    relativeSkew: NULLABLE_NUMBER,
    quotedContracts: { type: 'integer' },
    volume: { type: 'number' },
  },
} as const;

/** Answer of `GET /market-data/:symbol/options`. */
export const OPTIONS_CHAIN_SCHEMA = {
  type: 'object',
  required: ['underlying', 'underlyingPrice', 'asOf', 'riskFreeRate', 'expiries', 'contracts', 'putCallRatio', 'volatilitySkew', ...SOURCE_REQUIRED],
  properties: {
    underlying: { type: 'string' },
    underlyingPrice: { type: 'number' },
    asOf: TIME,
    riskFreeRate: { type: 'number' },
    expiries: { type: 'array', items: TIME },
    contracts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'strike', 'expiry', 'bid', 'ask', 'mid', 'volume', 'openInterest', 'impliedVolatility'],
        properties: {
          type: { type: 'string', enum: ['call', 'put'] },
          strike: { type: 'number' },
          expiry: TIME,
          bid: NULLABLE_NUMBER,
          ask: NULLABLE_NUMBER,
          mid: NULLABLE_NUMBER,
          volume: NULLABLE_NUMBER,
          openInterest: NULLABLE_NUMBER,
          impliedVolatility: { ...NULLABLE_NUMBER, description: "annualised, as a fraction: the source's figure, else solved from the mid quote" },
        },
      },
    },
    putCallRatio: {
      type: 'object',
      required: ['putVolume', 'callVolume', 'putOpenInterest', 'callOpenInterest', 'volumeRatio', 'openInterestRatio'],
      properties: {
        putVolume: { type: 'number' },
        callVolume: { type: 'number' },
        putOpenInterest: { type: 'number' },
        callOpenInterest: { type: 'number' },
        volumeRatio: { ...NULLABLE_NUMBER, description: 'put volume / call volume; null without call volume' },
        openInterestRatio: { ...NULLABLE_NUMBER, description: 'put open interest / call open interest; null without call open interest' },
      },
    },
    volatilitySkew: SKEW_SCHEMA,
    ...SOURCE_PROPERTIES,
  },
} as const;
