import { describe, expect, it } from 'vitest';
import type { LocalAnswer, ReceivedRequest } from '../../test-support/local-api-server.test-support.js';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { APPLE_DETAILS, financialPeriod, financialsPage, polygonError, SPY_DETAILS, tickerDetails, type FiledPeriod } from './polygon-answers.test-support.js';
import { PolygonProvider } from './polygon-provider.js';

const KEY = 'pk_live_8f2e1c';
const api = useLocalApiServer();

function polygon(): PolygonProvider {
  return new PolygonProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000 });
}

/** Apple's trailing twelve months to the quarter ended 2023-12-30. */
const APPLE_TTM: FiledPeriod = {
  fiscal_period: 'TTM',
  fiscal_year: '',
  start_date: '2023-01-01',
  end_date: '2023-12-30',
  basicEps: 6.46,
  dilutedEps: 6.43,
  revenues: 385_706_000_000,
  netIncome: 100_913_000_000,
};

/** Answers ticker details and financials like Polygon, each from its own endpoint. */
function answerCompany(details: Record<string, unknown>, periods: readonly FiledPeriod[]): void {
  api.server.answer((request: ReceivedRequest): LocalAnswer => {
    if (request.path.startsWith('/v3/reference/tickers/')) return { body: tickerDetails(details) };
    if (request.path === '/vX/reference/financials') return { body: financialsPage(periods.map(financialPeriod)) };
    return { status: 404, body: { status: 'NOT_FOUND', request_id: 'x', message: 'Route not found.' } };
  });
}

describe('PolygonProvider.fundamentals', () => {
  it('combines the ticker details with the trailing-twelve-months financials, P/E against the close in the market cap', async () => {
    answerCompany(APPLE_DETAILS, [APPLE_TTM]);
    const start = api.server.requests.length;
    const fundamentals = await polygon().fundamentals('AAPL');
    expect(requestLinesSince(api.server, start)).toEqual([
      '/v3/reference/tickers/AAPL',
      '/vX/reference/financials?ticker=AAPL&timeframe=ttm&order=desc&sort=period_of_report_date&limit=1',
    ]);
    expect(fundamentals).toEqual({
      symbol: 'AAPL',
      name: 'Apple Inc.',
      sector: null,
      industry: 'ELECTRONIC COMPUTERS',
      marketCap: 2_771_126_040_150,
      peRatio: expect.closeTo(169.65 / 6.43, 10) as unknown,
      eps: 6.43,
      dividendYield: null,
      beta: null,
      fiftyTwoWeekHigh: null,
      fiftyTwoWeekLow: null,
      source: 'polygon',
    });
  });

  it('takes basic EPS when the filing states no diluted figure', async () => {
    answerCompany(APPLE_DETAILS, [{ ...APPLE_TTM, dilutedEps: undefined }]);
    const fundamentals = await polygon().fundamentals('AAPL');
    expect(fundamentals.eps).toBe(6.46);
    expect(fundamentals.peRatio).toBeCloseTo(26.2616, 4);
  });

  it('gives no P/E for a loss, or for EPS in another currency than the price', async () => {
    answerCompany(APPLE_DETAILS, [{ ...APPLE_TTM, basicEps: -0.42, dilutedEps: -0.42 }]);
    expect(await polygon().fundamentals('AAPL')).toMatchObject({ eps: -0.42, peRatio: null, marketCap: 2_771_126_040_150 });
    answerCompany(APPLE_DETAILS, [{ ...APPLE_TTM, epsUnit: 'EUR / shares' }]);
    expect(await polygon().fundamentals('AAPL')).toMatchObject({ eps: 6.43, peRatio: null });
  });

  it('leaves EPS and P/E null when Polygon has no financials of a company', async () => {
    answerCompany(APPLE_DETAILS, []);
    expect(await polygon().fundamentals('AAPL')).toMatchObject({ name: 'Apple Inc.', marketCap: 2_771_126_040_150, eps: null, peRatio: null });
  });

  it('does not ask for the financials of a fund, which files none', async () => {
    answerCompany(SPY_DETAILS, [APPLE_TTM]);
    const start = api.server.requests.length;
    const fundamentals = await polygon().fundamentals('SPY');
    expect(requestLinesSince(api.server, start)).toEqual(['/v3/reference/tickers/SPY']);
    expect(fundamentals).toEqual({
      symbol: 'SPY',
      name: 'SPDR S&P 500 ETF Trust',
      sector: null,
      industry: null,
      marketCap: null,
      peRatio: null,
      eps: null,
      dividendYield: null,
      beta: null,
      fiftyTwoWeekHigh: null,
      fiftyTwoWeekLow: null,
      source: 'polygon',
    });
  });

  it('reports Polygon’s 404 for an unknown ticker as not-found without asking for financials', async () => {
    api.server.answer(() => ({ status: 404, body: { status: 'NOT_FOUND', request_id: 'b5c1f3', message: 'Ticker not found.' } }));
    const start = api.server.requests.length;
    await expect(polygon().fundamentals('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
      message: expect.stringMatching(/^polygon: fundamentals of ZZZZQ: HTTP 404 Not Found from GET .*\/v3\/reference\/tickers\/ZZZZQ: Ticker not found\.$/) as unknown,
    });
    expect(requestLinesSince(api.server, start)).toEqual(['/v3/reference/tickers/ZZZZQ']);
  });

  it('reports details without results as not-found', async () => {
    api.server.answer(() => ({ body: { status: 'OK', request_id: 'c7d2e4' } }));
    await expect(polygon().fundamentals('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'polygon: fundamentals of ZZZZQ: Polygon has no details of ZZZZQ; is the ticker right?',
    });
  });

  it('reports 429 on the financials as rate-limited with the Retry-After wait', async () => {
    api.server.answer((request) =>
      request.path === '/vX/reference/financials'
        ? {
            status: 429,
            headers: { 'retry-after': '30' },
            body: polygonError("You've exceeded the maximum requests per minute, please wait or upgrade your subscription to continue."),
          }
        : { body: tickerDetails(APPLE_DETAILS) },
    );
    const error: unknown = await polygon().fundamentals('AAPL').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 30_000, retryable: true });
    expect(String(error)).toMatch(/^ProviderError: polygon: fundamentals of AAPL: HTTP 429 Too Many Requests from GET .*\/vX\/reference\/financials\?.*: You've exceeded/);
    expect(String(error)).not.toContain(KEY);
  });

  it('names the field when the details or the financials are not the documented shape', async () => {
    answerCompany({ ...APPLE_DETAILS, market_cap: '2.77T' }, [APPLE_TTM]);
    await expect(polygon().fundamentals('AAPL')).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: fundamentals of AAPL: unexpected answer: results.market_cap is "2.77T", expected a finite number or nothing',
    });
    api.server.answer((request) =>
      request.path === '/vX/reference/financials'
        ? { body: financialsPage([{ ...financialPeriod(APPLE_TTM), financials: { income_statement: { diluted_earnings_per_share: { label: 'Diluted Earnings Per Share', value: '6.43', unit: 'USD / shares', order: 4300 } } } }]) }
        : { body: tickerDetails(APPLE_DETAILS) },
    );
    await expect(polygon().fundamentals('AAPL')).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: fundamentals of AAPL: unexpected answer: results[0].financials.income_statement.diluted_earnings_per_share.value is "6.43", expected a finite number',
    });
    api.server.answer(() => ({ body: { status: 'OK', request_id: 'd1', results: ['AAPL'] } }));
    await expect(polygon().fundamentals('AAPL')).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: fundamentals of AAPL: unexpected answer: results is ["AAPL"], expected an object',
    });
  });

  it('reports a truncated JSON body as bad-response', async () => {
    api.server.answer(() => ({ body: '{"results":{"ticker":"AAPL","name":"Apple' }));
    await expect(polygon().fundamentals('AAPL')).rejects.toMatchObject({
      kind: 'bad-response',
      message: expect.stringMatching(/with a body that is not JSON: "\{"results":\{"ticker":"AAPL","name":"Apple"$/) as unknown,
    });
  });
});
