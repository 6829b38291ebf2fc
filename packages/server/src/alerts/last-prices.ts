import type { PriceObservation } from './alert-event-data.js';

/**
 * The last price seen of each symbol, for crossings: a price rule fires when the new price is on the other side of
 * its level from the previous one. Observations older than the last one kept (a bar published late) are ignored,
 * so a stale close cannot fake a crossing back and forth. Holds at most `capacity` symbols, the least recently
 * updated forgotten first (its next price then only sets the baseline again).
 */
export class LastPrices {
  readonly #last = new Map<string, PriceObservation>();

  constructor(readonly capacity = 10_000) {}

  /** Keeps `observation` and returns the price it follows: `undefined` the first time, `null` when it is not newer. */
  observe(observation: PriceObservation): PriceObservation | null | undefined {
    const previous = this.#last.get(observation.symbol);
    if (previous !== undefined && observation.time <= previous.time) return null;
    // Deleted first so the Map's insertion order is the order of updates.
    this.#last.delete(observation.symbol);
    this.#last.set(observation.symbol, observation);
    if (this.#last.size > this.capacity) for (const oldest of this.#last.keys()) {
      this.#last.delete(oldest);
      break;
    }
    return previous;
  }
}
