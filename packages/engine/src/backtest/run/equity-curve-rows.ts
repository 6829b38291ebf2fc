import { formatTimedelta } from '../statistics/format-timedelta.js';
import { isoTime } from '../../signal/iso-time.js';
import type { EquityCurve } from './backtest-result.js';

/** One bar of the equity curve for JSON output. */
export interface EquityCurveRow {
  /** ISO-8601 UTC. */
  readonly time: string;
  readonly equity: number;
  /** Fraction. */
  readonly drawdownPct: number;
  /** Pandas-style duration on the bar where a drawdown period ends, NaN elsewhere. */
  readonly drawdownDuration: string | number;
}

/** The equity curve as rows (`time`, `equity`, `drawdownPct`, `drawdownDuration`), as `--json` prints it. */
export function equityCurveRows(curve: EquityCurve): EquityCurveRow[] {
  const rows: EquityCurveRow[] = new Array<EquityCurveRow>(curve.time.length);
  for (let k = 0; k < rows.length; k++) {
    const duration = curve.drawdownDuration[k];
    rows[k] = {
      time: isoTime(curve.time[k]),
      equity: curve.equity[k],
      drawdownPct: curve.drawdownPct[k],
      drawdownDuration: Number.isNaN(duration) ? NaN : formatTimedelta(duration),
    };
  }
  return rows;
}
