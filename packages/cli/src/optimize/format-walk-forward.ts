import { BACKTEST_STAT_NAMES, isNumericStatName, type WalkForwardResult } from '@goldensignals/engine';
import { formatParams } from './format-params.js';
import { formatStatCell } from './format-stat-cell.js';

const day = (iso: string): string => iso.slice(0, 10);
const value = (v: number | null): string => (v === null ? 'NaN' : v.toFixed(4));

function windowTable(result: WalkForwardResult): string[] {
  const stat = result.objective.stat;
  // The out-of-sample return gets its own column unless it is the objective's.
  const withReturn = stat !== 'Return [%]';
  const rows = result.windows.map((w) => [
    String(w.index + 1),
    `${day(w.trainFrom)}..${day(w.trainTo)}`,
    `${day(w.testFrom)}..${day(w.testTo)}`,
    formatParams(w.params),
    value(w.inSample.value),
    value(w.outOfSample.value),
    ...(withReturn ? [w.outOfSample.stats['Return [%]'].toFixed(2)] : []),
    String(w.outOfSample.stats['# Trades']),
  ]);
  const header = ['#', 'train', 'test', 'params', `IS ${stat}`, `OOS ${stat}`, ...(withReturn ? ['OOS Return [%]'] : []), 'OOS # Trades'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c >= 4 || c === 0 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)];
}

function aggregateTable(result: WalkForwardResult): string[] {
  const names = BACKTEST_STAT_NAMES.filter((name) => name in result.outOfSample);
  const nameWidth = Math.max(...names.map((n) => n.length)) + 2;
  const isHeader = `In-sample (mean of ${result.windows.length})`;
  const lines = [`${'Statistic'.padEnd(nameWidth)}${isHeader.padStart(isHeader.length + 2)}  Out-of-sample (stitched)`];
  for (const name of names) {
    const inSample = isNumericStatName(name) ? formatStatCell(name, result.inSample[name]) : '';
    lines.push(`${name.padEnd(nameWidth)}${inSample.padStart(isHeader.length + 2)}  ${formatStatCell(name, result.outOfSample[name])}`);
  }
  return lines;
}

/** The readable report of `goldensignals walk-forward`: one line per window, then in-sample next to out-of-sample. */
export function formatWalkForward(result: WalkForwardResult, where?: string): string {
  const { stat, goal } = result.objective;
  const layout = result.anchored ? `anchored, train from the first bar (${result.train} bars at first)` : `rolling, train ${result.train} bars`;
  const kept = where === undefined ? '' : ` kept by "${where}"`;
  const ratio = (r: number | null) => (r === null ? 'undefined' : r.toFixed(2));
  return [
    `${result.strategy}: ${result.windows.length} walk-forward window(s), ${layout}, test ${result.test} bars, step ${result.step}; ${result.combinations} combination(s)${kept}, ${goal === 'maximize' ? 'maximizing' : 'minimizing'} ${stat} (${result.fastPath ? 'vectorised fast path' : 'event-driven runs'})`,
    '',
    ...windowTable(result),
    '',
    ...aggregateTable(result),
    '',
    `OOS/IS ratio of ${stat}: ${ratio(result.ratio)} (stitched out-of-sample over mean in-sample); ${ratio(result.windowRatio)} (mean per window)`,
    ...(result.untestedBars > 0 ? [`The last ${result.untestedBars} bar(s) fill no whole test window and are not tested.`] : []),
  ].join('\n');
}
