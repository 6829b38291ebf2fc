import { CHART_TIMEFRAMES, type ChartTimeframe } from './chart-timeframes.js';

/** True when `text` (a URL parameter, an API field) names a timeframe the chart offers. */
export function isChartTimeframe(text: string | null | undefined): text is ChartTimeframe {
  return (CHART_TIMEFRAMES as readonly string[]).includes(text ?? '');
}
