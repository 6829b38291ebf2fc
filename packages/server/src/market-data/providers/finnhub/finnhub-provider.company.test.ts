import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { FinnhubProvider } from './finnhub-provider.js';

const KEY = 'cn1fh2r01qvjam8token';
const NOW = Date.UTC(2024, 0, 31, 12);
const api = useLocalApiServer();

function finnhub(): FinnhubProvider {
  return new FinnhubProvider({ apiKey: KEY, baseUrl: `${api.server.baseUrl}/api/v1`, timeoutMs: 2_000, now: () => NOW });
}

describe('FinnhubProvider.fundamentals', () => {
  it('combines /stock/profile2 and /stock/metric, scaling market cap from millions and the yield from percent', async () => {
    api.server.answer((request) =>
      request.path.endsWith('/profile2')
        ? {
            body: {
              country: 'US',
              currency: 'USD',
              exchange: 'NASDAQ NMS - GLOBAL MARKET',
              finnhubIndustry: 'Technology',
              ipo: '1980-12-12',
              marketCapitalization: 2_848_233.5,
              name: 'Apple Inc',
              shareOutstanding: 15_441.88,
              ticker: 'AAPL',
              weburl: 'https://www.apple.com/',
            },
          }
        : {
            body: {
              metric: { '52WeekHigh': 199.62, '52WeekLow': 143.9, beta: 1.29, peTTM: 28.61, epsTTM: 6.43, dividendYieldIndicatedAnnual: 0.5206 },
              metricType: 'all',
              series: {},
              symbol: 'AAPL',
            },
          },
    );
    const start = api.server.requests.length;
    const fundamentals = await finnhub().fundamentals('AAPL');
    expect(requestLinesSince(api.server, start).sort()).toEqual(['/api/v1/stock/metric?symbol=AAPL&metric=all', '/api/v1/stock/profile2?symbol=AAPL']);
    expect(fundamentals).toEqual({
      symbol: 'AAPL',
      name: 'Apple Inc',
      sector: null,
      industry: 'Technology',
      marketCap: 2_848_233.5 * 1_000_000,
      peRatio: 28.61,
      eps: 6.43,
      dividendYield: 0.005206,
      beta: 1.29,
      fiftyTwoWeekHigh: 199.62,
      fiftyTwoWeekLow: 143.9,
      source: 'finnhub',
    });
  });

  it('reports the empty profile of an unknown symbol as not-found', async () => {
    api.server.answer((request) => ({ body: request.path.endsWith('/profile2') ? {} : { metric: {}, metricType: 'all', series: {}, symbol: 'ZZZZQ' } }));
    await expect(finnhub().fundamentals('ZZZZQ')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('FinnhubProvider.earnings', () => {
  it('asks the earnings calendar and dates each report by its announcement, leaving out upcoming ones', async () => {
    api.server.answer(() => ({
      body: {
        earningsCalendar: [
          { date: '2024-02-01', epsActual: null, epsEstimate: 2.1, hour: 'amc', quarter: 1, revenueActual: null, revenueEstimate: 117_910_000_000, symbol: 'AAPL', year: 2024 },
          { date: '2023-11-02', epsActual: 1.46, epsEstimate: 1.39, hour: 'amc', quarter: 4, revenueActual: 89_498_000_000, revenueEstimate: 89_280_000_000, symbol: 'AAPL', year: 2023 },
          { date: '2023-08-03', epsActual: 1.26, epsEstimate: 1.19, hour: 'bmo', quarter: 3, revenueActual: null, revenueEstimate: null, symbol: 'AAPL', year: 2023 },
        ],
      },
    }));
    const start = api.server.requests.length;
    const reports = await finnhub().earnings('AAPL');
    expect(requestLinesSince(api.server, start)).toEqual(['/api/v1/calendar/earnings?symbol=AAPL&from=2019-02-01&to=2024-01-31']);
    expect(reports).toEqual([
      { time: Date.UTC(2023, 7, 3, 13, 30), epsActual: 1.26, epsEstimate: 1.19 },
      { time: Date.UTC(2023, 10, 3, 0), epsActual: 1.46, epsEstimate: 1.39, revenueActual: 89_498_000_000, revenueEstimate: 89_280_000_000 },
    ]);
  });
});

describe('FinnhubProvider.analystRatings', () => {
  it('maps upgrade-downgrade rows oldest first with the new grade on the 1..5 scale', async () => {
    api.server.answer(() => ({
      body: [
        { symbol: 'AAPL', gradeTime: 1_706_620_800, fromGrade: 'Neutral', toGrade: 'Overweight', company: 'Morgan Stanley', action: 'up' },
        { symbol: 'AAPL', gradeTime: 1_704_153_600, fromGrade: 'Buy', toGrade: 'Hold', company: 'Barclays', action: 'down' },
        { symbol: 'AAPL', gradeTime: 1_705_017_600, fromGrade: '', toGrade: 'Sector Perform', company: 'RBC Capital', action: 'init' },
        { symbol: 'AAPL', gradeTime: 1_705_536_000, fromGrade: 'Buy', toGrade: 'Buy', company: 'Citigroup', action: 'main' },
      ],
    }));
    const start = api.server.requests.length;
    const changes = await finnhub().analystRatings('AAPL');
    expect(requestLinesSince(api.server, start)).toEqual(['/api/v1/stock/upgrade-downgrade?symbol=AAPL']);
    expect(changes).toEqual([
      { time: 1_704_153_600_000, firm: 'Barclays', action: 'downgrade', rating: 3 },
      { time: 1_705_017_600_000, firm: 'RBC Capital', action: 'initiate', rating: 3 },
      { time: 1_705_536_000_000, firm: 'Citigroup', action: 'reiterate', rating: 4 },
      { time: 1_706_620_800_000, firm: 'Morgan Stanley', action: 'upgrade', rating: 4 },
    ]);
  });

  it('names an action it does not know', async () => {
    api.server.answer(() => ({ body: [{ symbol: 'AAPL', gradeTime: 1_706_620_800, toGrade: 'Buy', company: 'X', action: 'sideways' }] }));
    await expect(finnhub().analystRatings('AAPL')).rejects.toThrow('[0].action is "sideways", expected one of up, down, init, reit, main');
  });
});
