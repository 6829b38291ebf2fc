import { createConfiguredScorer } from '../ai/sentiment/create-configured-scorer.js';
import { loadTrainedSentimentScorer } from '../ai/sentiment/load-trained-sentiment-scorer.js';
import type { ServerConfig } from '../config/server-config.js';
import type { ProviderChain } from '../market-data/chain/provider-chain.js';
import { ChainCompanyNames } from '../news/chain-company-names.js';
import { ChainNewsSource } from '../news/chain-news-source.js';
import { NewsPoller } from '../news/news-poller.js';
import { NewsService } from '../news/news-service.js';
import { refreshEach } from '../news/refresh-each.js';
import { RssNewsSource } from '../news/rss-news-source.js';
import type { Database } from '../storage/database.js';
import type { Lease } from '../support/lease.js';
import { TranscriptService } from '../transcripts/transcript-service.js';

/** The texts the sentiment agents read: news and social posts polled together, transcripts posted on demand. */
export interface TextSources {
  readonly poller: NewsPoller;
  readonly transcripts: TranscriptService;
}

/** What the text sources need from the rest of the server. */
export interface TextSourcesContext {
  readonly database: Database;
  readonly chain: ProviderChain;
  readonly symbols: () => Promise<readonly string[]>;
  readonly lease: Lease | undefined;
  readonly now?: () => number;
  /** Collects start-up warnings (a sentiment model that could not load). */
  readonly warnings: string[];
  /** The app's logger, which exists only once the app is built (called later, never during creation). */
  readonly log: () => { debug(message: string | object, text?: string): void; warn(message: string): void; error(context: object, message: string): void };
}

/**
 * News (the providers that have it and `NEWS_FEEDS`), social posts (`SOCIAL_FEEDS`) and earnings-call transcripts,
 * all scored by the configured sentiment backend (transformer, trained model or word list; one that cannot load
 * falls back to the word list, with a warning).
 */
export async function createTextSources(config: ServerConfig, context: TextSourcesContext): Promise<TextSources> {
  const { database, chain, now } = context;
  const scorer = await createConfiguredScorer(config, { onWarning: (message) => context.warnings.push(`sentiment: ${message}`), loadTrainedModel: loadTrainedSentimentScorer });
  const companyNames = new ChainCompanyNames(chain, { now });
  const namesOf = (symbols: readonly string[]): Promise<ReadonlyMap<string, readonly string[]>> => companyNames.namesOf(symbols);
  const news = new NewsService({
    database,
    scorer,
    sources: [new ChainNewsSource(chain), new RssNewsSource({ feeds: config.newsFeeds, now })],
    companyNames: namesOf,
    now,
  });
  const social = new NewsService({ database, scorer, kind: 'social', sources: [new RssNewsSource({ id: 'social', feeds: config.socialFeeds, now })], companyNames: namesOf, now });
  const poller = new NewsPoller({
    symbols: context.symbols,
    refresh: refreshEach([news, social]),
    intervalMs: config.newsRefreshMs,
    lease: context.lease,
    onReport: (report) => {
      const log = context.log();
      // A provider without news is normal (csv, ccxt); a failing feed or scorer is the operator's to fix.
      for (const failure of report.failures) {
        if (failure.source === 'market-data') log.debug(`news: ${failure.message}`);
        else log.warn(`news (${failure.source}): ${failure.message}`);
      }
      log.debug({ fetched: report.fetched, duplicates: report.duplicates, scored: report.scored, stored: report.stored }, 'news round');
    },
    onError: (error) => context.log().error({ err: error }, 'news round failed'),
  });
  return { poller, transcripts: new TranscriptService({ database, scorer, chain, now }) };
}
