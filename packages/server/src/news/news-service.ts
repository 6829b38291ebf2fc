import type { SentimentScore } from '@goldensignals/engine';
import type { NewsArticle } from '../market-data/news-article.js';
import type { Database } from '../storage/database.js';
import { NewsRepository, type NewNewsItem } from '../storage/repositories/news-repository.js';
import type { AsyncSentimentScorer } from '../ai/sentiment/async-sentiment-scorer.js';
import { checkSentimentScores } from './check-sentiment-scores.js';
import type { NewsSource, NewsSourceFailure } from './news-source.js';
import { newsTitleHash } from './news-title-hash.js';
import { normalizeNewsUrl } from './normalize-news-url.js';
import { MAX_SUMMARY_LENGTH } from './parse-feed.js';
import { SymbolTagger } from './symbol-tagger.js';

/** Options of {@link NewsService}. */
export interface NewsServiceOptions {
  readonly database: Database;
  /** The configured sentiment scorer; its id is stored with every score. */
  readonly scorer: AsyncSentimentScorer;
  /** Where news comes from, in order of preference (providers first, then feeds). */
  readonly sources: readonly NewsSource[];
  /** Registered company names of symbols, so feed items naming a company are tied to it; default none. */
  readonly companyNames?: (symbols: readonly string[]) => Promise<ReadonlyMap<string, readonly string[]>>;
  /**
   * What the sources give: `news` (default) or `social` posts, stored under that kind. A post is scored on its
   * title and text, as posts often say more in the body than in the title; news on its headline.
   */
  readonly kind?: 'news' | 'social';
  /** Texts per `scoreMany` call; default 32. */
  readonly scoreBatchSize?: number;
  readonly now?: () => number;
}

/** What one refresh did. */
export interface NewsRefreshReport {
  /** Article–symbol pairs the sources gave. */
  readonly fetched: number;
  /** Pairs dropped as stored already or repeated within the round (same link or headline for the symbol). */
  readonly duplicates: number;
  /** Distinct headlines scored. */
  readonly scored: number;
  /** Rows stored (fewer than new pairs only when another process stored the same story meanwhile). */
  readonly stored: number;
  /** Symbols, feeds or scoring batches that failed; the rest went on. */
  readonly failures: readonly NewsSourceFailure[];
}

const MAX_TITLE_LENGTH = 500;

interface Candidate {
  readonly item: Omit<NewNewsItem, 'sentiment' | 'scorerId'>;
  readonly text: string;
}

function clip(text: string | null, max: number): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * News (or social posts) for the watched symbols: pulled from every source, de-duplicated per symbol (normalised
 * link and normalised headline), each new headline scored once by the configured scorer, and stored with its
 * label, score, confidence and scorer id. The engine's news and social agents read the stored items as
 * `MarketInputs.news` and `MarketInputs.social` (see `storedNewsInputs`).
 */
export class NewsService {
  private readonly repository: NewsRepository;
  private readonly now: () => number;

  constructor(private readonly options: NewsServiceOptions) {
    this.repository = new NewsRepository(options.database.db);
    this.now = options.now ?? Date.now;
  }

  /** One round: fetches news about `symbols` from every source, stores what is new, scored. */
  async refresh(symbols: readonly string[], signal?: AbortSignal): Promise<NewsRefreshReport> {
    const watched = [...new Set(symbols.map((symbol) => symbol.toUpperCase()))];
    const failures: NewsSourceFailure[] = [];
    const names = await this.companyNames(watched, failures);
    const tagger = new SymbolTagger(watched, names);
    const articles: NewsArticle[] = [];
    for (const source of this.options.sources) {
      try {
        const fetched = await source.fetch(watched, tagger, signal);
        articles.push(...fetched.articles);
        failures.push(...fetched.failures);
      } catch (error) {
        if (signal?.aborted) throw error;
        failures.push({ source: source.id, message: messageOf(error) });
      }
    }
    const candidates = this.candidatesOf(articles);
    const fresh = await this.unknown(this.firstOfEachStory(candidates));
    const { items, scored } = await this.score(fresh, failures);
    const stored = await this.repository.insertMany(items);
    return { fetched: candidates.length, duplicates: candidates.length - fresh.length, scored, stored, failures };
  }

  private async companyNames(symbols: readonly string[], failures: NewsSourceFailure[]): Promise<ReadonlyMap<string, readonly string[]>> {
    if (this.options.companyNames === undefined) return new Map();
    try {
      return await this.options.companyNames(symbols);
    } catch (error) {
      failures.push({ source: 'company-names', message: messageOf(error) });
      return new Map();
    }
  }

  /** One candidate row per article and symbol, with its dedupe keys; articles without a headline are dropped. */
  private candidatesOf(articles: readonly NewsArticle[]): Candidate[] {
    const now = this.now();
    const candidates: Candidate[] = [];
    for (const article of articles) {
      const title = clip(article.title, MAX_TITLE_LENGTH);
      if (title === null || !Number.isFinite(article.time)) continue;
      // Known at the latest when fetched: a future date would hide the item from the bars it belongs to.
      const publishedAt = Math.min(article.time, now);
      const urlKey = normalizeNewsUrl(article.url);
      const titleHash = newsTitleHash(title, publishedAt, article.publisher);
      const summary = clip(article.summary, MAX_SUMMARY_LENGTH);
      const kind = this.options.kind ?? 'news';
      for (const symbol of new Set(article.symbols.map((value) => value.toUpperCase()))) {
        candidates.push({
          text: kind === 'social' && summary !== null ? `${title}\n${summary}` : title,
          item: {
            symbol,
            kind,
            title,
            summary,
            url: urlKey === null ? null : article.url,
            urlKey,
            titleHash,
            publisher: clip(article.publisher, 200) ?? article.source,
            source: article.source,
            publishedAt,
            simulated: article.simulated,
          },
        });
      }
    }
    return candidates;
  }

  /** The earliest-published copy of each story per symbol (the same link or the same headline). */
  private firstOfEachStory(candidates: readonly Candidate[]): Candidate[] {
    const seen = new Set<string>();
    const kept: Candidate[] = [];
    for (const candidate of [...candidates].sort((a, b) => a.item.publishedAt - b.item.publishedAt)) {
      const { symbol, urlKey, titleHash } = candidate.item;
      const keys = [`t|${symbol}|${titleHash}`, ...(urlKey === null ? [] : [`u|${symbol}|${urlKey}`])];
      if (keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      kept.push(candidate);
    }
    return kept;
  }

  /** The candidates whose story is not stored for their symbol yet (those need scoring). */
  private async unknown(candidates: readonly Candidate[]): Promise<Candidate[]> {
    const bySymbol = new Map<string, Candidate[]>();
    for (const candidate of candidates) bySymbol.set(candidate.item.symbol, [...(bySymbol.get(candidate.item.symbol) ?? []), candidate]);
    const fresh: Candidate[] = [];
    for (const [symbol, group] of bySymbol) {
      const urlKeys = group.flatMap((candidate) => (candidate.item.urlKey === null ? [] : [candidate.item.urlKey]));
      const known = await this.repository.knownKeys(symbol, urlKeys, group.map((candidate) => candidate.item.titleHash), this.options.kind ?? 'news');
      fresh.push(...group.filter((candidate) => !known.titleHashes.has(candidate.item.titleHash) && (candidate.item.urlKey === null || !known.urlKeys.has(candidate.item.urlKey))));
    }
    return fresh;
  }

  /** Scores each distinct headline once; a failing batch is reported and its items wait for the next round. */
  private async score(candidates: readonly Candidate[], failures: NewsSourceFailure[]): Promise<{ items: NewNewsItem[]; scored: number }> {
    const { scorer } = this.options;
    const texts = [...new Set(candidates.map((candidate) => candidate.text))];
    const scores = new Map<string, SentimentScore>();
    const size = Math.max(1, this.options.scoreBatchSize ?? 32);
    for (let start = 0; start < texts.length; start += size) {
      const batch = texts.slice(start, start + size);
      try {
        const answer = checkSentimentScores(scorer.id, batch, await scorer.scoreMany(batch));
        batch.forEach((text, i) => scores.set(text, answer[i]));
      } catch (error) {
        failures.push({ source: `scorer:${scorer.id}`, message: messageOf(error) });
      }
    }
    const items: NewNewsItem[] = [];
    for (const candidate of candidates) {
      const sentiment = scores.get(candidate.text);
      if (sentiment !== undefined) items.push({ ...candidate.item, sentiment, scorerId: scorer.id });
    }
    return { items, scored: scores.size };
  }
}
