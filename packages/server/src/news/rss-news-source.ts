import type { NewsArticle } from '../market-data/news-article.js';
import { mapConcurrently } from '../support/map-concurrently.js';
import type { NewsFeedConfig } from './news-feed-config.js';
import type { NewsFetch, NewsSource, NewsSourceFailure } from './news-source.js';
import type { FeedItem, ParsedFeed } from './parse-feed.js';
import { readNewsFeed } from './read-news-feed.js';
import type { SymbolTagger } from './symbol-tagger.js';

/** Options of {@link RssNewsSource}. */
export interface RssNewsSourceOptions {
  readonly feeds: readonly NewsFeedConfig[];
  /** The `source` stored with its items and named in failures; default `rss` (`social` for `SOCIAL_FEEDS`). */
  readonly id?: string;
  /** Per feed download, ms; default 10 s. */
  readonly timeoutMs?: number;
  /** Largest feed accepted, bytes; default 2 MiB. */
  readonly maxBytes?: number;
  /** Feeds read at once; default 4. */
  readonly concurrency?: number;
  readonly now?: () => number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * News from RSS 2.0, RSS 1.0 and Atom feeds the operator configured. Items of a feed configured with
 * symbols are stored under those symbols; items of other feeds under the watched symbols they mention
 * (see `SymbolTagger`), and not at all when they mention none. Items without a usable date are skipped:
 * the sentiment agents weigh news by age. A date in the future counts as the time the feed was read.
 */
export class RssNewsSource implements NewsSource {
  readonly id: string;
  private readonly now: () => number;

  constructor(private readonly options: RssNewsSourceOptions) {
    this.id = options.id ?? 'rss';
    this.now = options.now ?? Date.now;
  }

  async fetch(symbols: readonly string[], tagger: SymbolTagger, signal?: AbortSignal): Promise<NewsFetch> {
    const failures: NewsSourceFailure[] = [];
    const perFeed = await mapConcurrently(this.options.feeds, this.options.concurrency ?? 4, async (feed): Promise<NewsArticle[]> => {
      try {
        const parsed = await readNewsFeed(feed.url, { timeoutMs: this.options.timeoutMs ?? 10_000, maxBytes: this.options.maxBytes ?? 2 * 1024 * 1024, signal });
        return this.articlesOf(feed, parsed, tagger);
      } catch (error) {
        if (signal?.aborted) throw error;
        failures.push({ source: this.id, message: messageOf(error) });
        return [];
      }
    });
    return { articles: perFeed.flat(), failures };
  }

  private articlesOf(feed: NewsFeedConfig, parsed: ParsedFeed, tagger: SymbolTagger): NewsArticle[] {
    const readAt = this.now();
    const publisher = parsed.title ?? new URL(feed.url).hostname;
    const articles: NewsArticle[] = [];
    for (const item of parsed.items) {
      if (item.time === null) continue;
      const symbols = feed.symbols.length > 0 ? feed.symbols : tagger.symbolsIn(textOf(item), item.categories);
      if (symbols.length === 0) continue;
      articles.push({
        id: item.id ?? item.url ?? item.title,
        symbols,
        title: item.title,
        summary: item.summary,
        url: item.url,
        publisher,
        time: Math.min(item.time, readAt),
        source: this.id,
        simulated: false,
      });
    }
    return articles;
  }
}

/** What symbols are looked for in: the headline and the summary. */
function textOf(item: FeedItem): string {
  return item.summary === null ? item.title : `${item.title}\n${item.summary}`;
}
