import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { PolygonProvider } from './polygon-provider.js';

const KEY = 'pk_live_8f2e1c';
const api = useLocalApiServer();

function polygon(): PolygonProvider {
  return new PolygonProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000 });
}

describe('PolygonProvider.search', () => {
  it('searches active tickers and maps Polygon types and markets to our kinds', async () => {
    api.server.answer(() => ({
      body: {
        count: 3,
        request_id: 'e70013d92930de90e089dc8fa098888e',
        status: 'OK',
        results: [
          { ticker: 'AAPL', name: 'Apple Inc.', market: 'stocks', locale: 'us', primary_exchange: 'XNAS', type: 'CS', active: true, currency_name: 'usd' },
          { ticker: 'APLY', name: 'YieldMax AAPL Option Income Strategy ETF', market: 'stocks', locale: 'us', primary_exchange: 'ARCX', type: 'ETF', active: true },
          { ticker: 'X:APEUSD', name: 'ApeCoin - United States dollar', market: 'crypto', locale: 'global', active: true },
          { ticker: 'AAPLW', name: 'Apple warrant', market: 'otc', locale: 'us', type: 'WARRANT', active: true },
        ],
      },
    }));
    const start = api.server.requests.length;
    const matches = await polygon().search('apple');
    expect(requestLinesSince(api.server, start)).toEqual(['/v3/reference/tickers?search=apple&active=true&limit=20']);
    expect(matches).toEqual([
      { symbol: 'AAPL', name: 'Apple Inc.', exchange: 'XNAS', type: 'equity' },
      { symbol: 'APLY', name: 'YieldMax AAPL Option Income Strategy ETF', exchange: 'ARCX', type: 'etf' },
      { symbol: 'X:APEUSD', name: 'ApeCoin - United States dollar', exchange: null, type: 'crypto' },
      { symbol: 'AAPLW', name: 'Apple warrant', exchange: null, type: null },
    ]);
  });
});

describe('PolygonProvider.news', () => {
  const article = (id: string, published: string, title: string): Record<string, unknown> => ({
    id,
    publisher: { name: 'Investing.com', homepage_url: 'https://www.investing.com/', logo_url: 'https://x/logo.png', favicon_url: 'https://x/fav.ico' },
    title,
    author: 'Sam Boughedda',
    published_utc: published,
    article_url: `https://uk.investing.com/news/${id}`,
    tickers: ['UBER', 'LYFT'],
    image_url: 'https://x/img.jpg',
    description: `${title}: summary`,
    keywords: ['rideshare'],
  });

  it('asks for the newest articles of the ticker and returns them newest first, at most limit', async () => {
    api.server.answer(() => ({
      body: {
        status: 'OK',
        request_id: 'r1',
        count: 3,
        results: [
          article('a1', '2024-06-24T18:33:53Z', 'Uber upgraded'),
          article('a3', '2024-06-25T09:00:00Z', 'Uber expands'),
          article('a2', '2024-06-20T12:00:00Z', 'Lyft and Uber settle'),
        ],
      },
    }));
    const start = api.server.requests.length;
    const news = await polygon().news('UBER', 2);
    expect(requestLinesSince(api.server, start)).toEqual(['/v2/reference/news?ticker=UBER&limit=2&order=desc&sort=published_utc']);
    expect(news).toEqual([
      {
        id: 'a3',
        symbols: ['UBER', 'LYFT'],
        title: 'Uber expands',
        summary: 'Uber expands: summary',
        url: 'https://uk.investing.com/news/a3',
        publisher: 'Investing.com',
        time: Date.UTC(2024, 5, 25, 9),
        source: 'polygon',
        simulated: false,
      },
      expect.objectContaining({ id: 'a1', time: Date.UTC(2024, 5, 24, 18, 33, 53) }),
    ]);
  });

  it('names an article whose time is not a time', async () => {
    api.server.answer(() => ({ body: { status: 'OK', request_id: 'r1', results: [article('a1', 'yesterday', 'Uber upgraded')] } }));
    await expect(polygon().news('UBER', 5)).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: news of UBER: unexpected answer: results[0].published_utc is "yesterday", expected an ISO 8601 time',
    });
  });

  it('refuses a limit that is not a positive integer without asking Polygon', async () => {
    const start = api.server.requests.length;
    await expect(polygon().news('UBER', 0)).rejects.toMatchObject({ kind: 'bad-request', message: 'polygon: news of UBER: limit must be a positive integer, got 0' });
    expect(api.server.requests.length).toBe(start);
  });
});
