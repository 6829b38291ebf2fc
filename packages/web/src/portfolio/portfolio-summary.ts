/** A paper portfolio as `GET /portfolios` lists it; money as exact decimal strings. */
export interface PortfolioSummary {
  readonly id: string;
  readonly name: string;
  readonly currency: string;
  readonly initialCash: string;
  readonly cash: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
