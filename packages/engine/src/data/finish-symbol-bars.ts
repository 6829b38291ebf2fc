import { BarSeries, type BarColumns } from '../series/bar-series.js';
import { inferTimeframe } from '../series/infer-timeframe.js';
import type { Timeframe } from '../series/timeframe.js';
import { csvProblem, type CsvProblem } from './csv-problem.js';
import type { SymbolBarsAccumulator } from './symbol-bars-accumulator.js';

/** The bars of one symbol as read: the series and each bar's original time text. */
export interface ParsedSymbolBars {
  readonly series: BarSeries;
  /** The time text of each bar exactly as in the file, for output that must echo it. */
  readonly labels: readonly string[];
}

/**
 * Turns accumulated rows into the final series. With `sort`, rows that were not in time order are
 * sorted (stable, so among equal times the earlier line comes first) and reported by a notice; equal
 * times are then duplicates: the later line is reported and dropped. The timeframe is the declared one
 * or the one inferred from the bar spacing.
 */
export function finishSymbolBars(
  accumulator: SymbolBarsAccumulator,
  sort: boolean,
  timeframe: Timeframe | undefined,
  timeColumn: string,
  problems: CsvProblem[],
): ParsedSymbolBars {
  let columns = accumulator.builder.columns();
  let labels = accumulator.labels;
  if (sort && !isStrictlyAscending(columns.time)) {
    const sorted = sortAndDeduplicate(accumulator, columns, timeColumn, problems);
    columns = sorted.columns;
    labels = sorted.labels;
  }
  const meta = { symbol: accumulator.symbol, timeframe: timeframe ?? inferTimeframe(columns) };
  return { series: new BarSeries(meta, columns), labels };
}

function sortAndDeduplicate(
  accumulator: SymbolBarsAccumulator,
  columns: BarColumns,
  timeColumn: string,
  problems: CsvProblem[],
): { columns: BarColumns; labels: string[] } {
  const { rows, labels, symbol } = accumulator;
  const time = columns.time;
  const order = Uint32Array.from({ length: time.length }, (_, i) => i).sort((a, b) => time[a] - time[b] || a - b);
  if (accumulator.descents > 0) {
    const message = `rows of ${symbol} were not in time order (${accumulator.descents} went back in time); sorted as asked`;
    problems.push(csvProblem('sorted', accumulator.firstDescentRow, timeColumn, accumulator.firstDescentLabel, message, 'notice'));
  }
  const kept: number[] = [];
  for (const index of order) {
    const previous = kept.length > 0 ? kept[kept.length - 1] : -1;
    if (previous >= 0 && time[index] === time[previous]) {
      const duplicate = `duplicate time: same as row ${rows[previous]}`;
      problems.push(csvProblem('duplicate-time', rows[index], timeColumn, labels[index], duplicate));
      continue;
    }
    kept.push(index);
  }
  const pick = (values: Float64Array): Float64Array => Float64Array.from(kept, (index) => values[index]);
  return {
    columns: {
      time: pick(columns.time),
      open: pick(columns.open),
      high: pick(columns.high),
      low: pick(columns.low),
      close: pick(columns.close),
      volume: pick(columns.volume),
    },
    labels: kept.map((index) => labels[index]),
  };
}

function isStrictlyAscending(time: Float64Array): boolean {
  for (let i = 1; i < time.length; i++) if (!(time[i] > time[i - 1])) return false;
  return true;
}
