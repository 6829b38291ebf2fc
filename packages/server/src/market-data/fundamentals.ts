/** Company facts and valuation figures; `null` where the source has none. */
export interface Fundamentals {
  readonly symbol: string;
  readonly name: string | null;
  readonly sector: string | null;
  readonly industry: string | null;
  readonly marketCap: number | null;
  readonly peRatio: number | null;
  readonly eps: number | null;
  /** As a fraction (0.015 = 1.5 %). */
  readonly dividendYield: number | null;
  readonly beta: number | null;
  readonly fiftyTwoWeekHigh: number | null;
  readonly fiftyTwoWeekLow: number | null;
  readonly source: string;
}
