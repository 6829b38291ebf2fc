import type { ChartResultArray, ChartResultArrayQuote } from 'yahoo-finance2/modules/chart';
import { describe, expect, it } from 'vitest';
import { chartToBars } from './chart-to-bars.js';

const at = (iso: string): Date => new Date(iso);

function chart(timeZone: string, quotes: ChartResultArrayQuote[]): ChartResultArray {
  const period = { timezone: 'EST', start: at('2024-01-02T14:30:00Z'), end: at('2024-01-02T21:00:00Z'), gmtoffset: -18000 };
  return {
    meta: {
      currency: 'USD',
      symbol: 'TEST',
      exchangeName: 'NMS',
      instrumentType: 'EQUITY',
      firstTradeDate: null,
      regularMarketTime: at('2024-01-02T21:00:00Z'),
      gmtoffset: -18000,
      timezone: 'EST',
      exchangeTimezoneName: timeZone,
      regularMarketPrice: 1,
      priceHint: 2,
      currentTradingPeriod: { pre: period, regular: period, post: period },
      dataGranularity: '1d',
      range: '',
      validRanges: [],
    },
    quotes,
  };
}

const row = (iso: string, close: number | null, volume: number | null = 100): ChartResultArrayQuote => ({ date: at(iso), open: close, high: close, low: close, close, volume });

describe('chartToBars', () => {
  it('keeps the later row when Yahoo repeats a trading date', () => {
    // During the session Yahoo adds the day's row stamped with the last trade, beside its opening row.
    const bars = chartToBars(chart('America/New_York', [row('2024-01-02T14:30:00Z', 10), row('2024-01-02T20:15:07Z', 11)]), true, 86_400_000);
    expect(bars).toEqual([{ time: Date.parse('2024-01-02T00:00:00Z'), open: 11, high: 11, low: 11, close: 11, volume: 100 }]);
  });

  it('skips rows with a null price or volume as missing bars', () => {
    const rows = [row('2024-01-01T10:00:00Z', null), row('2024-01-01T11:00:00Z', 5, null), row('2024-01-01T12:00:00Z', 6)];
    expect(chartToBars(chart('UTC', rows), false, 3_600_000)).toEqual([{ time: Date.parse('2024-01-01T12:00:00Z'), open: 6, high: 6, low: 6, close: 6, volume: 100 }]);
  });

  it('refuses a row whose high is below its close, naming it', () => {
    const broken = { ...row('2024-01-01T12:00:00Z', 6), high: 5.5 };
    expect(() => chartToBars(chart('UTC', [broken]), false, 3_600_000)).toThrow('the row of 2024-01-01T12:00:00.000Z is not a valid bar: high 5.5 is below max(open 6, close 6)');
  });
});
