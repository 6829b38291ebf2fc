import type { StoredSignal } from '../storage/repositories/stored-signal.js';

/** Newest first, by when stored, ties by id: the order of `SignalRepository.latest`. */
function newerFirst(a: StoredSignal, b: StoredSignal): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The most recently stored signals, kept in memory so `GET /signals/latest` (the dashboard's and
 * bots' poll) does not query the database. Seeded from the database at start and fed every signal
 * this process stores; it answers only what it can answer exactly (a limit within its size, or a
 * symbol filter it holds enough signals for) and returns `null` otherwise, so the caller asks the database.
 */
export class LatestSignals {
  private items: StoredSignal[] = [];
  /** True when every stored signal is in `items` (fewer than `capacity` exist). */
  private complete = false;

  constructor(readonly capacity = 500) {}

  /** Replaces the content with the database's newest signals (`fetched` = what `latest(capacity)` returned). */
  seed(fetched: readonly StoredSignal[]): void {
    this.items = [...fetched].sort(newerFirst).slice(0, this.capacity);
    this.complete = fetched.length < this.capacity;
  }

  /**
   * Adds a signal just stored, or replaces the one held with its id (scaled out, a node hears its own signals back
   * from the bus, and an updated signal is published again).
   */
  add(signal: StoredSignal): void {
    const held = this.items.findIndex((item) => item.id === signal.id);
    if (held >= 0) this.items.splice(held, 1);
    const index = this.items.findIndex((item) => newerFirst(signal, item) < 0);
    if (index < 0) this.items.push(signal);
    else this.items.splice(index, 0, signal);
    if (this.items.length > this.capacity) {
      this.items.length = this.capacity;
      this.complete = false;
    }
  }

  /** The newest `limit` signals (of `symbols` when given), or `null` when the memory cannot tell for sure. */
  latest(limit: number, symbols?: readonly string[]): StoredSignal[] | null {
    if (symbols === undefined) return limit <= this.items.length || this.complete ? this.items.slice(0, limit) : null;
    const wanted = new Set(symbols);
    const found: StoredSignal[] = [];
    for (const item of this.items) {
      if (!wanted.has(item.symbol)) continue;
      found.push(item);
      if (found.length === limit) return found;
    }
    return this.complete ? found : null;
  }
}
