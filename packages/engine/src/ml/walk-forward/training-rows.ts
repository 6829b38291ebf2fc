import type { DirectionDataset } from './direction-dataset.js';
import type { TrainingRows } from './direction-model-trainer.js';

/**
 * Rows usable at all: labelled, with `historyLength` earlier vectors of the same symbol (so every
 * model, sequence models included, is trained and scored on the same rows).
 */
export function eligibleRows(dataset: DirectionDataset, historyLength: number): Uint8Array {
  const chain = new Int32Array(dataset.rowCount);
  const eligible = new Uint8Array(dataset.rowCount);
  for (let r = 0; r < dataset.rowCount; r++) {
    const previous = dataset.previous[r];
    chain[r] = previous < 0 ? 0 : chain[previous] + 1;
    if (dataset.labels[r] >= 0 && chain[r] >= historyLength) eligible[r] = 1;
  }
  return eligible;
}

/** The first index of sorted `values` at or above `value`. */
function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The training rows for a test window starting at `testFrom`: eligible rows from `trainFrom` whose
 * label was known before `testFrom` (purged: a label that ends inside the test window would leak
 * it). The last `calibrationShare` of the window's bar times is held out for calibration, and fit
 * rows are purged the same way against it.
 */
export function trainingRowsFor(
  dataset: DirectionDataset,
  eligible: Uint8Array,
  times: Float64Array,
  window: { readonly trainFrom: number; readonly testFrom: number },
  calibrationShare: number,
): TrainingRows {
  const low = lowerBound(times, window.trainFrom);
  const high = lowerBound(times, window.testFrom);
  const held = Math.round((high - low) * calibrationShare);
  const calibrationFrom = held > 0 ? times[high - held] : Infinity;
  const fit: number[] = [];
  const calibration: number[] = [];
  for (let r = 0; r < dataset.rowCount; r++) {
    if (eligible[r] === 0 || dataset.time[r] < window.trainFrom || !(dataset.labelTime[r] < window.testFrom)) continue;
    if (dataset.time[r] >= calibrationFrom) calibration.push(r);
    else if (dataset.labelTime[r] < calibrationFrom) fit.push(r);
  }
  return { fit: Int32Array.from(fit), calibration: Int32Array.from(calibration) };
}

/** Eligible rows with time in [from, to). */
export function rowsBetween(dataset: DirectionDataset, eligible: Uint8Array, from: number, to: number): Int32Array {
  const rows: number[] = [];
  for (let r = 0; r < dataset.rowCount; r++) if (eligible[r] === 1 && dataset.time[r] >= from && dataset.time[r] < to) rows.push(r);
  return Int32Array.from(rows);
}
