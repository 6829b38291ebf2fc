/**
 * Runs tasks one at a time per key, in the order they were given, and tasks of different keys side by side.
 * Auto-follow queues per portfolio: a decision reads the portfolio (positions open, cash) before its order
 * changes it, so two decisions of one portfolio must not interleave.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every task queued before under `key`; resolves or rejects with it. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // The last task of a key removes the key, so the map holds only keys with work queued.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with tasks queued or running. */
  get size(): number {
    return this.tails.size;
  }
}
