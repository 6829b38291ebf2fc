import type { StreamingIndicator } from '../../indicators/indicator.js';
import type { Bar } from '../../series/bar.js';

/**
 * A feature computed by its own indicator, with a ring of its last `history` values. Numbers are
 * kept in a Float64Array (NaN standing for null), so a numeric feature keeps no boxed number alive.
 * Other values (multi-output indicators) are kept as shallow copies when past values are kept, so an
 * indicator may reuse one value object from update to update without changing the values kept.
 */
export class IndicatorSlot {
  private numbers: Float64Array | null = null;
  private objects: unknown[] | null = null;
  private head = -1;

  constructor(
    private readonly indicator: StreamingIndicator<Bar, unknown>,
    private readonly history: number,
  ) {}

  /** Feeds the bar to the indicator and keeps its value. */
  update(bar: Bar): void {
    const value = this.indicator.update(bar);
    const head = this.head + 1 === this.history ? 0 : this.head + 1;
    this.head = head;
    if (this.objects) {
      this.objects[head] = this.keep(value);
    } else if (typeof value === 'number' && !Number.isNaN(value)) {
      this.numbers ??= new Float64Array(this.history).fill(NaN);
      this.numbers[head] = value;
    } else if (value === null) {
      if (this.numbers) this.numbers[head] = NaN;
    } else {
      this.objects = this.toObjects();
      this.objects[head] = this.keep(value);
    }
  }

  /** The value as kept: a copy of an object when older values are read later. */
  private keep(value: unknown): unknown {
    return this.history > 1 && value !== null && typeof value === 'object' ? { ...value } : value;
  }

  /** The value `ago` updates back (0 = latest); `ago` must be below the history and the updates seen. */
  at(ago: number): unknown {
    const slot = this.head - ago < 0 ? this.head - ago + this.history : this.head - ago;
    if (this.objects) return this.objects[slot];
    const value = this.numbers ? this.numbers[slot] : NaN;
    return Number.isNaN(value) ? null : value;
  }

  /** Resets the indicator and forgets the kept values. */
  reset(): void {
    this.indicator.reset();
    this.numbers = null;
    this.objects = null;
    this.head = -1;
  }

  /** The kept values as references, for an indicator whose values turned out not to be plain numbers. */
  private toObjects(): unknown[] {
    const objects = new Array<unknown>(this.history).fill(null);
    if (this.numbers) this.numbers.forEach((value, i) => (objects[i] = Number.isNaN(value) ? null : value));
    this.numbers = null;
    return objects;
  }
}
