import type { BusEvent } from '../bus/message-bus.js';
import { quoteEvent } from '../bus/bus-events.js';
import { quoteBody } from '../api/market-data/quote-body.js';
import type { SourcedData } from '../market-data/chain/sourced-data.js';
import type { Quote } from '../market-data/quote.js';
import type { Lease } from '../support/lease.js';
import { mapConcurrently } from '../support/map-concurrently.js';

/** Options of {@link QuotePoller}. */
export interface QuotePollerOptions {
  /** The symbols to quote, read at every round (watchlists change). */
  readonly symbols: () => Promise<readonly string[]>;
  readonly quote: (symbol: string) => Promise<SourcedData<Quote>>;
  readonly publish: (event: BusEvent) => Promise<void>;
  /** Time between rounds, ms. */
  readonly intervalMs: number;
  readonly onError?: (symbol: string, error: unknown) => void;
  /** Scaled out, the round runs only on the node holding this lease, so each quote is published once. Default: always. */
  readonly lease?: Lease;
}

/**
 * Publishes the quotes of the followed symbols on `quotes:<SYMBOL>` every interval, in the shape the
 * REST quote route answers. A round starts only after the previous one ended, so a slow provider never
 * piles rounds up; a symbol whose quote fails is reported and skipped.
 */
export class QuotePoller {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: QuotePollerOptions) {}

  /** Starts polling (the first round right away). */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling, waits for the round in progress and gives the lease up. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    await this.round;
    await this.options.lease?.release();
  }

  /** One round: every followed symbol's quote published once. */
  async poll(): Promise<void> {
    const symbols = await this.options.symbols();
    await mapConcurrently(symbols, 4, async (symbol) => {
      try {
        await this.options.publish(quoteEvent(quoteBody(await this.options.quote(symbol))));
      } catch (error) {
        this.options.onError?.(symbol, error);
      }
    });
  }

  private async pollIfHeld(): Promise<void> {
    if (this.options.lease === undefined || (await this.options.lease.tryHold())) await this.poll();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.pollIfHeld()
        .catch((error: unknown) => this.options.onError?.('*', error))
        .finally(() => this.schedule(this.options.intervalMs));
    }, delay);
    this.timer.unref();
  }
}
