import type { CalibrationRow } from '@goldensignals/engine';
import type { StrategyAggregate } from './aggregate-evaluations.js';

const cell = (value: number, digits = 2): string => (Number.isNaN(value) ? 'NaN' : value.toFixed(digits));

/** Columns left-aligned first, right-aligned after, two spaces apart. */
function layout(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c].length)));
  const line = (cells: readonly string[]) => cells.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** One row per strategy, in the order given: test-period return, Sharpe, max drawdown, hit rate, trades. */
export function formatEvaluateTable(aggregates: readonly StrategyAggregate[], symbols: number): string {
  const header = ['strategy', 'Return [%]', 'Sharpe', 'Max. DD [%]', 'Hit rate [%]', 'Trades', `Beat B&H (of ${symbols})`];
  const rows = aggregates.map((a) => [a.label, cell(a.returnPct), cell(a.sharpe), cell(a.maxDrawdownPct), cell(a.hitRatePct, 1), String(a.trades), String(a.beatBuyAndHold)]);
  return layout(header, rows);
}

/** The calibration table: per confidence bucket, signals, hit rate and mean confidence (in %). */
export function formatCalibrationTable(rows: readonly CalibrationRow[]): string {
  const body = rows.map((row) => [row.bucket, String(row.n), cell(100 * row.hitRate, 1), cell(100 * row.meanConfidence, 1)]);
  return layout(['confidence', 'signals', 'hit rate [%]', 'mean conf. [%]'], body);
}
