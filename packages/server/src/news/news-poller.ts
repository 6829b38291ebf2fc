import type { Lease } from '../support/lease.js';
import { PeriodicChore } from '../support/periodic-chore.js';
import type { NewsRefreshReport } from './news-service.js';

/** Options of {@link NewsPoller}. */
export interface NewsPollerOptions {
  /** The symbols to fetch news for, read at every round (watchlists change). */
  readonly symbols: () => Promise<readonly string[]>;
  /** One round (`NewsService.refresh`). */
  readonly refresh: (symbols: readonly string[], signal: AbortSignal) => Promise<NewsRefreshReport>;
  /** Time between the end of a round and the start of the next, ms. */
  readonly intervalMs: number;
  /** Told what each round did (log its failures). */
  readonly onReport?: (report: NewsRefreshReport) => void;
  readonly onError?: (error: unknown) => void;
  /** Scaled out, rounds run only on the node holding this lease, so each source is asked once. Default: always. */
  readonly lease?: Lease;
}

/**
 * Refreshes the news of the followed symbols every interval. A round starts only after the previous one
 * ended, so slow feeds never pile rounds up; `stop` cancels the round in progress. Scaled out, the unique
 * keys of the news table would keep two nodes from storing a story twice, and the lease keeps them from
 * fetching and scoring it twice.
 */
export class NewsPoller {
  private readonly chore: PeriodicChore;

  constructor(private readonly options: NewsPollerOptions) {
    this.chore = new PeriodicChore({ intervalMs: options.intervalMs, lease: options.lease, run: (signal) => this.round(signal), onError: (error) => options.onError?.(error) });
  }

  /** Starts polling (the first round right away). */
  start(): void {
    this.chore.start();
  }

  /** Stops polling, cancels the round in progress and gives the lease up. */
  stop(): Promise<void> {
    return this.chore.stop();
  }

  /** One round now. */
  poll(): Promise<NewsRefreshReport> {
    return this.round(new AbortController().signal);
  }

  private async round(signal: AbortSignal): Promise<NewsRefreshReport> {
    const report = await this.options.refresh(await this.options.symbols(), signal);
    this.options.onReport?.(report);
    return report;
  }
}
