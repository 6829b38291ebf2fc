import type { SourceText } from './source-text.js';

/** A news item as indexing takes it (whatever table holds it). */
export interface IndexableNews {
  readonly id: string;
  readonly title: string;
  /** Summary or body; may be empty. */
  readonly text: string | null;
  readonly symbol: string;
  /** Publication time, ISO-8601. */
  readonly time: string;
}

/** A news item's headline and text, with its symbol and date. */
export function newsText(item: IndexableNews): SourceText {
  const body = item.text === null || item.text.trim() === '' ? item.title : `${item.title}. ${item.text}`;
  return { title: item.title, text: `${item.symbol}, ${item.time.slice(0, 10)}: ${body}` };
}
