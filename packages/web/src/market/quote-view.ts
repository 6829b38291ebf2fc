/** A quote as the API gives it (`GET /market-data/{symbol}`, batch quotes, movers, the `quotes:<SYMBOL>` channel). */
export interface QuoteView {
  readonly symbol: string;
  readonly price: number;
  readonly change: number | null;
  readonly changePercent: number | null;
  readonly volume: number | null;
  readonly time: string;
  readonly simulated: boolean;
  readonly stale: boolean;
}

/** One item of a batch answer: its quote, or why there is none. */
export interface QuoteItemView {
  readonly symbol: string;
  readonly quote?: QuoteView;
  readonly error?: { readonly code: string; readonly message: string };
}
