import type { PortfolioSummary } from './portfolio-summary.js';
import type { PositionValuation } from './position-valuation.js';

/** A portfolio valued at current quotes (`GET /portfolios/{id}`): equity and unrealised P&L are `null` while a position is unpriced. */
export interface PortfolioValuation extends PortfolioSummary {
  readonly positions: readonly PositionValuation[];
  readonly marketValue: string | null;
  readonly equity: string | null;
  readonly realizedPnl: string;
  readonly unrealizedPnl: string | null;
  readonly returnPercent: number | null;
  readonly simulated: boolean;
  readonly stale: boolean;
}
