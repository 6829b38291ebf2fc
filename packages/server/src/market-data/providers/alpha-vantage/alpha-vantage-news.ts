import { createHash } from 'node:crypto';
import type { NewsArticle } from '../../news-article.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { alphaVantageBody } from './alpha-vantage-body.js';

const PUBLISHED = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?$/;

/** `20240105T143000` (UTC; the feed names no zone, unlike the time series) as epoch ms; NaN when malformed. */
function publishedTime(text: string): number {
  const match = PUBLISHED.exec(text);
  if (match === null) return NaN;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  return new Date(time).getUTCDate() === day && hour < 24 && minute < 60 && second < 60 ? time : NaN;
}

/**
 * The articles of a NEWS_SENTIMENT answer, newest first, at most `limit`. The feed has no article id,
 * so the id is a SHA-1 of the URL; the symbols are the tickers its sentiment block scores.
 */
export function readAlphaVantageNews(client: JsonHttpClient, symbol: string, limit: number, body: unknown): NewsArticle[] {
  const what = `news of ${symbol}`;
  const reader = client.reader(what);
  const root = alphaVantageBody(client, what, body, symbol);
  const articles = reader.arrayField(root, 'feed', '').map((value, i): NewsArticle => {
    const at = `feed[${i}]`;
    const row = reader.object(value, at);
    const url = reader.string(row, 'url', at);
    const published = reader.string(row, 'time_published', at);
    const time = publishedTime(published);
    if (Number.isNaN(time)) throw reader.problem(`${at}.time_published`, `is "${published}", expected YYYYMMDDTHHMMSS`);
    const symbols = reader.optionalArrayField(row, 'ticker_sentiment', at).map((entry, k) => reader.string(reader.object(entry, `${at}.ticker_sentiment[${k}]`), 'ticker', `${at}.ticker_sentiment[${k}]`));
    return {
      id: createHash('sha1').update(url).digest('hex'),
      symbols: symbols.length > 0 ? symbols : [symbol],
      title: reader.string(row, 'title', at),
      summary: reader.optionalString(row, 'summary', at),
      url,
      publisher: reader.string(row, 'source', at),
      time,
      source: 'alphavantage',
      simulated: false,
    };
  });
  return articles.sort((a, b) => b.time - a.time).slice(0, limit);
}
