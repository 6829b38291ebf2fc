import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { fuzzRoutes, type FuzzReport } from './fuzz-routes.js';

/** An app with one sound route and one of each failure the fuzzer must find. */
async function flawedApp(): Promise<FastifyInstance> {
  const app = await createBaseApp();
  await app.register(fastifySwagger, { openapi: { info: { title: 'test', version: '1' } } });
  const uuid = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } as const;
  app.get('/api/v1/sound/:id', { schema: { params: uuid, querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 10 } } } } }, async () => ({ ok: true }));
  app.post('/api/v1/crashes', { schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } }, async (request) => {
    const { name } = request.body as { name: string };
    // A handler that trusts the schema too much: anything but letters breaks it.
    if (!/^[a-z]*$/i.test(name)) throw new TypeError(`cannot read ${name}`);
    return { name };
  });
  app.get('/api/v1/leaks', async () => ({ message: 'Failed query: select "id" from "users"' }));
  app.get('/api/v1/html', async (_request, reply) => reply.type('text/html').send('<html></html>'));
  app.get('/elsewhere', async () => {
    throw new Error('never fuzzed: outside /api/v1');
  });
  return app;
}

describe('fuzzRoutes', () => {
  let app: FastifyInstance;
  let report: FuzzReport;

  beforeAll(async () => {
    app = await flawedApp();
    report = await fuzzRoutes(app, { runsPerRoute: 15, seed: 5, headers: { authorization: 'Bearer test' } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('sends the edge cases and the random requests to every /api/v1 operation, counting answers by status', () => {
    expect(report.routes).toBe(4);
    expect(Object.keys(report.byOperation)).toEqual(['GET /api/v1/sound/{id}', 'POST /api/v1/crashes', 'GET /api/v1/leaks', 'GET /api/v1/html']);
    const total = Object.values(report.byStatus).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(report.requests);
    expect(report.requests).toBeGreaterThan(4 * 15);
    expect(report.byOperation['GET /api/v1/sound/{id}']?.['200']).toBeGreaterThan(0);
    expect(report.byOperation['GET /api/v1/sound/{id}']?.['400']).toBeGreaterThan(0);
  });

  it('finds the 5xx, the leak and the non-JSON answer, and nothing on the sound route', () => {
    const reasons = new Map(report.failures.map((failure) => [failure.url.split('?')[0], failure.reason]));
    expect(reasons.get('/api/v1/crashes')).toBe('HTTP 500 GS_ERR_INTERNAL');
    expect(reasons.get('/api/v1/leaks')).toBe(`leaks SQL text: ${JSON.stringify('select \\"')}`);
    expect(reasons.get('/api/v1/html')).toBe('body is not JSON');
    expect(report.failures.filter((failure) => failure.url.startsWith('/api/v1/sound'))).toEqual([]);
  });

  it('reports a failure with what was sent and the first 500 characters of the answer', () => {
    const crash = report.failures.find((failure) => failure.url === '/api/v1/crashes');
    expect(crash).toMatchObject({ method: 'POST', status: 500, requestHeaders: { authorization: '<redacted>' } });
    expect(crash?.body).toContain('"code":"GS_ERR_INTERNAL"');
    expect(crash?.requestBody).toBeDefined();
    expect(report.failures.every((failure) => failure.body.length <= 500)).toBe(true);
  });

  it('fuzzes only the selected operations', async () => {
    const only = await fuzzRoutes(app, { runsPerRoute: 2, select: (operation) => operation.pathTemplate === '/api/v1/leaks' });
    expect(only.routes).toBe(1);
    expect(only.requests).toBe(2);
  });
});
