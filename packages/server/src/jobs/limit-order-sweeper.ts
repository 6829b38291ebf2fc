import type { LimitOrderMatcher, MatchReport } from '../paper/limit-order-matcher.js';

/** Dependencies and settings of the {@link LimitOrderSweeper}. */
export interface LimitOrderSweeperOptions {
  readonly matcher: Pick<LimitOrderMatcher, 'matchOnce'>;
  /** Time between passes; default 5 s (quotes are cached about that long). */
  readonly intervalMs?: number;
  /** Told what each pass did (fills, rejections, symbols without a price), e.g. to log it. */
  readonly onReport?: (report: MatchReport) => void;
  /** Told about a pass that failed (the database being down); the next pass tries again. */
  readonly onError?: (error: unknown) => void;
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
    this.timer = setInterval(() => void this.sweep(), this.options.intervalMs ?? 5000);
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

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.pass;
  }
}
