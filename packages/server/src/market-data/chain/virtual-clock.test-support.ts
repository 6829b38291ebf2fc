import type { ChainClock } from './chain-clock.js';

interface Timer {
  readonly due: number;
  readonly order: number;
  readonly resolve: () => void;
}

/**
 * A clock whose time moves only when told (`advance`) or when every pending sleeper is waiting on it:
 * once the event loop has nothing else to do (checked with setImmediate), the earliest sleeper wakes
 * and time jumps to its due time. Retries, cool-downs and timeouts thus take no real time.
 */
export class VirtualClock implements ChainClock {
  private timers: Timer[] = [];
  private counter = 0;
  private wakeScheduled = false;

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  /** Moves time forward (a cool-down passing); sleepers due by then wake, in order, once the loop is idle. */
  advance(ms: number): void {
    this.time += ms;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const timer: Timer = { due: this.time + Math.max(0, ms), order: this.counter++, resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.timers = this.timers.filter((other) => other !== timer);
          reject(signal.reason);
        },
        { once: true },
      );
      this.scheduleWake();
    });
  }

  private scheduleWake(): void {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      if (this.timers.length === 0) return;
      const next = this.timers.reduce((earliest, timer) => (timer.due < earliest.due || (timer.due === earliest.due && timer.order < earliest.order) ? timer : earliest));
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = Math.max(this.time, next.due);
      next.resolve();
      if (this.timers.length > 0) this.scheduleWake();
    });
  }
}
