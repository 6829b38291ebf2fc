import type { Migration } from '../migration.js';

/**
 * Social posts and earnings-call passages live in `news_items` beside the news, told apart by `kind`: they are
 * scored, de-duplicated, listed and read as engine inputs exactly as news is, so one table, one repository and
 * one listing serve all three. The unique keys now include the kind, so a story posted both as news and on a
 * social feed is one row of each (the news agent and the social agent each see it) and still never two of one
 * kind; the read index leads with symbol and kind, as every engine read filters on both.
 */
export const socialAndTranscriptsMigration: Migration = {
  version: 16,
  name: 'social_and_transcripts',
  sql: `
ALTER TABLE news_items ADD COLUMN kind text NOT NULL DEFAULT 'news';
ALTER TABLE news_items ADD CONSTRAINT news_items_kind_check CHECK (kind IN ('news', 'social', 'earnings_call'));
ALTER TABLE news_items DROP CONSTRAINT news_items_symbol_url_key;
ALTER TABLE news_items DROP CONSTRAINT news_items_symbol_title_key;
ALTER TABLE news_items ADD CONSTRAINT news_items_symbol_kind_url_key UNIQUE (symbol, kind, url_key);
ALTER TABLE news_items ADD CONSTRAINT news_items_symbol_kind_title_key UNIQUE (symbol, kind, title_hash);
DROP INDEX news_items_symbol_published_idx;
DROP INDEX news_items_published_idx;
CREATE INDEX news_items_symbol_kind_published_idx ON news_items (symbol, kind, published_at DESC, id DESC);
CREATE INDEX news_items_kind_published_idx ON news_items (kind, published_at DESC, id DESC);
`,
};
