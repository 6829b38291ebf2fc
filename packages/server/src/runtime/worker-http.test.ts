import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ServerMetrics } from '../metrics/server-metrics.js';
import type { Database } from '../storage/database.js';
import { openDatabase } from '../storage/open-database.js';
import { createWorkerHttp } from './worker-http.js';

describe("a worker's HTTP endpoint", () => {
  let database: Database;
  let app: FastifyInstance;
  let stopping = false;

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    const metrics = new ServerMetrics({ queueDepth: () => 7 });
    app = await createWorkerHttp({ database, metrics, shuttingDown: () => stopping });
  });

  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers the probes, and turns not ready once the worker is stopping', async () => {
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
    stopping = true;
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(503);
    stopping = false;
  });

  it('serves the Prometheus metrics with the shared queue depth, and no API', async () => {
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/^goldensignals_queue_depth 7$/m);
    expect((await app.inject({ url: '/api/v1/signals' })).statusCode).toBe(404);
  });
});
