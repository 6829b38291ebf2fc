import { chartPointsOf } from './chart-points-of.js';
import type { LineSeriesSpec } from './line-series-spec.js';
import type { SymbolResult } from './symbol-result.js';

type EquityPoint = NonNullable<SymbolResult['equity']>[number];

function pointsOf(equity: readonly EquityPoint[], value: (point: EquityPoint) => number | null | undefined) {
  return chartPointsOf(equity.flatMap((point) => (point.time === undefined ? [] : [{ time: point.time, value: value(point) }])));
}

/** The equity curve and the buy-and-hold baseline on the top pane, the drawdown (a fraction in the answer, shown as percent below zero) under them. */
export function equitySeriesOf(equity: readonly EquityPoint[]): LineSeriesSpec[] {
  return [
    { title: 'Equity', color: '#40c4ff', pane: 0, points: pointsOf(equity, (point) => point.equity) },
    { title: 'Buy & hold', color: '#90a4ae', pane: 0, points: pointsOf(equity, (point) => point.baseline) },
    { title: 'Drawdown %', color: '#ef5350', pane: 1, area: true, points: pointsOf(equity, (point) => (point.drawdownPct === null || point.drawdownPct === undefined ? null : -Math.abs(point.drawdownPct) * 100)) },
  ].filter((series) => series.points.length > 0);
}
