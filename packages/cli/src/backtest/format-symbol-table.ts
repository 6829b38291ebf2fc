import type { BacktestStats } from '@goldensignals/engine';
import type { SymbolBacktest } from './symbol-backtest.js';

/** The statistics shown per symbol (the full set is in `--json`). */
const COLUMNS = [
  'Return [%]',
  'Buy & Hold Return [%]',
  'Sharpe Ratio',
  'Max. Drawdown [%]',
  '# Trades',
  'Win Rate [%]',
  'Exposure Time [%]',
] as const satisfies readonly (keyof BacktestStats)[];

const cell = (value: number, integer: boolean): string => (Number.isNaN(value) ? 'NaN' : integer ? String(value) : value.toFixed(2));

/** One row per symbol with its main statistics, symbols left-aligned, numbers right-aligned under their names. */
export function formatSymbolTable(runs: readonly SymbolBacktest[]): string {
  const header = ['symbol', ...COLUMNS];
  const rows = runs.map((run) => [run.symbol, ...COLUMNS.map((name) => cell(run.stats[name], name === '# Trades'))]);
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c].length)));
  const line = (cells: readonly string[]) => cells.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
