import type { Fundamentals } from '../../fundamentals.js';
import { SummaryReader } from './summary-values.js';

/** The quoteSummary modules {@link fundamentalsFromYahoo} reads. */
export const FUNDAMENTALS_MODULES = ['price', 'summaryProfile', 'summaryDetail', 'defaultKeyStatistics'] as const;

/**
 * Company facts from a raw quoteSummary answer: name and market cap from `price`, sector and industry
 * from `summaryProfile`, valuation from `summaryDetail` (dividend yield there is already a fraction),
 * trailing EPS from `defaultKeyStatistics`. Modules Yahoo has no data for (an ETF's profile, a
 * currency's statistics) leave their fields null.
 */
export function fundamentalsFromYahoo(provider: string, symbol: string, summary: unknown): Fundamentals {
  const read = new SummaryReader(provider, `fundamentals of ${symbol}`);
  const price = read.object(summary, 'price');
  const profile = read.object(summary, 'summaryProfile');
  const detail = read.object(summary, 'summaryDetail');
  const statistics = read.object(summary, 'defaultKeyStatistics');
  return {
    symbol,
    name: read.string(price, 'longName') ?? read.string(price, 'shortName'),
    sector: read.string(profile, 'sector'),
    industry: read.string(profile, 'industry'),
    marketCap: read.number(price, 'marketCap') ?? read.number(detail, 'marketCap'),
    peRatio: read.number(detail, 'trailingPE'),
    eps: read.number(statistics, 'trailingEps'),
    dividendYield: read.number(detail, 'dividendYield'),
    beta: read.number(detail, 'beta') ?? read.number(statistics, 'beta'),
    fiftyTwoWeekHigh: read.number(detail, 'fiftyTwoWeekHigh'),
    fiftyTwoWeekLow: read.number(detail, 'fiftyTwoWeekLow'),
    source: provider,
  };
}
