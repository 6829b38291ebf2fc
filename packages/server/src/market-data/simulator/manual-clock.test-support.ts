import type { FeedTimer } from './feed-timer.js';

interface Pending {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

/** A clock and timer that only move when a test says so; `advance` fires due timers in time order. */
export class ManualClock implements FeedTimer {
  private time: number;
  private pending: Pending[] = [];
  private order = 0;

  constructor(start: number) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, delayMs: number): () => void {
    const entry = { at: this.time + delayMs, order: this.order++, callback };
    this.pending.push(entry);
    return () => {
      this.pending = this.pending.filter((other) => other !== entry);
    };
  }

  /** Number of scheduled callbacks. */
  get scheduled(): number {
    return this.pending.length;
  }

  /** Moves time forward by `ms`, running each timer at its due time. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.pending.filter((entry) => entry.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.pending = this.pending.filter((entry) => entry !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
  }

  /** Jumps to `time` without running timers, as when a machine wakes from sleep. */
  sleepUntil(time: number): void {
    this.time = time;
  }
}
