import Fastify, { type FastifyInstance } from 'fastify';
import { healthRoutes } from '../api/health-routes.js';
import { installMetrics } from '../metrics/install-metrics.js';
import type { ServerMetrics } from '../metrics/server-metrics.js';
import type { Database } from '../storage/database.js';

/** What a worker's HTTP endpoint reports on. */
export interface WorkerHttpOptions {
  readonly database: Database;
  readonly metrics: ServerMetrics;
  /** True once the worker began stopping: `/ready` turns false. */
  readonly shuttingDown: () => boolean;
}

/**
 * A worker's small HTTP side: `/health` and `/ready` for its orchestrator's probes, `/metrics` for Prometheus (signal,
 * agent and provider figures are made on the workers when scaled out). No API, no dashboard.
 */
export async function createWorkerHttp(options: WorkerHttpOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  installMetrics(app, options.metrics);
  await app.register(healthRoutes, { database: options.database, shuttingDown: options.shuttingDown });
  return app;
}
