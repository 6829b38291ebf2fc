// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { MAX_BARS_PER_REQUEST } from './bar-window.js';
import { registerHistoryRoutes } from './history-routes.js';
import type { MarketDataContext } from './market-data-context.js';
import { registerMarketOverviewRoutes } from './market-overview-routes.js';
import { registerQuoteRoutes } from './quote-routes.js';
import { registerSymbolInfoRoutes } from './symbol-info-routes.js';

/** What the market data routes need. */
export interface MarketDataRoutesOptions {
  readonly chain: ProviderChain;
  /** Closed bars the indicators are computed over; default 300 (SMA(200) plus room for the EMAs to settle). */
  readonly indicatorsBarCount?: number;
  /** Symbols the movers are picked from. */
  readonly universe: () => Promise<readonly string[]>;
  /** The current time, epoch ms; default `Date.now` (tests pass the chain's clock). */
  readonly now?: () => number;
}

/** Default of {@link MarketDataRoutesOptions.indicatorsBarCount}. */
export const DEFAULT_INDICATORS_BAR_COUNT = 300;

function checkBarCount(count: number): number {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BARS_PER_REQUEST) {
    throw new RangeError(`indicatorsBarCount must be an integer from 1 to ${MAX_BARS_PER_REQUEST}, got ${count}`);
  }
  return count;
}

/**
 * `/api/v1/market-data/...`: quote, batch quotes, historical bars, indicators, news, options chain,
 * symbol search, market status, movers and sectors. Every answer says its source and whether it is
 * simulated or stale. Static paths (`search`, `batch/quotes`, `market/...`) take precedence over `:symbol`.
 */
export async function marketDataRoutes(app: FastifyInstance, options: MarketDataRoutesOptions): Promise<void> {
  const context: MarketDataContext = {
    chain: options.chain,
    universe: options.universe,
    now: options.now ?? Date.now,
    indicatorsBarCount: checkBarCount(options.indicatorsBarCount ?? DEFAULT_INDICATORS_BAR_COUNT),
  };
  registerMarketOverviewRoutes(app, context);
  registerSymbolInfoRoutes(app, context);
  registerQuoteRoutes(app, context);
  registerHistoryRoutes(app, context);
}
