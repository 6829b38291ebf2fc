import type { Fundamentals } from '../../fundamentals.js';
import type { PolygonFinancialPeriod } from './polygon-financials.js';
import type { PolygonTickerDetails } from './polygon-ticker-details.js';

/**
 * Polygon's last close: its market cap is documented as that close times the weighted shares
 * outstanding, so their quotient gives the close without spending a third call of a 5-per-minute
 * budget on `/prev`.
 */
function lastClose(details: PolygonTickerDetails): number | null {
  const { marketCap, weightedSharesOutstanding: shares } = details;
  return marketCap !== null && marketCap > 0 && shares !== null && shares > 0 ? marketCap / shares : null;
}

/** Price over trailing EPS; null for a loss (a negative P/E ranks nothing) or when EPS is in another currency than the price (a foreign filer). */
function priceEarnings(details: PolygonTickerDetails, trailing: PolygonFinancialPeriod | undefined): number | null {
  const price = lastClose(details);
  const eps = trailing?.earningsPerShare ?? null;
  if (price === null || eps === null || eps <= 0) return null;
  if (details.currency === null || trailing?.earningsPerShareCurrency !== details.currency) return null;
  return price / eps;
}

/**
 * Fundamentals from the ticker details (name, industry, market cap) and the latest trailing-twelve-
 * months financials (EPS, and P/E against the last close). Polygon classifies by SIC industry only,
 * so `sector` is null; dividend yield, beta and the 52-week range are not on these endpoints and
 * stay null rather than being estimated.
 */
export function polygonFundamentals(symbol: string, details: PolygonTickerDetails, trailing: PolygonFinancialPeriod | undefined): Fundamentals {
  return {
    symbol,
    name: details.name,
    sector: null,
    industry: details.sicDescription,
    marketCap: details.marketCap,
    peRatio: priceEarnings(details, trailing),
    eps: trailing?.earningsPerShare ?? null,
    dividendYield: null,
    beta: null,
    fiftyTwoWeekHigh: null,
    fiftyTwoWeekLow: null,
    source: 'polygon',
  };
}
