import type { FastifyInstance } from 'fastify';
import type { ServerMetrics } from './server-metrics.js';

/**
 * Adds `GET /metrics` (Prometheus text format) and the hook that times every request by its route
 * pattern. Called on the root instance (not registered as a plugin) so the hook sees every route.
 */
export function installMetrics(app: FastifyInstance, metrics: ServerMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    // Unmatched URLs share one label, so scanners cannot blow up the label set.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { tags: ['system'], summary: 'Prometheus metrics' } }, async (_request, reply) =>
    reply.type(metrics.contentType).send(await metrics.text()),
  );
}
