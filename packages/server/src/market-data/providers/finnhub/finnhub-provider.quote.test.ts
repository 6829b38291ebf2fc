import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { seconds } from './finnhub-answers.test-support.js';
import { FinnhubProvider } from './finnhub-provider.js';

const KEY = 'cn1fh2r01qvjam8token';
const NOW = Date.UTC(2024, 0, 31, 12);
const api = useLocalApiServer();

function finnhub(): FinnhubProvider {
  return new FinnhubProvider({ apiKey: KEY, baseUrl: `${api.server.baseUrl}/api/v1`, timeoutMs: 2_000, now: () => NOW });
}

describe('FinnhubProvider.quote', () => {
  it('reads /quote', async () => {
    api.server.answer(() => ({ body: { c: 184.4, d: -1.52, dp: -0.8175, h: 186.95, l: 184.14, o: 186.09, pc: 185.92, t: 1706734801 } }));
    const start = api.server.requests.length;
    const quote = await finnhub().quote('AAPL');
    expect(requestLinesSince(api.server, start)).toEqual(['/api/v1/quote?symbol=AAPL']);
    expect(quote).toEqual({
      symbol: 'AAPL',
      price: 184.4,
      previousClose: 185.92,
      change: -1.52,
      changePercent: -0.8175,
      open: 186.09,
      high: 186.95,
      low: 184.14,
      volume: null,
      bid: null,
      ask: null,
      currency: null,
      time: 1_706_734_801_000,
      source: 'finnhub',
      simulated: false,
    });
  });

  it('reports the all-zero answer Finnhub gives an unknown symbol as not-found', async () => {
    api.server.answer(() => ({ body: { c: 0, d: null, dp: null, h: 0, l: 0, o: 0, pc: 0, t: 0 } }));
    await expect(finnhub().quote('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'finnhub: quote of ZZZZQ: Finnhub has no quote for ZZZZQ; is the symbol right?',
    });
  });
});

describe('FinnhubProvider.search', () => {
  it('maps /search results', async () => {
    api.server.answer(() => ({
      body: {
        count: 3,
        result: [
          { description: 'APPLE INC', displaySymbol: 'AAPL', symbol: 'AAPL', type: 'Common Stock' },
          { description: 'APPLE INC', displaySymbol: 'AAPL.SW', symbol: 'AAPL.SW', type: 'Common Stock' },
          { description: 'APPLE HOSPITALITY REIT INC', displaySymbol: 'APLE', symbol: 'APLE', type: 'REIT' },
          { description: 'DIREXION AAPL BULL 2X', displaySymbol: 'AAPU', symbol: 'AAPU', type: 'ETP' },
          { description: 'APPLE INC WARRANT', displaySymbol: 'AAPL-W', symbol: 'AAPL-W', type: 'Warrant' },
        ],
      },
    }));
    const start = api.server.requests.length;
    const matches = await finnhub().search('apple');
    expect(requestLinesSince(api.server, start)).toEqual(['/api/v1/search?q=apple']);
    expect(matches).toEqual([
      { symbol: 'AAPL', name: 'APPLE INC', exchange: null, type: 'equity' },
      { symbol: 'AAPL.SW', name: 'APPLE INC', exchange: null, type: 'equity' },
      { symbol: 'APLE', name: 'APPLE HOSPITALITY REIT INC', exchange: null, type: 'equity' },
      { symbol: 'AAPU', name: 'DIREXION AAPL BULL 2X', exchange: null, type: 'etf' },
      { symbol: 'AAPL-W', name: 'APPLE INC WARRANT', exchange: null, type: null },
    ]);
  });
});

describe('FinnhubProvider.news', () => {
  const article = (id: number, datetime: number, headline: string, related: string): Record<string, unknown> => ({
    category: 'company',
    datetime,
    headline,
    id,
    image: 'https://image.example/x.jpg',
    related,
    source: 'Yahoo',
    summary: `${headline}.`,
    url: `https://finnhub.io/api/news?id=${id}`,
  });

  it('asks /company-news for the last 30 days and returns the newest first, at most limit', async () => {
    api.server.answer(() => ({
      body: [
        article(125_001, seconds(2024, 1, 29, 15), 'Apple Vision Pro reviews', 'AAPL'),
        article(125_003, seconds(2024, 1, 31, 9), 'Apple earnings preview', 'AAPL,MSFT'),
        article(125_002, seconds(2024, 1, 30, 11), 'Apple cuts prices in China', ''),
      ],
    }));
    const start = api.server.requests.length;
    const news = await finnhub().news('AAPL', 2);
    expect(requestLinesSince(api.server, start)).toEqual(['/api/v1/company-news?symbol=AAPL&from=2024-01-01&to=2024-01-31']);
    expect(news).toEqual([
      {
        id: '125003',
        symbols: ['AAPL', 'MSFT'],
        title: 'Apple earnings preview',
        summary: 'Apple earnings preview.',
        url: 'https://finnhub.io/api/news?id=125003',
        publisher: 'Yahoo',
        time: Date.UTC(2024, 0, 31, 9),
        source: 'finnhub',
        simulated: false,
      },
      expect.objectContaining({ id: '125002', symbols: ['AAPL'], time: Date.UTC(2024, 0, 30, 11) }),
    ]);
  });
});
