import type { Bar } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { createBaseApp } from '../../app/create-base-app.js';
import { systemClock } from '../../market-data/chain/chain-clock.js';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import type { BarRequest } from '../../market-data/bar-request.js';
import type { MarketDataProvider } from '../../market-data/market-data-provider.js';
import { ProviderError, type ProviderErrorKind } from '../../market-data/provider-error.js';
import type { Quote } from '../../market-data/quote.js';
import { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import type { Database } from '../../storage/database.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { marketDataRoutes, type MarketDataRoutesOptions } from './market-data-routes.js';

/** Friday 2024-03-15 18:00 UTC: 14:00 in New York, NYSE and FX open, the day's NYSE session not yet closed. */
export const NOW = Date.UTC(2024, 2, 15, 18);

/** A provider that fails every call the same way: `not-found` for a symbol nobody knows, `unavailable` for an outage. */
export class FailingProvider implements MarketDataProvider {
  readonly simulated = false;
  readonly rateLimit = { requests: 1000, perMs: 1000 };
  calls = 0;

  constructor(
    readonly id: string,
    private readonly kind: ProviderErrorKind,
    private readonly reason: string,
  ) {}

  private fail(): never {
    this.calls++;
    throw new ProviderError(this.id, this.kind, this.reason, { status: this.kind === 'unavailable' ? 503 : 404 });
  }

  async bars(): Promise<never> {
    return this.fail();
  }

  async quote(): Promise<Quote> {
    return this.fail();
  }

  async optionsChain(): Promise<never> {
    return this.fail();
  }
}

/** Wraps a provider; while `down` is set, every call fails as an outage (HTTP 503) without reaching it. */
export class OutageSwitch implements MarketDataProvider {
  readonly id: string;
  readonly simulated: boolean;
  readonly rateLimit: MarketDataProvider['rateLimit'];
  down = false;

  constructor(private readonly inner: MarketDataProvider) {
    this.id = inner.id;
    this.simulated = inner.simulated;
    this.rateLimit = inner.rateLimit;
  }

  private check(): void {
    if (this.down) throw new ProviderError(this.id, 'unavailable', 'service unavailable', { status: 503 });
  }

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    this.check();
    return this.inner.bars(request, signal);
  }

  async quote(symbol: string, signal?: AbortSignal): Promise<Quote> {
    this.check();
    return this.inner.quote(symbol, signal);
  }
}

/**
 * An app with only the market data routes, over a chain of `providers`; the routes and the chain
 * read the time from `now` (the fixed {@link NOW} unless given).
 */
export async function marketDataApp(
  database: Database,
  providers: readonly MarketDataProvider[],
  options: Partial<Omit<MarketDataRoutesOptions, 'chain'>> = {},
): Promise<{ app: FastifyInstance; chain: ProviderChain }> {
  const now = options.now ?? (() => NOW);
  const chain = new ProviderChain({
    providers,
    barRepository: new BarRepository(database.db),
    clock: { now, sleep: systemClock.sleep },
    retry: { maxAttempts: 1 },
  });
  const app = await createBaseApp();
  await app.register(marketDataRoutes, { prefix: '/api/v1', chain, universe: async () => [], ...options, now });
  await app.ready();
  return { app, chain };
}

/** The built-in simulator at {@link NOW}, or at the time `now` gives. */
export function simulatorAtNow(now: () => number = () => NOW): MarketSimulator {
  return new MarketSimulator({ now });
}
