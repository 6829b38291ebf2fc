import type { Lease } from '../../support/lease.js';
import { PeriodicChore } from '../../support/periodic-chore.js';
import type { RetrievalService } from './retrieval-service.js';

/** Options of {@link RetrievalIndexer}. */
export interface RetrievalIndexerOptions {
  readonly retrieval: RetrievalService;
  /** Time between rounds, ms (default 30 s). */
  readonly intervalMs?: number;
  /** Sources indexed per kind and round (default 200), so one round never holds the embedder for long. */
  readonly batchSize?: number;
  /** Scaled out, rounds run only on the node holding this lease, so each source is embedded once. Default: always. */
  readonly lease?: Lease;
  readonly onError?: (error: unknown) => void;
}

/** What one round indexed. */
export interface IndexerRound {
  readonly signals: number;
  readonly news: number;
  readonly backtests: number;
  readonly reembedded: number;
}

/**
 * Keeps retrieval current by sweeping rather than by hooks: every round indexes stored signals, news and completed
 * backtests the current embedder has not indexed (whichever process or worker stored them, also while this node
 * was down), and re-embeds passages of an earlier embedding model. A round starts after the previous one ended.
 */
export class RetrievalIndexer {
  private readonly chore: PeriodicChore;

  constructor(private readonly options: RetrievalIndexerOptions) {
    this.chore = new PeriodicChore({ intervalMs: options.intervalMs ?? 30_000, lease: options.lease, run: () => this.runOnce(), onError: (error) => options.onError?.(error) });
  }

  /** Starts the rounds (the first right away). */
  start(): void {
    this.chore.start();
  }

  /** Stops, waits for the round in progress and gives the lease up. */
  stop(): Promise<void> {
    return this.chore.stop();
  }

  /** One round. */
  async runOnce(): Promise<IndexerRound> {
    const batch = this.options.batchSize ?? 200;
    const { retrieval } = this.options;
    const signals = await retrieval.indexPendingSignals(batch);
    const news = await retrieval.indexPendingNews(batch);
    const backtests = await retrieval.indexPendingBacktests(batch);
    const reembedded = (await retrieval.reembedStale(batch)).sources;
    return { signals, news, backtests, reembedded };
  }
}
