import { FinanceWordListScorer, randomWalkBars, SignalEngine, TIMEFRAME_MS } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { ProviderChain } from '../market-data/chain/provider-chain.js';
import { useLocalApiServer } from '../market-data/providers/http/use-local-api-server.test-support.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { NewsRepository } from '../storage/repositories/news-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import type { AsyncSentimentScorer } from '../ai/sentiment/async-sentiment-scorer.js';
import { ChainCompanyNames } from './chain-company-names.js';
import { ChainNewsSource } from './chain-news-source.js';
import { ATOM_SAMPLE, RDF_SAMPLE, RSS_SAMPLE } from './feed-samples.test-support.js';
import { parseNewsFeeds } from './news-feed-config.js';
import type { NewsSource } from './news-source.js';
import { NewsService } from './news-service.js';
import { useNewsTable } from './news-table.test-support.js';
import { RssNewsSource } from './rss-news-source.js';
import { storedNewsInputs } from './stored-news-inputs.js';
import { wordListScorer } from './word-list-scorer.test-support.js';

const NOW = Date.UTC(2025, 5, 5);
const DAY = TIMEFRAME_MS['1d'];
const WATCHED = ['AAPL', 'MSFT', 'NVDA', 'TSLA'];

function rss(title: string, items: readonly { title: string; link: string; date: string }[]): string {
  const entries = items.map((item) => `<item><title>${item.title}</title><link>${item.link}</link><pubDate>${item.date}</pubDate></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${entries}</channel></rss>`;
}

describeStorage('news service', (context) => {
  useNewsTable(context);
  const local = useLocalApiServer();

  function serve(documents: Readonly<Record<string, string>>): void {
    local.server.answer((request) => {
      const body = documents[request.path];
      return body === undefined ? { status: 404, body: 'no such feed' } : { headers: { 'content-type': 'application/rss+xml' }, body };
    });
  }

  function service(sources: readonly NewsSource[], scorer: AsyncSentimentScorer = wordListScorer(), companyNames?: ChainCompanyNames): NewsService {
    return new NewsService({ database: context.database, scorer, sources, companyNames: companyNames && ((symbols) => companyNames.namesOf(symbols)), now: () => NOW });
  }

  function simulatorChain(): ProviderChain {
    return new ProviderChain({ providers: [new MarketSimulator({ seed: 5, now: () => NOW })], barRepository: new BarRepository(context.database.db) });
  }

  it('stores provider and feed news under the symbols they concern, each headline scored once with the scorer id, and nothing twice', async () => {
    serve({ '/wire.xml': RSS_SAMPLE, '/chips.atom': ATOM_SAMPLE, '/msft.rdf': RDF_SAMPLE });
    const base = local.server.baseUrl;
    const chain = simulatorChain();
    const scorer = wordListScorer();
    const news = service(
      [new ChainNewsSource(chain, { limit: 3 }), new RssNewsSource({ feeds: parseNewsFeeds(`${base}/wire.xml ${base}/chips.atom ${base}/msft.rdf`), now: () => NOW })],
      scorer,
      new ChainCompanyNames(chain),
    );

    const first = await news.refresh(WATCHED);
    expect(first.failures).toEqual([]);
    // 3 simulated articles per symbol, and 5 feed items tied to a watched symbol by ticker, category or company name
    // ("Microsoft raises its dividend": the name comes from the providers' fundamentals); the undated and untied are not.
    expect(first).toMatchObject({ fetched: 17, duplicates: 0, stored: 17 });
    const page = await new NewsRepository(context.database.db).list(null, null, 100);
    const byTitle = new Map(page.items.map((item) => [item.title, item]));
    const feedItems = page.items.filter((item) => item.source === 'rss').map((item) => `${item.symbol}: ${item.title}`);
    expect(feedItems.sort()).toEqual([
      'AAPL: Apple beats estimates as iPhone sales jump',
      'MSFT: Microsoft raises its dividend',
      'MSFT: Oil steadies in quiet trade',
      'NVDA: Nvidia & partners unveil new AI chips',
      'TSLA: $TSLA falls after deliveries miss & margins shrink',
    ]);
    expect(first.scored).toBe(new Set(page.items.map((item) => item.title)).size);
    expect(byTitle.get('Apple beats estimates as iPhone sales jump')).toMatchObject({
      publisher: 'Market Wire',
      url: 'https://wire.example.com/apple-beats?utm_source=rss&utm_medium=feed',
      publishedAt: Date.UTC(2025, 5, 3, 13, 30),
      simulated: false,
      scorerId: 'finance-word-list',
      sentiment: new FinanceWordListScorer().score('Apple beats estimates as iPhone sales jump'),
    });
    const simulated = page.items.filter((item) => item.source === 'simulator');
    expect(simulated.map((item) => item.symbol).sort()).toEqual(['AAPL', 'AAPL', 'AAPL', 'MSFT', 'MSFT', 'MSFT', 'NVDA', 'NVDA', 'NVDA', 'TSLA', 'TSLA', 'TSLA']);
    expect(simulated.every((item) => item.simulated && item.publishedAt <= NOW)).toBe(true);

    const scoredBefore = scorer.scoredTexts.length;
    const second = await news.refresh(WATCHED);
    expect(second).toEqual({ fetched: 17, duplicates: 17, scored: 0, stored: 0, failures: [] });
    expect(scorer.scoredTexts).toHaveLength(scoredBefore);
  });

  it('keeps the earliest copy of a story several feeds carry: the same headline with the publisher appended, or the same link with tracking parameters', async () => {
    serve({
      '/alpha.xml': rss('Alpha', [{ title: 'Apple beats estimates', link: 'https://news.example.com/apple?utm_source=alpha', date: '2025-06-03T10:00:00Z' }]),
      '/beta.xml': rss('Beta', [
        { title: 'Apple beats estimates - Beta', link: 'https://beta.example.com/1', date: '2025-06-03T09:00:00Z' },
        { title: 'Apple tops forecasts', link: 'http://www.beta.example.com/1/?utm_medium=rss', date: '2025-06-03T11:00:00Z' },
      ]),
    });
    const base = local.server.baseUrl;
    const news = service([new RssNewsSource({ feeds: parseNewsFeeds(`AAPL=${base}/alpha.xml AAPL=${base}/beta.xml`), now: () => NOW })]);
    const report = await news.refresh(['AAPL']);
    expect(report).toEqual({ fetched: 3, duplicates: 2, scored: 1, stored: 1, failures: [] });
    const [stored] = (await new NewsRepository(context.database.db).list('AAPL', null, 10)).items;
    expect([stored.title, stored.publisher, stored.publishedAt]).toEqual(['Apple beats estimates - Beta', 'Beta', Date.UTC(2025, 5, 3, 9)]);
  });

  it('reports a failing feed and a failing scorer without losing the rest; a later round stores what could not be scored', async () => {
    serve({ '/wire.xml': RSS_SAMPLE });
    const base = local.server.baseUrl;
    const feeds = parseNewsFeeds(`${base}/wire.xml ${base}/missing.xml`);
    const broken: AsyncSentimentScorer = { id: 'broken', scoreMany: async (texts) => texts.slice(1).map(() => ({ label: 'neutral', score: 0, confidence: 1 })) };
    const failed = await service([new RssNewsSource({ feeds, now: () => NOW })], broken).refresh(WATCHED);
    expect(failed).toMatchObject({ fetched: 3, duplicates: 0, scored: 0, stored: 0 });
    expect(failed.failures).toEqual([
      { source: 'rss', message: `feed ${base}/missing.xml: HTTP 404 Not Found` },
      { source: 'scorer:broken', message: 'sentiment scorer "broken" returned 2 scores for 3 texts' },
    ]);
    const later = await service([new RssNewsSource({ feeds, now: () => NOW })]).refresh(WATCHED);
    expect(later).toMatchObject({ fetched: 3, duplicates: 0, scored: 3, stored: 3 });
  });

  it('feeds the news agent: the engine votes on the stored news published up to each bar and abstains before', async () => {
    serve({
      '/aapl.xml': rss('Apple Wire', [
        { title: 'Apple profit rises sharply', link: 'https://w.example.com/1', date: '2025-06-02T14:00:00Z' },
        { title: 'Apple beats estimates and raises its outlook', link: 'https://w.example.com/2', date: '2025-06-03T14:00:00Z' },
        { title: 'Apple revenue grew strongly', link: 'https://w.example.com/3', date: '2025-06-04T14:00:00Z' },
        { title: 'Apple shares surge to a record high', link: 'https://w.example.com/4', date: '2025-06-04T16:00:00Z' },
      ]),
    });
    const news = service([new RssNewsSource({ feeds: parseNewsFeeds(`AAPL=${local.server.baseUrl}/aapl.xml`), now: () => NOW })]);
    expect((await news.refresh(['AAPL'])).stored).toBe(4);

    const bars = randomWalkBars({ length: 120, seed: 3, timeframe: '1d', startTime: NOW - 119 * DAY, symbol: 'AAPL' });
    const inputs = await storedNewsInputs(context.database)({ symbol: 'AAPL', from: bars.time[0], to: NOW });
    expect(inputs.news?.map((item) => item.text)).toEqual(['Apple profit rises sharply', 'Apple beats estimates and raises its outlook', 'Apple revenue grew strongly', 'Apple shares surge to a record high']);
    const engine = new SignalEngine({ agents: ['news-sentiment', 'rsi'] });
    const last = bars.length - 1;
    engine.replay(bars.slice(0, last - 4), { learn: false, inputs });
    // June 1: nothing published yet.
    const before = engine.updateWithDetails('AAPL', '1d', bars.bar(last - 4), inputs).results.find((result) => result.agent === 'news-sentiment');
    expect([before?.status, before?.reason]).toEqual(['abstained', 'only 0 news items for AAPL in the last 120 h, need 3']);
    for (let i = last - 3; i < last; i++) engine.update('AAPL', '1d', bars.bar(i), inputs);
    const after = engine.updateWithDetails('AAPL', '1d', bars.bar(last), inputs).results.find((result) => result.agent === 'news-sentiment');
    expect(after?.status).toBe('voted');
    expect(after?.vote?.action).toBe('BUY');
    expect(after?.vote?.indicators.items).toBe(4);
  });
});
