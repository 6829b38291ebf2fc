import type { BarColumns } from '../../series/bar-series.js';
import { DIRECTION_FEATURE_COUNT } from '../features/direction-feature-names.js';
import { directionLabelsOf, NO_LABEL } from '../features/direction-labels.js';
import { featureMatrixOf } from '../features/feature-matrix.js';
import type { LabelledRows } from '../models/labelled-rows.js';

/** One symbol's bars for a dataset. */
export interface SymbolBars {
  readonly symbol: string;
  readonly columns: BarColumns;
}

/**
 * Feature vectors and labels of every bar with a complete vector, over one or more symbols (pooled:
 * one model learns from all of them). Rows are grouped by symbol, in time order within a symbol.
 */
export interface DirectionDataset extends Omit<LabelledRows, 'rows' | 'labels'> {
  readonly horizon: number;
  readonly rowCount: number;
  /** 1 up, 0 down, NO_LABEL when the forward return is zero or not known yet. */
  readonly labels: Int8Array;
  /** Bar time of each row (epoch ms). */
  readonly time: Float64Array;
  /** Time of the bar whose close decides the label (`horizon` bars later); NaN without a label. */
  readonly labelTime: Float64Array;
  /** Row of the same symbol's previous bar, or -1 when that bar has no row (series start, warm-up, a gap in the vectors). */
  readonly previous: Int32Array;
  readonly symbols: readonly string[];
  /** Index into `symbols` of each row. */
  readonly symbolIndex: Int32Array;
}

/** Options of {@link directionDatasetOf}. */
export interface DirectionDatasetOptions {
  /** Forward bars of the label. Default 5. */
  readonly horizon?: number;
  /** Only bars before this time (epoch ms) are read, labels included: for training on data before an evaluation split. */
  readonly until?: number;
}

function countBefore(time: Float64Array, until: number): number {
  let n = 0;
  while (n < time.length && time[n] < until) n++;
  return n;
}

/** Builds the dataset of `series`; features come from each bar and earlier ones only, labels from the bars `horizon` later. */
export function directionDatasetOf(series: readonly SymbolBars[], options: DirectionDatasetOptions = {}): DirectionDataset {
  const horizon = options.horizon ?? 5;
  const until = options.until ?? Infinity;
  const parts = series.map(({ symbol, columns }) => {
    const n = countBefore(columns.time, until);
    const cut: BarColumns =
      n === columns.time.length
        ? columns
        : {
            time: columns.time.subarray(0, n),
            open: columns.open.subarray(0, n),
            high: columns.high.subarray(0, n),
            low: columns.low.subarray(0, n),
            close: columns.close.subarray(0, n),
            volume: columns.volume.subarray(0, n),
          };
    return { symbol, columns: cut, matrix: featureMatrixOf(cut), labels: directionLabelsOf(cut.close, horizon) };
  });
  const rowCount = parts.reduce((sum, part) => sum + part.matrix.valid.reduce((count, flag) => count + flag, 0), 0);
  const d = DIRECTION_FEATURE_COUNT;
  const values = new Float64Array(rowCount * d);
  const labels = new Int8Array(rowCount);
  const time = new Float64Array(rowCount);
  const labelTime = new Float64Array(rowCount);
  const previous = new Int32Array(rowCount);
  const symbolIndex = new Int32Array(rowCount);
  let row = 0;
  parts.forEach((part, s) => {
    const { matrix, columns } = part;
    let previousRow = -1;
    for (let i = 0; i < matrix.bars; i++) {
      if (matrix.valid[i] === 0) {
        previousRow = -1;
        continue;
      }
      values.set(matrix.values.subarray(i * d, (i + 1) * d), row * d);
      labels[row] = part.labels[i];
      time[row] = columns.time[i];
      labelTime[row] = part.labels[i] === NO_LABEL ? NaN : columns.time[i + horizon];
      previous[row] = previousRow;
      symbolIndex[row] = s;
      previousRow = row;
      row++;
    }
  });
  return { horizon, rowCount, columns: d, values, labels, time, labelTime, previous, symbols: series.map((s) => s.symbol), symbolIndex };
}

/**
 * The feature vectors of the `count` rows before `row` of the same symbol, oldest first, or null
 * when the symbol's consecutive vectors do not reach back that far.
 */
export function historyOf(dataset: DirectionDataset, row: number, count: number): Float64Array[] | null {
  const rows: number[] = [];
  let current = row;
  for (let k = 0; k < count; k++) {
    current = dataset.previous[current];
    if (current < 0) return null;
    rows.push(current);
  }
  const d = dataset.columns;
  return rows.reverse().map((r) => dataset.values.subarray(r * d, (r + 1) * d));
}
