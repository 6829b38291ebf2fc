import type { NewsArticle } from '../../news-article.js';
import type { JsonHttpClient } from '../http/json-http-client.js';

/** The articles of a `/company-news` answer, newest first, at most `limit`; `related` (comma-separated) gives the symbols. */
export function readFinnhubNews(client: JsonHttpClient, symbol: string, limit: number, body: unknown): NewsArticle[] {
  const reader = client.reader(`news of ${symbol}`);
  const articles = reader.array(body, '').map((value, i): NewsArticle => {
    const at = `[${i}]`;
    const row = reader.object(value, at);
    const related = (reader.optionalString(row, 'related', at) ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
    return {
      id: String(reader.number(row, 'id', at)),
      symbols: related.length > 0 ? related : [symbol],
      title: reader.string(row, 'headline', at),
      summary: reader.optionalString(row, 'summary', at),
      url: reader.optionalString(row, 'url', at),
      publisher: reader.string(row, 'source', at),
      time: reader.number(row, 'datetime', at) * 1000,
      source: 'finnhub',
      simulated: false,
    };
  });
  return articles.sort((a, b) => b.time - a.time).slice(0, limit);
}
