import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { FailingProvider, marketDataApp, NOW } from '../market-data/market-data-app.test-support.js';
import { callerFromHeader } from '../watchlists/caller-header.test-support.js';
import { importRoutes } from './import-routes.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const HEADER = 'date,open,high,low,close,volume';

/** `count` weekday bars from 2024-01-02 as CSV lines, closes 100, 101, ...; each bar's time and its line. */
function weekdayBars(count: number, startClose = 100): { times: number[]; lines: string[] } {
  const times: number[] = [];
  const lines: string[] = [];
  for (let time = Date.UTC(2024, 0, 2); times.length < count; time += DAY) {
    const weekday = new Date(time).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const close = startClose + times.length;
    times.push(time);
    lines.push(`${new Date(time).toISOString().slice(0, 10)},${close - 0.5},${close + 1},${close - 1},${close},${1000 + times.length}`);
  }
  return { times, lines };
}

interface ErrorAnswer {
  readonly code: string;
  readonly message: string;
  readonly problems?: readonly { readonly field: string; readonly message: string }[];
}

describeStorage('CSV import routes', (context) => {
  const apps: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  async function start(): Promise<FastifyInstance> {
    const app = await createBaseApp();
    apps.push(app);
    callerFromHeader(app, 'trader');
    await app.register(importRoutes, { prefix: '/api/v1', database: context.database, now: () => NOW });
    return app;
  }

  const csv = { 'content-type': 'text/csv' };
  const importBars = (api: FastifyInstance, body: string, query = 'symbol=aapl&timeframe=1d') =>
    api.inject({ method: 'POST', url: `/api/v1/market-data/bars/import?${query}`, headers: csv, payload: body });

  it('stores a good file in the bar store, covered, and the bars API then answers those bars without the provider', async () => {
    const api = await start();
    const { times, lines } = weekdayBars(50);
    const response = await importBars(api, [HEADER, ...lines].join('\n'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      symbol: 'AAPL',
      timeframe: '1d',
      rows: 50,
      inserted: 50,
      replaced: 0,
      first: '2024-01-02T00:00:00.000Z',
      last: new Date(times[49]).toISOString(),
      warnings: [],
    });
    const repository = new BarRepository(context.database.db);
    const stored = await repository.range('AAPL', '1d', 0, NOW);
    expect(stored.map((bar) => bar.time)).toEqual(times);
    expect(stored[49]).toEqual({ time: times[49], open: 148.5, high: 150, low: 148, close: 149, volume: 1050 });
    expect(await repository.coverage('AAPL', '1d')).toEqual([{ from: times[0], to: times[49] + DAY }]);
    expect(await repository.sources('AAPL', '1d', 0, NOW)).toEqual(['import']);

    // The provider is down: the chart's bars come from the store, as the engine's do.
    const { app } = await marketDataApp(context.database, [new FailingProvider('yahoo', 'unavailable', 'service unavailable')]);
    apps.push(app);
    const history = await app.inject({ url: '/api/v1/market-data/AAPL/historical?period=1mo&interval=1d' });
    expect(history.statusCode, history.body).toBe(200);
    const answer = history.json<{ from: string; bars: { time: string; close: number }[]; sources: string[] }>();
    expect(answer.sources).toEqual(['import']);
    const inRange = stored.filter((bar) => bar.time >= Date.parse(answer.from));
    expect(inRange.length).toBeGreaterThan(15);
    expect(answer.bars.map((bar) => [bar.time, bar.close])).toEqual(inRange.map((bar) => [new Date(bar.time).toISOString(), bar.close]));
  });

  it('replaces stored bars of the same time on a second import and counts them', async () => {
    const api = await start();
    const first = weekdayBars(10);
    expect((await importBars(api, [HEADER, ...first.lines].join('\n'))).statusCode).toBe(200);
    const second = weekdayBars(13, 200);
    const again = await importBars(api, [HEADER, ...second.lines.slice(5)].join('\r\n'));
    expect(again.json()).toMatchObject({ rows: 8, inserted: 3, replaced: 5, first: new Date(second.times[5]).toISOString() });
    const stored = await new BarRepository(context.database.db).range('AAPL', '1d', 0, NOW);
    expect(stored.map((bar) => bar.close)).toEqual([100, 101, 102, 103, 104, 205, 206, 207, 208, 209, 210, 211, 212]);
    expect(await new BarRepository(context.database.db).coverage('AAPL', '1d')).toEqual([{ from: first.times[0], to: second.times[12] + DAY }]);
  });

  it('refuses a file with bad lines, naming each line and column, and stores nothing', async () => {
    const api = await start();
    const { lines } = weekdayBars(6);
    lines[2] = '2024-01-04,102,101,103,102,1000';
    lines[4] = '2024-01-08,n/a,105,103,104,1000';
    const response = await importBars(api, [HEADER, ...lines].join('\n'));
    expect(response.statusCode).toBe(400);
    const answer = response.json<ErrorAnswer>();
    expect(answer.code).toBe('GS_ERR_VALIDATION');
    expect(answer.problems).toEqual([
      { field: 'body line 4, column high', message: 'high is below low (103) (value "101")' },
      { field: 'body line 6, column open', message: 'price is not a number (value "n/a")' },
    ]);
    expect(answer.message).toBe('the file was not imported, nothing was stored: row 4, column high, value "101": high is below low (103); row 6, column open, value "n/a": price is not a number');
    expect(await new BarRepository(context.database.db).range('AAPL', '1d', 0, NOW)).toEqual([]);
    expect(await new BarRepository(context.database.db).coverage('AAPL', '1d')).toEqual([]);
  });

  it('refuses duplicate and unsorted times, naming their lines', async () => {
    const api = await start();
    const { lines } = weekdayBars(8);
    const duplicate = await importBars(api, [HEADER, lines[0], lines[1], lines[1], lines[2]].join('\n'));
    expect(duplicate.json<ErrorAnswer>().problems).toEqual([{ field: 'body line 4, column date', message: 'duplicate time: same as row 3 (value "2024-01-03")' }]);
    const unsorted = await importBars(api, [HEADER, lines[0], lines[2], lines[1], lines[3]].join('\n'));
    expect(unsorted.statusCode).toBe(400);
    expect(unsorted.json<ErrorAnswer>().problems?.map((problem) => problem.field)).toEqual(['body line 4, column date']);
    expect(await new BarRepository(context.database.db).range('AAPL', '1d', 0, NOW)).toEqual([]);
  });

  it('warns about bar spacing unlike the timeframe without refusing the file, and leaves out bars not closed yet', async () => {
    const api = await start();
    // Hourly bars up to the one that opened 30 minutes before now, declared as 4h bars.
    const rows = Array.from({ length: 12 }, (_, i) => {
      const time = NOW - 30 * 60_000 - (11 - i) * HOUR;
      return `${Math.floor(time / 1000)},10,11,9,10.5,${i}`;
    });
    const response = await importBars(api, ['timestamp,open,high,low,close,volume', ...rows].join('\n'), 'symbol=BTC-USD&timeframe=4h');
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<{ rows: number; warnings: string[]; last: string }>();
    // 4h bars must have closed by now: the last 4 opened less than 4 hours ago.
    expect(answer.rows).toBe(8);
    expect(answer.last).toBe(new Date(NOW - 30 * 60_000 - 4 * HOUR).toISOString());
    expect(answer.warnings).toEqual([
      'the bars are spaced like 1h bars, not 4h: check the timeframe',
      `11 bars start less than one 4h bar after the previous one (the first at ${Math.floor((NOW - 30 * 60_000 - 10 * HOUR) / 1000)})`,
      '4 bars have not closed yet and were left out',
    ]);
  });

  it('takes only the asked symbol from a file with a symbol column', async () => {
    const api = await start();
    const body = ['symbol,date,open,high,low,close,volume', 'MSFT,2024-01-02,1,2,1,2,10', 'AAPL,2024-01-02,5,6,4,5,10', 'AAPL,2024-01-03,5,6,4,6,10'].join('\n');
    expect((await importBars(api, body)).json()).toMatchObject({ symbol: 'AAPL', rows: 2 });
    expect(await new BarRepository(context.database.db).range('MSFT', '1d', 0, NOW)).toEqual([]);
    const none = await importBars(api, body, 'symbol=NVDA&timeframe=1d');
    expect([none.statusCode, none.json<ErrorAnswer>().message]).toEqual([400, 'the file was not imported, nothing was stored: row 1, column symbol, value "NVDA": symbol "NVDA" has no rows in column symbol; the file has MSFT, AAPL']);
  });

  it('refuses other content types (415), an empty body, a file without volumes, a bad query (400) and a body over 20 MB (413)', async () => {
    const api = await start();
    const json = await api.inject({ method: 'POST', url: '/api/v1/market-data/bars/import?symbol=AAPL&timeframe=1d', payload: { bars: [] } });
    expect([json.statusCode, json.json<ErrorAnswer>().message]).toEqual([415, 'send the CSV file as the request body with Content-Type: text/csv (got application/json)']);
    expect((await importBars(api, '')).json<ErrorAnswer>().message).toBe('body is empty: send the CSV file as the request body');
    const noVolume = await importBars(api, 'date,open,high,low,close\n2024-01-02,1,2,1,2\n');
    expect([noVolume.statusCode, noVolume.json<ErrorAnswer>().message]).toEqual([400, 'body line 1 has no volume column: the bar store keeps volumes (write 0 where the source has none)']);
    const badQuery = await importBars(api, `${HEADER}\n2024-01-02,1,2,1,2,3\n`, 'symbol=AAPL&timeframe=2d');
    expect([badQuery.statusCode, badQuery.json<ErrorAnswer>().problems?.[0].field]).toEqual([400, 'query.timeframe']);
    const huge = await importBars(api, `${HEADER}\n${'2024-01-02,1,2,1,2,3\n'.repeat(1_100_000)}`);
    expect([huge.statusCode, huge.json<ErrorAnswer>().code]).toEqual([413, 'GS_ERR_PAYLOAD_TOO_LARGE']);
    const latin1 = await api.inject({ method: 'POST', url: '/api/v1/market-data/bars/import?symbol=AAPL&timeframe=1d', headers: csv, payload: Buffer.from([0x64, 0x61, 0x74, 0xe9, 0x0a]) });
    expect(latin1.statusCode).toBe(415);
  });

  it('creates and extends watchlists from a CSV file, skipping unusable rows with their reason', async () => {
    const api = await start();
    const repository = new WatchlistRepository(context.database.db);
    const tech = await repository.create(null, { name: 'Tech', symbols: ['AAPL'], timeframes: ['1h'] });
    const body = ['symbol,watchlist', 'msft,Tech', 'AAPL,Tech', 'BTC-USD,Crypto', 'ES1!,Crypto', ',Tech', 'nvda,', '"BRK.B","Value, deep"', 'msft,Tech'].join('\n');
    const response = await api.inject({ method: 'POST', url: '/api/v1/watchlists/import', headers: csv, payload: body });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<{ watchlists: { id: string; name: string; symbols: string[]; created: boolean; added: number }[] }>();
    expect(answer).toEqual({
      watchlists: [
        { id: tech.id, name: 'Tech', symbols: ['AAPL', 'MSFT'], created: false, added: 1 },
        { id: answer.watchlists[1].id, name: 'Crypto', symbols: ['BTC-USD'], created: true, added: 1 },
        { id: answer.watchlists[2].id, name: 'Imported', symbols: ['NVDA'], created: true, added: 1 },
        { id: answer.watchlists[3].id, name: 'Value, deep', symbols: ['BRK.B'], created: true, added: 1 },
      ],
      skipped: [
        { line: 3, value: 'AAPL', reason: 'already in watchlist "Tech"' },
        { line: 5, value: 'ES1!', reason: 'not a ticker: letters, digits and . - = ^ / up to 20 characters' },
        { line: 6, value: '', reason: 'no symbol' },
        { line: 9, value: 'msft', reason: 'listed before for watchlist "Tech" (line 2)' },
      ],
    });
    const lists = await repository.listForUser(null);
    expect(lists.map((list) => [list.name, list.symbols, list.timeframes])).toEqual([
      ['Crypto', ['BTC-USD'], ['1d']],
      ['Imported', ['NVDA'], ['1d']],
      ['Tech', ['AAPL', 'MSFT'], ['1h']],
      ['Value, deep', ['BRK.B'], ['1d']],
    ]);
  });

  it('refuses a watchlist file without a symbol header or with a quote never closed, and reads semicolons', async () => {
    const api = await start();
    const post = (body: string) => api.inject({ method: 'POST', url: '/api/v1/watchlists/import', headers: csv, payload: body });
    const noHeader = await post('AAPL\nMSFT\n');
    expect([noHeader.statusCode, noHeader.json<ErrorAnswer>().message]).toEqual([400, 'body line 1 must be a header naming a symbol column (and optionally watchlist), got "AAPL"']);
    const unclosed = await post('symbol,watchlist\nAAPL,"Tech\n');
    expect([unclosed.statusCode, unclosed.json<ErrorAnswer>().message]).toEqual([400, 'body line 2: a quoted cell is never closed']);
    const onlyHeader = await post('symbol\n');
    expect(onlyHeader.json<ErrorAnswer>().message).toBe('body has a header but no rows');
    const semicolons = await post('Watchlist;Ticker\r\nEurope;SAP.DE\r\n');
    expect(semicolons.json()).toMatchObject({ watchlists: [{ name: 'Europe', symbols: ['SAP.DE'], created: true }], skipped: [] });
  });
});
