import { assertPeriod } from './assert-period.js';

/**
 * Maximum of the last `period` inputs in amortised O(1) per update, with no allocation: a monotonic
 * deque (decreasing values) kept in two power-of-two ring buffers, one for the values and one for
 * each value's input ordinal. Every input is pushed once and popped at most once.
 *
 * When several inputs tie for the maximum the most recent one is the extreme, so `age` counts the
 * bars since the latest high, as TA-Lib's AROON does.
 */
export class RollingMaximum {
  /** Number of most recent inputs the extreme is taken over. */
  readonly period: number;
  private readonly values: Float64Array;
  /** Input ordinals, compared with wrap-around int32 arithmetic so they never overflow. */
  private readonly ordinals: Int32Array;
  private readonly mask: number;
  /** Slot of the front of the deque (the current extreme). */
  private head = 0;
  private size = 0;
  /** Ordinal of the next input (int32, wraps). */
  private next = 0;
  /** Inputs seen, capped at `period`. */
  private seen = 0;

  constructor(period: number) {
    assertPeriod('period', period);
    this.period = period;
    let capacity = 1;
    while (capacity < period) capacity *= 2;
    this.mask = capacity - 1;
    this.values = new Float64Array(capacity);
    this.ordinals = new Int32Array(capacity);
  }

  /** Adds an input and returns the maximum of the last `period` inputs (of all of them while fewer). */
  update(input: number): number {
    const values = this.values;
    const mask = this.mask;
    const ordinal = this.next;
    this.next = (ordinal + 1) | 0;
    let head = this.head;
    let size = this.size;
    // At most one input leaves the window per update: the front, if it is the one that fell out.
    if (size > 0 && ((ordinal - this.ordinals[head]) | 0) >= this.period) {
      head = (head + 1) & mask;
      size--;
    }
    while (size > 0 && input >= values[(head + size - 1) & mask]) size--;
    const slot = (head + size) & mask;
    values[slot] = input;
    this.ordinals[slot] = ordinal;
    this.head = head;
    this.size = size + 1;
    if (this.seen < this.period) this.seen++;
    return values[head];
  }

  /** The current maximum; NaN before the first input. */
  get value(): number {
    return this.size === 0 ? NaN : this.values[this.head];
  }

  /** Inputs since the maximum was seen: 0 when it is the latest input; NaN before the first input. */
  get age(): number {
    return this.size === 0 ? NaN : (this.next - 1 - this.ordinals[this.head]) | 0;
  }

  /** True once `period` inputs have been seen, so the extreme covers a full window. */
  get isFull(): boolean {
    return this.seen === this.period;
  }

  /** Forgets every input. */
  reset(): void {
    this.head = 0;
    this.size = 0;
    this.next = 0;
    this.seen = 0;
  }
}

/**
 * Minimum of the last `period` inputs in amortised O(1) per update. It is the maximum of the negated
 * inputs (negation is exact, so the result is bit-for-bit the minimum); ties go to the most recent
 * input, as in {@link RollingMaximum}.
 */
export class RollingMinimum {
  readonly period: number;
  private readonly negated: RollingMaximum;

  constructor(period: number) {
    this.negated = new RollingMaximum(period);
    this.period = period;
  }

  /** Adds an input and returns the minimum of the last `period` inputs (of all of them while fewer). */
  update(input: number): number {
    return -this.negated.update(-input);
  }

  /** The current minimum; NaN before the first input. */
  get value(): number {
    return -this.negated.value;
  }

  /** Inputs since the minimum was seen: 0 when it is the latest input; NaN before the first input. */
  get age(): number {
    return this.negated.age;
  }

  /** True once `period` inputs have been seen. */
  get isFull(): boolean {
    return this.negated.isFull;
  }

  /** Forgets every input. */
  reset(): void {
    this.negated.reset();
  }
}

/**
 * Maximum of `values[i - period + 1 .. i]` for batch loops that visit `i` in increasing order, by
 * TA-Lib's own method: keep the current maximum and its index, take a new input that reaches it,
 * and rescan the window only when the maximum drops out of it. On market data that rescan is rare
 * and this is about twice as fast as a deque (fewer unpredictable branches); the worst case, a
 * steadily falling series, costs O(period) per bar, so streaming code uses {@link RollingMaximum}.
 * Ties go to the most recent input, as in {@link RollingMaximum}.
 */
export class ColumnWindowMaximum {
  private readonly values: ArrayLike<number>;
  private readonly period: number;
  private index = -1;
  private maximum = NaN;

  constructor(values: ArrayLike<number>, period: number) {
    assertPeriod('period', period);
    this.values = values;
    this.period = period;
  }

  /** The maximum of the window ending at `i` (of values[0..i] while i < period - 1); call for every i in order. */
  at(i: number): number {
    const values = this.values;
    const start = i < this.period ? 0 : i - this.period + 1;
    if (this.index < start) {
      let index = start;
      let maximum = values[start];
      for (let j = start + 1; j <= i; j++) {
        if (values[j] >= maximum) {
          index = j;
          maximum = values[j];
        }
      }
      this.index = index;
      this.maximum = maximum;
    } else if (values[i] >= this.maximum) {
      this.index = i;
      this.maximum = values[i];
    }
    return this.maximum;
  }

  /** Bars between the maximum and the index last passed to `at`. */
  ageAt(i: number): number {
    return i - this.index;
  }
}

/** Minimum counterpart of {@link ColumnWindowMaximum} (same method, same caveats, ties to the newest). */
export class ColumnWindowMinimum {
  private readonly values: ArrayLike<number>;
  private readonly period: number;
  private index = -1;
  private minimum = NaN;

  constructor(values: ArrayLike<number>, period: number) {
    assertPeriod('period', period);
    this.values = values;
    this.period = period;
  }

  /** The minimum of the window ending at `i` (of values[0..i] while i < period - 1); call for every i in order. */
  at(i: number): number {
    const values = this.values;
    const start = i < this.period ? 0 : i - this.period + 1;
    if (this.index < start) {
      let index = start;
      let minimum = values[start];
      for (let j = start + 1; j <= i; j++) {
        if (values[j] <= minimum) {
          index = j;
          minimum = values[j];
        }
      }
      this.index = index;
      this.minimum = minimum;
    } else if (values[i] <= this.minimum) {
      this.index = i;
      this.minimum = values[i];
    }
    return this.minimum;
  }

  /** Bars between the minimum and the index last passed to `at`. */
  ageAt(i: number): number {
    return i - this.index;
  }
}
