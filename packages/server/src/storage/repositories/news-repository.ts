import type { ScoredText, SentimentScore } from '@goldensignals/engine';
import { and, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { newsItems, type NewsKind } from '../schema/news-items.js';
import { decodeSignalCursor, encodeSignalCursor } from './signal-cursor.js';

/** A scored article, social post or transcript passage about one symbol, ready to store. */
export interface NewNewsItem {
  readonly symbol: string;
  /** Default `news`. */
  readonly kind?: NewsKind;
  readonly title: string;
  readonly summary: string | null;
  readonly url: string | null;
  /** The normalised link (see `normalizeNewsUrl`); `null` without one. */
  readonly urlKey: string | null;
  /** Hash of the normalised headline and its UTC day (see `newsTitleHash`). */
  readonly titleHash: string;
  readonly publisher: string;
  /** The provider id or `rss`. */
  readonly source: string;
  /** Publication time, epoch ms UTC. */
  readonly publishedAt: number;
  readonly simulated: boolean;
  readonly sentiment: SentimentScore;
  /** Id of the scorer that produced `sentiment`. */
  readonly scorerId: string;
}

/** A stored news item (or social post, or transcript passage). */
export interface StoredNewsItem {
  readonly id: string;
  readonly symbol: string;
  readonly kind: NewsKind;
  readonly title: string;
  readonly summary: string | null;
  readonly url: string | null;
  readonly publisher: string;
  readonly source: string;
  /** Epoch ms UTC. */
  readonly publishedAt: number;
  /** When it was stored, epoch ms UTC. */
  readonly fetchedAt: number;
  readonly simulated: boolean;
  readonly sentiment: SentimentScore;
  readonly scorerId: string;
}

/** One page of news, newest first, and the cursor of the next (`null` on the last page). */
export interface NewsPage {
  readonly items: readonly StoredNewsItem[];
  readonly nextCursor: string | null;
}

/** The dedupe keys of a symbol that are stored already. */
export interface KnownNewsKeys {
  readonly urlKeys: ReadonlySet<string>;
  readonly titleHashes: ReadonlySet<string>;
}

/** Most rows one page returns, whatever the caller asks. */
export const MAX_NEWS_PAGE = 200;
/** Rows per INSERT: 14 parameters each stays far below PostgreSQL's 65,535. */
const CHUNK = 1000;

type NewsRow = typeof newsItems.$inferSelect;

function toStoredNewsItem(row: NewsRow): StoredNewsItem {
  return {
    id: row.id,
    symbol: row.symbol,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    url: row.url,
    publisher: row.publisher,
    source: row.source,
    publishedAt: row.publishedAt.getTime(),
    fetchedAt: row.fetchedAt.getTime(),
    simulated: row.simulated,
    sentiment: { label: row.sentimentLabel, score: row.sentimentScore, confidence: row.sentimentConfidence },
    scorerId: row.scorerId,
  };
}

/** The order items are inserted in: by symbol, kind, headline hash, then link key. */
function compareKeys(a: NewNewsItem, b: NewNewsItem): number {
  const keys = (item: NewNewsItem): string[] => [item.symbol, item.kind ?? 'news', item.titleHash, item.urlKey ?? ''];
  const left = keys(a);
  const right = keys(b);
  for (let i = 0; i < left.length; i++) {
    if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  }
  return 0;
}

/**
 * Scored news, social posts and transcript passages by symbol: stored once per story, symbol and kind, read as
 * engine inputs and as pages for the API. Every read names the kind (default `news`).
 */
export class NewsRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Stores the items that are new and returns how many were. An item whose URL key or title hash is stored
   * for its symbol already (by this process, another one, or earlier in `items`) is skipped by the unique
   * keys, not by a read first, so concurrent writers never store a story twice.
   */
  async insertMany(items: readonly NewNewsItem[]): Promise<number> {
    // Every writer inserts in one order (symbol, kind, headline hash): two writers storing the same stories in
    // different orders would each wait for a unique-key entry the other holds, a deadlock PostgreSQL ends by
    // failing one of them.
    const ordered = [...items].sort((a, b) => compareKeys(a, b));
    let inserted = 0;
    for (let start = 0; start < ordered.length; start += CHUNK) {
      const values = ordered.slice(start, start + CHUNK).map((item) => ({
        symbol: item.symbol,
        kind: item.kind ?? 'news',
        title: item.title,
        summary: item.summary,
        url: item.url,
        urlKey: item.urlKey,
        titleHash: item.titleHash,
        publisher: item.publisher,
        source: item.source,
        publishedAt: new Date(item.publishedAt),
        simulated: item.simulated,
        sentimentLabel: item.sentiment.label,
        sentimentScore: item.sentiment.score,
        sentimentConfidence: item.sentiment.confidence,
        scorerId: item.scorerId,
      }));
      const rows = await this.db.insert(newsItems).values(values).onConflictDoNothing().returning({ id: newsItems.id });
      inserted += rows.length;
    }
    return inserted;
  }

  /** Which of `urlKeys` and `titleHashes` are stored for `symbol` and `kind` already (so they need no scoring). */
  async knownKeys(symbol: string, urlKeys: readonly string[], titleHashes: readonly string[], kind: NewsKind = 'news'): Promise<KnownNewsKeys> {
    if (urlKeys.length === 0 && titleHashes.length === 0) return { urlKeys: new Set(), titleHashes: new Set() };
    const rows = await this.db
      .select({ urlKey: newsItems.urlKey, titleHash: newsItems.titleHash })
      .from(newsItems)
      .where(
        and(
          eq(newsItems.symbol, symbol),
          eq(newsItems.kind, kind),
          or(urlKeys.length === 0 ? undefined : inArray(newsItems.urlKey, [...urlKeys]), titleHashes.length === 0 ? undefined : inArray(newsItems.titleHash, [...titleHashes])),
        ),
      );
    return {
      urlKeys: new Set(rows.flatMap((row) => (row.urlKey === null ? [] : [row.urlKey]))),
      titleHashes: new Set(rows.map((row) => row.titleHash)),
    };
  }

  /**
   * The scored items of `kind` of a symbol published in [`from`, `to`] (epoch ms), oldest first, as the engine's
   * sentiment agents read them; at most the newest `limit`.
   */
  async scoredTexts(symbol: string, from: number, to: number, limit = 5000, kind: NewsKind = 'news'): Promise<ScoredText[]> {
    if (!(to >= from)) return [];
    const rows = await this.db
      .select({ time: newsItems.publishedAt, text: newsItems.title, source: newsItems.source, label: newsItems.sentimentLabel, score: newsItems.sentimentScore, confidence: newsItems.sentimentConfidence })
      .from(newsItems)
      .where(and(eq(newsItems.symbol, symbol), eq(newsItems.kind, kind), gte(newsItems.publishedAt, new Date(from)), lte(newsItems.publishedAt, new Date(to))))
      .orderBy(desc(newsItems.publishedAt), desc(newsItems.id))
      .limit(Math.max(1, Math.floor(limit)));
    return rows.reverse().map((row) => ({ time: row.time.getTime(), text: row.text, source: row.source, sentiment: { label: row.label, score: row.score, confidence: row.confidence } }));
  }

  /**
   * A page of stored items of `kind` (of `symbol`, or of every symbol), newest publication first, ties by id so
   * pages never skip or repeat an item. Pass the previous page's `nextCursor` to continue.
   */
  async list(symbol: string | null, cursor: string | null = null, limit = 50, kind: NewsKind = 'news'): Promise<NewsPage> {
    const size = Math.max(1, Math.min(MAX_NEWS_PAGE, Math.floor(limit) || 1));
    const after = cursor === null ? undefined : decodeSignalCursor(cursor);
    const rows = await this.db
      .select()
      .from(newsItems)
      .where(
        and(
          symbol === null ? undefined : eq(newsItems.symbol, symbol),
          eq(newsItems.kind, kind),
          after && sql`(${newsItems.publishedAt}, ${newsItems.id}) < (${after.time}::timestamptz, ${after.id}::uuid)`,
        ),
      )
      .orderBy(desc(newsItems.publishedAt), desc(newsItems.id))
      .limit(size + 1);
    const items = rows.slice(0, size).map(toStoredNewsItem);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > size && last !== undefined ? encodeSignalCursor({ time: new Date(last.publishedAt).toISOString(), id: last.id }) : null };
  }
}
