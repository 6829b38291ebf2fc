// The state of a feature program is one Float64Array per symbol: a header with the current bar, then
// one block per computation (parameters, running state and rings). Everything a bar touches lives
// in that one array, unboxed, which is what keeps 5,000 live symbols cheap: few cache lines per
// symbol-bar, no objects to chase, no heap numbers, nothing to collect.

/** Bars seen, the current one included. */
export const COUNT = 0;
/** The current bar's fields, written before the computations run. */
export const TIME = 1;
export const OPEN = 2;
export const HIGH = 3;
export const LOW = 4;
export const CLOSE = 5;
export const VOLUME = 6;
/** The current bar's UTC day number, floor(time / 1 day): the session of VWAP, the day of calendar features. */
export const DAY = 7;
/** Slots before the first block. */
export const HEADER_SIZE = 8;

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** A bar field, as a series ring or a computation reads it. */
export type BarField = 'time' | 'open' | 'high' | 'low' | 'close' | 'volume';

const FIELD_SLOTS: Readonly<Record<BarField, number>> = { time: TIME, open: OPEN, high: HIGH, low: LOW, close: CLOSE, volume: VOLUME };

/** Header slot of a bar field. */
export function fieldSlot(field: BarField): number {
  return FIELD_SLOTS[field];
}

// A ring is [capacity, head, value × capacity]: `head` is the slot of the newest value.

/** Doubles a ring of `capacity` values takes. */
export function ringSize(capacity: number): number {
  return 2 + capacity;
}

/** Writes an empty ring (values NaN) at `at`. */
export function initRing(template: Float64Array, at: number, capacity: number): void {
  template[at] = capacity;
  template[at + 1] = capacity - 1;
  template.fill(NaN, at + 2, at + 2 + capacity);
}

/** Appends `value`, overwriting the oldest. */
export function ringPush(s: Float64Array, at: number, value: number): void {
  let head = s[at + 1] + 1;
  if (head === s[at]) head = 0;
  s[at + 1] = head;
  s[at + 2 + head] = value;
}

/** The value pushed `ago` pushes before the newest (0 = newest); `ago` must be below the capacity. */
export function ringAt(s: Float64Array, at: number, ago: number): number {
  let slot = s[at + 1] - ago;
  if (slot < 0) slot += s[at];
  return s[at + 2 + slot];
}

/**
 * Copies the newest `n` values of the ring at `at` (n at most its capacity) into `into[0..n)`,
 * oldest first, in two straight runs (no `subarray` views: each would be an allocation), after which
 * a scan over a window is a plain loop over an array.
 */
export function copyRecent(s: Float64Array, at: number, n: number, into: Float64Array): void {
  const capacity = s[at];
  const data = at + 2;
  const head = s[at + 1];
  let first = head - n + 1;
  let j = 0;
  if (first < 0) {
    for (let i = data + capacity + first, end = data + capacity; i < end; i++) into[j++] = s[i];
    first = 0;
  }
  for (let i = data + first, end = data + head + 1; i < end; i++) into[j++] = s[i];
}

/** A ring value as a feature reads it: NaN (no value on that bar) is `null`. */
export function valueOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
