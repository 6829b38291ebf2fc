import { createSeededRandom } from '../../random/seeded-random.js';
import type { LabelledRows } from './labelled-rows.js';

/**
 * `rows` synthetic rows of `columns` standard-normal features whose label is drawn with probability
 * `probabilityOf(row)`; seeded, so every test sees the same data.
 */
export function syntheticRows(rows: number, columns: number, probabilityOf: (x: Float64Array) => number, seed = 1): LabelledRows {
  const random = createSeededRandom(seed);
  const values = new Float64Array(rows * columns);
  const labels = new Int8Array(rows);
  for (let r = 0; r < rows; r++) {
    const x = values.subarray(r * columns, (r + 1) * columns);
    for (let j = 0; j < columns; j++) x[j] = random.normal();
    labels[r] = random.next() < probabilityOf(x) ? 1 : 0;
  }
  return { columns, values, labels, rows: Int32Array.from({ length: rows }, (_, i) => i) };
}

/** The same table restricted to rows [from, to). */
export function rowRange(data: LabelledRows, from: number, to: number): LabelledRows {
  return { ...data, rows: Int32Array.from({ length: to - from }, (_, i) => from + i) };
}

/** Share of `data`'s rows where `probability(row) >= 0.5` matches the label. */
export function hitRate(data: LabelledRows, probability: (x: Float64Array) => number): number {
  let hits = 0;
  for (const r of data.rows) {
    const p = probability(data.values.subarray(r * data.columns, (r + 1) * data.columns));
    if ((p >= 0.5 ? 1 : 0) === data.labels[r]) hits++;
  }
  return hits / data.rows.length;
}
