import type { Migration } from '../migration.js';

/**
 * News tied to symbols, each scored once by the configured sentiment scorer. One row per symbol and
 * article: the unique keys on the normalised URL and on the hash of the normalised title and its UTC
 * publication day make the same story (re-fetched, syndicated, or stored by two nodes at once) one row
 * per symbol. `url_key` is NULL for articles without a link; NULLs never collide, so those rely on the
 * title key alone.
 */
export const newsMigration: Migration = {
  version: 9,
  name: 'news',
  sql: `
CREATE TABLE news_items (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  symbol text NOT NULL,
  title text NOT NULL,
  summary text,
  url text,
  url_key text,
  title_hash text NOT NULL,
  publisher text NOT NULL,
  source text NOT NULL,
  published_at timestamptz NOT NULL,
  fetched_at timestamptz NOT NULL DEFAULT now(),
  simulated boolean NOT NULL DEFAULT false,
  sentiment_label text NOT NULL,
  sentiment_score double precision NOT NULL,
  sentiment_confidence double precision NOT NULL,
  scorer_id text NOT NULL,
  CONSTRAINT news_items_pkey PRIMARY KEY (id),
  CONSTRAINT news_items_symbol_url_key UNIQUE (symbol, url_key),
  CONSTRAINT news_items_symbol_title_key UNIQUE (symbol, title_hash),
  CONSTRAINT news_items_sentiment_label_check CHECK (sentiment_label IN ('positive', 'negative', 'neutral')),
  CONSTRAINT news_items_sentiment_score_check CHECK (sentiment_score >= -1 AND sentiment_score <= 1),
  CONSTRAINT news_items_sentiment_confidence_check CHECK (sentiment_confidence >= 0 AND sentiment_confidence <= 1)
);
CREATE INDEX news_items_symbol_published_idx ON news_items (symbol, published_at DESC, id DESC);
CREATE INDEX news_items_published_idx ON news_items (published_at DESC, id DESC);
`,
};
