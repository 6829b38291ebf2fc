import { chartPointsOf } from './chart-points-of.js';
import type { LineSeriesSpec } from './line-series-spec.js';
import type { WeightPoint } from './weight-point.js';

const COLORS = ['#40c4ff', '#f0b90b', '#e040fb', '#76ff03', '#ff9100', '#b0bec5'];

/** One line per symbol class and timeframe of a weight history, in the order the cells first appear. */
export function weightSeriesOf(history: readonly WeightPoint[]): LineSeriesSpec[] {
  const cells = new Map<string, WeightPoint[]>();
  for (const point of history) {
    const key = `${point.symbolClass} ${point.timeframe}`;
    const cell = cells.get(key) ?? [];
    cell.push(point);
    cells.set(key, cell);
  }
  return [...cells.entries()].map(([title, points], k) => ({
    title,
    color: COLORS[k % COLORS.length] ?? '#40c4ff',
    pane: 0,
    points: chartPointsOf(points.map((point) => ({ time: point.time, value: point.weight }))),
  }));
}
