import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { AutoFollowRepository } from '../../storage/repositories/auto-follow-repository.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { autoFollowRoutes } from './auto-follow-routes.js';
import { call } from './portfolio-routes.test-support.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const SETTINGS = {
  enabled: true,
  symbols: ['aapl', 'BTC-USD'],
  minConfidence: 0.7,
  riskLevels: ['low'],
  maxPositionPercent: 12.5,
  maxOpenPositions: 4,
  maxDailyLossPercent: 2,
  useStopLoss: false,
};

interface Problems {
  code: string;
  message: string;
  problems?: { field: string; message: string }[];
}

describeStorage('auto-follow routes', (context) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await createBaseApp();
    // Stands in for the security issue's authentication: the header names the calling user.
    app.addHook('onRequest', async (request) => {
      const user = request.headers['x-test-user'];
      if (typeof user === 'string') request.caller = { userId: user, role: 'trader' };
    });
    await app.register(autoFollowRoutes, { prefix: '/api/v1', database: context.database });
  });
  afterAll(async () => {
    await app.close();
  });

  const open = async (userId: string | null = null) => (await new PortfolioRepository(context.database.db).create({ userId, name: 'paper', initialCash: '100000' })).id;
  const url = (id: string, path = '') => `/api/v1/portfolios/${id}/auto-follow${path}`;
  const fieldsOf = (body: Problems) => (body.problems ?? []).map((problem) => problem.field);

  it('answers the defaults, auto-follow off, for a portfolio that never saved settings', async () => {
    const id = await open();
    expect(await call(app, 'GET', url(id))).toEqual({
      status: 200,
      body: { portfolioId: id, enabled: false, symbols: [], minConfidence: 0.6, riskLevels: ['low', 'medium'], maxPositionPercent: 10, maxOpenPositions: 5, maxDailyLossPercent: 3, useStopLoss: true, updatedAt: null },
    });
  });

  it('saves every setting, symbols upper-cased, and answers them on the next read', async () => {
    const id = await open();
    const saved = await call<Record<string, unknown>>(app, 'PUT', url(id), SETTINGS);
    expect(saved).toEqual({ status: 200, body: { portfolioId: id, ...SETTINGS, symbols: ['AAPL', 'BTC-USD'], updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } });
    expect(await call(app, 'GET', url(id))).toEqual(saved);
    const off = await call<Record<string, unknown>>(app, 'PUT', url(id), { ...SETTINGS, enabled: false, symbols: [] });
    expect(off.body).toMatchObject({ enabled: false, symbols: [], minConfidence: 0.7 });
  });

  it('refuses bad settings with a 400 naming each field', async () => {
    const id = await open();
    const put = (body: object) => call<Problems>(app, 'PUT', url(id), body);
    const { useStopLoss: _omitted, ...missing } = SETTINGS;
    expect(fieldsOf((await put(missing)).body)).toEqual(['body.useStopLoss']);
    const bad = await put({ ...SETTINGS, minConfidence: 1.5, riskLevels: [], maxPositionPercent: 0, maxOpenPositions: 2.5, maxDailyLossPercent: 101, extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('GS_ERR_VALIDATION');
    expect(fieldsOf(bad.body).sort()).toEqual(['body.extra', 'body.maxDailyLossPercent', 'body.maxOpenPositions', 'body.maxPositionPercent', 'body.minConfidence', 'body.riskLevels']);
    expect(fieldsOf((await put({ ...SETTINGS, riskLevels: ['medium', 'extreme'] })).body)).toEqual(['body.riskLevels[1]']);
    expect(fieldsOf((await put({ ...SETTINGS, symbols: ['AAPL', 'no spaces'] })).body)).toEqual(['body.symbols[1]']);
    const repeated = await put({ ...SETTINGS, symbols: ['AAPL', 'aapl'] });
    expect(repeated.body.problems).toEqual([{ field: 'body.symbols[1]', message: 'repeats AAPL (body.symbols[0])' }]);
    expect((await call(app, 'GET', url(id))).body).toMatchObject({ updatedAt: null });
  });

  it("answers 404 for another user's portfolio and an unknown one, and 400 for an id that is no UUID", async () => {
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const theirs = await open(ada.id);
    for (const [method, path, body] of [['GET', '', undefined], ['PUT', '', SETTINGS], ['GET', '/decisions', undefined]] as const) {
      const stranger = await call<Problems>(app, method, url(theirs, path), body);
      expect(stranger).toEqual({ status: 404, body: expect.objectContaining({ code: 'GS_ERR_NOT_FOUND', message: `no portfolio ${theirs}` }) });
      expect((await call(app, method, url(UNKNOWN, path), body)).status).toBe(404);
      expect((await call(app, method, url(theirs, path), body, ada.id)).status).toBe(200);
    }
    expect(fieldsOf((await call<Problems>(app, 'GET', url('nope'))).body)).toEqual(['params.id']);
  });

  it('lists the decisions newest first, as many as asked (1 to 500)', async () => {
    const id = await open();
    const repository = new AutoFollowRepository(context.database.db);
    const signals = new SignalRepository(context.database.db);
    for (const [k, symbol] of ['AAPL', 'MSFT', 'NVDA'].entries()) {
      const signal = await signals.save(signalFixture({ symbol, time: new Date(Date.UTC(2024, 2, k + 1)).toISOString() }));
      await repository.recordDecision({ portfolioId: id, signalId: signal.id, trigger: 'signal', symbol, action: 'BUY', outcome: 'skipped', reason: 'confidence 0.52 below 0.60' });
    }
    const listed = await call<{ decisions: Record<string, unknown>[] }>(app, 'GET', url(id, '/decisions?limit=2'));
    expect(listed.status).toBe(200);
    expect(listed.body.decisions.map((decision) => decision.symbol)).toEqual(['NVDA', 'MSFT']);
    expect(listed.body.decisions[0]).toEqual({
      id: expect.any(String),
      portfolioId: id,
      signalId: expect.any(String),
      symbol: 'NVDA',
      action: 'BUY',
      outcome: 'skipped',
      reason: 'confidence 0.52 below 0.60',
      orderId: null,
      createdAt: expect.stringMatching(/Z$/),
    });
    expect((await call<{ decisions: unknown[] }>(app, 'GET', url(id, '/decisions'))).body.decisions).toHaveLength(3);
    for (const limit of [0, 501]) expect(fieldsOf((await call<Problems>(app, 'GET', url(id, `/decisions?limit=${limit}`))).body)).toEqual(['query.limit']);
  });
});
