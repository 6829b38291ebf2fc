import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { financialPeriod, financialsPage, polygonError, type FiledPeriod } from './polygon-answers.test-support.js';
import { PolygonProvider } from './polygon-provider.js';

const KEY = 'pk_live_8f2e1c';
const api = useLocalApiServer();

function polygon(): PolygonProvider {
  return new PolygonProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000 });
}

/** Apple's 10-Q and 10-K quarters, newest first as Polygon sends them for `order=desc`. */
const Q2_2024: FiledPeriod = { fiscal_period: 'Q2', fiscal_year: '2024', start_date: '2023-12-31', end_date: '2024-03-30', filing_date: '2024-05-03', basicEps: 1.53, dilutedEps: 1.53, revenues: 90_753_000_000, netIncome: 23_636_000_000 };
const Q1_2024: FiledPeriod = { fiscal_period: 'Q1', fiscal_year: '2024', start_date: '2023-10-01', end_date: '2023-12-30', filing_date: '2024-02-02', basicEps: 2.19, dilutedEps: 2.18, revenues: 119_575_000_000, netIncome: 33_916_000_000 };
const Q4_2023: FiledPeriod = { fiscal_period: 'Q4', fiscal_year: '2023', start_date: '2023-07-02', end_date: '2023-09-30', filing_date: '2023-11-03', basicEps: 1.47, dilutedEps: 1.46, netIncome: 22_956_000_000 };
const Q3_2023: FiledPeriod = { fiscal_period: 'Q3', fiscal_year: '2023', start_date: '2023-04-02', end_date: '2023-07-01', filing_date: '2023-08-04', basicEps: 1.27, dilutedEps: 1.26, revenues: 81_797_000_000, netIncome: 19_881_000_000 };

function answerFinancials(periods: readonly FiledPeriod[]): void {
  api.server.answer(() => ({ body: financialsPage(periods.map(financialPeriod)) }));
}

describe('PolygonProvider.reportedQuarters', () => {
  it('asks for five years of quarterly financials and gives one report per quarter, oldest first, dated by its filing', async () => {
    answerFinancials([Q2_2024, Q1_2024, Q4_2023, Q3_2023]);
    const start = api.server.requests.length;
    const quarters = await polygon().reportedQuarters('AAPL');
    expect(requestLinesSince(api.server, start)).toEqual(['/vX/reference/financials?ticker=AAPL&timeframe=quarterly&order=desc&sort=period_of_report_date&limit=20']);
    expect(quarters).toEqual([
      { time: Date.UTC(2023, 7, 5, 0), epsActual: 1.26, epsEstimate: null, revenueActual: 81_797_000_000, periodEnd: '2023-07-01', fiscalPeriod: 'Q3', fiscalYear: '2023' },
      { time: Date.UTC(2023, 10, 4, 0), epsActual: 1.46, epsEstimate: null, periodEnd: '2023-09-30', fiscalPeriod: 'Q4', fiscalYear: '2023' },
      { time: Date.UTC(2024, 1, 3, 1), epsActual: 2.18, epsEstimate: null, revenueActual: 119_575_000_000, periodEnd: '2023-12-30', fiscalPeriod: 'Q1', fiscalYear: '2024' },
      { time: Date.UTC(2024, 4, 4, 0), epsActual: 1.53, epsEstimate: null, revenueActual: 90_753_000_000, periodEnd: '2024-03-30', fiscalPeriod: 'Q2', fiscalYear: '2024' },
    ]);
  });

  it('keeps the first filing of an amended quarter and leaves out quarters without EPS or filing date', async () => {
    const amended: FiledPeriod = { ...Q3_2023, filing_date: '2023-09-15', basicEps: 1.26, dilutedEps: 1.25 };
    const withoutEps: FiledPeriod = { fiscal_period: 'Q2', fiscal_year: '2023', start_date: '2023-01-01', end_date: '2023-04-01', filing_date: '2023-05-05', revenues: 94_836_000_000, netIncome: 24_160_000_000 };
    const { filing_date: _unfiled, ...undated } = Q1_2024;
    answerFinancials([undated, amended, Q3_2023, withoutEps]);
    expect(await polygon().reportedQuarters('AAPL')).toEqual([
      { time: Date.UTC(2023, 7, 5, 0), epsActual: 1.26, epsEstimate: null, revenueActual: 81_797_000_000, periodEnd: '2023-07-01', fiscalPeriod: 'Q3', fiscalYear: '2023' },
    ]);
  });

  it('reports an answer without financials (Polygon’s answer to an unknown ticker) as not-found', async () => {
    answerFinancials([]);
    await expect(polygon().reportedQuarters('ZZZZQ')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'polygon: earnings of ZZZZQ: Polygon has no quarterly financials of ZZZZQ; is the ticker right?',
    });
  });

  it('reports 429 as rate-limited with the Retry-After wait', async () => {
    api.server.answer(() => ({ status: 429, headers: { 'retry-after': '12' }, body: polygonError("You've exceeded the maximum requests per minute, please wait or upgrade your subscription to continue.") }));
    await expect(polygon().reportedQuarters('AAPL')).rejects.toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 12_000 });
  });

  it('names the field when a period is not the documented shape', async () => {
    answerFinancials([{ ...Q2_2024, filing_date: 'May 3, 2024' }]);
    await expect(polygon().reportedQuarters('AAPL')).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: earnings of AAPL: unexpected answer: results[0].filing_date is "May 3, 2024", expected a YYYY-MM-DD date',
    });
    api.server.answer(() => ({ body: financialsPage([{ ...financialPeriod(Q2_2024), end_date: undefined }]) }));
    await expect(polygon().reportedQuarters('AAPL')).rejects.toMatchObject({
      kind: 'bad-response',
      message: 'polygon: earnings of AAPL: unexpected answer: results[0].end_date is missing, expected a non-empty string',
    });
    api.server.answer(() => ({ body: { status: 'OK', request_id: 'e2', results: {} } }));
    await expect(polygon().reportedQuarters('AAPL')).rejects.toMatchObject({ kind: 'bad-response', message: 'polygon: earnings of AAPL: unexpected answer: results is {}, expected an array' });
  });
});
