import type { Portfolio, Position } from '../storage/repositories/portfolio-repository.js';
import { notionalOf } from './apply-fill.js';
import { Decimal } from './decimal.js';
import { MONEY_PLACES } from './paper-costs.js';
import { portfolioSummaryView, type PortfolioSummaryView } from './portfolio-views.js';
import type { PriceQuote, QuoteSource } from './price-quote.js';
import { quoteFailure } from './quote-failure.js';

/** A position valued at its current quote; the market figures are `null` when no quote could be had (`priceError` says why). */
export interface PositionValuation {
  readonly symbol: string;
  readonly quantity: string;
  /** Cost per unit, buy commissions included. */
  readonly averagePrice: string;
  /** quantity × averagePrice. */
  readonly costBasis: string;
  /** Realised by partial sales of this position. */
  readonly realizedPnl: string;
  readonly lastPrice: string | null;
  readonly priceTime: string | null;
  readonly marketValue: string | null;
  readonly unrealizedPnl: string | null;
  /** unrealizedPnl / costBasis × 100. */
  readonly unrealizedPnlPercent: number | null;
  readonly simulated: boolean;
  readonly stale: boolean;
  readonly priceError?: string;
}

/** A portfolio with its positions valued at current quotes. Equity and unrealised P&L are `null` while any position is unpriced. */
export interface PortfolioValuation extends PortfolioSummaryView {
  readonly positions: readonly PositionValuation[];
  readonly marketValue: string | null;
  readonly equity: string | null;
  /** P&L of every sale so far (proceeds less commission less average cost), closed positions included. */
  readonly realizedPnl: string;
  readonly unrealizedPnl: string | null;
  /** (equity / initialCash − 1) × 100. */
  readonly returnPercent: number | null;
  /** True when any price came from the market simulator. */
  readonly simulated: boolean;
  /** True when any price is an older cached one (providers failing). */
  readonly stale: boolean;
}

function percent(part: Decimal, whole: Decimal): number | null {
  return whole.isZero() ? null : part.times(Decimal.of(100)).dividedBy(whole, 6).toNumber();
}

function valuePosition(row: Position, answer: PromiseSettledResult<PriceQuote>): { view: PositionValuation; costBasis: Decimal; marketValue: Decimal | null } {
  const quantity = Decimal.parse(row.quantity);
  const averagePrice = Decimal.parse(row.averagePrice);
  const costBasis = notionalOf(quantity, averagePrice);
  const base = { symbol: row.symbol, quantity: quantity.toString(), averagePrice: averagePrice.toString(), costBasis: costBasis.toString(), realizedPnl: Decimal.parse(row.realizedPnl).toString() };
  if (answer.status === 'rejected' || !Number.isFinite(answer.value.price) || answer.value.price <= 0) {
    const failure = answer.status === 'rejected' ? quoteFailure(answer.reason, row.symbol, 'symbol') : new Error(`the ${row.symbol} quote has no usable price (got ${answer.value.price})`);
    const priceError = failure instanceof Error ? failure.message : String(failure);
    const view = { ...base, lastPrice: null, priceTime: null, marketValue: null, unrealizedPnl: null, unrealizedPnlPercent: null, simulated: false, stale: false, priceError };
    return { view, costBasis, marketValue: null };
  }
  const quote = answer.value;
  const lastPrice = Decimal.of(quote.price).round(MONEY_PLACES);
  const marketValue = notionalOf(quantity, lastPrice);
  const unrealized = marketValue.minus(costBasis);
  const view = {
    ...base,
    lastPrice: lastPrice.toString(),
    priceTime: new Date(quote.time).toISOString(),
    marketValue: marketValue.toString(),
    unrealizedPnl: unrealized.toString(),
    unrealizedPnlPercent: percent(unrealized, costBasis),
    simulated: quote.simulated,
    stale: quote.stale === true,
  };
  return { view, costBasis, marketValue };
}

/**
 * Values a portfolio at current quotes, asked for all open positions at once: equity = cash + market
 * value, exactly. Realised P&L sums every position's sales, closed positions' included; unrealised
 * is market value less cost basis. (They meet equity − initial cash up to the average price's
 * rounding to 8 places.) A position whose quote fails is listed with the reason and no market
 * figures, and the totals that need it are `null`: an unpriced position never counts as worth zero.
 */
export async function valuePortfolio(portfolio: Portfolio, positions: readonly Position[], quote: QuoteSource): Promise<PortfolioValuation> {
  const open = positions.filter((row) => !Decimal.parse(row.quantity).isZero());
  const answers = await Promise.allSettled(open.map((row) => quote(row.symbol)));
  const valued = open.map((row, k) => valuePosition(row, answers[k]));
  const cash = Decimal.parse(portfolio.cash);
  const initialCash = Decimal.parse(portfolio.initialCash);
  const costBasis = valued.reduce((sum, entry) => sum.plus(entry.costBasis), Decimal.ZERO);
  const realized = positions.reduce((sum, row) => sum.plus(Decimal.parse(row.realizedPnl)), Decimal.ZERO);
  const priced = valued.every((entry) => entry.marketValue !== null);
  const marketValue = priced ? valued.reduce((sum, entry) => sum.plus(entry.marketValue ?? Decimal.ZERO), Decimal.ZERO) : null;
  const equity = marketValue === null ? null : cash.plus(marketValue);
  return {
    ...portfolioSummaryView(portfolio),
    positions: valued.map((entry) => entry.view),
    marketValue: marketValue?.toString() ?? null,
    equity: equity?.toString() ?? null,
    realizedPnl: realized.toString(),
    unrealizedPnl: marketValue === null ? null : marketValue.minus(costBasis).toString(),
    returnPercent: equity === null ? null : percent(equity.minus(initialCash), initialCash),
    simulated: valued.some((entry) => entry.view.simulated),
    stale: valued.some((entry) => entry.view.stale),
  };
}
