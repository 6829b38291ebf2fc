import { FinanceWordListScorer } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { useLocalApiServer } from '../market-data/providers/http/use-local-api-server.test-support.js';
import { NewsRepository } from '../storage/repositories/news-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { parseNewsFeeds } from './news-feed-config.js';
import { NewsService } from './news-service.js';
import { useNewsTable } from './news-table.test-support.js';
import { parseFeed } from './parse-feed.js';
import { REDDIT_ATOM_SAMPLE } from './reddit-feed-sample.test-support.js';
import { RssNewsSource } from './rss-news-source.js';
import { storedNewsInputs } from './stored-news-inputs.js';
import { SymbolTagger } from './symbol-tagger.js';
import { wordListScorer } from './word-list-scorer.test-support.js';

const NOW = Date.UTC(2025, 5, 4, 12);
const WATCHED = ['AAPL', 'MSFT', 'NVDA', 'TSLA'];
const NAMES = new Map([['NVDA', ['NVIDIA Corporation']]]);

it("parses a subreddit's Atom feed and ties its posts to the watched symbols by cashtag and company name", () => {
  const feed = parseFeed(REDDIT_ATOM_SAMPLE, 'https://www.reddit.com/r/stocks/.rss');
  expect(feed.format).toBe('atom');
  expect(feed.title).toBe('Stocks - Investing and trading for all');
  const tagger = new SymbolTagger(WATCHED, NAMES);
  expect(feed.items.map((item) => [item.title, item.url, item.time, tagger.symbolsIn(`${item.title}\n${item.summary ?? ''}`, item.categories)])).toEqual([
    ['$AAPL earnings beat, strong growth ahead', 'https://www.reddit.com/r/stocks/comments/1d01/post/', Date.UTC(2025, 5, 4, 10, 58), ['AAPL']],
    ['Thoughts on the selloff?', 'https://www.reddit.com/r/stocks/comments/1d02/post/', Date.UTC(2025, 5, 4, 9, 30), ['NVDA']],
    ['Daily discussion thread', 'https://www.reddit.com/r/stocks/comments/1d03/post/', Date.UTC(2025, 5, 4, 6), []],
    ['Bought more $tsla and $MSFT today', 'https://www.reddit.com/r/stocks/comments/1d04/post/', Date.UTC(2025, 5, 3, 20, 15), ['MSFT', 'TSLA']],
  ]);
  // The post's body, as text, is its summary.
  expect(feed.items[1].summary).toContain('Nvidia shares plunged after the export ban; losses could deepen.');
});

describeStorage('social posts', (context) => {
  useNewsTable(context);
  const local = useLocalApiServer();

  it('stores the posts of SOCIAL_FEEDS as social items, scored on title and body, once, and gives them to the social agent', async () => {
    local.server.answer((request) => (request.path === '/r/stocks/.rss' ? { headers: { 'content-type': 'application/atom+xml; charset=UTF-8' }, body: REDDIT_ATOM_SAMPLE } : { status: 404, body: 'no' }));
    const scorer = wordListScorer();
    const social = new NewsService({
      database: context.database,
      scorer,
      kind: 'social',
      sources: [new RssNewsSource({ id: 'social', feeds: parseNewsFeeds(`${local.server.baseUrl}/r/stocks/.rss`), now: () => NOW })],
      companyNames: async () => NAMES,
      now: () => NOW,
    });
    expect(await social.refresh(WATCHED)).toEqual({ fetched: 4, duplicates: 0, scored: 3, stored: 4, failures: [] });
    const repository = new NewsRepository(context.database.db);
    expect((await repository.list(null)).items).toEqual([]);
    const posts = (await repository.list(null, null, 50, 'social')).items;
    // Newest first; the MSFT and TSLA rows are one post, so their order is the ids'.
    expect(posts.map((post) => post.symbol).slice(0, 2)).toEqual(['AAPL', 'NVDA']);
    expect(posts.map((post) => post.symbol).slice(2).sort()).toEqual(['MSFT', 'TSLA']);
    expect(new Set(posts.map((post) => `${post.kind} ${post.source} ${post.publisher}`))).toEqual(new Set(['social social Stocks - Investing and trading for all']));
    const nvidia = posts[1];
    expect(nvidia.sentiment).toEqual(new FinanceWordListScorer().score(`${nvidia.title}\n${nvidia.summary ?? ''}`));
    expect(nvidia.sentiment.score).toBeLessThan(0);
    expect(scorer.scoredTexts.some((text) => text.startsWith('Thoughts on the selloff?\nNvidia shares plunged'))).toBe(true);

    expect(await social.refresh(WATCHED)).toEqual({ fetched: 4, duplicates: 4, scored: 0, stored: 0, failures: [] });
    const inputs = await storedNewsInputs(context.database)({ symbol: 'NVDA', from: NOW - 3_600_000, to: NOW });
    expect(inputs.social?.map((text) => [text.text, text.source])).toEqual([['Thoughts on the selloff?', 'social']]);
    expect(inputs.news).toEqual([]);
  });
});
