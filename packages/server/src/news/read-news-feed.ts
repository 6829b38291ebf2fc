import { FeedReadError } from './feed-read-error.js';
import { fetchFeedText, type FetchFeedOptions } from './fetch-feed-text.js';
import { FeedFormatError, parseFeed, type ParsedFeed } from './parse-feed.js';
import { XmlSyntaxError } from './parse-xml.js';

/** Downloads and parses one RSS or Atom feed; every failure is a {@link FeedReadError} naming the feed. */
export async function readNewsFeed(url: string, options: FetchFeedOptions): Promise<ParsedFeed> {
  const text = await fetchFeedText(url, options);
  try {
    return parseFeed(text, url);
  } catch (error) {
    if (error instanceof XmlSyntaxError || error instanceof FeedFormatError) throw new FeedReadError(url, 'not-a-feed', `not an RSS or Atom feed: ${error.message}`, { cause: error });
    throw error;
  }
}
