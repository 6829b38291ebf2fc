import { describe, expect, it } from 'vitest';
import { parseNewsFeeds } from './news-feed-config.js';

describe('parseNewsFeeds', () => {
  it('reads feeds separated by spaces or new lines, each optionally tied to symbols, keeping commas inside URLs', () => {
    expect(parseNewsFeeds(' https://news.example.com/markets.rss\n aapl,msft=https://feeds.example.com/headline?s=AAPL,MSFT  EURUSD=X=https://fx.example.com/eur.xml ')).toEqual([
      { url: 'https://news.example.com/markets.rss', symbols: [] },
      { url: 'https://feeds.example.com/headline?s=AAPL,MSFT', symbols: ['AAPL', 'MSFT'] },
      { url: 'https://fx.example.com/eur.xml', symbols: ['EURUSD=X'] },
    ]);
    expect(parseNewsFeeds('')).toEqual([]);
  });

  it('says what is wrong with a bad entry', () => {
    expect(() => parseNewsFeeds('news.example.com/rss')).toThrow('"news.example.com/rss" is not a feed: expected URL or SYMBOLS=URL, e.g. AAPL=https://example.com/aapl.rss');
    expect(() => parseNewsFeeds('ftp://x.example.com/feed')).toThrow('"ftp://x.example.com/feed" is not an http(s) URL');
    expect(() => parseNewsFeeds('AA PL=https://x.example.com/feed')).toThrow('"AA" is not a feed');
    expect(() => parseNewsFeeds('A*B=https://x.example.com/feed')).toThrow('"A*B" in "A*B=https://x.example.com/feed" is not a symbol');
    expect(() => parseNewsFeeds('https://x.example.com/f AAPL=https://x.example.com/f')).toThrow('the feed https://x.example.com/f is listed twice');
  });
});
