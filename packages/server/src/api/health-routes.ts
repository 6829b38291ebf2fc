import { ENGINE_VERSION } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../storage/database.js';

/** Options of {@link healthRoutes}. */
export interface HealthRoutesOptions {
  /** Absent in a bare app (no storage): `/ready` then answers 503. */
  readonly database?: Database;
  /** True once shutdown began: `/ready` turns false so load balancers stop sending requests. */
  readonly shuttingDown?: () => boolean;
}

const READY_SCHEMA = {
  type: 'object',
  required: ['ready', 'checks'],
  properties: {
    ready: { type: 'boolean' },
    checks: {
      type: 'object',
      properties: {
        database: { type: 'object', properties: { ok: { type: 'boolean' }, kind: { type: 'string' }, message: { type: 'string' } } },
        migrations: { type: 'object', properties: { ok: { type: 'boolean' }, currentVersion: { type: 'integer' }, pending: { type: 'array', items: { type: 'string' } } } },
      },
    },
  },
} as const;

/** `/health` (the process answers) and `/ready` (the database answers and its migrations are current). */
export async function healthRoutes(app: FastifyInstance, options: HealthRoutesOptions): Promise<void> {
  const started = Date.now();
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness: the process answers',
        response: { 200: { type: 'object', properties: { status: { type: 'string' }, engineVersion: { type: 'string' }, uptimeSeconds: { type: 'number' } } } },
      },
    },
    async () => ({ status: 'ok', engineVersion: ENGINE_VERSION, uptimeSeconds: Math.round((Date.now() - started) / 1000) }),
  );

  app.get('/ready', { schema: { tags: ['system'], summary: 'Readiness: database reachable, migrations done', response: { 200: READY_SCHEMA, 503: READY_SCHEMA } } }, async (_request, reply) => {
    const { database } = options;
    if (database === undefined) return reply.code(503).send({ ready: false, checks: { database: { ok: false, message: 'no database configured' } } });
    if (options.shuttingDown?.() === true) return reply.code(503).send({ ready: false, checks: { database: { ok: false, message: 'shutting down' } } });
    try {
      await database.ping();
      const status = await database.migrationStatus();
      const ready = status.upToDate;
      return reply.code(ready ? 200 : 503).send({
        ready,
        checks: { database: { ok: true, kind: database.kind }, migrations: { ok: status.upToDate, currentVersion: status.currentVersion, pending: status.pending } },
      });
    } catch (error) {
      // The driver's message may name hosts or SQL; the log has it, the probe only needs the verdict.
      app.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ ready: false, checks: { database: { ok: false, kind: database.kind, message: 'database unreachable' } } });
    }
  });
}
