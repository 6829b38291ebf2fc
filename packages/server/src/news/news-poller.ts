import type { Lease } from '../support/lease.js';
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
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private abort = new AbortController();
  private stopped = true;

  constructor(private readonly options: NewsPollerOptions) {}

  /** Starts polling (the first round right away). */
  start(): void {
    this.stopped = false;
    this.abort = new AbortController();
    this.schedule(0);
  }

  /** Stops polling, cancels the round in progress and gives the lease up. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.abort.abort(new Error('the news poller stopped'));
    await this.round;
    await this.options.lease?.release();
  }

  /** One round now. */
  async poll(): Promise<NewsRefreshReport> {
    const report = await this.options.refresh(await this.options.symbols(), this.abort.signal);
    this.options.onReport?.(report);
    return report;
  }

  private async pollIfHeld(): Promise<void> {
    if (this.options.lease === undefined || (await this.options.lease.tryHold())) await this.poll();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.pollIfHeld()
        .catch((error: unknown) => {
          if (!this.stopped) this.options.onError?.(error);
        })
        .finally(() => this.schedule(this.options.intervalMs));
    }, delay);
    this.timer.unref();
  }
}
