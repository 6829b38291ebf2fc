/**
 * What `ctx.buy()` / `ctx.sell()` accept. Prices must be positive. With none of `limit`/`stop` the
 * order is a market order; `stop` alone is a stop-market order, `limit` alone a limit order, both a
 * stop-limit order. `sl`/`tp` attach a stop-loss / take-profit to the trade the order opens.
 */
export interface OrderRequest {
  /**
   * Between 0 and 1 (exclusive): that share of the available margin, converted to whole units (or
   * fractional units with `fractional: true`) at the fill price. 1 or more: that many units (whole,
   * unless fractional). Default: all the available margin (1 − 2⁻⁵²), as backtesting.py.
   */
  readonly size?: number;
  /** An exact number of units, for fractional sizes below 1 (`fractional: true`). Excludes `size`. */
  readonly units?: number;
  readonly limit?: number;
  readonly stop?: number;
  readonly sl?: number;
  readonly tp?: number;
}

/** An {@link OrderRequest} checked and signed; unset prices are NaN. */
export interface EntryOrderSpec {
  readonly size: number;
  readonly relative: boolean;
  readonly limit: number;
  readonly stop: number;
  readonly sl: number;
  readonly tp: number;
}
