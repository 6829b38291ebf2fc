/** Answers in Finnhub's documented formats, for tests against the local API server. */

/** One candle: UNIX seconds, open, high, low, close, volume. */
export type Candle = readonly [t: number, o: number, h: number, l: number, c: number, v: number];

/** A `/stock/candle` answer with `s: "ok"` (parallel arrays). */
export function candles(rows: readonly Candle[]): Record<string, unknown> {
  return {
    c: rows.map((row) => row[4]),
    h: rows.map((row) => row[2]),
    l: rows.map((row) => row[3]),
    o: rows.map((row) => row[1]),
    s: 'ok',
    t: rows.map((row) => row[0]),
    v: rows.map((row) => row[5]),
  };
}

/** Seconds of a UTC date-time. */
export function seconds(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) / 1000;
}
