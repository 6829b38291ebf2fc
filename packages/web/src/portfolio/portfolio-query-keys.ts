/** TanStack Query keys of the portfolio page; everything of one portfolio sits under `of(id)` so a live change refreshes it at once. */
export const PORTFOLIO_QUERY_KEYS = {
  list: ['portfolios', 'list'] as const,
  of: (id: string) => ['portfolios', 'one', id] as const,
  valuation: (id: string) => ['portfolios', 'one', id, 'valuation'] as const,
  workingOrders: (id: string) => ['portfolios', 'one', id, 'orders', 'working'] as const,
  fills: (id: string) => ['portfolios', 'one', id, 'fills'] as const,
};
