import type { NewsArticle } from '../../news-article.js';
import type { JsonHttpClient } from '../http/json-http-client.js';

/** The articles in a `/v2/reference/news?ticker=` answer, newest first, at most `limit`. */
export function readPolygonNews(client: JsonHttpClient, symbol: string, limit: number, body: unknown): NewsArticle[] {
  const reader = client.reader(`news of ${symbol}`);
  const articles = reader.optionalArrayField(reader.object(body, ''), 'results', '').map((value, i): NewsArticle => {
    const at = `results[${i}]`;
    const row = reader.object(value, at);
    const published = reader.string(row, 'published_utc', at);
    const time = Date.parse(published);
    if (Number.isNaN(time)) throw reader.problem(`${at}.published_utc`, `is "${published}", expected an ISO 8601 time`);
    const tickers = reader.optionalArrayField(row, 'tickers', at).map((ticker, k) => {
      if (typeof ticker !== 'string' || ticker.length === 0) throw reader.problem(`${at}.tickers[${k}]`, 'is not a ticker');
      return ticker;
    });
    return {
      id: reader.string(row, 'id', at),
      symbols: tickers.length > 0 ? tickers : [symbol],
      title: reader.string(row, 'title', at),
      summary: reader.optionalString(row, 'description', at),
      url: reader.optionalString(row, 'article_url', at),
      publisher: reader.string(reader.objectField(row, 'publisher', at), 'name', `${at}.publisher`),
      time,
      source: 'polygon',
      simulated: false,
    };
  });
  return articles.sort((a, b) => b.time - a.time).slice(0, limit);
}
