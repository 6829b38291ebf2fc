import { assertPeriod } from '../support/assert-period.js';

/** A ring buffer that answers, for each new input, the input from exactly `lag` inputs before. */
export class LaggedWindow {
  readonly lag: number;
  private readonly window: Float64Array;
  private slot = 0;
  private count = 0;

  constructor(lag: number) {
    assertPeriod('period', lag);
    this.lag = lag;
    this.window = new Float64Array(lag);
  }

  /** True once `lag` inputs are stored, so the next `push` returns a real earlier input. */
  get ready(): boolean {
    return this.count === this.lag;
  }

  /** Stores `input` and returns the input `lag` steps earlier (0 while there is none: check `ready` first). */
  push(input: number): number {
    const slot = this.slot;
    const earlier = this.window[slot];
    if (this.count < this.lag) this.count++;
    this.window[slot] = input;
    this.slot = slot + 1 === this.lag ? 0 : slot + 1;
    return earlier;
  }

  /** Forgets every input. */
  reset(): void {
    this.window.fill(0);
    this.slot = 0;
    this.count = 0;
  }
}
