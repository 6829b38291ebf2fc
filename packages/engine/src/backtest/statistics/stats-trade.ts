/** What the trade statistics need of a closed trade. */
export interface StatsTrade {
  readonly entryBar: number;
  readonly exitBar: number;
  /** Profit in cash after both commissions. */
  readonly pnl: number;
  /** Return as a fraction, after commissions. */
  readonly returnPct: number;
  /** Entry plus exit commission. */
  readonly commission: number;
}
