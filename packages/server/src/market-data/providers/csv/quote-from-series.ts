import { resampleBars, TIMEFRAME_MS, type BarSeries } from '@goldensignals/engine';
import type { Quote } from '../../quote.js';
import { priceChange } from '../../price-change.js';

const DAY_MS = TIMEFRAME_MS['1d'];

/**
 * The quote a bar series implies: the last bar's close at that bar's start time. Open, high, low and
 * volume are those of the last UTC day (intraday bars are aggregated), and the previous close is the
 * day before's close; for weekly bars, the last and previous bar's. Bid, ask and currency are unknown.
 */
export function quoteFromSeries(symbol: string, series: BarSeries, source: string): Quote {
  const last = series.length - 1;
  const price = series.close[last];
  const intraday = series.timeframe !== undefined && TIMEFRAME_MS[series.timeframe] < DAY_MS;
  const days = intraday ? resampleBars(series, '1d') : series;
  const day = days.length - 1;
  const previousClose = day > 0 ? days.close[day - 1] : null;
  const { change, changePercent } = priceChange(price, previousClose);
  return {
    symbol,
    price,
    previousClose,
    change,
    changePercent,
    open: days.open[day],
    high: days.high[day],
    low: days.low[day],
    // A file without a volume column reads as NaN volume: unknown, not zero.
    volume: Number.isNaN(days.volume[day]) ? null : days.volume[day],
    bid: null,
    ask: null,
    currency: null,
    time: series.time[last],
    source,
    simulated: false,
  };
}
