/** The latest price of a symbol. Fields the source does not report are `null`, never guessed. */
export interface Quote {
  readonly symbol: string;
  readonly price: number;
  readonly previousClose: number | null;
  /** price − previousClose. */
  readonly change: number | null;
  /** change / previousClose × 100. */
  readonly changePercent: number | null;
  readonly open: number | null;
  readonly high: number | null;
  readonly low: number | null;
  readonly volume: number | null;
  readonly bid: number | null;
  readonly ask: number | null;
  readonly currency: string | null;
  /** When the price was observed (epoch ms UTC). */
  readonly time: number;
  /** Id of the provider that answered. */
  readonly source: string;
  readonly simulated: boolean;
}
