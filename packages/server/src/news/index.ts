/**
 * News and social posts: providers' articles and RSS/Atom feeds (`NEWS_FEEDS`, `SOCIAL_FEEDS`), tied to symbols,
 * de-duplicated, scored and stored for the sentiment agents.
 */
export * from './chain-company-names.js';
export * from './chain-news-source.js';
export * from './feed-read-error.js';
export * from './news-feed-config.js';
export * from './news-poller.js';
export * from './news-service.js';
export * from './news-source.js';
export * from './parse-feed.js';
export * from './read-news-feed.js';
export * from './refresh-each.js';
export * from './rss-news-source.js';
export * from './stored-news-inputs.js';
export * from './symbol-tagger.js';
