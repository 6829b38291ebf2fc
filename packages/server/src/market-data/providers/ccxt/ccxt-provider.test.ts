import type { Bar } from '@goldensignals/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { startLocalApiServer, type LocalAnswer, type LocalApiServer, type ReceivedRequest } from '../../test-support/local-api-server.test-support.js';
import { binanceError, binanceRoutes, exchangeInfo, klines, ticker24hr } from './binance-api.test-support.js';
import { createCcxtProvider, type CcxtProvider, type CcxtProviderOptions } from './ccxt-provider.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-03-01T00:00:00Z');
const PAIRS = [{ base: 'BTC', quote: 'USDT' }, { base: 'ETH', quote: 'BTC' }, { base: 'ETH', quote: 'USDT' }, { base: 'BTC', quote: 'EUR' }];

/** Eight hourly BTCUSDT candles from T0. */
const HOURLY: Bar[] = Array.from({ length: 8 }, (_, i) => ({ time: T0 + i * HOUR, open: 60_000 + i, high: 60_100 + i, low: 59_900 + i, close: 60_050 + i, volume: 10 + i }));

let server: LocalApiServer;
let klinesAnswer: (request: ReceivedRequest) => LocalAnswer;
let tickerAnswer: (request: ReceivedRequest) => LocalAnswer;

beforeEach(async () => {
  klinesAnswer = (request) => ({ body: klines(HOURLY, HOUR, request.query) });
  tickerAnswer = (request) => ({ body: ticker24hr(request.query.get('symbol') ?? '', { last: 61_000, open: 60_000, high: 61_500, low: 59_500, volume: 1234.5, bid: 60_999.99, ask: 61_000.01, closeTime: T0 + 24 * HOUR }) });
  server = await startLocalApiServer(
    binanceRoutes({
      '/api/v3/exchangeInfo': () => ({ body: exchangeInfo(PAIRS) }),
      '/api/v3/klines': (request) => klinesAnswer(request),
      '/api/v3/ticker/24hr': (request) => tickerAnswer(request),
    }),
  );
});
afterEach(async () => {
  await server.close();
});

/** A Binance provider pointed at the local server; ccxt's own throttle is off so tests do not wait on it. */
function binance(options: CcxtProviderOptions = {}): Promise<CcxtProvider> {
  return createCcxtProvider({ exchange: 'binance', ...options, exchangeOptions: { enableRateLimit: false, timeout: 2_000, urls: { api: { public: `${server.baseUrl}/api/v3` } }, ...options.exchangeOptions } });
}

const klineRequests = (): URLSearchParams[] => server.requests.filter((request) => request.path === '/api/v3/klines').map((request) => request.query);

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a ProviderError');
}

describe('CcxtProvider bars (Binance spot API on a local server)', () => {
  it('pages through klines with startTime and limit until the range is covered', async () => {
    const provider = await binance({ pageSize: 3 });
    const bars = await provider.bars({ symbol: 'BTC/USDT', timeframe: '1h', from: T0, to: T0 + 8 * HOUR });
    expect(bars).toEqual(HOURLY);
    expect(klineRequests().map((query) => [query.get('startTime'), query.get('limit'), query.get('endTime'), query.get('interval'), query.get('symbol')])).toEqual([
      [String(T0), '3', String(T0 + 8 * HOUR - 1), '1h', 'BTCUSDT'],
      [String(T0 + 3 * HOUR), '3', String(T0 + 8 * HOUR - 1), '1h', 'BTCUSDT'],
      [String(T0 + 6 * HOUR), '3', String(T0 + 8 * HOUR - 1), '1h', 'BTCUSDT'],
    ]);
  });

  it("asks pages of Binance's documented maximum (1000) and stops at a short page", async () => {
    const provider = await binance();
    const bars = await provider.bars({ symbol: 'BTCUSDT', timeframe: '1h', from: T0 + 2 * HOUR, to: T0 + 5 * HOUR });
    expect(bars).toEqual(HOURLY.slice(2, 5));
    expect(klineRequests().map((query) => query.get('limit'))).toEqual(['1000']);
  });

  it('maps BTC-USD to BTC/USDT (Binance has no USD market), BTCUSDT by market id and ETH/BTC as unified', async () => {
    const provider = await binance();
    const range = { timeframe: '1h', from: T0, to: T0 + HOUR } as const;
    for (const symbol of ['BTC-USD', 'BTCUSDT', 'btc/usdt', 'ETH/BTC']) await provider.bars({ symbol, ...range });
    expect(klineRequests().map((query) => query.get('symbol'))).toEqual(['BTCUSDT', 'BTCUSDT', 'BTCUSDT', 'ETHBTC']);
    // Markets are loaded once per provider.
    expect(server.requests.filter((request) => request.path === '/api/v3/exchangeInfo')).toHaveLength(1);
  });

  it('answers a pair the exchange does not list with not-found naming what it tried', async () => {
    const provider = await binance();
    const error = await providerError(provider.bars({ symbol: 'DOGE-USD', timeframe: '1h', from: T0, to: T0 + HOUR }));
    expect(error).toMatchObject({ kind: 'not-found', retryable: false });
    expect(error.message).toBe('ccxt: binance lists no spot market for DOGE-USD (tried DOGE/USD, DOGE/USDT, DOGE/USDC)');
  });

  it('answers an empty range of a listed pair with no bars', async () => {
    const provider = await binance();
    expect(await provider.bars({ symbol: 'BTC/USDT', timeframe: '1h', from: T0 + 100 * HOUR, to: T0 + 200 * HOUR })).toEqual([]);
  });
});

describe('CcxtProvider quote and search', () => {
  it('quotes the 24-hour ticker: last price against the window open', async () => {
    const provider = await binance();
    expect(await provider.quote('BTC-USD')).toEqual({
      symbol: 'BTC-USD',
      price: 61_000,
      previousClose: 60_000,
      change: 1000,
      changePercent: (1000 / 60_000) * 100,
      open: 60_000,
      high: 61_500,
      low: 59_500,
      volume: 1234.5,
      bid: 60_999.99,
      ask: 61_000.01,
      currency: 'USDT',
      time: T0 + 24 * HOUR,
      source: 'ccxt',
      simulated: false,
    });
    expect(server.requests.at(-1)?.query.get('symbol')).toBe('BTCUSDT');
  });

  it('searches the spot markets, exact match first', async () => {
    const provider = await binance();
    const matches = await provider.search('eth');
    expect(matches.map((match) => match.symbol)).toEqual(['ETH/BTC', 'ETH/USDT']);
    expect((await provider.search('BTC-EUR'))[0]).toEqual({ symbol: 'BTC/EUR', name: 'BTC/EUR', exchange: 'Binance', type: 'crypto' });
  });
});

describe('CcxtProvider errors', () => {
  const range = { symbol: 'BTC/USDT', timeframe: '1h', from: T0, to: T0 + HOUR } as const;

  it('answers HTTP 429 with rate-limited and the Retry-After wait', async () => {
    klinesAnswer = () => binanceError(429, -1003, 'Too many requests; current limit of IP is 6000 requests per minute.', { 'retry-after': '12' });
    const error = await providerError((await binance()).bars(range));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 12_000, retryable: true });
    expect(error.message).toMatch(/^ccxt: 1h bars of BTC\/USDT on binance: binance 429 Too Many Requests/);
  });

  it('answers an IP ban (HTTP 418) with rate-limited', async () => {
    klinesAnswer = () => binanceError(418, -1003, 'Way too many requests; IP(127.0.0.1) banned until 1700000600000.', { 'retry-after': '600' });
    const error = await providerError((await binance()).bars(range));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 600_000 });
  });

  it('answers a 5xx page and a timeout with unavailable', async () => {
    klinesAnswer = () => ({ status: 503, body: '<html>Service Temporarily Unavailable</html>' });
    expect(await providerError((await binance()).bars(range))).toMatchObject({ kind: 'unavailable', retryable: true });
    klinesAnswer = (request) => ({ body: klines(HOURLY, HOUR, request.query), delayMs: 1_500 });
    const slow = await binance({ exchangeOptions: { timeout: 200 } });
    const error = await providerError(slow.bars(range));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/request timed out \(200 ms\)/);
  });

  it("answers Binance's invalid-symbol error with not-found", async () => {
    klinesAnswer = () => binanceError(400, -1121, 'Invalid symbol.');
    expect(await providerError((await binance()).bars(range))).toMatchObject({ kind: 'not-found' });
  });

  it('refuses answers ccxt would read as no candles: an HTML page and JSON of another shape', async () => {
    klinesAnswer = () => ({ body: '<html>Please verify you are a human</html>' });
    const page = await providerError((await binance()).bars(range));
    expect(page.kind).toBe('bad-response');
    expect(page.message).toBe('ccxt: 1h bars of BTC/USDT on binance: binance answered something that is not JSON: <html>Please verify you are a human</html>');
    klinesAnswer = () => ({ body: { data: 'maintenance' } });
    const shape = await providerError((await binance()).bars(range));
    expect(shape.message).toBe('ccxt: 1h bars of BTC/USDT on binance: binance answered no candles in an unexpected shape: {"data":"maintenance"}');
  });

  it('refuses a candle whose price is not a number', async () => {
    klinesAnswer = () => ({ body: [[T0, 'abc', '2', '0.5', '1.5', '10', T0 + HOUR - 1, '15', 1, '0', '0', '0']] });
    const error = await providerError((await binance()).bars(range));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toMatch(/^ccxt: 1h bars of BTC\/USDT on binance: candle 0 is not \[time, open, high, low, close, volume\] numbers: /);
  });

  it('refuses a candle whose low is above its open', async () => {
    klinesAnswer = () => ({ body: [[T0, '1', '2', '1.2', '1.5', '10', T0 + HOUR - 1, '15', 1, '0', '0', '0']] });
    const error = await providerError((await binance()).bars(range));
    expect(error).toMatchObject({ kind: 'bad-response', message: 'ccxt: 1h bars of BTC/USDT on binance: the candle of 2024-03-01T00:00:00.000Z is not a valid bar: low 1.2 is above min(open 1, close 1.5)' });
  });

  it('refuses a ticker without a last price', async () => {
    tickerAnswer = () => ({ body: { symbol: 'BTCUSDT' } });
    const error = await providerError((await binance()).quote('BTC/USDT'));
    expect(error).toMatchObject({ kind: 'bad-response', message: 'ccxt: ticker of BTC/USDT has no last price: {"symbol":"BTCUSDT"}' });
  });

  it('stops a request in flight when the caller aborts', async () => {
    klinesAnswer = (request) => ({ body: klines(HOURLY, HOUR, request.query), delayMs: 1_500 });
    const provider = await binance();
    await provider.quote('BTC/USDT'); // markets loaded: the next request is the slow one
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort('client went away'), 50);
    const error = await providerError(provider.bars(range, controller.signal));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'ccxt: 1h bars of BTC/USDT on binance: request aborted: client went away' });
    expect(Date.now() - started).toBeLessThan(1_400);
  });

  it('refuses an unknown exchange and credentials at creation', async () => {
    await expect(createCcxtProvider({ exchange: 'nosuchexchange' })).rejects.toThrow(/^unknown ccxt exchange "nosuchexchange"; ccxt 4\.\d+\.\d+ has .*binance/);
    await expect(createCcxtProvider({ exchangeOptions: { apiKey: 'k', secret: 's' } })).rejects.toThrow('the ccxt market data provider uses public endpoints only; remove apiKey, secret from its exchange options');
  });
});
