import { BarSeries, bucketStart, resampleBars, TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import type YahooFinance from 'yahoo-finance2';
import type { ChartResultArray } from 'yahoo-finance2/modules/chart';
import type { BarRequest } from '../../bar-request.js';
import { chartToBars } from './chart-to-bars.js';
import { exchangeTradingDate } from './exchange-trading-date.js';
import { YAHOO_CHART_PLANS, type YahooChartPlan } from './yahoo-chart-plan.js';

/** A yahoo-finance2 client. */
export type YahooClient = InstanceType<typeof YahooFinance>;

const DAY_MS = TIMEFRAME_MS['1d'];

/**
 * Bars from Yahoo's chart endpoint for a {@link BarRequest} (see {@link YAHOO_CHART_PLANS} for how
 * each timeframe is obtained). Yahoo selects daily rows by their opening time, so on exchanges whose
 * session opens before 00:00 UTC (Sydney, Auckland) the first trading date of a range would be
 * missed: once a chart shows such an exchange, its daily ranges are fetched from a day earlier.
 */
export class YahooChartBars {
  private readonly earlySessionSymbols = new Set<string>();

  constructor(private readonly client: YahooClient) {}

  async bars(request: BarRequest, signal?: AbortSignal): Promise<Bar[]> {
    const { symbol, timeframe, from, to } = request;
    if (from >= to) return [];
    const plan = YAHOO_CHART_PLANS[timeframe];
    const target = plan.resampleTo;
    // Aggregated bars need their whole first and last bucket.
    const start = target ? bucketStart(from, target) : from;
    const end = target ? bucketStart(to - 1, target) + TIMEFRAME_MS[target] : to;
    let bars = await this.fetchBars(symbol, plan, start, end, signal);
    if (target) {
      const series = resampleBars(BarSeries.fromBars({ symbol, timeframe: plan.fetched }, bars), target);
      bars = Array.from({ length: series.length }, (_, index) => series.bar(index));
    }
    return bars.filter((bar) => bar.time >= from && bar.time < to);
  }

  private async fetchBars(symbol: string, plan: YahooChartPlan, start: number, end: number, signal?: AbortSignal): Promise<Bar[]> {
    const barMs = TIMEFRAME_MS[plan.fetched];
    if (plan.fetched !== '1d') {
      const bars: Bar[] = [];
      for (let chunk = start; chunk < end; chunk += plan.maxSpanMs) {
        const chunkEnd = Math.min(end, chunk + plan.maxSpanMs);
        const chart = await this.chart(symbol, plan, chunk, chunkEnd, signal);
        // Yahoo also answers the bar starting at period2: it belongs to the next chunk.
        bars.push(...chartToBars(chart, false, barMs).filter((bar) => bar.time >= chunk && bar.time < chunkEnd));
      }
      return bars;
    }
    const early = this.earlySessionSymbols.has(symbol);
    const chart = await this.chart(symbol, plan, early ? start - DAY_MS : start, end, signal);
    if (early || !opensBeforeUtcMidnight(chart)) return chartToBars(chart, true, barMs);
    this.earlySessionSymbols.add(symbol);
    return chartToBars(await this.chart(symbol, plan, start - DAY_MS, end, signal), true, barMs);
  }

  private chart(symbol: string, plan: YahooChartPlan, start: number, end: number, signal?: AbortSignal): Promise<ChartResultArray> {
    const period1 = Math.floor(start / 1000);
    // Yahoo refuses period1 === period2; a range shorter than a second holds no bar start anyway.
    const period2 = Math.max(Math.ceil(end / 1000), period1 + 1);
    return this.client.chart(symbol, { period1, period2, interval: plan.interval, includePrePost: false, return: 'array' }, { fetchOptions: { signal } });
  }
}

/** True when the exchange's regular session opens on the UTC day before its local trading date. */
function opensBeforeUtcMidnight(chart: ChartResultArray): boolean {
  const opening = chart.meta.currentTradingPeriod?.regular?.start;
  if (!(opening instanceof Date)) return false;
  const time = opening.getTime();
  return exchangeTradingDate(time, chart.meta.exchangeTimezoneName) > time;
}
