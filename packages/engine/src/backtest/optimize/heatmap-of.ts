import type { GridParam } from './grid/grid-param.js';
import type { OptimizeRow } from './sweep/optimize-row.js';

/**
 * The objective over a two-parameter grid, ready to plot: `values[j][i]` is the value at
 * x = `xs[i]`, y = `ys[j]` (one row per y), null where the combination was filtered out by `where`
 * or its value is undefined. The axes keep the grid's value order.
 */
export interface Heatmap {
  readonly x: string;
  readonly y: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly values: readonly (readonly (number | null)[])[];
}

/** The heatmap of a sweep over exactly two parameters (the first is x); null for any other count. */
export function heatmapOf(grid: readonly GridParam[], results: readonly OptimizeRow[]): Heatmap | null {
  if (grid.length !== 2) return null;
  const [x, y] = grid;
  const values = y.values.map(() => x.values.map((): number | null => null));
  const xIndex = new Map(x.values.map((value, i) => [value, i]));
  const yIndex = new Map(y.values.map((value, j) => [value, j]));
  for (const { params, value } of results) {
    const i = xIndex.get(params[x.name]);
    const j = yIndex.get(params[y.name]);
    if (i !== undefined && j !== undefined) values[j][i] = value;
  }
  return { x: x.name, y: y.name, xs: x.values, ys: y.values, values };
}
