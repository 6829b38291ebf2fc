import type { Bar } from '@goldensignals/engine';

/** Merges consecutive OHLCV pieces into one bar: first open, highest high, lowest low, last close, summed volume. */
export class OhlcvAccumulator {
  open = Number.NaN;
  high = Number.NEGATIVE_INFINITY;
  low = Number.POSITIVE_INFINITY;
  close = Number.NaN;
  volume = 0;

  /** True until the first piece is added. */
  get empty(): boolean {
    return Number.isNaN(this.open);
  }

  /** Adds the next piece in time order. */
  add(open: number, high: number, low: number, close: number, volume: number): void {
    if (Number.isNaN(this.open)) this.open = open;
    if (high > this.high) this.high = high;
    if (low < this.low) this.low = low;
    this.close = close;
    this.volume += volume;
  }

  /** The merged bar, labelled `time`. */
  toBar(time: number): Bar {
    return { time, open: this.open, high: this.high, low: this.low, close: this.close, volume: this.volume };
  }
}
