/**
 * Remembers the last `capacity` keys seen, oldest forgotten first. Consumers of at-least-once messages use it to act
 * on each once: a message seen again while still remembered is a repeat.
 */
export class RecentKeys {
  readonly #keys = new Set<string>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  /** Number of keys remembered. */
  get size(): number {
    return this.#keys.size;
  }

  /** Remembers `key`; `true` the first time, `false` while it is still remembered. */
  firstSeen(key: string): boolean {
    if (this.#keys.has(key)) return false;
    this.#keys.add(key);
    // A Set iterates in insertion order, so its first key is the oldest.
    if (this.#keys.size > this.capacity) for (const oldest of this.#keys) {
      this.#keys.delete(oldest);
      break;
    }
    return true;
  }
}
