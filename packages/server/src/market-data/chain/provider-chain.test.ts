import type { Timeframe } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import type { BarRequest } from '../bar-request.js';
import { ProviderError } from '../provider-error.js';
import { MarketDataRequestError } from './market-data-request-error.js';
import { MarketDataUnavailableError } from './market-data-unavailable-error.js';
import { ProviderChain, type ProviderChainOptions } from './provider-chain.js';
import { rejectionOf } from './rejection-of.test-support.js';
import { scriptedBar, ScriptedProvider, unavailable } from './scripted-provider.test-support.js';
import { VirtualClock } from './virtual-clock.test-support.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2024, 0, 1);

function hourly(from: number, to: number): BarRequest {
  return { symbol: 'AAPL', timeframe: '1h', from: T0 + from * HOUR, to: T0 + to * HOUR };
}

/** Scripted closed bars at hours [from, to) since T0, as provider `offset` reports them. */
function expectedBars(from: number, to: number, offset = 0, now = Number.POSITIVE_INFINITY, timeframe: Timeframe = '1h') {
  return Array.from({ length: to - from }, (_, i) => scriptedBar(T0 + (from + i) * HOUR, timeframe, offset, now));
}

/** The bar requests a provider received, as hours since T0. */
function hoursAsked(provider: ScriptedProvider): [number, number][] {
  return provider.callsOf('bars').map(({ request }) => {
    if (typeof request === 'string') throw new Error(`a bars call carried "${request}" instead of a BarRequest`);
    return [(request.from - T0) / HOUR, (request.to - T0) / HOUR];
  });
}

describeStorage('ProviderChain', (context) => {
  function setup(ids: readonly string[], options: Partial<ProviderChainOptions> & { readonly simulatedIds?: readonly string[]; readonly publishDelayMs?: number } = {}) {
    const clock = new VirtualClock(T0 + 100 * HOUR + 10 * MINUTE);
    const providers = ids.map(
      (id, index) => new ScriptedProvider(id, { clock, priceOffset: index * 100, simulated: options.simulatedIds?.includes(id) ?? false, withNews: true, publishDelayMs: options.publishDelayMs }),
    );
    const repository = new BarRepository(context.database.db);
    const chain = new ProviderChain({ providers, barRepository: repository, clock, random: () => 0, retry: { maxAttempts: 2 }, ...options });
    return { clock, providers, repository, chain };
  }

  it('fetches only the ranges never fetched before, and nothing for a range already covered', async () => {
    const { providers, chain } = setup(['yahoo']);
    const [yahoo] = providers;
    expect((await chain.bars(hourly(0, 50))).bars).toEqual(expectedBars(0, 50));
    const second = await chain.bars(hourly(20, 80));
    expect(second.bars).toEqual(expectedBars(20, 80));
    expect(second).toMatchObject({ sources: ['yahoo'], simulated: false, stale: false });
    await chain.bars(hourly(10, 30));
    await chain.bars(hourly(0, 80));
    expect(hoursAsked(yahoo)).toEqual([
      [0, 50],
      [50, 80],
    ]);
  });

  it('fetches the two gaps around a cached middle as two requests', async () => {
    const { providers, chain } = setup(['yahoo']);
    await chain.bars(hourly(40, 60));
    const result = await chain.bars(hourly(30, 70));
    expect(result.bars).toEqual(expectedBars(30, 70));
    expect(hoursAsked(providers[0])).toEqual([
      [40, 60],
      [30, 40],
      [60, 70],
    ]);
  });

  it('answers the forming bar without storing or covering it, and stores it once it has closed', async () => {
    const { clock, providers, repository, chain } = setup(['yahoo']);
    const now = clock.now();
    const first = await chain.bars(hourly(95, 102));
    // Bars 95..99 have closed by 100:10; the 100:00 bar is forming; 101:00 has not begun.
    expect(first.bars).toEqual([...expectedBars(95, 100), scriptedBar(T0 + 100 * HOUR, '1h', 0, now)]);
    expect(await repository.range('AAPL', '1h', T0, T0 + 200 * HOUR)).toEqual(expectedBars(95, 100));
    expect(await repository.coverage('AAPL', '1h')).toEqual([{ from: T0 + 95 * HOUR, to: T0 + 99 * HOUR + 10 * MINUTE }]);

    clock.advance(HOUR);
    const second = await chain.bars(hourly(95, 102));
    expect(second.bars).toEqual([...expectedBars(95, 101), scriptedBar(T0 + 101 * HOUR, '1h', 0, clock.now())]);
    expect(await repository.range('AAPL', '1h', T0, T0 + 200 * HOUR)).toEqual(expectedBars(95, 101));
    expect(hoursAsked(providers[0])).toEqual([
      [95, 102],
      [99 + 10 / 60, 102],
    ]);
  });

  it('asks again for a bar a source publishes late, instead of caching its absence', async () => {
    const { clock, providers, repository, chain } = setup(['yahoo'], { publishDelayMs: 20 * MINUTE });
    // At 100:10 the 99:00 bar has closed but is published only at 100:20.
    expect((await chain.bars(hourly(95, 100))).bars).toEqual(expectedBars(95, 99));
    expect(await repository.coverage('AAPL', '1h')).toEqual([{ from: T0 + 95 * HOUR, to: T0 + 99 * HOUR }]);
    clock.advance(15 * MINUTE);
    expect((await chain.bars(hourly(95, 100))).bars).toEqual(expectedBars(95, 100));
    expect(hoursAsked(providers[0])).toEqual([
      [95, 100],
      [99, 100],
    ]);
    // Bars long closed are cached as before (a gap there is real, a halt: see coveredEnd).
    expect((await chain.bars(hourly(60, 70))).bars.length).toBe(10);
  });

  it('answers the cached bars flagged stale, with the reason, when every provider fails for the missing part', async () => {
    const { providers, chain } = setup(['yahoo', 'polygon']);
    const [yahoo, polygon] = providers;
    await chain.bars(hourly(0, 50));
    yahoo.failAlways(unavailable('yahoo'));
    polygon.failAlways(new ProviderError('polygon', 'rate-limited', 'HTTP 429 Too Many Requests', { status: 429 }));
    const result = await chain.bars(hourly(0, 60));
    expect(result.bars).toEqual(expectedBars(0, 50));
    expect(result.stale).toBe(true);
    expect(result.sources).toEqual(['yahoo']);
    expect(result.staleReason).toBe(
      'answered from the cache, incomplete: no market data provider could answer bars AAPL 1h 2024-01-03T02:00:00.000Z–2024-01-03T12:00:00.000Z: ' +
        'yahoo: HTTP 503 Service Unavailable (unavailable, HTTP 503, after 2 attempts); polygon: HTTP 429 Too Many Requests (rate-limited, HTTP 429, after 2 attempts)',
    );
  });

  it('throws MarketDataUnavailableError naming each provider when nothing is cached and every provider fails', async () => {
    const { providers, chain } = setup(['yahoo', 'polygon']);
    providers[0].failAlways(unavailable('yahoo'));
    providers[1].failAlways(new ProviderError('polygon', 'unauthorized', 'API key rejected', { status: 401 }));
    const error = await rejectionOf(chain.bars(hourly(0, 10)), MarketDataUnavailableError);
    expect(error.failures.map((failure) => [failure.provider, failure.kind, failure.attempts])).toEqual([
      ['yahoo', 'unavailable', 2],
      ['polygon', 'unauthorized', 1],
    ]);
    expect(error.message).toBe(
      'no market data provider could answer bars AAPL 1h 2024-01-01T00:00:00.000Z–2024-01-01T10:00:00.000Z: ' +
        'yahoo: HTTP 503 Service Unavailable (unavailable, HTTP 503, after 2 attempts); polygon: API key rejected (unauthorized, HTTP 401)',
    );
  });

  it('shares one fetch between identical concurrent requests, but not with a different range', async () => {
    const { providers, chain } = setup(['yahoo']);
    const [a, b, c] = await Promise.all([chain.bars(hourly(0, 24)), chain.bars(hourly(0, 24)), chain.bars(hourly(24, 48))]);
    expect(a).toEqual(b);
    expect(a.bars).toEqual(expectedBars(0, 24));
    expect(c.bars).toEqual(expectedBars(24, 48));
    expect(hoursAsked(providers[0])).toEqual([
      [0, 24],
      [24, 48],
    ]);
  });

  it('falls back to the next provider for bars, and labels simulated bars as simulated, mixed sources included', async () => {
    const { providers, chain } = setup(['yahoo', 'simulator'], { simulatedIds: ['simulator'] });
    const [yahoo] = providers;
    const real = await chain.bars(hourly(0, 10));
    expect(real).toMatchObject({ sources: ['yahoo'], simulated: false, stale: false });
    yahoo.failAlways(unavailable('yahoo'));
    const mixed = await chain.bars(hourly(0, 20));
    expect(mixed.bars).toEqual([...expectedBars(0, 10), ...expectedBars(10, 20, 100)]);
    expect(mixed).toMatchObject({ sources: ['simulator', 'yahoo'], simulated: true, stale: false });
    expect(await chain.bars(hourly(12, 18))).toMatchObject({ sources: ['simulator'], simulated: true });
  });

  it('rejects bars that break OHLC rules and takes the next provider’s instead, caching only those', async () => {
    const { providers, repository, chain } = setup(['yahoo', 'polygon']);
    const [yahoo] = providers;
    const broken = { time: T0, open: 10, high: 9, low: 8, close: 9, volume: 1 };
    yahoo.bars = async () => [broken];
    const result = await chain.bars(hourly(0, 5));
    expect(result.sources).toEqual(['polygon']);
    expect(await repository.range('AAPL', '1h', T0, T0 + 5 * HOUR)).toEqual(expectedBars(0, 5, 100));
  });

  it('answers a burst of quote calls with one request, then asks again once the TTL has passed', async () => {
    const { clock, providers, chain } = setup(['yahoo'], { quoteTtlMs: 3_000 });
    const burst = await Promise.all(Array.from({ length: 10 }, () => chain.quote('AAPL')));
    expect(new Set(burst.map((answer) => answer.data.price))).toEqual(new Set([101]));
    expect((await chain.quote('AAPL')).data.price).toBe(101);
    clock.advance(3_000);
    expect(await chain.quote('AAPL')).toMatchObject({ data: { price: 102 }, source: 'yahoo', simulated: false, stale: false });
    expect(providers[0].callsOf('quote')).toHaveLength(2);
  });

  it('answers the last quote flagged stale during an outage, until it is older than the stale limit', async () => {
    const { clock, providers, chain } = setup(['yahoo'], { quoteTtlMs: 3_000, quoteMaxStaleMs: 60_000 });
    await chain.quote('MSFT');
    providers[0].failAlways(unavailable('yahoo'));
    clock.advance(30_000);
    const stale = await chain.quote('MSFT');
    expect(stale).toMatchObject({ data: { price: 101 }, source: 'yahoo', stale: true });
    expect(stale.staleReason).toMatch(/^last quote, fetched 30 s ago: no market data provider could answer quote MSFT: yahoo: HTTP 503/);
    clock.advance(31_000);
    await expect(chain.quote('MSFT')).rejects.toBeInstanceOf(MarketDataUnavailableError);
  });

  it('labels capability answers with their provider', async () => {
    const { chain } = setup(['yahoo', 'simulator'], { simulatedIds: ['simulator'] });
    const news = await chain.news('AAPL', 5);
    expect(news).toMatchObject({ source: 'yahoo', simulated: false, stale: false });
    expect(news.data.map((article) => article.title)).toEqual(['AAPL news from yahoo']);
    const error = await rejectionOf(chain.fundamentals('AAPL'), MarketDataUnavailableError);
    expect(error.message).toBe('no market data provider could answer fundamentals AAPL: yahoo: has no fundamentals; simulator: has no fundamentals');
  });

  it('refuses bad requests, naming the field, before asking any provider', async () => {
    const { providers, chain } = setup(['yahoo']);
    const problems = await Promise.all([
      chain.bars({ ...hourly(10, 5) }).catch((error: unknown) => error),
      chain.bars({ ...hourly(0, 5), symbol: ' ' }).catch((error: unknown) => error),
      chain.bars({ ...hourly(0, 5), from: Number.NaN }).catch((error: unknown) => error),
      chain.news('AAPL', 0).catch((error: unknown) => error),
    ]);
    expect(problems.map((problem) => problem instanceof MarketDataRequestError && [problem.field, problem.message])).toEqual([
      ['to', 'to (2024-01-01T05:00:00.000Z) must be after from (2024-01-01T10:00:00.000Z)'],
      ['symbol', 'symbol must be a non-empty string'],
      ['from', 'from must be an integer epoch-ms time, got NaN'],
      ['limit', 'limit must be an integer from 1 to 100, got 0'],
    ]);
    expect(providers[0].calls).toHaveLength(0);
  });
});
