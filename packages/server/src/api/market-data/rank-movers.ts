import type { QuoteBody } from './quote-body.js';

/** The day's biggest movers among some quotes. */
export interface Movers {
  /** Highest positive change percent first. */
  readonly gainers: QuoteBody[];
  /** Most negative change percent first. */
  readonly losers: QuoteBody[];
  /** Highest volume first (volume as each source reports it: shares, or quote currency for crypto). */
  readonly mostActive: QuoteBody[];
}

function bySymbol(a: QuoteBody, b: QuoteBody): number {
  return a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0;
}

/**
 * The top `limit` gainers, losers and most active of `quotes`. Only a rise counts as a gain and only a
 * fall as a loss; quotes without a change percent or volume are left out of that list. Ties go by symbol.
 */
export function rankMovers(quotes: readonly QuoteBody[], limit: number): Movers {
  const withChange = quotes.filter((quote): quote is QuoteBody & { changePercent: number } => quote.changePercent !== null);
  const withVolume = quotes.filter((quote): quote is QuoteBody & { volume: number } => quote.volume !== null && quote.volume > 0);
  return {
    gainers: withChange.filter((quote) => quote.changePercent > 0).sort((a, b) => b.changePercent - a.changePercent || bySymbol(a, b)).slice(0, limit),
    losers: withChange.filter((quote) => quote.changePercent < 0).sort((a, b) => a.changePercent - b.changePercent || bySymbol(a, b)).slice(0, limit),
    mostActive: withVolume.sort((a, b) => b.volume - a.volume || bySymbol(a, b)).slice(0, limit),
  };
}
