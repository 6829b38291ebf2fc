import type { Timeframe } from '@goldensignals/engine';
import { calendarForSymbol } from '../market-data/calendar/market-calendars.js';

/** Dependencies and settings of the {@link SignalScheduler}. */
export interface SignalSchedulerOptions {
  /** Generates (and stores, publishes) the signal of a symbol's latest closed bar. */
  readonly generate: (symbol: string, timeframe: Timeframe) => Promise<unknown>;
  /** The symbols to follow, read at every run (watchlists change). */
  readonly symbols: () => Promise<readonly string[]>;
  readonly timeframes: readonly Timeframe[];
  /** Wait after a bar's close before asking for it, so providers have published it. Default 2 s. */
  readonly graceMs?: number;
  /** Generations running at once. Default 2 (one per core). */
  readonly concurrency?: number;
  /** Generate the latest closed bar of every symbol at start (default true), so a fresh start shows signals at once. */
  readonly catchUp?: boolean;
  readonly now?: () => number;
  readonly onError?: (symbol: string, timeframe: Timeframe, error: unknown) => void;
}

interface Job {
  readonly symbol: string;
  readonly timeframe: Timeframe;
}

/** setTimeout's longest delay; longer waits are re-armed in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Generates signals for the followed symbols as their bars close: per timeframe, a timer for the next
 * bar close of any followed market (NYSE sessions and holidays for stocks, 24/7 for crypto), then one
 * job per symbol whose market closed a bar then, run a few at a time. Jobs for a symbol and timeframe
 * already queued are not queued twice.
 */
export class SignalScheduler {
  private readonly timers = new Map<Timeframe, NodeJS.Timeout>();
  private readonly queue: Job[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  private stopped = true;
  private idle: (() => void)[] = [];
  private readonly now: () => number;

  constructor(private readonly options: SignalSchedulerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Jobs waiting or running (the `/metrics` queue depth). */
  get depth(): number {
    return this.queue.length + this.running;
  }

  /** Arms a timer per timeframe, after the catch-up run when enabled. */
  async start(): Promise<void> {
    this.stopped = false;
    if (this.options.catchUp ?? true) {
      const symbols = new Set(await this.options.symbols());
      for (const timeframe of this.options.timeframes) for (const symbol of symbols) this.enqueue({ symbol, timeframe });
    }
    for (const timeframe of this.options.timeframes) await this.arm(timeframe);
  }

  /** Stops the timers and resolves when the running jobs are done; queued ones are dropped. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.queue.length = 0;
    this.queued.clear();
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private async arm(timeframe: Timeframe): Promise<void> {
    if (this.stopped) return;
    const symbols = await this.options.symbols();
    const now = this.now();
    const calendars = new Set(symbols.map(calendarForSymbol));
    let next = Infinity;
    for (const calendar of calendars) next = Math.min(next, calendar.nextBarSlot(timeframe, now).close);
    if (!Number.isFinite(next)) next = now + 60_000; // nothing followed yet: look again in a minute
    const delay = Math.min(MAX_TIMER_MS, next - now + (this.options.graceMs ?? 2000));
    const timer = setTimeout(() => void this.fire(timeframe, next), Math.max(0, delay));
    timer.unref();
    this.timers.set(timeframe, timer);
  }

  private async fire(timeframe: Timeframe, close: number): Promise<void> {
    if (this.stopped) return;
    if (this.now() >= close) {
      const symbols = new Set(await this.options.symbols());
      for (const symbol of symbols) {
        if (calendarForSymbol(symbol).barCloses(timeframe, close - 1, close).length > 0) this.enqueue({ symbol, timeframe });
      }
    }
    await this.arm(timeframe);
  }

  private enqueue(job: Job): void {
    const key = `${job.symbol}|${job.timeframe}`;
    if (this.stopped || this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    const limit = this.options.concurrency ?? 2;
    while (this.running < limit && this.queue.length > 0) {
      const job = this.queue.shift();
      if (job === undefined) break;
      this.queued.delete(`${job.symbol}|${job.timeframe}`);
      this.running++;
      void this.options
        .generate(job.symbol, job.timeframe)
        .catch((error: unknown) => this.options.onError?.(job.symbol, job.timeframe, error))
        .finally(() => {
          this.running--;
          if (this.running === 0 && this.queue.length === 0) for (const resolve of this.idle.splice(0)) resolve();
          this.pump();
        });
    }
  }
}
