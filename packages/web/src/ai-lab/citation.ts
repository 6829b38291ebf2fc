/** What an answer can cite. */
export type CitationKind = 'signal' | 'backtest' | 'document' | 'news' | 'quote' | 'agent' | 'portfolio';

/** A source an answer used (`id` is a symbol for a quote, an agent id for an agent); `url` is where the API serves it. */
export interface Citation {
  readonly kind: CitationKind;
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}
