/** Answers in the documented formats of Polygon's REST API, for tests against the local API server. */

/** One aggregate as Polygon sends it (`t` = window start, epoch ms). */
export interface PolygonAggregate {
  readonly t: number;
  readonly o: number;
  readonly h: number;
  readonly l: number;
  readonly c: number;
  readonly v: number;
}

/** A page of `/v2/aggs/ticker/{T}/range/...`. */
export function aggregatesPage(ticker: string, results: readonly PolygonAggregate[], nextUrl?: string): Record<string, unknown> {
  return {
    ticker,
    queryCount: results.length,
    resultsCount: results.length,
    adjusted: true,
    ...(results.length > 0 ? { results: results.map((bar) => ({ ...bar, vw: (bar.h + bar.l + bar.c) / 3, n: 100 })) } : {}),
    status: 'OK',
    request_id: '6a7e466379af0a71039d60cc78e72282',
    count: results.length,
    ...(nextUrl === undefined ? {} : { next_url: nextUrl }),
  };
}

/** Polygon's error body, e.g. for 401 `Unknown API Key`. */
export function polygonError(error: string): Record<string, unknown> {
  return { status: 'ERROR', request_id: 'a1b2c3', error };
}

/** The 403 a plan without snapshots gets. */
export const NOT_ENTITLED = {
  status: 'NOT_AUTHORIZED',
  request_id: 'd4e5f6',
  message: 'You are not entitled to this data. Please upgrade your plan at https://polygon.io/pricing',
};

/** A `/v2/snapshot/locale/us/markets/stocks/tickers/{T}` answer (times in ns, as Polygon sends them). */
export function snapshot(ticker: string, day: { o: number; h: number; l: number; c: number; v: number }, lastTrade: { p: number; t: number } | null): Record<string, unknown> {
  return {
    status: 'OK',
    request_id: '657e430f1ae768891f018e08e03598d8',
    ticker: {
      ticker,
      day: { ...day, vw: day.c },
      lastQuote: { P: 20.6, S: 22, p: 20.5, s: 13, t: 1605192959994246100 },
      ...(lastTrade === null ? {} : { lastTrade: { c: [14, 41], i: '71675577320245', p: lastTrade.p, s: 2416, t: lastTrade.t, x: 4 } }),
      min: { av: 37216, c: 20.506, h: 20.506, l: 20.506, o: 20.506, v: 5000, vw: 20.5105 },
      prevDay: { c: 20.63, h: 21, l: 20.5, o: 20.79, v: 292738, vw: 20.6939 },
      todaysChange: -0.124,
      todaysChangePerc: -0.601,
      updated: 1605192894630916600,
    },
  };
}

/** A `/v2/aggs/ticker/{T}/prev` answer. */
export function previousClose(ticker: string, bar: PolygonAggregate | null): Record<string, unknown> {
  return {
    ticker,
    queryCount: bar === null ? 0 : 1,
    resultsCount: bar === null ? 0 : 1,
    adjusted: true,
    ...(bar === null ? {} : { results: [{ T: ticker, ...bar, vw: bar.c }] }),
    status: 'OK',
    request_id: '6a7e466379af0a71039d60cc78e72282',
    count: bar === null ? 0 : 1,
  };
}
