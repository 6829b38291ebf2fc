import type { Bar } from '../series/bar.js';
import type { StreamingIndicator } from '../indicators/indicator.js';
import type { FeatureReader, FeatureRequest } from './feature-request.js';

interface Slot {
  readonly indicator: StreamingIndicator<Bar, unknown>;
  readonly ring: unknown[];
  head: number;
  count: number;
}

/**
 * Per-symbol store of every feature the active agents requested, each computed once per bar no
 * matter how many agents read it, with a short ring of recent values.
 */
export class FeatureStore implements FeatureReader {
  private readonly slots = new Map<string, Slot>();
  private readonly order: Slot[] = [];

  constructor(requests: Iterable<FeatureRequest<unknown>>) {
    const history = new Map<string, FeatureRequest<unknown>>();
    for (const request of requests) {
      const known = history.get(request.key);
      if (!known || known.history < request.history) history.set(request.key, request);
    }
    for (const [key, request] of history) {
      const slot: Slot = { indicator: request.create(), ring: new Array<unknown>(request.history).fill(null), head: -1, count: 0 };
      this.slots.set(key, slot);
      this.order.push(slot);
    }
  }

  /** Number of distinct features computed per bar. */
  get size(): number {
    return this.order.length;
  }

  /** Feeds the bar to every feature. */
  update(bar: Bar): void {
    for (const slot of this.order) {
      const value = slot.indicator.update(bar);
      const size = slot.ring.length;
      slot.head = slot.head + 1 === size ? 0 : slot.head + 1;
      slot.ring[slot.head] = value;
      if (slot.count < size) slot.count++;
    }
  }

  get<T>(request: FeatureRequest<T>, ago = 0): T | null {
    const slot = this.slots.get(request.key);
    if (!slot) throw new Error(`feature ${request.key} was not requested by any active agent`);
    if (ago < 0 || ago >= slot.count) return null;
    const size = slot.ring.length;
    const index = slot.head - ago < 0 ? slot.head - ago + size : slot.head - ago;
    // The slot was created from a request with this key, so its values are of type T.
    return slot.ring[index] as T | null;
  }

  /** Returns every feature to its initial state. */
  reset(): void {
    for (const slot of this.order) {
      slot.indicator.reset();
      slot.ring.fill(null);
      slot.head = -1;
      slot.count = 0;
    }
  }
}
