import type { FastifyInstance } from 'fastify';
import { ExternalVoteService } from '../../inbound/external-vote-service.js';
import { FailedSecretLimiter, type FailedSecretLimiterOptions } from '../../inbound/failed-secret-limiter.js';
import type { Database } from '../../storage/database.js';
import { tradingViewHookRoutes } from './tradingview-hook-routes.js';
import { tradingViewInboundRoutes } from './tradingview-inbound-routes.js';

/** What the TradingView routes need. */
export interface TradingViewRoutesOptions {
  readonly database: Database;
  /** Origin TradingView reaches this install at, for the hook URLs; default the origin each request came to. */
  readonly publicUrl?: string;
  /** Alerts one hook may bring per minute (default 60). */
  readonly perHookPerMinute?: number;
  /** How wrong secrets are counted per address. */
  readonly failedSecrets?: FailedSecretLimiterOptions;
  readonly now?: () => number;
}

/** The TradingView webhooks: managing one's hooks (`/tradingview/hooks`) and the endpoint TradingView posts to. */
export async function tradingViewRoutes(app: FastifyInstance, options: TradingViewRoutesOptions): Promise<void> {
  const service = new ExternalVoteService({ database: options.database, perHookPerMinute: options.perHookPerMinute, now: options.now });
  await app.register(tradingViewHookRoutes, { database: options.database, service, publicUrl: options.publicUrl });
  await app.register(tradingViewInboundRoutes, { service, failedSecrets: new FailedSecretLimiter({ now: options.now, ...options.failedSecrets }) });
}
