import { BACKTEST_STAT_NAMES, randomWalkBars, SignalEngine, type Signal } from '@goldensignals/engine';
import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { routeRoles, watchRouteRoles } from '../../app/route-roles.js';
import { checkBacktestJobRequest } from '../../jobs/backtest-job-request.js';
import { runBacktestJob } from '../../jobs/run-backtest-job.js';
import { csvObjects } from '../../export/parse-csv.test-support.js';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { signalValues } from '../../storage/repositories/signal-row.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { signals } from '../../storage/schema/signals.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { callerFromHeader, TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { feedRoutes } from '../feeds/feed-routes.js';
import { exportRoutes } from './export-routes.js';

const NOW = Date.UTC(2026, 10, 24, 15, 30);
const HOUR = 3_600_000;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const iso = (time: number): string => new Date(time).toISOString();

// An engine that learned from 300 daily bars of a crypto random walk: real scored votes in its tracker.
const engine = new SignalEngine();
engine.replay(randomWalkBars({ length: 300, seed: 7, timeframe: '1d', startTime: Date.UTC(2023, 0, 2), symbol: 'BTC-USD' }), { learn: true });

/** The fixture's signal at `hoursAgo` before NOW, with some fields replaced. */
function signalAt(hoursAgo: number, overrides: Partial<Signal> = {}): Signal {
  const time = NOW - hoursAgo * HOUR;
  return signalFixture({ time: iso(time), expiresAt: iso(time + 24 * HOUR), ...overrides });
}

/** The agents of the fixture's votes that voted `action`, as the export lists them. */
function votersOf(action: Signal['action']): string {
  return signalFixture()
    .votes.filter((vote) => vote.status === 'voted' && vote.action === action)
    .map((vote) => vote.agent)
    .join(';');
}

describeStorage('export routes', (context) => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(): Promise<FastifyInstance> {
    app = await createBaseApp();
    watchRouteRoles(app);
    callerFromHeader(app, 'trader');
    await app.register(exportRoutes, { prefix: '/api/v1', database: context.database, engine, now: () => NOW });
    return app;
  }

  it('declares the roles of the list routes it mirrors: viewers export signals and the scorecard, traders their trades and backtests', async () => {
    const api = await start();
    await api.ready();
    expect(routeRoles(api).map((entry) => `${entry.method} ${entry.url} ${entry.role ?? 'none'}`)).toEqual([
      'GET /api/v1/exports/backtests/{id} trader',
      'GET /api/v1/exports/scorecard viewer',
      'GET /api/v1/exports/signals viewer',
      'GET /api/v1/exports/trades trader',
    ]);
  });

  it('documents every export and feed in the OpenAPI document with the content types it answers with', async () => {
    app = await createBaseApp();
    await app.register(fastifySwagger, { openapi: { info: { title: 'test', version: '1' } } });
    await app.register(exportRoutes, { prefix: '/api/v1', database: context.database, engine });
    await app.register(feedRoutes, { prefix: '/api/v1', database: context.database });
    await app.ready();
    const paths = (app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> }).paths;
    const okTypes = (path: string, method = 'get'): string[] => Object.keys(paths[path][method].responses['200']?.content ?? {});
    expect(okTypes('/api/v1/exports/signals')).toEqual(['text/csv', 'application/json']);
    expect(okTypes('/api/v1/exports/backtests/{id}')).toEqual(['text/csv', 'application/json']);
    expect(okTypes('/api/v1/feeds/signals.rss')).toEqual(['application/rss+xml']);
    expect(okTypes('/api/v1/feeds/signals.atom')).toEqual(['application/atom+xml']);
    expect(Object.keys(paths).filter((path) => path.startsWith('/api/v1/exports') || path.startsWith('/api/v1/feeds')).sort()).toEqual([
      '/api/v1/exports/backtests/{id}',
      '/api/v1/exports/scorecard',
      '/api/v1/exports/signals',
      '/api/v1/exports/trades',
      '/api/v1/feeds/signals.atom',
      '/api/v1/feeds/signals.rss',
      '/api/v1/feeds/token',
    ]);
  });

  it('exports the filtered signals as a CSV attachment with their levels, outcome and the agents that voted the action', async () => {
    const api = await start();
    const repository = new SignalRepository(context.database.db);
    const buy = await repository.save(signalAt(3, { symbol: 'AAPL', action: 'BUY', confidence: 0.72, entry: 189.5, stopLoss: 183.25, takeProfit: 201.75, positionSize: 0.04 }));
    const sell = await repository.save(signalAt(2, { symbol: 'AAPL', action: 'SELL', stopLoss: null }));
    const older = await repository.save(signalAt(30, { symbol: 'AAPL', action: 'BUY' }));
    await repository.save(signalAt(1, { symbol: 'MSFT', action: 'BUY' }));
    await repository.save(signalAt(1, { symbol: 'AAPL', action: 'HOLD', timeframe: '1h' }));
    await repository.setOutcome(older.id, { result: 'target', at: iso(NOW - 5 * HOUR), price: 201.5, return: 0.042 });

    const response = await api.inject({ url: '/api/v1/exports/signals?symbol=aapl&action=BUY,SELL&timeframe=1d' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="signals-2026-11-24.csv"');
    const rows = csvObjects(response.body);
    expect(rows.map((row) => row.id)).toEqual([sell.id, buy.id, older.id]);
    expect(Object.keys(rows[0])).toEqual([
      'id', 'time', 'symbol', 'timeframe', 'action', 'confidence', 'consensus_strength', 'risk_level', 'price', 'entry', 'stop_loss', 'take_profit',
      'position_size', 'expires_at', 'outcome', 'outcome_at', 'outcome_price', 'outcome_return', 'agents', 'simulated', 'created_at',
    ]);
    expect(rows[1]).toMatchObject({
      time: buy.time,
      symbol: 'AAPL',
      timeframe: buy.timeframe,
      action: 'BUY',
      confidence: '0.72',
      consensus_strength: String(buy.consensusStrength),
      risk_level: buy.riskLevel,
      entry: '189.5',
      stop_loss: '183.25',
      take_profit: '201.75',
      position_size: '0.04',
      outcome: '',
      agents: votersOf('BUY'),
      simulated: 'false',
    });
    expect(rows[0]).toMatchObject({ action: 'SELL', stop_loss: '', agents: votersOf('SELL') });
    expect(rows[2]).toMatchObject({ outcome: 'target', outcome_at: iso(NOW - 5 * HOUR), outcome_price: '201.5', outcome_return: '0.042' });
    expect(votersOf('BUY').length + votersOf('SELL').length).toBeGreaterThan(0);

    const windowed = await api.inject({ url: `/api/v1/exports/signals?symbol=AAPL&from=${iso(NOW - 4 * HOUR)}&to=${iso(NOW - 2 * HOUR)}` });
    expect(csvObjects(windowed.body).map((row) => row.id)).toEqual([buy.id]);
    const byDay = await api.inject({ url: '/api/v1/exports/signals?from=2026-11-24&to=2026-11-25&symbol=MSFT,AAPL&action=HOLD' });
    expect(csvObjects(byDay.body).map((row) => [row.symbol, row.action, row.timeframe])).toEqual([['AAPL', 'HOLD', '1h']]);
  });

  it('streams a large export page by page, newest first, in CSV and as the API signal shape in JSON, up to the limit', async () => {
    const api = await start();
    const base = signalFixture();
    // One insert of 620 signals (no votes): enough for two full pages and a part.
    await context.database.db.insert(signals).values(Array.from({ length: 620 }, (_, k) => signalValues(signalAt(k, { symbol: k % 2 === 0 ? 'AAPL' : 'NVDA', votes: [] }))));

    const all = csvObjects((await api.inject({ url: '/api/v1/exports/signals' })).body);
    expect(all).toHaveLength(620);
    expect(new Set(all.map((row) => row.id)).size).toBe(620);
    expect(all.map((row) => row.time)).toEqual(Array.from({ length: 620 }, (_, k) => iso(NOW - k * HOUR)));
    expect(all.every((row) => row.agents === '')).toBe(true);

    expect(csvObjects((await api.inject({ url: '/api/v1/exports/signals?limit=501' })).body).map((row) => row.time)).toEqual(all.slice(0, 501).map((row) => row.time));

    const json = await api.inject({ url: '/api/v1/exports/signals?format=json&symbol=NVDA&limit=300' });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toBe('attachment; filename="signals-2026-11-24.json"');
    const exported = json.json<{ signals: Record<string, unknown>[] }>().signals;
    expect(exported).toHaveLength(300);
    expect(exported[0]).toEqual({
      id: all[1].id,
      symbol: 'NVDA',
      timeframe: base.timeframe,
      time: iso(NOW - HOUR),
      action: base.action,
      confidence: base.confidence,
      consensusStrength: base.consensusStrength,
      price: base.price,
      entry: base.entry,
      stopLoss: base.stopLoss,
      takeProfit: base.takeProfit,
      riskLevel: base.riskLevel,
      positionSize: base.positionSize,
      expiresAt: iso(NOW - HOUR + 24 * HOUR),
      summary: base.summary,
      simulated: false,
      createdAt: expect.any(String),
      outcome: null,
    });
    expect((await api.inject({ url: '/api/v1/exports/signals?format=json&symbol=TSLA' })).json()).toEqual({ signals: [] });
    expect((await api.inject({ url: '/api/v1/exports/signals?symbol=TSLA' })).body).toBe(`${Object.keys(all[0]).join(',')}\r\n`);
  });

  it("exports the caller's paper fills, of one portfolio or all, newest first, with exact amounts; another's portfolio is a 404", async () => {
    const api = await start();
    const ledger = new PortfolioRepository(context.database.db);
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const main = await ledger.create({ userId: null, name: 'Main, "core"', initialCash: '10000' });
    const crypto = await ledger.create({ userId: null, name: '=crypto', initialCash: '5000' });
    const adas = await ledger.create({ userId: ada.id, name: 'Ada', initialCash: '1000' });
    async function fill(portfolioId: string, symbol: string, quantity: string, price: string, hoursAgo: number) {
      const order = await ledger.placeOrder({ portfolioId, symbol, side: 'buy', type: 'market', quantity });
      return ledger.recordFill({
        orderId: order.id,
        quantity,
        price,
        commission: '0.5',
        time: new Date(NOW - hoursAgo * HOUR),
        orderStatus: 'filled',
        filledQuantity: quantity,
        position: { quantity, averagePrice: price, realizedPnl: '0' },
        cashChange: '-1',
      });
    }
    const first = await fill(main.id, 'AAPL', '2', '189.35', 5);
    const second = await fill(crypto.id, 'BTC-USD', '0.0125', '64000.10', 3);
    const third = await fill(main.id, 'MSFT', '1.5', '410.2', 1);
    await fill(adas.id, 'TSLA', '1', '250', 2);

    const response = await api.inject({ url: '/api/v1/exports/trades' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="trades-2026-11-24.csv"');
    expect(response.body.split('\r\n')[2]).toContain(`,${crypto.id},'=crypto,BTC-USD,`);
    expect(csvObjects(response.body)).toEqual([
      { time: iso(NOW - HOUR), portfolio_id: main.id, portfolio: 'Main, "core"', symbol: 'MSFT', side: 'buy', quantity: '1.5', price: '410.2', value: '615.3', commission: '0.5', order_id: third.orderId, fill_id: third.id },
      { time: iso(NOW - 3 * HOUR), portfolio_id: crypto.id, portfolio: "'=crypto", symbol: 'BTC-USD', side: 'buy', quantity: '0.0125', price: '64000.1', value: '800.00125', commission: '0.5', order_id: second.orderId, fill_id: second.id },
      { time: iso(NOW - 5 * HOUR), portfolio_id: main.id, portfolio: 'Main, "core"', symbol: 'AAPL', side: 'buy', quantity: '2', price: '189.35', value: '378.7', commission: '0.5', order_id: first.orderId, fill_id: first.id },
    ]);
    expect(csvObjects((await api.inject({ url: `/api/v1/exports/trades?portfolioId=${main.id}&limit=1` })).body).map((row) => row.fill_id)).toEqual([third.id]);

    const json = await api.inject({ url: `/api/v1/exports/trades?format=json&portfolioId=${adas.id}`, headers: { [TEST_USER_HEADER]: ada.id } });
    expect(json.headers['content-disposition']).toBe('attachment; filename="trades-2026-11-24.json"');
    expect(json.json()).toEqual({ fills: [{ id: expect.any(String), orderId: expect.any(String), portfolioId: adas.id, symbol: 'TSLA', side: 'buy', quantity: '1', price: '250', commission: '0.5', time: iso(NOW - 2 * HOUR) }] });

    const foreign = await api.inject({ url: `/api/v1/exports/trades?portfolioId=${main.id}`, headers: { [TEST_USER_HEADER]: ada.id } });
    expect([foreign.statusCode, foreign.json()]).toEqual([404, expect.objectContaining({ code: 'GS_ERR_NOT_FOUND', message: `no portfolio ${main.id}` })]);
    expect((await api.inject({ url: `/api/v1/exports/trades?portfolioId=${UNKNOWN}` })).statusCode).toBe(404);
  });

  it("exports a finished backtest's trades, equity and statistics as CSV and all of it as JSON; unfinished ones are 409, others' 404", async () => {
    const api = await start();
    const request = checkBacktestJobRequest({ strategy: 'sma-cross', symbols: ['AAPL', 'MSFT'], timeframe: '1d', from: '2024-01-01', to: '2025-01-01', params: { fast: 5, slow: 20 } });
    const outcome = await runBacktestJob(request, {
      bars: async (asked) => {
        const series = randomWalkBars({ length: 400, seed: asked.symbol === 'AAPL' ? 3 : 4, timeframe: '1d', startTime: Date.UTC(2023, 11, 1), symbol: asked.symbol });
        return { bars: Array.from({ length: series.length }, (_, k) => series.bar(k)), simulated: true, stale: false };
      },
      now: () => NOW,
      shouldStop: async () => false,
      onProgress: async () => undefined,
    });
    if (outcome.kind !== 'done') throw new Error(`the backtest did not finish: ${outcome.kind}`);
    const backtests = new BacktestRepository(context.database.db);
    const done = await backtests.submit(request);
    await backtests.claim(done.id);
    await backtests.complete(done.id, outcome.result, new Date(NOW));
    const result = outcome.result as unknown as { symbols: { symbol: string; trades: Record<string, number | string>[]; equity: Record<string, number | string>[]; stats: Record<string, number | string | null>; baseline: { stats: Record<string, number | string | null> } }[] };
    const [aapl, msft] = result.symbols;
    expect(aapl.trades.length + msft.trades.length).toBeGreaterThan(0);

    const trades = await api.inject({ url: `/api/v1/exports/backtests/${done.id}?part=trades` });
    expect(trades.statusCode, trades.body).toBe(200);
    expect(trades.headers['content-disposition']).toBe(`attachment; filename="backtest-${done.id}-trades-2026-11-24.csv"`);
    const tradeRows = csvObjects(trades.body);
    expect(tradeRows.map((row) => row.symbol)).toEqual([...aapl.trades.map(() => 'AAPL'), ...msft.trades.map(() => 'MSFT')]);
    const firstTrade = [...aapl.trades, ...msft.trades][0];
    expect(tradeRows[0]).toMatchObject({ entry_time: firstTrade.entryTime, exit_time: firstTrade.exitTime, entry_price: String(firstTrade.entryPrice), exit_price: String(firstTrade.exitPrice), pnl: String(firstTrade.pnl), return: String(firstTrade.returnPct) });

    const equity = csvObjects((await api.inject({ url: `/api/v1/exports/backtests/${done.id}?format=csv&part=equity` })).body);
    expect(equity).toHaveLength(aapl.equity.length + msft.equity.length);
    expect(equity[0]).toEqual({ symbol: 'AAPL', time: aapl.equity[0].time, equity: String(aapl.equity[0].equity), drawdown_pct: String(aapl.equity[0].drawdownPct), buy_and_hold_equity: String(aapl.equity[0].baseline) });

    const summary = csvObjects((await api.inject({ url: `/api/v1/exports/backtests/${done.id}?part=summary` })).body);
    const aaplReturn = summary.find((row) => row.symbol === 'AAPL' && row.statistic === 'Return [%]');
    expect(aaplReturn).toEqual({ symbol: 'AAPL', strategy: expect.stringContaining('sma-cross'), statistic: 'Return [%]', value: String(aapl.stats['Return [%]']), buy_and_hold: String(aapl.baseline.stats['Return [%]']) });
    expect(summary.filter((row) => row.symbol === 'MSFT').map((row) => row.statistic)).toEqual(['bars', 'simulated data', ...BACKTEST_STAT_NAMES.filter((name) => name in msft.stats)]);

    const json = await api.inject({ url: `/api/v1/exports/backtests/${done.id}?format=json&part=equity` });
    expect(json.headers['content-disposition']).toBe(`attachment; filename="backtest-${done.id}-2026-11-24.json"`);
    expect(json.json()).toEqual({ id: done.id, status: 'done', request: JSON.parse(JSON.stringify(request)), finishedAt: iso(NOW), symbols: JSON.parse(JSON.stringify(result.symbols)) });

    const queued = await backtests.submit(request);
    const conflict = await api.inject({ url: `/api/v1/exports/backtests/${queued.id}` });
    expect([conflict.statusCode, conflict.json()]).toEqual([409, expect.objectContaining({ code: 'GS_ERR_CONFLICT', message: `backtest ${queued.id} is queued; it can be exported once it is done` })]);
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    expect((await api.inject({ url: `/api/v1/exports/backtests/${done.id}`, headers: { [TEST_USER_HEADER]: ada.id } })).statusCode).toBe(404);
    expect((await api.inject({ url: `/api/v1/exports/backtests/${UNKNOWN}` })).json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND', message: `no backtest ${UNKNOWN}` });
  });

  it("exports the scorecard: each agent's tracked accuracy per cell, and the outcomes of the period's signals per action", async () => {
    const api = await start();
    const repository = new SignalRepository(context.database.db);
    const outcomes: [Signal['action'], string | null, number | null][] = [
      ['BUY', 'target', 0.05],
      ['BUY', 'stop', -0.02],
      ['BUY', null, null],
      ['SELL', 'target', 0.03],
      ['HOLD', null, null],
    ];
    for (const [k, [action, result, change]] of outcomes.entries()) {
      const stored = await repository.save(signalAt(k + 1, { symbol: `S${k}`, action }));
      if (result !== null) await repository.setOutcome(stored.id, { result, at: iso(NOW), price: 100, return: change });
    }
    // Outside the 30 days: not counted.
    await repository.save(signalAt(24 * 40, { symbol: 'OLD', action: 'BUY' }));

    const agents = await api.inject({ url: '/api/v1/exports/scorecard' });
    expect(agents.statusCode, agents.body).toBe(200);
    expect(agents.headers['content-disposition']).toBe('attachment; filename="scorecard-2026-11-24.csv"');
    const rows = csvObjects(agents.body);
    expect(new Set(rows.map((row) => row.agent))).toEqual(new Set(engine.registry.list().map((definition) => definition.id)));
    const record = engine.tracker.accuracy('rsi', 'crypto', '1d');
    expect(record.scored).toBeGreaterThan(0);
    expect(rows.find((row) => row.agent === 'rsi' && row.symbol_class === 'crypto' && row.timeframe === '1d')).toEqual({
      agent: 'rsi',
      name: engine.registry.get('rsi').name,
      category: 'technical',
      enabled: 'true',
      symbol_class: 'crypto',
      timeframe: '1d',
      hit_rate: String(record.hitRate),
      raw_hit_rate: String(record.rawHitRate),
      samples: String(record.samples),
      scored: String(record.scored),
      pushes: String(record.pushes),
      weight: String(record.weight),
      updated_at: iso(record.updatedAt ?? Number.NaN),
    });

    const perAction = await api.inject({ url: '/api/v1/exports/scorecard?part=outcomes' });
    expect(perAction.headers['content-disposition']).toBe('attachment; filename="scorecard-outcomes-2026-11-24.csv"');
    const byAction = csvObjects(perAction.body);
    expect(byAction.map(({ action, signals: count, open, target, stop, expired }) => [action, count, open, target, stop, expired])).toEqual([
      ['BUY', '3', '1', '1', '1', '0'],
      ['SELL', '1', '0', '1', '0', '0'],
      ['all', '5', '1', '2', '1', '0'],
    ]);
    expect(byAction.map((row) => Number(row.hit_rate))).toEqual([0.5, 1, 2 / 3]);
    const averages = byAction.map((row) => Number(row.average_return));
    expect(averages[0]).toBeCloseTo(0.015, 12);
    expect(averages[1]).toBeCloseTo(0.03, 12);
    expect(averages[2]).toBeCloseTo(0.02, 12);

    const json = await api.inject({ url: '/api/v1/exports/scorecard?format=json&category=technical&days=7' });
    const body = json.json<{ days: number; agents: { id: string; category: string }[]; outcomes: { signals: number; buy: { signals: number }; sell: { hitRate: number } } }>();
    expect(body.days).toBe(7);
    expect(body.agents.map((agent) => agent.id)).toEqual(engine.registry.list().filter((definition) => definition.category === 'technical').map((definition) => definition.id));
    expect(body.outcomes).toMatchObject({ signals: 5, buy: { signals: 3 }, sell: { hitRate: 1 } });
  });

  it('answers bad input with a 400 naming the field', async () => {
    const api = await start();
    const cases: [string, string][] = [
      ['/api/v1/exports/signals?format=xml', 'query.format'],
      ['/api/v1/exports/signals?limit=100001', 'query.limit'],
      ['/api/v1/exports/signals?limit=0', 'query.limit'],
      ['/api/v1/exports/signals?symbol=%24%24', 'query.symbol'],
      ['/api/v1/exports/signals?action=BUY,WAIT', 'query.action'],
      ['/api/v1/exports/signals?timeframe=2d', 'query.timeframe'],
      ['/api/v1/exports/signals?from=yesterday', 'query.from'],
      ['/api/v1/exports/signals?from=2026-02-31', 'query.from'],
      ['/api/v1/exports/signals?to=2026-11-24T25:00:00Z', 'query.to'],
      ['/api/v1/exports/signals?from=2026-11-24&to=2026-11-01', 'query.from'],
      ['/api/v1/exports/signals?colour=red', 'query.colour'],
      ['/api/v1/exports/trades?portfolioId=42', 'query.portfolioId'],
      ['/api/v1/exports/backtests/not-a-uuid', 'params.id'],
      [`/api/v1/exports/backtests/${UNKNOWN}?part=orders`, 'query.part'],
      ['/api/v1/exports/scorecard?part=agents,outcomes', 'query.part'],
      ['/api/v1/exports/scorecard?days=0', 'query.days'],
      ['/api/v1/exports/scorecard?symbolClass=bonds', 'query.symbolClass'],
    ];
    for (const [url, field] of cases) {
      const response = await api.inject({ url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
      expect(response.json<{ code: string; problems: { field: string }[] }>(), url).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: expect.arrayContaining([expect.objectContaining({ field })]) });
    }
  });
});
