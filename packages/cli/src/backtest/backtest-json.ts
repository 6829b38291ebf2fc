import { equityCurveRows, type BacktestStats, type BacktestTrade, type EquityCurve, type EquityCurveRow } from '@goldensignals/engine';

/** A run as `--json` prints it; NaN and infinities become null when stringified. */
export interface BacktestJson {
  readonly stats: BacktestStats;
  readonly trades?: readonly BacktestTrade[];
  /** Omitted with `--no-equity`. */
  readonly equity?: readonly EquityCurveRow[];
}

/** `{ stats, trades, equity }` of a run, the equity curve as rows (time, equity, drawdownPct, drawdownDuration). */
export function backtestJson(stats: BacktestStats, trades: readonly BacktestTrade[] | undefined, equity: EquityCurve | undefined): BacktestJson {
  return {
    stats,
    ...(trades === undefined ? {} : { trades }),
    ...(equity === undefined ? {} : { equity: equityCurveRows(equity) }),
  };
}
