import { describe, expect, it } from 'vitest';
import { ProviderError } from '../provider-error.js';
import { MarketDataUnavailableError } from './market-data-unavailable-error.js';
import type { ProviderCallEvent } from './provider-call-event.js';
import { ProviderFallback, type ProviderFallbackOptions } from './provider-fallback.js';
import type { RateLimit } from './token-bucket.js';
import { rejectionOf } from './rejection-of.test-support.js';
import { ScriptedProvider, unavailable } from './scripted-provider.test-support.js';
import { VirtualClock } from './virtual-clock.test-support.js';

const T0 = Date.UTC(2024, 2, 4, 15);

type ProviderSpec = string | { readonly id: string; readonly rateLimit?: RateLimit; readonly withNews?: boolean };

function setup(specs: readonly ProviderSpec[], options: Partial<ProviderFallbackOptions> = {}) {
  const clock = new VirtualClock(T0);
  const providers = specs.map((spec, index) => {
    const { id, ...rest } = typeof spec === 'string' ? { id: spec } : spec;
    return new ScriptedProvider(id, { clock, priceOffset: index * 100, ...rest });
  });
  const events: ProviderCallEvent[] = [];
  const fallback = new ProviderFallback({ providers, clock, random: () => 0, onProviderCall: (event) => events.push(event), ...options });
  const quote = (symbol = 'AAPL', signal?: AbortSignal) => fallback.run('quote', `quote ${symbol}`, (provider, callSignal) => provider.quote(symbol, callSignal), signal);
  return { clock, providers, events, fallback, quote };
}

describe('ProviderFallback', () => {
  it('answers from the next provider, in chain order, when the first is down', async () => {
    const { providers, quote } = setup(['yahoo', 'polygon', 'simulator'], { retry: { maxAttempts: 1 } });
    const [yahoo, polygon, simulator] = providers;
    yahoo.failAlways(unavailable('yahoo'));
    const answer = await quote();
    expect(answer.provider.id).toBe('polygon');
    expect(answer.value.price).toBe(201);
    expect(yahoo.calls).toHaveLength(1);
    expect(polygon.calls).toHaveLength(1);
    expect(simulator.calls).toHaveLength(0);
  });

  it('retries a 503 twice with exponential backoff, then answers from the same provider', async () => {
    const { providers, events, quote } = setup(['yahoo', 'simulator']);
    const [yahoo, simulator] = providers;
    yahoo.failNext(unavailable('yahoo'), unavailable('yahoo'));
    const answer = await quote();
    expect(answer.provider.id).toBe('yahoo');
    // Backoff with zero jitter: half of 250 ms, then half of 500 ms.
    expect(yahoo.calls.map((call) => call.time - T0)).toEqual([0, 125, 375]);
    expect(simulator.calls).toHaveLength(0);
    expect(events.map((event) => [event.outcome, event.attempt, event.errorKind])).toEqual([
      ['error', 1, 'unavailable'],
      ['error', 2, 'unavailable'],
      ['success', 3, undefined],
    ]);
  });

  it('waits as long as Retry-After asks after a 429, then retries', async () => {
    const { providers, quote } = setup(['yahoo']);
    const [yahoo] = providers;
    yahoo.failNext(new ProviderError('yahoo', 'rate-limited', 'HTTP 429 Too Many Requests', { status: 429, retryAfterMs: 1_500 }));
    const answer = await quote();
    expect(answer.provider.id).toBe('yahoo');
    expect(yahoo.calls.map((call) => call.time - T0)).toEqual([0, 1_500]);
  });

  it('moves on when Retry-After exceeds the retry budget, and keeps away from that provider until then', async () => {
    const { clock, providers, events, quote } = setup(['yahoo', 'simulator'], { retry: { maxTotalMs: 10_000 }, maxRateLimitWaitMs: 2_000 });
    const [yahoo, simulator] = providers;
    yahoo.failNext(new ProviderError('yahoo', 'rate-limited', 'HTTP 429 Too Many Requests', { status: 429, retryAfterMs: 60_000 }));
    expect((await quote()).provider.id).toBe('simulator');
    expect(simulator.calls[0].time).toBe(T0);
    expect((await quote()).provider.id).toBe('simulator');
    expect(yahoo.calls).toHaveLength(1);
    expect(events.filter((event) => event.provider === 'yahoo').map((event) => event.outcome)).toEqual(['error', 'throttled']);
    clock.advance(60_000);
    expect((await quote()).provider.id).toBe('yahoo');
  });

  it('opens the circuit after N consecutive failures, skips the provider while open, half-opens after the cool-down and closes on success', async () => {
    const { clock, providers, events, fallback, quote } = setup(['yahoo', 'simulator'], { retry: { maxAttempts: 1 }, circuitBreaker: { failureThreshold: 3, coolDownMs: 30_000 } });
    const [yahoo] = providers;
    yahoo.failAlways(unavailable('yahoo'));
    for (let i = 0; i < 3; i += 1) expect((await quote()).provider.id).toBe('simulator');
    expect(fallback.circuitStates()[0]).toEqual({ provider: 'yahoo', state: 'open', failures: 3, openedAt: T0 });

    expect((await quote()).provider.id).toBe('simulator');
    expect(yahoo.calls).toHaveLength(3);
    expect(events.at(-2)).toMatchObject({ provider: 'yahoo', outcome: 'circuit-open', durationMs: 0 });

    clock.advance(30_000);
    expect(fallback.circuitStates()[0].state).toBe('half-open');
    yahoo.failAlways(undefined);
    expect((await quote()).provider.id).toBe('yahoo');
    expect(yahoo.calls).toHaveLength(4);
    expect(fallback.circuitStates()).toEqual([
      { provider: 'yahoo', state: 'closed', failures: 0, openedAt: null },
      { provider: 'simulator', state: 'closed', failures: 0, openedAt: null },
    ]);
  });

  it('reopens the circuit when the half-open trial call fails, and lets only one trial through', async () => {
    const { clock, providers, fallback, quote } = setup(['yahoo', 'simulator'], { retry: { maxAttempts: 1 }, circuitBreaker: { failureThreshold: 2, coolDownMs: 5_000 } });
    const [yahoo] = providers;
    yahoo.failAlways(unavailable('yahoo'));
    await quote();
    await quote();
    clock.advance(5_000);
    const answers = await Promise.all([quote(), quote(), quote()]);
    expect(answers.map((answer) => answer.provider.id)).toEqual(['simulator', 'simulator', 'simulator']);
    expect(yahoo.calls).toHaveLength(3);
    expect(fallback.circuitStates()[0]).toEqual({ provider: 'yahoo', state: 'open', failures: 3, openedAt: T0 + 5_000 });
  });

  it('moves on after a not-found without retrying it or counting it toward the circuit', async () => {
    const { providers, fallback, quote } = setup(['yahoo', 'simulator'], { circuitBreaker: { failureThreshold: 2 } });
    const [yahoo] = providers;
    yahoo.failAlways(new ProviderError('yahoo', 'not-found', 'no symbol "ZZZZ"', { status: 404 }));
    for (let i = 0; i < 4; i += 1) expect((await quote('ZZZZ')).provider.id).toBe('simulator');
    expect(yahoo.calls).toHaveLength(4);
    expect(fallback.circuitStates()[0]).toEqual({ provider: 'yahoo', state: 'closed', failures: 0, openedAt: null });
  });

  it('spaces requests by the provider rate limit, after the allowed burst', async () => {
    const { providers, quote } = setup([{ id: 'yahoo', rateLimit: { requests: 2, perMs: 1_000 } }], { maxRateLimitWaitMs: 5_000 });
    const [yahoo] = providers;
    await Promise.all([quote(), quote(), quote(), quote(), quote()]);
    expect(yahoo.calls.map((call) => call.time - T0)).toEqual([0, 0, 500, 1_000, 1_500]);
    await quote();
    expect(yahoo.calls.at(-1)?.time).toBe(T0 + 2_000);
  });

  it('goes to the next provider instead of queueing when the rate-limit wait would exceed the bound', async () => {
    const { providers, events, quote } = setup([{ id: 'alphavantage', rateLimit: { requests: 1, perMs: 60_000 } }, 'simulator'], { maxRateLimitWaitMs: 2_000 });
    const [alphavantage, simulator] = providers;
    expect((await quote()).provider.id).toBe('alphavantage');
    const second = await quote();
    expect(second.provider.id).toBe('simulator');
    expect(alphavantage.calls).toHaveLength(1);
    expect(simulator.calls[0].time).toBe(T0);
    expect(events[1]).toEqual({ provider: 'alphavantage', method: 'quote', outcome: 'throttled', durationMs: 0, attempt: 1 });
  });

  it('times out a hung call, aborts it and retries', async () => {
    const { providers, events, quote } = setup(['yahoo'], { timeoutMs: 5_000 });
    const [yahoo] = providers;
    yahoo.failNext('hang');
    const answer = await quote();
    expect(answer.provider.id).toBe('yahoo');
    expect(yahoo.calls.map((call) => call.time - T0)).toEqual([0, 5_125]);
    expect(yahoo.calls[0].signal?.aborted).toBe(true);
    expect(String(yahoo.calls[0].signal?.reason)).toContain('yahoo: quote AAPL timed out after 5000 ms');
    expect(events.map((event) => [event.outcome, event.durationMs])).toEqual([
      ['timeout', 5_000],
      ['success', 0],
    ]);
  });

  it('skips providers that lack the method without calling them', async () => {
    const { providers, events, fallback } = setup(['yahoo', { id: 'finnhub', withNews: true }]);
    const [yahoo, finnhub] = providers;
    const answer = await fallback.run('news', 'news AAPL', (provider, signal) => provider.news?.('AAPL', 5, signal));
    expect(answer.provider.id).toBe('finnhub');
    expect(answer.value.map((article) => article.title)).toEqual(['AAPL news from finnhub']);
    expect(yahoo.calls).toHaveLength(0);
    expect(finnhub.callsOf('news')).toHaveLength(1);
    expect(events[0]).toEqual({ provider: 'yahoo', method: 'news', outcome: 'unsupported', durationMs: 0, attempt: 1 });
  });

  it('throws one MarketDataUnavailableError naming every provider and its failure when none answers', async () => {
    const { providers, quote } = setup(['yahoo', 'polygon', { id: 'finnhub', withNews: true }]);
    const [yahoo, polygon, finnhub] = providers;
    yahoo.failAlways(unavailable('yahoo'));
    polygon.failAlways(new ProviderError('polygon', 'unauthorized', 'API key rejected', { status: 401 }));
    finnhub.failAlways(new ProviderError('finnhub', 'not-found', 'no symbol "AAPL"', { status: 404 }));
    const error = await rejectionOf(quote(), MarketDataUnavailableError);
    expect(error.code).toBe('GS_ERR_MARKET_DATA_UNAVAILABLE');
    expect(error.operation).toBe('quote AAPL');
    expect(error.failures).toEqual([
      { provider: 'yahoo', kind: 'unavailable', attempts: 3, reason: 'yahoo: HTTP 503 Service Unavailable (unavailable, HTTP 503, after 3 attempts)' },
      { provider: 'polygon', kind: 'unauthorized', attempts: 1, reason: 'polygon: API key rejected (unauthorized, HTTP 401)' },
      { provider: 'finnhub', kind: 'not-found', attempts: 1, reason: 'finnhub: no symbol "AAPL" (not-found, HTTP 404)' },
    ]);
    expect(error.message).toBe(
      'no market data provider could answer quote AAPL: yahoo: HTTP 503 Service Unavailable (unavailable, HTTP 503, after 3 attempts); ' +
        'polygon: API key rejected (unauthorized, HTTP 401); finnhub: no symbol "AAPL" (not-found, HTTP 404)',
    );
    expect(error.notFound).toBe(false);
  });

  it('says not-found when every provider that has the method says so', async () => {
    const { providers, fallback } = setup(['yahoo', { id: 'finnhub', withNews: true }]);
    providers[1].failAlways(new ProviderError('finnhub', 'not-found', 'no symbol "ZZZZ"', { status: 404 }));
    const error = await rejectionOf(fallback.run('news', 'news ZZZZ', (provider, signal) => provider.news?.('ZZZZ', 5, signal)), MarketDataUnavailableError);
    expect(error.failures.map((failure) => failure.kind)).toEqual(['unsupported', 'not-found']);
    expect(error.notFound).toBe(true);
  });

  it('treats a provider that throws something other than a ProviderError as a malformed answer', async () => {
    const { providers, quote } = setup(['yahoo', 'simulator'], { retry: { maxAttempts: 1 } });
    providers[0].failNext(new TypeError("Cannot read properties of undefined (reading 'price')"));
    const answer = await quote();
    expect(answer.provider.id).toBe('simulator');
  });

  it('gives up a retry budget that the backoff would exceed', async () => {
    const { providers, quote } = setup(['yahoo', 'simulator'], { retry: { maxAttempts: 5, baseDelayMs: 4_000, maxDelayMs: 16_000, maxTotalMs: 5_000 } });
    const [yahoo] = providers;
    yahoo.failAlways(unavailable('yahoo'));
    expect((await quote()).provider.id).toBe('simulator');
    // Waits 2,000 ms after the first failure; the next wait (4,000 ms) would pass the 5,000 ms budget.
    expect(yahoo.calls.map((call) => call.time - T0)).toEqual([0, 2_000]);
  });

  it('stops at once, without trying the next provider, when the caller aborts', async () => {
    const { providers, quote } = setup(['yahoo', 'simulator'], { timeoutMs: 60_000 });
    const [yahoo, simulator] = providers;
    yahoo.failNext('hang');
    const controller = new AbortController();
    const pending = quote('AAPL', controller.signal);
    // Microtasks only: the virtual clock must not reach the timeout first.
    while (yahoo.calls.length === 0) await Promise.resolve();
    controller.abort(new Error('client went away'));
    await expect(pending).rejects.toThrow('client went away');
    expect(yahoo.calls[0].signal?.aborted).toBe(true);
    expect(simulator.calls).toHaveLength(0);
  });

  it('refuses a chain with no provider, a provider listed twice, or a provider without a usable rate limit', () => {
    const clock = new VirtualClock(T0);
    expect(() => new ProviderFallback({ providers: [] })).toThrow('a provider chain needs at least one provider');
    const yahoo = new ScriptedProvider('yahoo', { clock });
    expect(() => new ProviderFallback({ providers: [yahoo, yahoo] })).toThrow('provider "yahoo" is listed twice in the chain');
    const broken = new ScriptedProvider('polygon', { clock, rateLimit: { requests: 0, perMs: 60_000 } });
    expect(() => new ProviderFallback({ providers: [broken] })).toThrow('provider "polygon": rateLimit.requests must be a positive integer, got 0');
    expect(() => new ProviderFallback({ providers: [yahoo], timeoutMs: 0 })).toThrow('timeoutMs must be a positive number of milliseconds, got 0');
  });
});
