import { createSeededRandom } from '../../random/seeded-random.js';
import type { LabelledRows } from './labelled-rows.js';

/**
 * Quantile bin edges per feature from (a seeded sample of) the rows: a value x falls in the first bin
 * k with x <= edges[k], or in bin edges.length when above all of them. At most `maxBins` bins.
 */
export function featureBinEdges(data: LabelledRows, maxBins: number, sampleRows: number, seed: number): number[][] {
  if (!Number.isInteger(maxBins) || maxBins < 2 || maxBins > 256) throw new RangeError(`maxBins must be an integer in 2..256, got ${maxBins}`);
  const rows = data.rows;
  let sample: ArrayLike<number> = rows;
  if (rows.length > sampleRows) {
    const random = createSeededRandom(seed);
    sample = Int32Array.from({ length: sampleRows }, () => rows[Math.floor(random.next() * rows.length)]);
  }
  const d = data.columns;
  const edges: number[][] = [];
  const values = new Float64Array(sample.length);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < sample.length; i++) values[i] = data.values[sample[i] * d + j];
    values.sort();
    const featureEdges: number[] = [];
    for (let k = 1; k < maxBins; k++) {
      const edge = values[Math.min(values.length - 1, Math.floor((k * values.length) / maxBins))];
      // An edge at the maximum would leave the last bin empty; equal edges would make empty bins.
      if (edge < values[values.length - 1] && (featureEdges.length === 0 || edge > featureEdges[featureEdges.length - 1])) featureEdges.push(edge);
    }
    edges.push(featureEdges);
  }
  return edges;
}

/** The bin of `value` given a feature's sorted edges (binary search for the first edge >= value). */
export function binOf(edges: readonly number[], value: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edges[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
