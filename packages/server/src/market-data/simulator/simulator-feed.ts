import type { Bar, Timeframe } from '@goldensignals/engine';
import type { Quote } from '../quote.js';
import { SYSTEM_FEED_TIMER, type FeedTimer } from './feed-timer.js';
import type { MarketSimulator } from './market-simulator.js';
import { simulatedQuote } from './simulated-quote.js';
import type { SymbolSimulation } from './symbol-simulation.js';

/** What the live feed emits: a bar that has just closed, or a new quote. */
export type SimulatorFeedEvent =
  | { readonly type: 'bar'; readonly symbol: string; readonly timeframe: Timeframe; readonly bar: Bar; readonly simulated: true }
  | { readonly type: 'quote'; readonly quote: Quote };

/** Options of {@link SimulatorFeed}. */
export interface SimulatorFeedOptions {
  /** Default: Node's timers. */
  readonly timer?: FeedTimer;
  /** Called when a listener throws; the feed goes on. Default: `console.error`. */
  readonly onListenerError?: (error: unknown) => void;
}

/** setTimeout's longest delay; longer waits are taken in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

interface Subscription {
  readonly simulation: SymbolSimulation;
  readonly listener: (event: SimulatorFeedEvent) => void;
  cancel: () => void;
  active: boolean;
}

/**
 * Streams the simulator live: each bar of a subscribed symbol and timeframe is emitted once, when it
 * closes (followed by a quote at that instant), and quote subscriptions emit whenever the price has
 * moved. Driven by the simulator's clock and an injectable timer. If the process was asleep past several
 * closes, the missed bars are emitted in order on wake-up.
 */
export class SimulatorFeed {
  private readonly timer: FeedTimer;
  private readonly onListenerError: (error: unknown) => void;
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly simulator: MarketSimulator, options: SimulatorFeedOptions = {}) {
    this.timer = options.timer ?? SYSTEM_FEED_TIMER;
    this.onListenerError = options.onListenerError ?? ((error) => console.error('simulator feed listener failed', error));
  }

  /** Emits every bar of `symbol` and `timeframe` that closes from now on; returns the unsubscribe function. */
  subscribeBars(symbol: string, timeframe: Timeframe, listener: (event: SimulatorFeedEvent) => void): () => void {
    const subscription = this.add(symbol, listener);
    let lastClose = this.simulator.now();
    const wake = (): void => {
      if (!subscription.active) return;
      const now = this.simulator.now();
      const { calendar } = subscription.simulation;
      let emitted = false;
      for (let slot = calendar.nextBarSlot(timeframe, lastClose); slot.close <= now; slot = calendar.nextBarSlot(timeframe, lastClose)) {
        const bar = subscription.simulation.barForSlot(timeframe, slot, now);
        lastClose = slot.close;
        if (!bar) continue;
        this.emit(subscription, { type: 'bar', symbol: subscription.simulation.profile.symbol, timeframe, bar, simulated: true });
        emitted = true;
        // A listener may unsubscribe while it handles a bar.
        if (!subscription.active) return;
      }
      if (emitted) this.emitQuote(subscription, now);
      if (!subscription.active) return;
      const next = calendar.nextBarSlot(timeframe, lastClose);
      subscription.cancel = this.timer.setTimeout(wake, Math.min(MAX_DELAY_MS, Math.max(0, next.close - this.simulator.now())));
    };
    wake();
    return () => this.remove(subscription);
  }

  /** Checks the quote of `symbol` every `intervalMs` and emits it when the price or its time changed. */
  subscribeQuotes(symbol: string, intervalMs: number, listener: (event: SimulatorFeedEvent) => void): () => void {
    if (!Number.isFinite(intervalMs) || intervalMs < 1) throw new RangeError(`quote interval must be a finite number of ms >= 1, got ${intervalMs}`);
    const subscription = this.add(symbol, listener);
    let last: Quote | null = null;
    const tick = (): void => {
      if (!subscription.active) return;
      const quote = simulatedQuote(subscription.simulation, this.simulator.now());
      if (quote && (last === null || quote.price !== last.price || quote.time !== last.time)) {
        last = quote;
        this.emit(subscription, { type: 'quote', quote });
      }
      if (subscription.active) subscription.cancel = this.timer.setTimeout(tick, intervalMs);
    };
    tick();
    return () => this.remove(subscription);
  }

  /** Number of live subscriptions. */
  get size(): number {
    return this.subscriptions.size;
  }

  /** Stops every subscription. */
  close(): void {
    for (const subscription of [...this.subscriptions]) this.remove(subscription);
  }

  private add(symbol: string, listener: (event: SimulatorFeedEvent) => void): Subscription {
    const subscription: Subscription = { simulation: this.simulator.simulationOf(symbol), listener, cancel: () => undefined, active: true };
    this.subscriptions.add(subscription);
    return subscription;
  }

  private remove(subscription: Subscription): void {
    subscription.active = false;
    subscription.cancel();
    this.subscriptions.delete(subscription);
  }

  private emitQuote(subscription: Subscription, now: number): void {
    const quote = simulatedQuote(subscription.simulation, now);
    if (quote) this.emit(subscription, { type: 'quote', quote });
  }

  private emit(subscription: Subscription, event: SimulatorFeedEvent): void {
    try {
      subscription.listener(event);
    } catch (error) {
      this.onListenerError(error);
    }
  }
}
