import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { invalidCall } from './alpha-vantage-answers.test-support.js';
import { AlphaVantageProvider } from './alpha-vantage-provider.js';

const KEY = 'AVKEY7Q2Z9';
const api = useLocalApiServer();

function alphaVantage(now = Date.UTC(2024, 0, 8)): AlphaVantageProvider {
  return new AlphaVantageProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000, now: () => now });
}

describe('AlphaVantageProvider.news', () => {
  const item = (title: string, published: string): Record<string, unknown> => ({
    title,
    url: `https://www.benzinga.com/news/${published}`,
    time_published: published,
    authors: ['Chris Katje'],
    summary: `${title}.`,
    banner_image: null,
    source: 'Benzinga',
    category_within_source: 'News',
    source_domain: 'www.benzinga.com',
    topics: [{ topic: 'Earnings', relevance_score: '0.5' }],
    overall_sentiment_score: 0.12,
    overall_sentiment_label: 'Neutral',
    ticker_sentiment: [
      { ticker: 'AAPL', relevance_score: '0.31', ticker_sentiment_score: '0.25', ticker_sentiment_label: 'Somewhat-Bullish' },
      { ticker: 'AMZN', relevance_score: '0.10', ticker_sentiment_score: '0.05', ticker_sentiment_label: 'Neutral' },
    ],
  });

  it('asks NEWS_SENTIMENT for the ticker and returns articles newest first with a URL hash as id', async () => {
    api.server.answer(() => ({
      body: {
        items: '2',
        sentiment_score_definition: 'x <= -0.35: Bearish',
        relevance_score_definition: '0 < x <= 1',
        feed: [item('Winners and losers of 2023', '20240102T170245'), item('Apple slips', '20240103T093000')],
      },
    }));
    const start = api.server.requests.length;
    const news = await alphaVantage().news('AAPL', 10);
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=NEWS_SENTIMENT&tickers=AAPL&sort=LATEST&limit=10`]);
    expect(news).toEqual([
      {
        id: createHash('sha1').update('https://www.benzinga.com/news/20240103T093000').digest('hex'),
        symbols: ['AAPL', 'AMZN'],
        title: 'Apple slips',
        summary: 'Apple slips.',
        url: 'https://www.benzinga.com/news/20240103T093000',
        publisher: 'Benzinga',
        time: Date.UTC(2024, 0, 3, 9, 30),
        source: 'alphavantage',
        simulated: false,
      },
      expect.objectContaining({ title: 'Winners and losers of 2023', time: Date.UTC(2024, 0, 2, 17, 2, 45) }),
    ]);
  });

  it('names a publication time that is not YYYYMMDDTHHMMSS', async () => {
    api.server.answer(() => ({ body: { items: '1', feed: [item('Apple slips', '2024-01-03 09:30')] } }));
    await expect(alphaVantage().news('AAPL', 10)).rejects.toThrow('feed[0].time_published is "2024-01-03 09:30", expected YYYYMMDDTHHMMSS');
  });
});

describe('AlphaVantageProvider.fundamentals', () => {
  it('reads OVERVIEW, turning None into null and keeping the dividend yield as a fraction', async () => {
    api.server.answer(() => ({
      body: {
        Symbol: 'IBM',
        AssetType: 'Common Stock',
        Name: 'International Business Machines',
        Exchange: 'NYSE',
        Currency: 'USD',
        Sector: 'TECHNOLOGY',
        Industry: 'COMPUTER & OFFICE EQUIPMENT',
        MarketCapitalization: '147093553000',
        PERatio: '22.32',
        EPS: '7.21',
        DividendYield: '0.0413',
        Beta: 'None',
        '52WeekHigh': '166.34',
        '52WeekLow': '115.55',
      },
    }));
    const start = api.server.requests.length;
    const fundamentals = await alphaVantage().fundamentals('IBM');
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=OVERVIEW&symbol=IBM`]);
    expect(fundamentals).toEqual({
      symbol: 'IBM',
      name: 'International Business Machines',
      sector: 'TECHNOLOGY',
      industry: 'COMPUTER & OFFICE EQUIPMENT',
      marketCap: 147_093_553_000,
      peRatio: 22.32,
      eps: 7.21,
      dividendYield: 0.0413,
      beta: null,
      fiftyTwoWeekHigh: 166.34,
      fiftyTwoWeekLow: 115.55,
      source: 'alphavantage',
    });
  });

  it('reports the empty overview of an unknown symbol as not-found', async () => {
    api.server.answer(() => ({ body: {} }));
    await expect(alphaVantage().fundamentals('ZZZZQ')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('AlphaVantageProvider.earnings', () => {
  it('dates each quarter when it became public and leaves out quarters without an estimate', async () => {
    api.server.answer(() => ({
      body: {
        symbol: 'IBM',
        annualEarnings: [{ fiscalDateEnding: '2023-12-31', reportedEPS: '9.62' }],
        quarterlyEarnings: [
          { fiscalDateEnding: '2023-12-31', reportedDate: '2024-01-24', reportedEPS: '3.87', estimatedEPS: '3.78', surprise: '0.09', surprisePercentage: '2.381', reportTime: 'post-market' },
          { fiscalDateEnding: '2023-09-30', reportedDate: '2023-10-25', reportedEPS: '2.2', estimatedEPS: '2.13', surprise: '0.07', surprisePercentage: '3.2864', reportTime: 'pre-market' },
          { fiscalDateEnding: '1996-03-31', reportedDate: '1996-04-16', reportedEPS: '0.61', estimatedEPS: 'None', surprise: '0', surprisePercentage: 'None' },
        ],
      },
    }));
    const start = api.server.requests.length;
    const reports = await alphaVantage().earnings('IBM');
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=EARNINGS&symbol=IBM`]);
    expect(reports).toEqual([
      { time: Date.UTC(2023, 9, 25, 13, 30), epsActual: 2.2, epsEstimate: 2.13 },
      { time: Date.UTC(2024, 0, 25, 1), epsActual: 3.87, epsEstimate: 3.78 },
    ]);
  });

  it('reports the Error Message Alpha Vantage gives an unknown symbol as not-found', async () => {
    api.server.answer(() => ({ body: invalidCall('EARNINGS') }));
    await expect(alphaVantage().earnings('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringMatching(/^alphavantage: earnings of ZZZZQ: Alpha Vantage answered "Invalid API call\..*for EARNINGS\.", its answer to an unknown symbol: does ZZZZQ exist on Alpha Vantage\?$/),
    });
  });
});
