import type { Signal } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { routeRoles, watchRouteRoles } from '../../app/route-roles.js';
import { childrenNamed, childText, parseStrictXml, type StrictXmlElement } from '../../export/strict-xml.test-support.js';
import { topReasons } from '../../export/signal-feed-entry.js';
import { signalValues } from '../../storage/repositories/signal-row.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { WatchlistRepository } from '../../storage/repositories/watchlist-repository.js';
import { signals } from '../../storage/schema/signals.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { callerFromHeader, TEST_USER_HEADER } from '../watchlists/caller-header.test-support.js';
import { feedRoutes } from './feed-routes.js';

const NOW = Date.UTC(2026, 10, 24, 15, 30);
const HOUR = 3_600_000;
const ATOM = '{http://www.w3.org/2005/Atom}';
const iso = (time: number): string => new Date(time).toISOString();

interface FeedLinks {
  readonly token: string;
  readonly rssUrl: string;
  readonly atomUrl: string;
}

function signalAt(hoursAgo: number, overrides: Partial<Signal> = {}): Signal {
  const time = NOW - hoursAgo * HOUR;
  return signalFixture({ time: iso(time), expiresAt: iso(time + 24 * HOUR), ...overrides });
}

/** The path and query of a feed URL the API handed out, to inject. */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

describeStorage('feed routes', (context) => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(logLines?: string[]): Promise<FastifyInstance> {
    app = await createBaseApp(logLines === undefined ? {} : { logger: { level: 'info', stream: { write: (line: string) => logLines.push(line) } } });
    watchRouteRoles(app);
    callerFromHeader(app, 'viewer');
    await app.register(feedRoutes, { prefix: '/api/v1', database: context.database, now: () => NOW });
    return app;
  }

  async function newToken(api: FastifyInstance, headers: Record<string, string> = {}): Promise<FeedLinks> {
    const response = await api.inject({ method: 'POST', url: '/api/v1/feeds/token', headers });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<FeedLinks>();
  }

  async function rssItems(api: FastifyInstance, url: string): Promise<StrictXmlElement[]> {
    const response = await api.inject({ url });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const [channel] = childrenNamed(parseStrictXml(response.body), 'channel');
    return childrenNamed(channel, 'item');
  }

  it('lets signed-in users manage their token and anyone holding it read the feeds', async () => {
    const api = await start();
    await api.ready();
    expect(routeRoles(api).map((entry) => `${entry.method} ${entry.url} ${entry.role ?? 'none'}`)).toEqual([
      'GET /api/v1/feeds/signals.atom public',
      'GET /api/v1/feeds/signals.rss public',
      'DELETE /api/v1/feeds/token viewer',
      'POST /api/v1/feeds/token viewer',
    ]);
  });

  it("serves the owner's BUY and SELL signals on their watched symbols as RSS, newest first, each with its levels, reasons and a dashboard link", async () => {
    const api = await start();
    await new WatchlistRepository(context.database.db).create(null, { name: 'default', symbols: ['AAPL', 'MSFT'] });
    const repository = new SignalRepository(context.database.db);
    const buy = await repository.save(signalAt(5, { symbol: 'AAPL', action: 'BUY', confidence: 0.7249, consensusStrength: 0.8, riskLevel: 'medium', entry: 189.5, stopLoss: 183.25, takeProfit: 201.75, positionSize: 0.04 }));
    const sell = await repository.save(signalAt(2, { symbol: 'MSFT', action: 'SELL', confidence: 0.61, summary: 'Momentum <faded> & "volume" dropped' }));
    await repository.save(signalAt(1, { symbol: 'MSFT', action: 'HOLD' }));
    await repository.save(signalAt(1, { symbol: 'NVDA', action: 'BUY' }));

    const links = await newToken(api);
    expect(links.token).toMatch(/^gsf_[A-Za-z0-9_-]{43}$/);
    expect(links.rssUrl).toBe(`http://localhost:80/api/v1/feeds/signals.rss?token=${links.token}`);
    expect(links.atomUrl).toBe(`http://localhost:80/api/v1/feeds/signals.atom?token=${links.token}`);

    const response = await api.inject({ url: pathOf(links.rssUrl) });
    expect(response.headers['cache-control']).toBe('private, max-age=60');
    const items = await rssItems(api, pathOf(links.rssUrl));
    expect(items.map((item) => childText(item, 'title'))).toEqual(['SELL MSFT 61%', 'BUY AAPL 72%']);
    const [sellItem, buyItem] = items;
    const [guid] = childrenNamed(buyItem, 'guid');
    expect([guid.text, guid.attributes.isPermaLink]).toEqual([buy.id, 'false']);
    expect(childText(buyItem, 'link')).toBe(`http://localhost:80/signals?symbols=AAPL&signal=${buy.id}`);
    expect(childText(buyItem, 'pubDate')).toBe(new Date(buy.createdAt).toUTCString());
    const description = childText(buyItem, 'description') ?? '';
    expect(description).toContain('Confidence 72%, consensus 80%, risk medium.');
    expect(description).toContain('Entry 189.5, stop 183.25, target 201.75, size 4.0% of equity.');
    // The fixture's agents voted SELL or HOLD: the BUY has no reasons to quote, the SELL its three weightiest.
    expect(description).not.toContain('Top reasons');
    const reasons = topReasons({ action: 'SELL' }, signalFixture().votes);
    expect(reasons).toHaveLength(3);
    const sellDescription = childText(sellItem, 'description') ?? '';
    expect(sellDescription).toContain(`Top reasons: 1) ${reasons[0]} 2) ${reasons[1]} 3) ${reasons[2]}`);
    expect(sellDescription).toContain('Momentum <faded> & "volume" dropped');
    expect(childrenNamed(sellItem, 'category').map((category) => category.text)).toEqual(['SELL', 'MSFT', sell.timeframe]);

    const holds = await rssItems(api, `${pathOf(links.rssUrl)}&actions=HOLD`);
    expect(holds.map((item) => childText(item, 'title'))).toEqual([`HOLD MSFT ${Math.round(signalFixture().confidence * 100)}%`]);
  });

  it('keeps the token in the feed address out of the request log, which logs the other routes', async () => {
    const lines: string[] = [];
    const api = await start(lines);
    const links = await newToken(api);
    expect(lines.some((line) => line.includes('/api/v1/feeds/token'))).toBe(true);
    const token = new URL(links.rssUrl).searchParams.get('token') ?? '';
    expect(token).not.toBe('');
    expect((await api.inject({ url: new URL(links.rssUrl).pathname + new URL(links.rssUrl).search })).statusCode).toBe(200);
    expect((await api.inject({ url: new URL(links.atomUrl).pathname + new URL(links.atomUrl).search })).statusCode).toBe(200);
    expect(lines.filter((line) => line.includes(token))).toEqual([]);
  });

  it('serves the same signals as an Atom feed', async () => {
    const api = await start();
    const signal = await new SignalRepository(context.database.db).save(signalAt(3, { symbol: 'AAPL', action: 'BUY', confidence: 0.9 }));
    const links = await newToken(api);
    const response = await api.inject({ url: pathOf(links.atomUrl) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseStrictXml(response.body);
    expect(feed.name).toBe(`${ATOM}feed`);
    expect(childrenNamed(feed, `${ATOM}link`).find((link) => link.attributes.rel === 'self')?.attributes.href).toBe(links.atomUrl);
    const [entry] = childrenNamed(feed, `${ATOM}entry`);
    expect(childText(entry, `${ATOM}title`)).toBe('BUY AAPL 90%');
    expect(childText(entry, `${ATOM}id`)).toBe(`urn:uuid:${signal.id}`);
    expect(childText(entry, `${ATOM}published`)).toBe(signal.createdAt);
    expect(childText(feed, `${ATOM}updated`)).toBe(signal.createdAt);
  });

  it('gives a user without watchlists every symbol, the newest 50 only', async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    // The install's system lists are not Ada's.
    await new WatchlistRepository(context.database.db).create(null, { name: 'default', symbols: ['AAPL'] });
    await context.database.db.insert(signals).values(Array.from({ length: 60 }, (_, k) => signalValues(signalAt(k + 1, { symbol: `SYM${k}`, action: k % 2 === 0 ? 'BUY' : 'SELL', votes: [] }))));
    const links = await newToken(api, { [TEST_USER_HEADER]: ada.id });
    const items = await rssItems(api, pathOf(links.rssUrl));
    expect(items).toHaveLength(50);
    expect(items.map((item) => childText(item, 'title')?.split(' ')[1])).toEqual(Array.from({ length: 50 }, (_, k) => `SYM${k}`));
    expect(childText(items[0], 'description')).not.toContain('Top reasons');
  });

  it('answers 401 for an unknown, replaced or revoked token, and 404 when revoking a token that is gone', async () => {
    const api = await start();
    const first = await newToken(api);
    const second = await newToken(api);
    expect(second.token).not.toBe(first.token);
    const replaced = await api.inject({ url: pathOf(first.rssUrl) });
    expect([replaced.statusCode, replaced.json()]).toEqual([401, expect.objectContaining({ code: 'GS_ERR_UNAUTHORIZED', message: 'this feed token is unknown or was revoked; make a new one in Settings' })]);
    expect((await api.inject({ url: pathOf(second.atomUrl) })).statusCode).toBe(200);

    const revoked = await api.inject({ method: 'DELETE', url: '/api/v1/feeds/token' });
    expect([revoked.statusCode, revoked.body]).toEqual([204, '']);
    for (const url of [second.rssUrl, second.atomUrl]) expect((await api.inject({ url: pathOf(url) })).json()).toMatchObject({ code: 'GS_ERR_UNAUTHORIZED' });
    expect((await api.inject({ method: 'DELETE', url: '/api/v1/feeds/token' })).json()).toMatchObject({ code: 'GS_ERR_NOT_FOUND' });
    expect((await api.inject({ url: '/api/v1/feeds/signals.rss?token=gsf_guessed' })).statusCode).toBe(401);
  });

  it('keeps each user to their own token and refuses bad input with a 400 naming the field', async () => {
    const api = await start();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const owners = await newToken(api);
    const adas = await newToken(api, { [TEST_USER_HEADER]: ada.id });
    expect((await api.inject({ method: 'DELETE', url: '/api/v1/feeds/token', headers: { [TEST_USER_HEADER]: ada.id } })).statusCode).toBe(204);
    expect((await api.inject({ url: pathOf(adas.rssUrl) })).statusCode).toBe(401);
    expect((await api.inject({ url: pathOf(owners.rssUrl) })).statusCode).toBe(200);

    const cases: [string, string][] = [
      ['/api/v1/feeds/signals.rss', 'query.token'],
      [`${pathOf(owners.rssUrl)}&actions=BUY,MAYBE`, 'query.actions'],
      [`${pathOf(owners.atomUrl)}&limit=5`, 'query.limit'],
    ];
    for (const [url, field] of cases) {
      const response = await api.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'GS_ERR_VALIDATION', problems: expect.arrayContaining([expect.objectContaining({ field })]) });
    }
  });
});
