/** A position valued at its current quote (`GET /portfolios/{id}`); market figures are `null` when no quote could be had. */
export interface PositionValuation {
  readonly symbol: string;
  readonly quantity: string;
  /** Cost per unit, buy commissions included. */
  readonly averagePrice: string;
  readonly costBasis: string;
  readonly realizedPnl: string;
  readonly lastPrice: string | null;
  readonly priceTime?: string | null;
  readonly marketValue: string | null;
  readonly unrealizedPnl: string | null;
  readonly unrealizedPnlPercent?: number | null;
  readonly simulated: boolean;
  readonly stale: boolean;
  /** Why the position has no current price. */
  readonly priceError?: string;
}
