import type { JsonHttpClient } from '../http/json-http-client.js';
import { earningsPublicTime } from '../http/new-york-time.js';
import type { PolygonFinancialPeriod } from './polygon-financials.js';

/**
 * A fiscal quarter's reported figures, shaped like the engine's `EarningsReport` except that there
 * is no consensus: Polygon's financials come from SEC filings, which hold no analyst estimates, so
 * `epsEstimate` (and with it any surprise) is null. The EPS is the filed GAAP figure, not the
 * adjusted "street" EPS estimates are made against.
 */
export interface PolygonReportedQuarter {
  /** When the quarter was surely public: 20:00 New York time on its filing day. */
  readonly time: number;
  readonly epsActual: number;
  readonly epsEstimate: null;
  readonly revenueActual?: number;
  /** Last day of the fiscal quarter, `YYYY-MM-DD`. */
  readonly periodEnd: string;
  /** `Q1`..`Q4`. */
  readonly fiscalPeriod: string;
  readonly fiscalYear: string | null;
}

/**
 * One report per fiscal quarter of a `timeframe=quarterly` answer, oldest first. A quarter is dated
 * by its filing, not its period end (weeks earlier, before anyone knew the figures); the press
 * release often comes a day or so before the filing, so the date errs late, never early. When a
 * quarter was filed twice (an amendment), the first filing is kept: that is when it became public.
 * Quarters without EPS or without a filing date are no reports and are left out. No periods at all
 * means Polygon has no filings of the ticker: not-found.
 */
export function polygonReportedQuarters(client: JsonHttpClient, symbol: string, what: string, periods: readonly PolygonFinancialPeriod[]): PolygonReportedQuarter[] {
  if (periods.length === 0) throw client.error('not-found', what, `Polygon has no quarterly financials of ${symbol}; is the ticker right?`);
  const byPeriodEnd = new Map<string, PolygonReportedQuarter>();
  for (const period of periods) {
    if (period.earningsPerShare === null || period.filingDate === null) continue;
    const time = earningsPublicTime(period.filingDate, 'unknown');
    if (time === undefined) continue;
    const kept = byPeriodEnd.get(period.endDate);
    if (kept !== undefined && kept.time <= time) continue;
    byPeriodEnd.set(period.endDate, {
      time,
      epsActual: period.earningsPerShare,
      epsEstimate: null,
      ...(period.revenues === null ? {} : { revenueActual: period.revenues }),
      periodEnd: period.endDate,
      fiscalPeriod: period.fiscalPeriod,
      fiscalYear: period.fiscalYear,
    });
  }
  return [...byPeriodEnd.values()].sort((a, b) => a.time - b.time);
}
