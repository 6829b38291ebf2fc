/** An RSS or Atom feed the operator configured. */
export interface NewsFeedConfig {
  /** http(s) address of the feed. */
  readonly url: string;
  /** Symbols every item is about (a company's own feed, a per-ticker feed); empty: items are tied by what they mention. */
  readonly symbols: readonly string[];
}

const SYMBOL = /^[A-Z0-9.\-=^/]{1,20}$/;

/**
 * Reads `NEWS_FEEDS`: feeds separated by spaces or new lines (URLs may hold commas, never spaces), each
 * `URL` or `SYMBOLS=URL` with SYMBOLS comma-separated, e.g.
 * `AAPL=https://feeds.example.com/aapl.xml https://news.example.com/markets.rss`. Throws an Error saying
 * what is wrong with the first bad entry.
 */
export function parseNewsFeeds(raw: string): NewsFeedConfig[] {
  const feeds: NewsFeedConfig[] = [];
  for (const entry of raw.split(/\s+/).filter((part) => part !== '')) {
    // The URL starts at the first "=http": symbols such as EURUSD=X hold "=" too.
    const split = /^(.+?)=(https?:\/\/.*)$/i.exec(entry);
    const url = split === null ? entry : split[2];
    const symbols = split === null ? [] : split[1].split(',').map((symbol) => symbol.trim().toUpperCase());
    for (const symbol of symbols) if (!SYMBOL.test(symbol)) throw new Error(`"${symbol}" in "${entry}" is not a symbol`);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`"${entry}" is not a feed: expected URL or SYMBOLS=URL, e.g. AAPL=https://example.com/aapl.rss`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`"${url}" is not an http(s) URL`);
    if (feeds.some((feed) => feed.url === url)) throw new Error(`the feed ${url} is listed twice`);
    feeds.push({ url, symbols: [...new Set(symbols)] });
  }
  return feeds;
}
