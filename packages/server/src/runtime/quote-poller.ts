import type { BusEvent } from '../bus/message-bus.js';
import { quoteEvent } from '../bus/bus-events.js';
import { quoteBody } from '../api/market-data/quote-body.js';
import type { SourcedData } from '../market-data/chain/sourced-data.js';
import type { Quote } from '../market-data/quote.js';
import type { Lease } from '../support/lease.js';
import { PeriodicChore } from '../support/periodic-chore.js';
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
  private readonly chore: PeriodicChore;

  constructor(private readonly options: QuotePollerOptions) {
    this.chore = new PeriodicChore({ intervalMs: options.intervalMs, lease: options.lease, run: () => this.poll(), onError: (error) => options.onError?.('*', error) });
  }

  /** Starts polling (the first round right away). */
  start(): void {
    this.chore.start();
  }

  /** Stops polling, waits for the round in progress and gives the lease up. */
  stop(): Promise<void> {
    return this.chore.stop();
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
}
