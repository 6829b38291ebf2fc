import type { SearchNews, SearchResult } from 'yahoo-finance2/modules/search';
import type { NewsArticle } from '../../news-article.js';
import type { SymbolMatch } from '../../symbol-match.js';

/** Yahoo's quote types in our vocabulary (see {@link SymbolMatch.type}). */
const TYPES: Readonly<Record<string, string>> = {
  EQUITY: 'equity',
  ETF: 'etf',
  CRYPTOCURRENCY: 'crypto',
  CURRENCY: 'fx',
  INDEX: 'index',
  FUTURE: 'future',
  MUTUALFUND: 'fund',
  MONEYMARKET: 'fund',
  OPTION: 'option',
};

/** The instruments of a search answer; Yahoo's non-instrument hits (companies from Crunchbase) are left out. */
export function symbolMatchesFromYahoo(result: SearchResult): SymbolMatch[] {
  const matches: SymbolMatch[] = [];
  for (const hit of result.quotes) {
    if (hit.isYahooFinance !== true) continue;
    const name = hit.longname ?? hit.shortname ?? hit.symbol;
    const quoteType = typeof hit.quoteType === 'string' ? hit.quoteType : '';
    matches.push({
      symbol: hit.symbol,
      name,
      exchange: hit.exchDisp ?? hit.exchange ?? null,
      type: TYPES[quoteType] ?? (quoteType === '' ? null : quoteType.toLowerCase()),
    });
  }
  return matches;
}

/**
 * The articles of a search answer that Yahoo tags with `symbol` (a search for a ticker also returns
 * market-wide stories tagged with other tickers), newest first, at most `limit`.
 */
export function newsFromYahoo(provider: string, symbol: string, news: readonly SearchNews[], limit: number): NewsArticle[] {
  const wanted = symbol.toUpperCase();
  return news
    .filter((item) => (item.relatedTickers ?? []).some((ticker) => ticker.toUpperCase() === wanted))
    .map((item) => ({
      id: item.uuid,
      symbols: item.relatedTickers ?? [symbol],
      title: item.title,
      summary: null,
      url: item.link,
      publisher: item.publisher,
      time: item.providerPublishTime.getTime(),
      source: provider,
      simulated: false,
    }))
    .sort((a, b) => b.time - a.time)
    .slice(0, limit);
}
