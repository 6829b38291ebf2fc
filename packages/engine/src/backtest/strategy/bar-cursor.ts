import type { Bar } from '../../series/bar.js';
import type { BarColumns } from '../../series/bar-series.js';

/**
 * The current bar, read straight from the series columns. The runner moves one cursor along the
 * series instead of allocating a bar object per step, so a strategy that keeps `bar` sees it move:
 * copy the fields it needs.
 */
export class BarCursor implements Bar {
  index = 0;

  constructor(private readonly columns: BarColumns) {}

  get time(): number {
    return this.columns.time[this.index];
  }

  get open(): number {
    return this.columns.open[this.index];
  }

  get high(): number {
    return this.columns.high[this.index];
  }

  get low(): number {
    return this.columns.low[this.index];
  }

  get close(): number {
    return this.columns.close[this.index];
  }

  get volume(): number {
    return this.columns.volume[this.index];
  }
}
