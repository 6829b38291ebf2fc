import type { StatsTrade } from '../../statistics/stats-trade.js';

/** A closed trade of a fast-path run: what the statistics need, plus size and prices for checks. */
export interface FastTrade extends StatsTrade {
  /** Units; negative for a short trade. */
  readonly size: number;
  /** Fill price including the spread. */
  readonly entryPrice: number;
  readonly exitPrice: number;
}
