import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import type { Caller } from '../../auth/caller.js';
import { waitFor } from '../../jobs/backtest-runner.test-support.js';
import { InProcessScanDispatcher } from '../../jobs/in-process-scan-dispatcher.js';
import { BARLESS_SYMBOL, walkSignalService } from '../../jobs/walk-signals.test-support.js';
import { BullScanDispatcher } from '../../scale/queues/bull-scan-dispatcher.js';
import { JobQueues } from '../../scale/queues/job-queues.js';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { scanRoutes } from './scan-routes.js';
import type { ScanSummaryView, ScanView } from './scan-views.js';

const ROLE_HEADER = 'x-test-role';

describeStorage('scan routes', (context) => {
  let app: FastifyInstance | undefined;
  let dispatcher: InProcessScanDispatcher | undefined;
  afterEach(async () => {
    await dispatcher?.stop();
    await app?.close();
  });

  async function start(): Promise<FastifyInstance> {
    const { service } = await walkSignalService(context.database);
    dispatcher = new InProcessScanDispatcher({ database: context.database, generate: (symbol, timeframe) => service.generate(symbol, timeframe) });
    app = await createBaseApp();
    // The security issue's authorize hook, as the route tests see it: a user id and a role from headers.
    app.addHook('onRequest', async (request) => {
      const userId = request.headers[TEST_USER_HEADER];
      const role = request.headers[ROLE_HEADER];
      if (typeof userId === 'string') request.caller = { userId, role: typeof role === 'string' ? (role as Caller['role']) : 'trader' };
    });
    await app.register(scanRoutes, { prefix: '/api/v1', database: context.database, dispatcher });
    return app;
  }

  async function finished(api: FastifyInstance, id: string, headers: Record<string, string> = {}): Promise<ScanView> {
    let view: ScanView | undefined;
    await waitFor(async () => {
      view = (await api.inject({ url: `/api/v1/scans/${id}`, headers })).json<ScanView>();
      return view.status === 'done' || view.status === 'failed';
    }, `scan ${id} to finish`);
    if (view === undefined) throw new Error('unreachable');
    return view;
  }

  it('queues a scan of the symbols given (upper-cased), answers 202 at once, and shows its progress and items', async () => {
    const api = await start();
    const posted = await api.inject({ method: 'POST', url: '/api/v1/scans', payload: { symbols: ['aaa', 'BBB', BARLESS_SYMBOL], timeframe: '1d' } });
    expect(posted.statusCode).toBe(202);
    const queued = posted.json<ScanView>();
    expect(queued).toMatchObject({ timeframe: '1d', trigger: 'manual', total: 3, error: null });
    expect(queued.items.map((item) => item.symbol)).toEqual(['AAA', 'BBB', BARLESS_SYMBOL]);
    const done = await finished(api, queued.id);
    expect(done).toMatchObject({ status: 'done', total: 3, completed: 2, failed: 1, progress: 1 });
    expect(done.items.map((item) => [item.symbol, item.status, item.signalId !== null])).toEqual([
      ['AAA', 'done', true],
      ['BBB', 'done', true],
      [BARLESS_SYMBOL, 'failed', false],
    ]);
    expect(done.items[2].error).toContain('a signal needs at least 60');
    expect(Date.parse(done.finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.startedAt ?? ''));
    const signal = await api.inject({ url: `/api/v1/scans/${queued.id}` });
    expect(signal.json<ScanView>().items[0].signalId).toBe(done.items[0].signalId);
  });

  it("scans the caller's watchlists' symbols by default, on the 1d timeframe", async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h', role: 'trader' });
    const lists = new WatchlistRepository(context.database.db);
    await lists.create(ada.id, { name: 'tech', symbols: ['AAA', 'BBB'] });
    await lists.create(ada.id, { name: 'more', symbols: ['BBB', 'CCC'] });
    await lists.create(null, { name: 'owner', symbols: ['ZZZ'] });
    const asAda = { [TEST_USER_HEADER]: ada.id };
    const posted = await api.inject({ method: 'POST', url: '/api/v1/scans', headers: asAda, payload: {} });
    expect(posted.statusCode).toBe(202);
    const view = posted.json<ScanView>();
    expect(view.timeframe).toBe('1d');
    expect(view.items.map((item) => item.symbol).sort()).toEqual(['AAA', 'BBB', 'CCC']);
    expect((await finished(api, view.id, asAda)).completed).toBe(3);
  });

  it('answers 400 naming the field for bad input and for a caller without watched symbols', async () => {
    const api = await start();
    const cases: [object, string][] = [
      [{ symbols: [] }, 'body.symbols'],
      [{ symbols: ['AA PL'] }, 'body.symbols[0]'],
      [{ symbols: ['AAA'], timeframe: '2d' }, 'body.timeframe'],
      [{ symbols: ['AAA'], extra: 1 }, 'body.extra'],
      [{ symbols: Array.from({ length: 501 }, (_, i) => `S${i}`) }, 'body.symbols'],
      [{}, 'body.symbols'],
    ];
    for (const [payload, field] of cases) {
      const response = await api.inject({ method: 'POST', url: '/api/v1/scans', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json<{ problems: { field: string }[] }>().problems.map((problem) => problem.field)).toContain(field);
    }
    expect((await api.inject({ method: 'POST', url: '/api/v1/scans', payload: {} })).json<{ message: string }>().message).toBe(
      'body.symbols is required: your watchlists hold no symbols to scan',
    );
    expect((await api.inject({ url: '/api/v1/scans?limit=0' })).statusCode).toBe(400);
    expect((await api.inject({ url: '/api/v1/scans/not-a-uuid' })).statusCode).toBe(400);
  });

  it("lists the caller's scans newest first; another user's scan is a 404; the scheduler's are for admins", async () => {
    const api = await start();
    const users = new UserRepository(context.database.db);
    const ada = await users.create({ email: 'ada@example.com', passwordHash: 'h' });
    const bob = await users.create({ email: 'bob@example.com', passwordHash: 'h' });
    const asAda = { [TEST_USER_HEADER]: ada.id };
    const first = (await api.inject({ method: 'POST', url: '/api/v1/scans', headers: asAda, payload: { symbols: ['AAA'] } })).json<ScanView>();
    const second = (await api.inject({ method: 'POST', url: '/api/v1/scans', headers: asAda, payload: { symbols: ['BBB'], timeframe: '1h' } })).json<ScanView>();
    const scheduled = (await new ScanRepository(context.database.db).createScheduled({ timeframe: '1d', symbols: ['SPY'] }, '1d@1')).scan;

    const listed = (await api.inject({ url: '/api/v1/scans', headers: asAda })).json<{ items: ScanSummaryView[] }>().items;
    expect(listed.map((scan) => scan.id)).toEqual([second.id, first.id]);
    expect(listed[0]).not.toHaveProperty('items');
    expect((await api.inject({ url: '/api/v1/scans?limit=1', headers: asAda })).json<{ items: ScanSummaryView[] }>().items).toHaveLength(1);

    const asBob = { [TEST_USER_HEADER]: bob.id, [ROLE_HEADER]: 'viewer' };
    expect((await api.inject({ url: `/api/v1/scans/${first.id}`, headers: asBob })).statusCode).toBe(404);
    expect((await api.inject({ url: '/api/v1/scans', headers: asBob })).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await api.inject({ url: `/api/v1/scans/${scheduled.id}`, headers: asAda })).statusCode).toBe(404);
    const asAdmin = { [TEST_USER_HEADER]: bob.id, [ROLE_HEADER]: 'admin' };
    expect((await api.inject({ url: `/api/v1/scans/${scheduled.id}`, headers: asAdmin })).json<ScanView>()).toMatchObject({ trigger: 'schedule', total: 1 });
    expect((await api.inject({ url: '/api/v1/scans', headers: asAdmin })).json<{ items: ScanSummaryView[] }>().items.map((scan) => scan.id)).toEqual([scheduled.id]);
    expect((await api.inject({ url: '/api/v1/scans/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('answers 503 and fails the stored scan when the job queue cannot take it, instead of hanging the request', async () => {
    // A Redis nobody listens on: its connection keeps retrying, the submit gives up after its timeout.
    const unreachable = JobQueues.open({ redisUrl: 'redis://127.0.0.1:1', onError: () => undefined });
    const api = await createBaseApp();
    try {
      await api.register(scanRoutes, { prefix: '/api/v1', database: context.database, dispatcher: new BullScanDispatcher(unreachable, 300) });
      const started = Date.now();
      const response = await api.inject({ method: 'POST', url: '/api/v1/scans', payload: { symbols: ['AAPL'] } });
      expect(Date.now() - started).toBeLessThan(5000);
      const reason = 'the scan could not be queued (the job queue is unreachable); try again';
      expect([response.statusCode, response.json<{ code: string; message: string }>()]).toEqual([503, expect.objectContaining({ code: 'GS_ERR_NOT_READY', message: reason })]);
      expect(response.headers['retry-after']).toBe('5');
      const [stored] = await new ScanRepository(context.database.db).list({ userId: null, scheduled: false });
      const view = (await api.inject({ url: `/api/v1/scans/${stored.id}` })).json<ScanView>();
      expect(view).toMatchObject({ status: 'failed', error: reason, total: 1, completed: 0, failed: 1, progress: 1 });
      expect(view.items).toEqual([{ symbol: 'AAPL', status: 'failed', signalId: null, error: reason }]);
    } finally {
      await api.close();
      await unreachable.close();
    }
  });
});
