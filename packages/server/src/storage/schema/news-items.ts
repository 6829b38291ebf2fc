import type { SentimentLabel } from '@goldensignals/engine';
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';

// Keyed by the engine's union: a new label fails to compile here until the CHECK (and a migration) follow.
const LABELS: Record<SentimentLabel, true> = { positive: true, negative: true, neutral: true };

/** Sentiment labels as stored. */
export const SENTIMENT_LABELS = Object.keys(LABELS) as SentimentLabel[];

/** What a row is: a news story, a social post, or a passage of an earnings-call transcript. */
export const NEWS_KINDS = ['news', 'social', 'earnings_call'] as const;

/** One of {@link NEWS_KINDS}. */
export type NewsKind = (typeof NEWS_KINDS)[number];

/**
 * News, social posts and earnings-call passages (`kind`) tied to a symbol with their sentiment, scored once when
 * stored (`scorer_id` says by which scorer). One row per symbol, kind and story: `url_key` (the normalised link)
 * and `title_hash` (the normalised headline and its UTC day; for a transcript passage its quarter and place) are
 * unique per symbol and kind, so re-fetched, syndicated or concurrently stored copies never add a row.
 */
export const newsItems = pgTable(
  'news_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    symbol: text('symbol').notNull(),
    kind: text('kind').$type<NewsKind>().notNull().default('news'),
    title: text('title').notNull(),
    summary: text('summary'),
    url: text('url'),
    urlKey: text('url_key'),
    titleHash: text('title_hash').notNull(),
    publisher: text('publisher').notNull(),
    /** The provider id (`finnhub`, `simulator`) or `rss`. */
    source: text('source').notNull(),
    publishedAt: timestamptz('published_at').notNull(),
    fetchedAt: timestamptz('fetched_at').notNull().defaultNow(),
    simulated: boolean('simulated').notNull().default(false),
    sentimentLabel: text('sentiment_label').$type<SentimentLabel>().notNull(),
    sentimentScore: doublePrecision('sentiment_score').notNull(),
    sentimentConfidence: doublePrecision('sentiment_confidence').notNull(),
    scorerId: text('scorer_id').notNull(),
  },
  (t) => [
    unique('news_items_symbol_kind_url_key').on(t.symbol, t.kind, t.urlKey),
    unique('news_items_symbol_kind_title_key').on(t.symbol, t.kind, t.titleHash),
    index('news_items_symbol_kind_published_idx').on(t.symbol, t.kind, t.publishedAt.desc(), t.id.desc()),
    index('news_items_kind_published_idx').on(t.kind, t.publishedAt.desc(), t.id.desc()),
    check('news_items_kind_check', checkIn(t.kind, NEWS_KINDS)),
    check('news_items_sentiment_label_check', checkIn(t.sentimentLabel, SENTIMENT_LABELS)),
    check('news_items_sentiment_score_check', sql`${t.sentimentScore} >= -1 AND ${t.sentimentScore} <= 1`),
    check('news_items_sentiment_confidence_check', sql`${t.sentimentConfidence} >= 0 AND ${t.sentimentConfidence} <= 1`),
  ],
);
