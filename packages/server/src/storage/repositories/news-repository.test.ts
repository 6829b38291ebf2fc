import { expect, it } from 'vitest';
import { useNewsTable } from '../../news/news-table.test-support.js';
import { newsItems } from '../schema/news-items.js';
import { databaseSchemaFacts } from '../test-support/database-schema-facts.test-support.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { drizzleSchemaFacts } from '../test-support/drizzle-schema-facts.test-support.js';
import { NewsRepository, type NewNewsItem } from './news-repository.js';
import { StorageInputError } from './storage-input-error.js';

const T0 = Date.UTC(2025, 5, 2, 12);
const HOUR = 3_600_000;

function item(overrides: Partial<NewNewsItem> = {}): NewNewsItem {
  return {
    symbol: 'AAPL',
    title: 'Apple beats estimates',
    summary: 'Profit rose.',
    url: 'https://x.example.com/a',
    urlKey: 'x.example.com/a',
    titleHash: 'hash-a',
    publisher: 'Wire',
    source: 'rss',
    publishedAt: T0,
    simulated: false,
    sentiment: { label: 'positive', score: 0.6, confidence: 0.8 },
    scorerId: 'finance-word-list',
    ...overrides,
  };
}

describeStorage('news repository', (context) => {
  useNewsTable(context);
  const repository = (): NewsRepository => new NewsRepository(context.database.db);

  it('has the table, keys, indexes and checks the schema file describes', async () => {
    const facts = (await databaseSchemaFacts(context.database.db)).filter((fact) => / news_items([ .]|$)/.test(fact));
    expect(facts).toEqual(drizzleSchemaFacts([newsItems]));
    expect(facts).toContain('unique news_items_symbol_kind_title_key on news_items (symbol, kind, title_hash)');
  });

  it('stores a story once per symbol: a second copy with the same link or the same headline is skipped, also within one call', async () => {
    expect(await repository().insertMany([item()])).toBe(1);
    const sameLink = item({ title: 'Apple tops forecasts', titleHash: 'hash-b' });
    const sameHeadline = item({ url: 'https://y.example.com/b', urlKey: 'y.example.com/b' });
    const otherSymbol = item({ symbol: 'MSFT' });
    // Without links (NULL keys never collide) the headline alone decides.
    const noLinks = [
      item({ title: 'Apple opens a store', url: null, urlKey: null, titleHash: 'hash-c' }),
      item({ title: 'Apple hires', url: null, urlKey: null, titleHash: 'hash-d' }),
      item({ title: 'Apple opens a store', url: null, urlKey: null, titleHash: 'hash-c' }),
    ];
    expect(await repository().insertMany([sameLink, sameHeadline, otherSymbol, ...noLinks])).toBe(3);
    const page = await repository().list(null);
    expect(page.items.map((stored) => `${stored.symbol} ${stored.url ?? '-'} ${stored.title}`).sort()).toEqual([
      'AAPL - Apple hires',
      'AAPL - Apple opens a store',
      'AAPL https://x.example.com/a Apple beats estimates',
      'MSFT https://x.example.com/a Apple beats estimates',
    ]);
  });

  it('two writers storing the same stories at once store each one row', async () => {
    const batch = Array.from({ length: 20 }, (_, i) => item({ title: `Story ${i}`, titleHash: `h${i}`, url: `https://x.example.com/${i}`, urlKey: `x.example.com/${i}`, publishedAt: T0 + i * HOUR }));
    const counts = await Promise.all([repository().insertMany(batch), repository().insertMany([...batch].reverse())]);
    expect(counts[0] + counts[1]).toBe(20);
    expect((await repository().list('AAPL', null, 100)).items).toHaveLength(20);
  });

  it('tells which link keys and headline hashes of a symbol are stored', async () => {
    await repository().insertMany([item(), item({ symbol: 'MSFT', urlKey: 'x.example.com/m', titleHash: 'hash-m' })]);
    const known = await repository().knownKeys('AAPL', ['x.example.com/a', 'x.example.com/m', 'new'], ['hash-a', 'hash-m', 'hash-new']);
    expect([...known.urlKeys]).toEqual(['x.example.com/a']);
    expect([...known.titleHashes]).toEqual(['hash-a']);
    expect(await repository().knownKeys('AAPL', [], [])).toEqual({ urlKeys: new Set(), titleHashes: new Set() });
  });

  it('gives the scored headlines of a symbol in a time range, oldest first, as the engine reads them', async () => {
    await repository().insertMany([
      item({ titleHash: '1', urlKey: '1', title: 'first', publishedAt: T0 - 2 * HOUR, sentiment: { label: 'negative', score: -0.4, confidence: 0.7 } }),
      item({ titleHash: '2', urlKey: '2', title: 'second', publishedAt: T0 }),
      item({ titleHash: '3', urlKey: '3', title: 'after the range', publishedAt: T0 + HOUR }),
      item({ symbol: 'MSFT', titleHash: '4', urlKey: '4', title: 'other symbol', publishedAt: T0 }),
    ]);
    expect(await repository().scoredTexts('AAPL', T0 - 2 * HOUR, T0)).toEqual([
      { time: T0 - 2 * HOUR, text: 'first', source: 'rss', sentiment: { label: 'negative', score: -0.4, confidence: 0.7 } },
      { time: T0, text: 'second', source: 'rss', sentiment: { label: 'positive', score: 0.6, confidence: 0.8 } },
    ]);
    // At most the newest `limit`, still oldest first.
    expect((await repository().scoredTexts('AAPL', 0, T0 + HOUR, 2)).map((text) => text.text)).toEqual(['second', 'after the range']);
    expect(await repository().scoredTexts('AAPL', T0, T0 - 1)).toEqual([]);
  });

  it('pages through news newest first without skipping or repeating items of the same time, and refuses a foreign cursor', async () => {
    await repository().insertMany(Array.from({ length: 5 }, (_, i) => item({ titleHash: `p${i}`, urlKey: `p${i}`, title: `n${i}`, publishedAt: T0 + (i < 3 ? 0 : i) * HOUR, summary: null })));
    const first = await repository().list('aapl'.toUpperCase(), null, 2);
    const second = await repository().list('AAPL', first.nextCursor, 2);
    const third = await repository().list('AAPL', second.nextCursor, 2);
    const titles = [...first.items, ...second.items, ...third.items].map((stored) => stored.title);
    expect(titles.slice(0, 2)).toEqual(['n4', 'n3']);
    expect([...titles].sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(third.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({ symbol: 'AAPL', summary: null, publisher: 'Wire', simulated: false, scorerId: 'finance-word-list', sentiment: { label: 'positive', score: 0.6, confidence: 0.8 } });
    expect(Math.abs(first.items[0].fetchedAt - Date.now())).toBeLessThan(60_000);
    await expect(repository().list('AAPL', 'bogus')).rejects.toThrow(StorageInputError);
  });

  it('keeps news, social posts and earnings-call passages apart: each kind de-duplicates, reads and lists on its own', async () => {
    const post = (overrides: Partial<NewNewsItem>): NewNewsItem => item({ kind: 'social', source: 'social', ...overrides });
    // The same link as news and as a social post: one row of each kind; a second copy of either is skipped.
    expect(await repository().insertMany([item(), post({}), post({ title: 'Apple beats, $AAPL to the moon', titleHash: 'hash-s' }), item({ titleHash: 'hash-b' })])).toBe(2);
    expect(await repository().insertMany([post({ title: 'Second post', url: 'https://reddit.example.com/2', urlKey: 'reddit.example.com/2', titleHash: 'hash-2', publishedAt: T0 + HOUR, sentiment: { label: 'negative', score: -0.5, confidence: 0.6 } })])).toBe(1);
    const passage = item({ kind: 'earnings_call', source: 'upload', url: null, urlKey: null, titleHash: 'call-2024Q1-0', title: 'Revenue grew 12 percent.', publishedAt: T0 - HOUR });
    expect(await repository().insertMany([passage, { ...passage, title: 'again' }])).toBe(1);

    // The keys of the matching rows of that kind only.
    expect(await repository().knownKeys('AAPL', ['x.example.com/a'], ['hash-2'], 'social')).toEqual({ urlKeys: new Set(['x.example.com/a', 'reddit.example.com/2']), titleHashes: new Set(['hash-a', 'hash-2']) });
    expect(await repository().knownKeys('AAPL', [], ['hash-2'])).toEqual({ urlKeys: new Set(), titleHashes: new Set() });
    expect((await repository().scoredTexts('AAPL', 0, T0 + HOUR, 100, 'social')).map((text) => [text.text, text.source, text.sentiment.score])).toEqual([
      ['Apple beats estimates', 'social', 0.6],
      ['Second post', 'social', -0.5],
    ]);
    expect((await repository().scoredTexts('AAPL', 0, T0 + HOUR, 100, 'earnings_call')).map((text) => text.text)).toEqual(['Revenue grew 12 percent.']);
    expect((await repository().scoredTexts('AAPL', 0, T0 + HOUR)).map((text) => text.text)).toEqual(['Apple beats estimates']);
    // Lists are of one kind, news unless another is asked.
    expect((await repository().list(null)).items.map((stored) => [stored.kind, stored.title])).toEqual([['news', 'Apple beats estimates']]);
    expect((await repository().list('AAPL', null, 50, 'social')).items.map((stored) => [stored.kind, stored.title])).toEqual([
      ['social', 'Second post'],
      ['social', 'Apple beats estimates'],
    ]);
    expect((await repository().list(null, null, 50, 'earnings_call')).items.map((stored) => stored.kind)).toEqual(['earnings_call']);
  });

  it('refuses scores outside their ranges', async () => {
    await expect(repository().insertMany([item({ sentiment: { label: 'positive', score: 1.5, confidence: 0.5 } })])).rejects.toThrow();
    await expect(repository().insertMany([item({ sentiment: { label: 'positive', score: 0.5, confidence: -0.1 } })])).rejects.toThrow();
  });
});
