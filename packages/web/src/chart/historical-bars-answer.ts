/** One OHLCV bar as the API returns it; `time` is the bar's start (ISO-8601). */
export interface BarView {
  readonly time: string;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}

/** The answer of `GET /market-data/{symbol}/historical`. */
export interface HistoricalBarsAnswer {
  readonly symbol: string;
  readonly period: string;
  readonly interval: string;
  readonly from: string;
  readonly asOf: string;
  readonly bars: readonly BarView[];
  readonly source: string;
  readonly sources: readonly string[];
  readonly simulated: boolean;
  readonly stale: boolean;
  readonly staleReason?: string;
}
