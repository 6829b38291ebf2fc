/** A set of training rows: which rows of a row-major feature table, with their 0/1 labels. */
export interface LabelledRows {
  /** Features per row. */
  readonly columns: number;
  /** Row-major feature table (all rows of the dataset, selected or not). */
  readonly values: Float64Array;
  /** Label of every row of the table; only selected rows are read and they must be 0 or 1. */
  readonly labels: ArrayLike<number>;
  /** Indices of the selected rows. */
  readonly rows: Int32Array;
}

/** Row `row` of `data`'s table as a view (no copy). */
export function featureRow(data: Pick<LabelledRows, 'columns' | 'values'>, row: number): Float64Array {
  return data.values.subarray(row * data.columns, (row + 1) * data.columns);
}

/** Throws a RangeError unless every selected row has a 0/1 label and there are at least `minimum` of them. */
export function assertTrainable(data: LabelledRows, minimum: number, what: string): void {
  if (data.rows.length < minimum) throw new RangeError(`${what}: needs at least ${minimum} labelled rows, got ${data.rows.length}`);
  for (const row of data.rows) {
    const label = data.labels[row];
    if (label !== 0 && label !== 1) throw new RangeError(`${what}: row ${row} has label ${label}, expected 0 or 1`);
  }
}
