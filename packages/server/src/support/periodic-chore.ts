import type { Lease } from './lease.js';

/** Options of {@link PeriodicChore}. */
export interface PeriodicChoreOptions {
  /** Time from the end of one round to the start of the next, ms. */
  readonly intervalMs: number;
  /** Scaled out, a round runs only on the node holding this lease. Default: always. */
  readonly lease?: Lease;
  /** One round; `signal` aborts when the chore stops. */
  readonly run: (signal: AbortSignal) => Promise<unknown>;
  /** A round that failed (not one cut short by `stop`). */
  readonly onError: (error: unknown) => void;
}

/**
 * Work repeated in the background (polling quotes and news, indexing, retraining): the first round at once, each
 * next one `intervalMs` after the previous ended, so a slow round never piles rounds up; on one node of a cluster
 * when a lease is given. `stop` cancels the round in progress, waits for it and gives the lease up.
 */
export class PeriodicChore {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private abort = new AbortController();
  private stopped = true;

  constructor(private readonly options: PeriodicChoreOptions) {}

  /** Starts the rounds (the first right away); calling it while running is harmless. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.abort = new AbortController();
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort(new Error('stopped'));
    await this.round;
    await this.options.lease?.release();
  }

  private async runIfHeld(): Promise<void> {
    if (this.options.lease === undefined || (await this.options.lease.tryHold())) await this.options.run(this.abort.signal);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.runIfHeld()
        .catch((error: unknown) => {
          if (!this.stopped) this.options.onError(error);
        })
        .finally(() => {
          this.round = undefined;
          this.schedule(this.options.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
