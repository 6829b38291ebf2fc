import type { Lease } from '../../support/lease.js';
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
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> | undefined;
  private stopped = true;

  constructor(private readonly options: RetrievalIndexerOptions) {}

  /** Starts the rounds (the first right away). */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops, waits for the round in progress and gives the lease up. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    await this.round;
    await this.options.lease?.release();
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

  private async runIfHeld(): Promise<void> {
    if (this.options.lease === undefined || (await this.options.lease.tryHold())) await this.runOnce();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.runIfHeld()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => this.schedule(this.options.intervalMs ?? 30_000));
    }, delay);
    this.timer.unref();
  }
}
