/** Settings of {@link ForegroundWork}. */
export interface ForegroundWorkOptions {
  /** How long after the last foreground job ends background work waits, ms (default 50): bursts come job after job. */
  readonly settleMs?: number;
  /** Longest a background step waits, ms (default 5 s): a long burst slows background work down, never stops it. */
  readonly maxWaitMs?: number;
  /** The clock, ms (default performance.now). */
  readonly now?: () => number;
}

interface Waiter {
  readonly deadline: number;
  readonly resolve: () => void;
}

/**
 * Gives work that someone waits for (signal generation) the thread before background work (alert evaluation and
 * deliveries). In one process on the embedded database both share one event loop and one database connection, so
 * every statement a delivery runs in the middle of a burst of signals is time those signals wait. Foreground jobs
 * run through `run`; background steps `await settled()` first, which resolves once no foreground job has run for
 * `settleMs`, or after `maxWaitMs` at the latest.
 */
export class ForegroundWork {
  private running = 0;
  private lastEnded = Number.NEGATIVE_INFINITY;
  private readonly waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly settleMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(options: ForegroundWorkOptions = {}) {
    this.settleMs = options.settleMs ?? 50;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
    this.now = options.now ?? (() => performance.now());
    if (!Number.isFinite(this.settleMs) || this.settleMs < 0) throw new RangeError(`settleMs must be a non-negative number of milliseconds, got ${this.settleMs}`);
    if (!Number.isFinite(this.maxWaitMs) || this.maxWaitMs < 0) throw new RangeError(`maxWaitMs must be a non-negative number of milliseconds, got ${this.maxWaitMs}`);
  }

  /** Foreground jobs running now. */
  get active(): number {
    return this.running;
  }

  /** Background steps waiting. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Runs a foreground job: background steps wait while it runs and for `settleMs` after. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await job();
    } finally {
      this.running -= 1;
      this.lastEnded = this.now();
      if (this.running === 0) this.schedule();
    }
  }

  /** Resolves when background work may take a step: at once when the thread is free of foreground jobs. */
  settled(): Promise<void> {
    if (this.quiet()) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push({ deadline: this.now() + this.maxWaitMs, resolve });
      this.schedule();
    });
  }

  private quiet(): boolean {
    return this.running === 0 && this.now() - this.lastEnded >= this.settleMs;
  }

  /** Wakes at the next moment a waiter may go: the end of the settle time, or the earliest deadline. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiters.length === 0) return;
    const now = this.now();
    // Waiters queue in deadline order (each waits the same maxWaitMs): the first has the earliest.
    const earliestDeadline = this.waiters[0].deadline;
    const quietAt = this.running === 0 ? this.lastEnded + this.settleMs : Number.POSITIVE_INFINITY;
    this.timer = setTimeout(() => this.wake(), Math.max(0, Math.min(quietAt, earliestDeadline) - now));
    this.timer.unref();
  }

  private wake(): void {
    this.timer = undefined;
    const quiet = this.quiet();
    const now = this.now();
    let going = 0;
    while (going < this.waiters.length && (quiet || this.waiters[going].deadline <= now)) going += 1;
    for (const waiter of this.waiters.splice(0, going)) waiter.resolve();
    this.schedule();
  }
}
