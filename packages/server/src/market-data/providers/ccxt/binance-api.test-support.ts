import type { Bar } from '@goldensignals/engine';
import type { LocalAnswer, ReceivedRequest } from '../../test-support/local-api-server.test-support.js';

/** A spot pair the fake Binance lists: `BTCUSDT` = BTC quoted in USDT. */
export interface BinancePair {
  readonly base: string;
  readonly quote: string;
}

/** Klines Binance sends when `limit` is absent, and the most it sends (its documented defaults). */
const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 1000;

/** `GET /api/v3/exchangeInfo` as Binance documents it, with the fields ccxt reads. */
export function exchangeInfo(pairs: readonly BinancePair[]): unknown {
  return {
    timezone: 'UTC',
    serverTime: 1_700_000_000_000,
    rateLimits: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 }],
    exchangeFilters: [],
    symbols: pairs.map(({ base, quote }) => ({
      symbol: `${base}${quote}`,
      status: 'TRADING',
      baseAsset: base,
      baseAssetPrecision: 8,
      quoteAsset: quote,
      quotePrecision: 8,
      quoteAssetPrecision: 8,
      orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET'],
      icebergAllowed: true,
      ocoAllowed: true,
      isSpotTradingAllowed: true,
      isMarginTradingAllowed: false,
      filters: [
        { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' },
        { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
      ],
      permissions: [],
      permissionSets: [['SPOT']],
    })),
  };
}

/**
 * `GET /api/v3/klines` over `bars` as Binance answers it: candles opening in [startTime, endTime],
 * oldest first, at most `limit` (default 500, at most 1000), each `[openTime, "open", "high", "low",
 * "close", "volume", closeTime, "quoteVolume", trades, "takerBase", "takerQuote", "0"]`.
 */
export function klines(bars: readonly Bar[], barMs: number, query: URLSearchParams): unknown[][] {
  const start = Number(query.get('startTime') ?? 0);
  const end = Number(query.get('endTime') ?? Number.MAX_SAFE_INTEGER);
  const limit = Math.min(Number(query.get('limit') ?? DEFAULT_LIMIT), MAX_LIMIT);
  return bars
    .filter((bar) => bar.time >= start && bar.time <= end)
    .slice(0, limit)
    .map((bar) => [bar.time, String(bar.open), String(bar.high), String(bar.low), String(bar.close), String(bar.volume), bar.time + barMs - 1, String(bar.volume * bar.close), 100, '0', '0', '0']);
}

/** `GET /api/v3/ticker/24hr?symbol=` as Binance documents it. */
export function ticker24hr(symbol: string, figures: { last: number; open: number; high: number; low: number; volume: number; bid: number; ask: number; closeTime: number }): unknown {
  const change = figures.last - figures.open;
  return {
    symbol,
    priceChange: change.toFixed(2),
    priceChangePercent: ((change / figures.open) * 100).toFixed(3),
    weightedAvgPrice: String(figures.last),
    prevClosePrice: String(figures.open),
    lastPrice: String(figures.last),
    lastQty: '0.01000000',
    bidPrice: String(figures.bid),
    bidQty: '1.00000000',
    askPrice: String(figures.ask),
    askQty: '2.00000000',
    openPrice: String(figures.open),
    highPrice: String(figures.high),
    lowPrice: String(figures.low),
    volume: String(figures.volume),
    quoteVolume: String(figures.volume * figures.last),
    openTime: figures.closeTime - 86_400_000,
    closeTime: figures.closeTime,
    firstId: 1,
    lastId: 1000,
    count: 1000,
  };
}

/** A Binance error answer: `{ "code": -1121, "msg": "Invalid symbol." }` with its HTTP status. */
export function binanceError(status: number, code: number, msg: string, headers: Record<string, string> = {}): LocalAnswer {
  return { status, body: { code, msg }, headers };
}

/** Routes a request to a handler per API path; an unknown path is a 404 naming it. */
export function binanceRoutes(routes: Readonly<Record<string, (request: ReceivedRequest) => LocalAnswer>>): (request: ReceivedRequest) => LocalAnswer {
  return (request) => routes[request.path]?.(request) ?? { status: 404, body: { code: -1, msg: `no route ${request.path}` } };
}
