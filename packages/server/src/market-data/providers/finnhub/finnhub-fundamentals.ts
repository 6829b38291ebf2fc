import type { Fundamentals } from '../../fundamentals.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import type { JsonObject, ResponseReader } from '../http/response-reader.js';

/** Finnhub states market capitalisation in millions. */
const MILLION = 1_000_000;

function firstNumber(reader: ResponseReader, metric: JsonObject, keys: readonly string[]): number | null {
  for (const key of keys) {
    const value = reader.optionalNumber(metric, key, 'metric');
    if (value !== null) return value;
  }
  return null;
}

/**
 * Fundamentals from `/stock/profile2` (name, industry, market cap) and `/stock/metric?metric=all`
 * (P/E, EPS, dividend yield, beta, 52-week range). Finnhub's one classification, `finnhubIndustry`,
 * is an industry group, so `sector` is null. An empty profile means an unknown symbol: not-found.
 */
export function readFinnhubFundamentals(client: JsonHttpClient, symbol: string, profileBody: unknown, metricBody: unknown): Fundamentals {
  const what = `fundamentals of ${symbol}`;
  const reader = client.reader(what);
  const profile = reader.object(profileBody, '');
  if (Object.keys(profile).length === 0) throw client.error('not-found', what, `Finnhub has no profile of ${symbol}; is the symbol right?`);
  const metric = reader.objectField(reader.object(metricBody, ''), 'metric', '');
  const capMillions = reader.optionalNumber(profile, 'marketCapitalization', '') ?? reader.optionalNumber(metric, 'marketCapitalization', 'metric');
  const yieldPercent = reader.optionalNumber(metric, 'dividendYieldIndicatedAnnual', 'metric');
  return {
    symbol,
    name: reader.optionalString(profile, 'name', ''),
    sector: null,
    industry: reader.optionalString(profile, 'finnhubIndustry', ''),
    marketCap: capMillions === null ? null : capMillions * MILLION,
    peRatio: firstNumber(reader, metric, ['peTTM', 'peBasicExclExtraTTM']),
    eps: firstNumber(reader, metric, ['epsTTM', 'epsBasicExclExtraItemsTTM']),
    dividendYield: yieldPercent === null ? null : yieldPercent / 100,
    beta: reader.optionalNumber(metric, 'beta', 'metric'),
    fiftyTwoWeekHigh: reader.optionalNumber(metric, '52WeekHigh', 'metric'),
    fiftyTwoWeekLow: reader.optionalNumber(metric, '52WeekLow', 'metric'),
    source: 'finnhub',
  };
}
