/** OHLCV of consecutive sub-bars, one Float64Array per field (prices on the symbol's tick grid). */
export interface BarColumns {
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
}

/** Empty columns for `length` sub-bars. */
export function createBarColumns(length: number): BarColumns {
  return {
    open: new Float64Array(length),
    high: new Float64Array(length),
    low: new Float64Array(length),
    close: new Float64Array(length),
    volume: new Float64Array(length),
  };
}
