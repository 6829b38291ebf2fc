import { BarSeries, type Bar } from '@goldensignals/engine';
import type { IndicatorDefinition } from './indicator-catalog.js';

/** Indicator outputs at one bar; `null` while the indicator warms up. */
export type IndicatorValues = Readonly<Record<string, number | null>>;

/** One bar of an indicator's recent series. */
export interface IndicatorPoint {
  /** The bar's start, ISO-8601. */
  readonly time: string;
  readonly values: IndicatorValues;
}

/** An indicator's latest outputs and its recent series (oldest first, the latest last). */
export interface IndicatorResult {
  readonly name: string;
  readonly values: IndicatorValues;
  readonly series: readonly IndicatorPoint[];
}

function valuesAt(outputs: readonly string[], columns: Readonly<Record<string, Float64Array>>, index: number): IndicatorValues {
  const values: Record<string, number | null> = {};
  for (const output of outputs) {
    const value = index >= 0 ? columns[output][index] : NaN;
    values[output] = Number.isFinite(value) ? value : null;
  }
  return values;
}

/**
 * Each indicator over all of `bars` (ascending), answered as its value at the last bar plus the last
 * `points` bars of its series. Warm-up values (NaN in the engine) become `null`.
 */
export function computeIndicators(symbol: string, bars: readonly Bar[], indicators: readonly IndicatorDefinition[], points: number): Record<string, IndicatorResult> {
  const series = BarSeries.fromBars({ symbol }, bars);
  const first = Math.max(0, bars.length - points);
  const results: Record<string, IndicatorResult> = {};
  for (const indicator of indicators) {
    const columns = indicator.compute(series);
    const recent: IndicatorPoint[] = [];
    for (let i = first; i < bars.length; i++) recent.push({ time: new Date(bars[i].time).toISOString(), values: valuesAt(indicator.outputs, columns, i) });
    results[indicator.id] = { name: indicator.name, values: valuesAt(indicator.outputs, columns, bars.length - 1), series: recent };
  }
  return results;
}
