const DAY = 86_400_000;

/** JSON state of a {@link DailyLossGuard}. */
export interface DailyLossState {
  /** UTC day number (ms / 86 400 000) of the current day; null before the first bar. */
  readonly day: number | null;
  readonly startEquity: number | null;
  readonly blocked: boolean;
}

/**
 * The daily loss limit: the equity the UTC day began with (the equity before its first bar), and a
 * latch set once the equity fell more than `limit` × that during the day. The latch holds for the
 * rest of the day, even if the equity recovers, and is cleared by the first bar of a later day.
 */
export class DailyLossGuard {
  private day = NaN;
  private startEquity = NaN;
  private blocked = false;

  constructor(private readonly limit: number) {}

  get isBlocked(): boolean {
    return this.blocked;
  }

  /** Called before a bar is processed, with the equity so far. */
  beforeBar(time: number, equity: number): void {
    const day = Math.floor(time / DAY);
    if (day > this.day || Number.isNaN(this.day)) {
      this.day = day;
      this.startEquity = equity;
      this.blocked = false;
    }
  }

  /** Called after a bar with the new equity. */
  afterBar(equity: number): void {
    if (this.startEquity - equity > this.limit * this.startEquity) this.blocked = true;
  }

  toJSON(): DailyLossState {
    return { day: Number.isNaN(this.day) ? null : this.day, startEquity: Number.isNaN(this.startEquity) ? null : this.startEquity, blocked: this.blocked };
  }

  static fromJSON(limit: number, state: DailyLossState): DailyLossGuard {
    const guard = new DailyLossGuard(limit);
    guard.day = state.day ?? NaN;
    guard.startEquity = state.startEquity ?? NaN;
    guard.blocked = state.blocked;
    return guard;
  }
}
