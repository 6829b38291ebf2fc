import type { Timeframe } from '@goldensignals/engine';

/** The timeframes the chart switches between, shortest first (weekly bars are too few for the panes' warm-up). */
export const CHART_TIMEFRAMES = ['1m', '5m', '15m', '30m', '1h', '4h', '1d'] as const satisfies readonly Timeframe[];

/** One of {@link CHART_TIMEFRAMES}. */
export type ChartTimeframe = (typeof CHART_TIMEFRAMES)[number];
