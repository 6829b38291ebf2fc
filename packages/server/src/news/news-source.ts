import type { NewsArticle } from '../market-data/news-article.js';
import type { SymbolTagger } from './symbol-tagger.js';

/** A part of a fetch that failed (one symbol at the providers, one feed), without stopping the rest. */
export interface NewsSourceFailure {
  readonly source: string;
  readonly message: string;
}

/** What one source gave in a round: articles, each tied to the symbols it concerns, and what failed. */
export interface NewsFetch {
  readonly articles: readonly NewsArticle[];
  readonly failures: readonly NewsSourceFailure[];
}

/** Where news comes from: the market data providers that have it, or configured RSS/Atom feeds. */
export interface NewsSource {
  readonly id: string;
  /**
   * Recent articles about any of `symbols` (the watched ones; `tagger` ties free text to them). Each
   * article's `symbols` are the symbols it is stored under. A failing symbol or feed is reported in
   * `failures`; the call itself rejects only when cancelled.
   */
  fetch(symbols: readonly string[], tagger: SymbolTagger, signal?: AbortSignal): Promise<NewsFetch>;
}
