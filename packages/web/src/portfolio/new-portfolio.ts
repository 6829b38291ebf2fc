/** The body of `POST /portfolios`. */
export interface NewPortfolio {
  readonly name: string;
  readonly initialCash: string;
}
