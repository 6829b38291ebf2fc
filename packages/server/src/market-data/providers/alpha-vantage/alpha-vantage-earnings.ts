import type { EarningsReport } from '@goldensignals/engine';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { earningsPublicTime, type AnnouncementTiming } from '../http/new-york-time.js';
import { alphaVantageBody } from './alpha-vantage-body.js';

const TIMING: Readonly<Record<string, AnnouncementTiming>> = { 'pre-market': 'before-open', 'post-market': 'after-close' };

/**
 * The quarterly reports of an EARNINGS answer, oldest first, each dated when it became public
 * (`reportedDate` and `reportTime`, see `earningsPublicTime`). Quarters without a reported or an
 * estimated EPS (`None`) are not reports against consensus and are left out. An empty answer means
 * an unknown symbol: not-found.
 */
export function readAlphaVantageEarnings(client: JsonHttpClient, symbol: string, body: unknown): EarningsReport[] {
  const what = `earnings of ${symbol}`;
  const reader = client.reader(what);
  const root = alphaVantageBody(client, what, body, symbol);
  if (Object.keys(root).length === 0) throw client.error('not-found', what, `Alpha Vantage has no earnings of ${symbol}; is the symbol right?`);
  const reports: EarningsReport[] = [];
  reader.arrayField(root, 'quarterlyEarnings', '').forEach((value, i) => {
    const at = `quarterlyEarnings[${i}]`;
    const row = reader.object(value, at);
    const epsActual = reader.optionalDecimal(row, 'reportedEPS', at);
    const epsEstimate = reader.optionalDecimal(row, 'estimatedEPS', at);
    if (epsActual === null || epsEstimate === null) return;
    const reported = reader.string(row, 'reportedDate', at);
    const timing = TIMING[reader.optionalString(row, 'reportTime', at) ?? ''] ?? 'unknown';
    const time = earningsPublicTime(reported, timing);
    if (time === undefined) throw reader.problem(`${at}.reportedDate`, `is "${reported}", expected a YYYY-MM-DD date`);
    reports.push({ time, epsActual, epsEstimate });
  });
  return reports.sort((a, b) => a.time - b.time);
}
