import type { BarColumns } from '../../series/bar-series.js';
import { ColumnsFeatureSource } from './columns-feature-source.js';
import { DIRECTION_FEATURE_COUNT } from './direction-feature-names.js';
import { featureVectorAt } from './feature-vector-at.js';

/** Feature vectors of every bar of a series, row-major; rows of bars without a vector are NaN. */
export interface FeatureMatrix {
  readonly bars: number;
  readonly columns: number;
  /** `bars * columns` values; row i is bar i. */
  readonly values: Float64Array;
  /** 1 where bar i has a complete feature vector. */
  readonly valid: Uint8Array;
}

/**
 * Every bar's feature vector, each from that bar and earlier ones only (see featureVectorAt): the
 * row of bar t is the same whether or not bars after t exist.
 */
export function featureMatrixOf(columns: BarColumns): FeatureMatrix {
  const bars = columns.close.length;
  const width = DIRECTION_FEATURE_COUNT;
  const values = new Float64Array(bars * width).fill(NaN);
  const valid = new Uint8Array(bars);
  const source = new ColumnsFeatureSource(columns);
  const row = new Float64Array(width);
  for (let i = 0; i < bars; i++) {
    source.at = i;
    if (featureVectorAt(source, 0, row) === null) continue;
    values.set(row, i * width);
    valid[i] = 1;
  }
  return { bars, columns: width, values, valid };
}
