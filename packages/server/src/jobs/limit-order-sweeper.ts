import type { LimitOrderMatcher, MatchReport } from '../paper/limit-order-matcher.js';
import type { Lease } from '../support/lease.js';

/** Dependencies and settings of the {@link LimitOrderSweeper}. */
export interface LimitOrderSweeperOptions {
  readonly matcher: Pick<LimitOrderMatcher, 'matchOnce'>;
  /** Time between passes; default 5 s (quotes are cached about that long). */
  readonly intervalMs?: number;
  /** Told what each pass did (fills, rejections, symbols without a price), e.g. to log it. */
  readonly onReport?: (report: MatchReport) => void;
  /** Told about a pass that failed (the database being down); the next pass tries again. */
  readonly onError?: (error: unknown) => void;
  /** Scaled out, passes run only on the node holding this lease (the matcher is safe on several, but redundant). */
  readonly lease?: Lease;
}

/**
 * Runs the limit order matcher on a timer, so open paper orders fill once the price crosses their
 * limit. Passes never overlap: a pass still running when the next is due skips that turn.
 */
export class LimitOrderSweeper {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<MatchReport | null> | null = null;

  constructor(private readonly options: LimitOrderSweeperOptions) {
    const interval = options.intervalMs ?? 5000;
    if (!Number.isFinite(interval) || interval <= 0) throw new RangeError(`intervalMs must be a positive number of milliseconds, got ${interval}`);
  }

  /** Starts the timer (idempotent). */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.sweepIfHeld(), this.options.intervalMs ?? 5000);
    this.timer.unref();
  }

  /** Runs one pass now; `null` when a pass is already running (its report goes to `onReport`). */
  async sweep(): Promise<MatchReport | null> {
    if (this.pass !== null) return null;
    this.pass = this.options.matcher.matchOnce().then(
      (report) => {
        this.options.onReport?.(report);
        return report;
      },
      (error: unknown) => {
        this.options.onError?.(error);
        return null;
      },
    );
    try {
      return await this.pass;
    } finally {
      this.pass = null;
    }
  }

  /** Stops the timer, waits for a pass in progress and gives the lease up. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
    await this.options.lease?.release();
  }

  private async sweepIfHeld(): Promise<void> {
    if (this.options.lease === undefined || (await this.options.lease.tryHold())) await this.sweep();
  }
}
