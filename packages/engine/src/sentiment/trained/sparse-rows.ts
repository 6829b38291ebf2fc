import type { SentimentFeatureExtractor } from './sentiment-feature-extractor.js';

/** Rows of sparse features in compressed form: row r's entries are `columns/values[rowStarts[r] .. rowStarts[r + 1])`. */
export interface SparseRows {
  readonly rowStarts: Int32Array;
  readonly columns: Int32Array;
  readonly values: Float64Array;
  /** Number of distinct columns. */
  readonly columnCount: number;
  /** Feature index (hash bucket or dense slot) of each column. */
  readonly featureOfColumn: Int32Array;
}

/**
 * Extracts the features of every text and numbers the feature indices that occur as compact columns,
 * so training works on the ~10^4 features the texts use rather than the 2^18 hash buckets.
 */
export function buildSparseRows(texts: readonly string[], extractor: SentimentFeatureExtractor): SparseRows {
  const columnOfFeature = new Map<number, number>();
  const featureOfColumn: number[] = [];
  const rowStarts = new Int32Array(texts.length + 1);
  const columns: number[] = [];
  const values: number[] = [];
  texts.forEach((text, row) => {
    extractor.extract(text, (feature, value) => {
      let column = columnOfFeature.get(feature);
      if (column === undefined) {
        column = featureOfColumn.length;
        columnOfFeature.set(feature, column);
        featureOfColumn.push(feature);
      }
      columns.push(column);
      values.push(value);
    });
    rowStarts[row + 1] = columns.length;
  });
  return {
    rowStarts,
    columns: Int32Array.from(columns),
    values: Float64Array.from(values),
    columnCount: featureOfColumn.length,
    featureOfColumn: Int32Array.from(featureOfColumn),
  };
}
