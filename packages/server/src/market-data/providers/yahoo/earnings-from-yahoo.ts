import type { EarningsReport } from '@goldensignals/engine';
import { SummaryReader } from './summary-values.js';

/** The quoteSummary modules {@link earningsFromYahoo} reads. */
export const EARNINGS_MODULES = ['earnings'] as const;

/** Reports and the quarters left out of them. */
export interface YahooEarnings {
  /** Oldest first. */
  readonly reports: EarningsReport[];
  /** Quarters (e.g. `1Q2024`) Yahoo lists without an announcement date, which were left out. */
  readonly undated: string[];
}

/**
 * Past quarters from the `earnings` module's `earningsChart.quarterly`: EPS actual and estimate,
 * revenue from `financialsChart.quarterly` of the same quarter (Yahoo has no past revenue estimate),
 * and `time` = the announcement (`reportedDate`). Agents read a report from its announcement on, so
 * a quarter without one is left out (older Yahoo answers lack it) rather than dated by its period
 * end, which would show the figures weeks before they were public.
 */
export function earningsFromYahoo(provider: string, symbol: string, summary: unknown): YahooEarnings {
  const read = new SummaryReader(provider, `earnings of ${symbol}`);
  const earnings = read.object(summary, 'earnings');
  const quarters = read.array(read.object(earnings, 'earningsChart'), 'quarterly');
  const revenues = new Map<string, number>();
  for (const quarter of read.array(read.object(earnings, 'financialsChart'), 'quarterly')) {
    const date = read.string(quarter, 'date');
    const revenue = read.number(quarter, 'revenue');
    if (date !== null && revenue !== null) revenues.set(date, revenue);
  }
  const reports: EarningsReport[] = [];
  const undated: string[] = [];
  for (const quarter of quarters) {
    const label = read.string(quarter, 'date') ?? '?';
    const epsActual = read.number(quarter, 'actual');
    const epsEstimate = read.number(quarter, 'estimate');
    // The quarter in progress has an estimate but no actual yet: it is not a report.
    if (epsActual === null || epsEstimate === null) continue;
    const time = read.time(quarter, 'reportedDate');
    if (time === null) {
      undated.push(label);
      continue;
    }
    const revenueActual = revenues.get(label);
    reports.push(revenueActual === undefined ? { time, epsActual, epsEstimate } : { time, epsActual, epsEstimate, revenueActual });
  }
  return { reports: reports.sort((a, b) => a.time - b.time), undated };
}
