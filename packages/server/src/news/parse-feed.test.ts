import { describe, expect, it } from 'vitest';
import { ATOM_SAMPLE, RDF_SAMPLE, RSS_SAMPLE } from './feed-samples.test-support.js';
import { FeedFormatError, MAX_SUMMARY_LENGTH, parseFeed, parseFeedDate } from './parse-feed.js';

describe('parseFeed', () => {
  it('reads RSS 2.0 items as plain text with absolute links and dates, leaving out items without a title', () => {
    const feed = parseFeed(RSS_SAMPLE, 'https://wire.example.com/feed.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Market Wire');
    expect(feed.items).toEqual([
      {
        id: 'wire-1001',
        title: 'Apple beats estimates as iPhone sales jump',
        summary: 'Apple Inc. (NASDAQ: AAPL) reported profit above forecasts — shares rose.',
        url: 'https://wire.example.com/apple-beats?utm_source=rss&utm_medium=feed',
        time: Date.UTC(2025, 5, 3, 13, 30),
        categories: ['Technology'],
      },
      {
        id: null,
        title: '$TSLA falls after deliveries miss & margins shrink',
        summary: "Tesla's deliveries missed estimates.",
        url: 'https://wire.example.com/tesla-deliveries',
        time: Date.UTC(2025, 5, 3, 13, 0),
        categories: [],
      },
      {
        id: 'https://wire.example.com/oil-steadies',
        title: 'Oil steadies in quiet trade',
        summary: null,
        url: 'https://wire.example.com/oil-steadies',
        time: Date.UTC(2025, 5, 3, 13, 15),
        categories: ['MSFT'],
      },
      { id: null, title: 'An item with no date', summary: null, url: 'https://wire.example.com/undated', time: null, categories: [] },
    ]);
  });

  it('reads Atom entries: the alternate link resolved against the feed, HTML and XHTML text, published before updated', () => {
    const feed = parseFeed(ATOM_SAMPLE, 'https://chips.example.com/feed.atom');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Chip Journal');
    expect(feed.items).toEqual([
      {
        id: 'tag:chips.example.com,2025:7',
        title: 'Nvidia & partners unveil new AI chips',
        summary: 'NVIDIA shares climbed 3%.',
        url: 'https://chips.example.com/entries/7',
        time: Date.UTC(2025, 5, 4, 8),
        categories: ['NVDA'],
      },
      {
        id: 'tag:chips.example.com,2025:8',
        title: 'Semiconductor index slips',
        summary: 'Chip stocks slipped in late trade.',
        url: 'https://chips.example.com/entries/8',
        time: Date.UTC(2025, 5, 4, 11, 30),
        categories: [],
      },
    ]);
  });

  it('reads RSS 1.0 (RDF), whose items sit beside the channel', () => {
    const feed = parseFeed(RDF_SAMPLE, 'https://old.example.com/rss');
    expect(feed).toEqual({
      format: 'rdf',
      title: 'Old Style News',
      items: [{ id: null, title: 'Microsoft raises its dividend', summary: null, url: 'https://old.example.com/1', time: Date.UTC(2025, 5, 2, 12), categories: [] }],
    });
  });

  it('shortens long summaries and drops links that are not http(s)', () => {
    const long = 'word '.repeat(400);
    const feed = parseFeed(`<rss><channel><item><title>T</title><link>javascript:alert(1)</link><description>${long}</description><pubDate>2025-06-01T00:00:00Z</pubDate></item></channel></rss>`, 'https://x.example.com/');
    expect(feed.items[0].url).toBeNull();
    expect(feed.items[0].summary).toHaveLength(MAX_SUMMARY_LENGTH);
    expect(feed.items[0].summary?.endsWith('…')).toBe(true);
  });

  it('says when XML is not a feed', () => {
    expect(() => parseFeed('<html><body>Sign in</body></html>', 'https://x.example.com/')).toThrow(new FeedFormatError("not an RSS or Atom feed: the document's root element is <html>"));
    expect(() => parseFeed('<rss version="2.0"></rss>', 'https://x.example.com/')).toThrow('an RSS document without a <channel> element');
  });
});

describe('parseFeedDate', () => {
  it('reads RFC 822 and ISO 8601 dates and rejects nonsense', () => {
    expect(parseFeedDate('Wed, 04 Jun 2025 08:00:00 EDT')).toBe(Date.UTC(2025, 5, 4, 12));
    expect(parseFeedDate('2025-06-04T08:00:00.500+01:00')).toBe(Date.UTC(2025, 5, 4, 7, 0, 0, 500));
    expect(parseFeedDate('yesterday')).toBeNull();
    expect(parseFeedDate('Thu, 01 Jan 1970 00:00:00 GMT')).toBeNull();
    expect(parseFeedDate(null)).toBeNull();
  });
});
