interface Waiter {
  readonly key: string;
  readonly start: () => void;
}

/**
 * Runs async work with at most `total` jobs at once and at most `perKey` of them for one key (a channel), first come
 * first served per key. A channel whose sends hang can hold only its own `perKey` slots, so the others keep flowing.
 */
export class KeyedConcurrencyLimit {
  private running = 0;
  private readonly runningByKey = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly total: number,
    private readonly perKey: number,
  ) {
    if (!Number.isInteger(total) || total < 1) throw new RangeError(`total must be a positive integer, got ${total}`);
    if (!Number.isInteger(perKey) || perKey < 1) throw new RangeError(`perKey must be a positive integer, got ${perKey}`);
  }

  /** Jobs waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` once a slot for `key` is free. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await work();
    } finally {
      this.release(key);
    }
  }

  private hasRoom(key: string): boolean {
    return this.running < this.total && (this.runningByKey.get(key) ?? 0) < this.perKey;
  }

  private take(key: string): void {
    this.running += 1;
    this.runningByKey.set(key, (this.runningByKey.get(key) ?? 0) + 1);
  }

  private acquire(key: string): Promise<void> {
    if (this.hasRoom(key) && !this.waiting.some((waiter) => waiter.key === key)) {
      this.take(key);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ key, start: resolve }));
  }

  private release(key: string): void {
    this.running -= 1;
    const left = (this.runningByKey.get(key) ?? 1) - 1;
    if (left === 0) this.runningByKey.delete(key);
    else this.runningByKey.set(key, left);
    // Start every waiter that now fits, oldest first, skipping keys that are still at their limit.
    for (let index = 0; index < this.waiting.length && this.running < this.total; ) {
      const waiter = this.waiting[index];
      if (this.hasRoom(waiter.key)) {
        this.waiting.splice(index, 1);
        this.take(waiter.key);
        waiter.start();
      } else {
        index += 1;
      }
    }
  }
}
