import type { ChartTimeframe } from './chart-timeframes.js';

/** A look-back period of `GET /market-data/{symbol}/historical` (the route's `HISTORY_PERIODS`). */
export type HistoryPeriod = '1d' | '5d' | '1mo' | '3mo' | '6mo' | '1y' | '2y' | '5y' | '10y' | 'ytd' | 'max';

/** What the chart asks the API for at one timeframe. */
export interface HistoryRequest {
  readonly period: HistoryPeriod;
  readonly interval: ChartTimeframe;
  /** How far back `GET /signals/{symbol}?hours=` looks: the period and a margin for weekends and holidays. */
  readonly signalHours: number;
  readonly barsPath: string;
  readonly signalsPath: string;
}

const DAY_HOURS = 24;

/*
 * The route refuses a period holding more than 5,000 bars on the symbol's calendar, so each period is the longest
 * that stays under it on a market open around the clock (crypto: 1,440 one-minute bars a day), the worst case.
 * The chart shows the last part and keeps the rest for scrolling back and for the indicators' warm-up.
 */
const PERIODS: Readonly<Record<ChartTimeframe, { readonly period: HistoryPeriod; readonly days: number }>> = {
  '1m': { period: '1d', days: 4 },
  '5m': { period: '5d', days: 10 },
  '15m': { period: '1mo', days: 32 },
  '30m': { period: '3mo', days: 93 },
  '1h': { period: '6mo', days: 185 },
  '4h': { period: '2y', days: 732 },
  '1d': { period: '2y', days: 732 },
};

/** The bars and signals requests of `symbol` at `timeframe`. */
export function historyRequestOf(symbol: string, timeframe: ChartTimeframe): HistoryRequest {
  const { period, days } = PERIODS[timeframe];
  const signalHours = days * DAY_HOURS;
  const name = encodeURIComponent(symbol.toUpperCase());
  return {
    period,
    interval: timeframe,
    signalHours,
    barsPath: `/market-data/${name}/historical?period=${period}&interval=${timeframe}`,
    signalsPath: `/signals/${name}?hours=${signalHours}`,
  };
}
