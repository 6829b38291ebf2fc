import { TIMEFRAME_MS, type Timeframe } from '@goldensignals/engine';

/** A Yahoo chart interval the adapter requests. */
export type YahooInterval = '1m' | '5m' | '15m' | '30m' | '1h' | '1d';

/** How bars of one of our timeframes are obtained from Yahoo's chart endpoint. */
export interface YahooChartPlan {
  readonly interval: YahooInterval;
  /** Our timeframe of the fetched bars. */
  readonly fetched: Timeframe;
  /** Set when the fetched bars are aggregated into ours with the engine's `resampleBars`. */
  readonly resampleTo?: Timeframe;
  /** Longest span one request may cover (Yahoo refuses longer 1-minute ranges), in ms. */
  readonly maxSpanMs: number;
}

/**
 * The chart plan per timeframe. Yahoo has no 4-hour interval: 4h bars are aggregated from 1h bars
 * into 4-hour buckets aligned to 00:00 UTC, as `resampleBars` does for every source. Yahoo's weekly
 * rows start on the exchange's first trading day of the week, so 1w bars are aggregated from daily
 * bars into weeks starting Monday 00:00 UTC instead, like the rest of the project's weekly bars.
 */
export const YAHOO_CHART_PLANS: Readonly<Record<Timeframe, YahooChartPlan>> = {
  '1m': { interval: '1m', fetched: '1m', maxSpanMs: 7 * TIMEFRAME_MS['1d'] },
  '5m': { interval: '5m', fetched: '5m', maxSpanMs: Infinity },
  '15m': { interval: '15m', fetched: '15m', maxSpanMs: Infinity },
  '30m': { interval: '30m', fetched: '30m', maxSpanMs: Infinity },
  '1h': { interval: '1h', fetched: '1h', maxSpanMs: Infinity },
  '4h': { interval: '1h', fetched: '1h', resampleTo: '4h', maxSpanMs: Infinity },
  '1d': { interval: '1d', fetched: '1d', maxSpanMs: Infinity },
  '1w': { interval: '1d', fetched: '1d', resampleTo: '1w', maxSpanMs: Infinity },
};
