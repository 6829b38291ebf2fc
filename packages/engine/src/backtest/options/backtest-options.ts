/** Commission charged on every fill, at entry and again at exit: `fixed + |size| × price × relative`. */
export interface CommissionModel {
  /** Cash per fill, >= 0. Default 0. */
  readonly fixed?: number;
  /** Fraction of the traded value, -0.1 <= relative < 0.1 (negative is a market maker's rebate). Default 0. */
  readonly relative?: number;
}

/**
 * Options of {@link runBacktest}. The defaults and meanings follow backtesting.py 0.6.6 so that results
 * compare one-to-one (see `shared/reference/backtest-conventions.md`).
 */
export interface BacktestOptions {
  /** Starting cash, > 0. Default 10 000. */
  readonly cash?: number;
  /** A number is the relative rate (0.002 = 0.2 % per fill); an object adds a fixed part. Default 0. */
  readonly commission?: number | CommissionModel;
  /**
   * Bid-ask spread as a fraction of the price (0.0002 = 2 bps), 0 <= spread < 1. Entries fill at
   * `price × (1 + spread)` long and `price × (1 − spread)` short; exits at the unadjusted price. Default 0.
   */
  readonly spread?: number;
  /** Required margin, 0 < margin <= 1; leverage is `1 / margin`. Default 1 (no leverage). */
  readonly margin?: number;
  /** Fill market orders at the deciding bar's close instead of the next bar's open. Default false. */
  readonly tradeOnClose?: boolean;
  /** Each new order cancels pending entry orders and closes all open trades first. Default false. */
  readonly exclusiveOrders?: boolean;
  /** Close trades still open after the last bar (at that bar's open) so they count in the statistics. Default false. */
  readonly finalizeTrades?: boolean;
  /** Allow fractional units (crypto, FX) instead of whole units. Default false. */
  readonly fractional?: boolean;
}

/** {@link BacktestOptions} with every default applied and every value checked. */
export interface ResolvedBacktestOptions {
  readonly cash: number;
  readonly commissionFixed: number;
  readonly commissionRelative: number;
  readonly spread: number;
  readonly margin: number;
  readonly tradeOnClose: boolean;
  readonly exclusiveOrders: boolean;
  readonly finalizeTrades: boolean;
  readonly fractional: boolean;
}
