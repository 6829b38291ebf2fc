import type { Timeframe } from '@goldensignals/engine';

/**
 * TradingView's `{{interval}}` values (minutes as numbers, `D`/`W` for days and weeks, optionally with a count of 1)
 * and the engine's own names, lower-cased, to the engine's timeframe.
 */
const INTERVALS: Readonly<Record<string, Timeframe>> = {
  '1': '1m',
  '5': '5m',
  '15': '15m',
  '30': '30m',
  '60': '1h',
  '240': '4h',
  d: '1d',
  '1d': '1d',
  w: '1w',
  '1w': '1w',
  '1m': '1m',
  '5m': '5m',
  '15m': '15m',
  '30m': '30m',
  '1h': '1h',
  '4h': '4h',
};

/** The intervals accepted, for messages. */
export const ACCEPTED_INTERVALS = 'TradingView intervals 1, 5, 15, 30, 60, 240, D, 1D, W, 1W or 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w';

/** The timeframe of an interval as TradingView or the engine writes it (`60` -> 1h, `D` -> 1d); `undefined` when unsupported. */
export function timeframeOfInterval(value: string | number): Timeframe | undefined {
  const key = String(value).trim().toLowerCase();
  return Object.hasOwn(INTERVALS, key) ? INTERVALS[key] : undefined;
}
