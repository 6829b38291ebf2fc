import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { AlertRepository } from '../../storage/repositories/alert-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { callerFromHeader, TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { alertRoutes, type AlertView } from './alert-routes.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describeStorage('alert routes', (context) => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(): Promise<FastifyInstance> {
    app = await createBaseApp();
    callerFromHeader(app, 'trader');
    await app.register(alertRoutes, { prefix: '/api/v1', database: context.database });
    return app;
  }

  async function create(api: FastifyInstance, payload: object, headers: Record<string, string> = {}): Promise<AlertView> {
    const response = await api.inject({ method: 'POST', url: '/api/v1/alerts', payload, headers });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<AlertView>();
  }

  it('creates rules with their conditions completed, lists them with filters, and finds the active ones by symbol', async () => {
    const api = await start();
    const above = await create(api, { symbol: 'aapl', kind: 'price_above', params: { price: 200 } });
    expect(above).toMatchObject({ symbol: 'AAPL', kind: 'price_above', params: { price: 200 }, channels: ['websocket'], active: true, lastTriggeredAt: null });
    const rsi = await create(api, { symbol: 'BTC-USD', kind: 'indicator_below', params: { indicator: 'rsi', value: 30, timeframe: '4h' }, channels: ['email', 'webhook'] });
    expect(rsi).toMatchObject({ params: { indicator: 'rsi', period: 14, timeframe: '4h', value: 30 }, channels: ['email', 'webhook'] });
    const signals = await create(api, { symbol: 'AAPL', kind: 'signal', params: { actions: ['BUY'], minConfidence: 0.8 }, active: false });
    expect(signals.params).toMatchObject({ actions: ['BUY'], minConfidence: 0.8, riskLevels: ['low', 'medium', 'high'] });

    const list = async (query: string): Promise<string[]> => (await api.inject({ url: `/api/v1/alerts${query}` })).json<{ items: AlertView[] }>().items.map((alert) => alert.id);
    expect(await list('')).toEqual([above.id, rsi.id, signals.id]);
    expect(await list('?symbol=aapl')).toEqual([above.id, signals.id]);
    expect(await list('?symbol=AAPL&active=false')).toEqual([signals.id]);
    expect((await new AlertRepository(context.database.db).activeForSymbol('AAPL')).map((alert) => alert.id)).toEqual([above.id]);
  });

  it('activates, deactivates and edits a rule: a new kind keeps params that fit it and asks for params that do not', async () => {
    const api = await start();
    const alert = await create(api, { symbol: 'MSFT', kind: 'price_above', params: { price: 450 } });
    const patch = (payload: object) => api.inject({ method: 'PATCH', url: `/api/v1/alerts/${alert.id}`, payload });

    expect((await patch({ active: false })).json<AlertView>()).toMatchObject({ active: false, kind: 'price_above', params: { price: 450 } });
    expect((await patch({ kind: 'price_below' })).json<AlertView>()).toMatchObject({ kind: 'price_below', params: { price: 450 }, active: false });
    expect((await patch({ params: { price: 380.5 }, symbol: 'msft', channels: ['telegram'], active: true })).json<AlertView>()).toMatchObject({
      symbol: 'MSFT',
      kind: 'price_below',
      params: { price: 380.5 },
      channels: ['telegram'],
      active: true,
    });
    const refused = await patch({ kind: 'signal_outcome' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ problems: { field: string; message: string }[] }>().problems).toEqual([
      {
        field: 'body.params',
        message: 'is required to change kind from price_below to signal_outcome: the current params do not fit (params.price is not a field of an alert of kind signal_outcome (it takes outcomes))',
      },
    ]);
    const outcome = await patch({ kind: 'signal_outcome', params: { outcomes: ['stop'] } });
    expect(outcome.json<AlertView>()).toMatchObject({ kind: 'signal_outcome', params: { outcomes: ['stop'] } });
    const stored = await new AlertRepository(context.database.db).ownedBy(null, alert.id);
    expect(stored).toMatchObject({ kind: 'signal_outcome', params: { outcomes: ['stop'] }, channels: ['telegram'], active: true });

    const deleted = await api.inject({ method: 'DELETE', url: `/api/v1/alerts/${alert.id}` });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/alerts/${alert.id}` })).statusCode).toBe(404);
  });

  it("keeps every user's rules to themselves", async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const asAda = { [TEST_USER_HEADER]: ada.id };
    const owners = await create(api, { symbol: 'AAPL', kind: 'price_above', params: { price: 200 } });
    const adas = await create(api, { symbol: 'TSLA', kind: 'signal_outcome' }, asAda);
    expect((await api.inject({ url: '/api/v1/alerts', headers: asAda })).json<{ items: AlertView[] }>().items.map((alert) => alert.id)).toEqual([adas.id]);
    expect((await api.inject({ url: '/api/v1/alerts' })).json<{ items: AlertView[] }>().items.map((alert) => alert.id)).toEqual([owners.id]);
    expect((await api.inject({ method: 'PATCH', url: `/api/v1/alerts/${owners.id}`, headers: asAda, payload: { active: false } })).statusCode).toBe(404);
    expect((await api.inject({ method: 'PATCH', url: `/api/v1/alerts/${owners.id}`, headers: asAda, payload: { params: { price: 1 } } })).statusCode).toBe(404);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/alerts/${owners.id}`, headers: asAda })).statusCode).toBe(404);
    expect(await new AlertRepository(context.database.db).ownedBy(null, owners.id)).toMatchObject({ active: true, params: { price: 200 } });
  });

  it('answers bad input with 400 naming the field, and unknown rules with 404', async () => {
    const api = await start();
    const alert = await create(api, { symbol: 'AAPL', kind: 'price_above', params: { price: 200 } });
    const cases: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, object | undefined, string, string | undefined][] = [
      ['POST', '/api/v1/alerts', { kind: 'price_above', params: { price: 1 } }, 'body.symbol', 'is required'],
      ['POST', '/api/v1/alerts', { symbol: 'AA PL', kind: 'price_above', params: { price: 1 } }, 'body.symbol', undefined],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'volume_spike' }, 'body.kind', undefined],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'price_above' }, 'body.params.price', 'is required'],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'price_above', params: { price: -5 } }, 'body.params.price', undefined],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'price_above', params: { price: 5, colour: 'red' } }, 'body.params.colour', 'is not a known field'],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'price_above', params: { price: 5, value: 3 } }, 'body.params.value', 'is not a field of an alert of kind price_above (it takes price)'],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'indicator_above', params: { indicator: 'mfi', value: 120 } }, 'body.params.value', 'must be a number ≥ 0 and < 100'],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'signal', params: { actions: ['BUY', 'BUY'] } }, 'body.params.actions[1]', 'repeats BUY'],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'signal', channels: ['email', 'email'] }, 'body.channels[1]', 'repeats email (body.channels[0])'],
      ['POST', '/api/v1/alerts', { symbol: 'AAPL', kind: 'signal', channels: ['pager'] }, 'body.channels[0]', undefined],
      ['PATCH', `/api/v1/alerts/${alert.id}`, {}, 'body', undefined],
      ['PATCH', `/api/v1/alerts/${alert.id}`, { active: 'sometimes' }, 'body.active', undefined],
      ['PATCH', `/api/v1/alerts/${alert.id}`, { params: { price: 0 } }, 'body.params.price', undefined],
      ['PATCH', `/api/v1/alerts/${alert.id}`, { kind: 'indicator_above', params: { indicator: 'rsi' } }, 'body.params.value', 'is required'],
      ['PATCH', '/api/v1/alerts/not-a-uuid', { active: true }, 'params.id', undefined],
      ['DELETE', '/api/v1/alerts/not-a-uuid', undefined, 'params.id', undefined],
      ['GET', '/api/v1/alerts?active=maybe', undefined, 'query.active', undefined],
      ['GET', '/api/v1/alerts?symbol=%24%24', undefined, 'query.symbol', undefined],
    ];
    for (const [method, url, payload, field, message] of cases) {
      const response = await api.inject({ method, url, payload });
      const label = `${method} ${url} ${JSON.stringify(payload)}`;
      expect(response.statusCode, label).toBe(400);
      const problem = response.json<{ problems: { field: string; message: string }[] }>().problems.find((item) => item.field === field);
      expect(problem, `${label}: ${response.body}`).toBeDefined();
      if (message !== undefined) expect(problem?.message, label).toBe(message);
    }
    expect((await api.inject({ method: 'PATCH', url: `/api/v1/alerts/${MISSING}`, payload: { active: false } })).json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: `no alert ${MISSING}` });
    expect((await api.inject({ method: 'PATCH', url: `/api/v1/alerts/${MISSING}`, payload: { kind: 'price_below' } })).statusCode).toBe(404);
    expect((await api.inject({ method: 'DELETE', url: `/api/v1/alerts/${MISSING}` })).statusCode).toBe(404);
    expect((await new AlertRepository(context.database.db).ownedBy(null, alert.id))?.params).toEqual({ price: 200 });
  });

  it('keeps a rule\'s name, quiet hours (time zone written canonically) and hourly limit, and removes them with null', async () => {
    const api = await start();
    const alert = await create(api, {
      symbol: 'AAPL',
      kind: 'signal',
      name: '  strong buys ',
      params: { actions: ['BUY'], agents: ['rsi', 'macd'], minAgreeingAgents: 5 },
      quietHours: { start: '22:00', end: '07:00', timeZone: 'europe/berlin' },
      maxPerHour: 3,
    });
    expect(alert).toMatchObject({
      name: 'strong buys',
      params: { actions: ['BUY'], agents: ['rsi', 'macd'], minAgreeingAgents: 5 },
      quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' },
      maxPerHour: 3,
    });
    const patch = (payload: object) => api.inject({ method: 'PATCH', url: `/api/v1/alerts/${alert.id}`, payload });
    expect((await patch({ quietHours: null, maxPerHour: null, name: null })).json<AlertView>()).toMatchObject({ name: null, quietHours: null, maxPerHour: null, params: { agents: ['rsi', 'macd'] } });
    expect((await patch({ quietHours: { start: '12:00', end: '13:00', timeZone: 'UTC' } })).json<AlertView>().quietHours).toEqual({ start: '12:00', end: '13:00', timeZone: 'UTC' });
    const plain = await create(api, { symbol: 'MSFT', kind: 'price_above', params: { price: 1 } });
    expect(plain).toMatchObject({ name: null, quietHours: null, maxPerHour: null });
  });

  it('takes * (every symbol) for signal, outcome and system rules only, and system rules from admins only', async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const asTrader = { [TEST_USER_HEADER]: ada.id };
    expect((await create(api, { symbol: '*', kind: 'signal' }, asTrader)).symbol).toBe('*');
    expect((await create(api, { symbol: '*', kind: 'signal_outcome' }, asTrader)).symbol).toBe('*');
    const everyPrice = await api.inject({ method: 'POST', url: '/api/v1/alerts', payload: { symbol: '*', kind: 'price_above', params: { price: 1 } }, headers: asTrader });
    expect(everyPrice.statusCode).toBe(400);
    expect(everyPrice.json<{ problems: { field: string; message: string }[] }>().problems).toEqual([
      { field: 'body.symbol', message: '* (every symbol) is only for signal, signal_outcome, system alerts; a price_above alert needs a symbol' },
    ]);
    const traderSystem = await api.inject({ method: 'POST', url: '/api/v1/alerts', payload: { symbol: '*', kind: 'system' }, headers: asTrader });
    expect(traderSystem.statusCode).toBe(403);
    expect(traderSystem.json()).toMatchObject({ code: 'GS_ERR_FORBIDDEN', message: 'system alerts tell about the whole install and are for admins; your account has trader' });
    // Without the test header the caller is the install owner, an admin.
    expect(await create(api, { symbol: '*', kind: 'system', params: { events: ['provider_down'] } })).toMatchObject({ kind: 'system', symbol: '*', params: { events: ['provider_down'] } });
    expect((await create(api, { symbol: '*', kind: 'system' })).params).toEqual({ events: ['provider_down', 'provider_up'] });
    const onSymbol = await api.inject({ method: 'POST', url: '/api/v1/alerts', payload: { symbol: 'AAPL', kind: 'system' } });
    expect(onSymbol.json<{ problems: { field: string }[] }>().problems.map((problem) => problem.field)).toEqual(['body.symbol']);
    const traderRule = await create(api, { symbol: 'AAPL', kind: 'price_above', params: { price: 1 } }, asTrader);
    const intoSystem = await api.inject({ method: 'PATCH', url: `/api/v1/alerts/${traderRule.id}`, payload: { symbol: '*', kind: 'system', params: {} }, headers: asTrader });
    expect(intoSystem.statusCode).toBe(403);
    const intoEvery = await api.inject({ method: 'PATCH', url: `/api/v1/alerts/${traderRule.id}`, payload: { symbol: '*' }, headers: asTrader });
    expect(intoEvery.statusCode).toBe(400);
    expect((await api.inject({ url: '/api/v1/alerts?symbol=*', headers: asTrader })).json<{ items: AlertView[] }>().items.map((alert) => alert.kind)).toEqual(['signal', 'signal_outcome']);
  });

  it('answers bad quiet hours, limits, names and agent filters with 400 naming the field', async () => {
    const api = await start();
    const cases: [object, string, string | undefined][] = [
      [{ quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Olympus_Mons' } }, 'body.quietHours.timeZone', 'is not a known IANA time zone (e.g. Europe/Berlin, America/New_York, UTC); got "Mars/Olympus_Mons"'],
      [{ quietHours: { start: '24:00', end: '07:00', timeZone: 'UTC' } }, 'body.quietHours.start', undefined],
      [{ quietHours: { start: '22:00', timeZone: 'UTC' } }, 'body.quietHours.end', undefined],
      [{ quietHours: { start: '07:00', end: '07:00', timeZone: 'UTC' } }, 'body.quietHours.end', 'must differ from start (quiet hours of no length; remove them instead)'],
      [{ maxPerHour: 0 }, 'body.maxPerHour', undefined],
      [{ maxPerHour: 1001 }, 'body.maxPerHour', undefined],
      [{ name: 'x'.repeat(101) }, 'body.name', undefined],
      [{ params: { agents: [] } }, 'body.params.agents', undefined],
      [{ params: { agents: ['rsi', 'rsi'] } }, 'body.params.agents[1]', 'repeats rsi'],
      [{ params: { agents: ['no spaces'] } }, 'body.params.agents[0]', 'must be an agent id (letters, digits and . _ : -, at most 80 characters)'],
      [{ params: { minAgreeingAgents: 0 } }, 'body.params.minAgreeingAgents', undefined],
      [{ params: { events: ['provider_down'] } }, 'body.params.events', 'is not a field of an alert of kind signal (it takes actions, minConfidence, minConsensusStrength, riskLevels, timeframes, agents, minAgreeingAgents)'],
    ];
    for (const [extra, field, message] of cases) {
      const response = await api.inject({ method: 'POST', url: '/api/v1/alerts', payload: { symbol: 'AAPL', kind: 'signal', ...extra } });
      const label = JSON.stringify(extra);
      expect(response.statusCode, label).toBe(400);
      const problem = response.json<{ problems: { field: string; message: string }[] }>().problems.find((item) => item.field === field);
      expect(problem, `${label}: ${response.body}`).toBeDefined();
      if (message !== undefined) expect(problem?.message, label).toBe(message);
    }
  });
});
