import { describe, expect, it } from 'vitest';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { dailyAnswer, intradayAnswer, weeklyAnswer } from './alpha-vantage-answers.test-support.js';
import { newYorkMonths } from './alpha-vantage-bars.js';
import { AlphaVantageProvider } from './alpha-vantage-provider.js';

const KEY = 'AVKEY7Q2Z9';
const api = useLocalApiServer();

function alphaVantage(now: number): AlphaVantageProvider {
  return new AlphaVantageProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000, now: () => now });
}

function times(bars: readonly { time: number }[]): string[] {
  return bars.map((bar) => new Date(bar.time).toISOString());
}

describe('AlphaVantageProvider.bars', () => {
  it('places US/Eastern intraday times in UTC across the March daylight-saving change, asking for that month', async () => {
    api.server.answer(() => ({
      body: intradayAnswer('IBM', '60min', [
        ['2024-03-11 09:00:00', '195.0900', '196.3000', '194.9000', '195.9500', '412033'],
        ['2024-03-11 04:00:00', '194.8000', '195.0000', '194.5100', '194.9000', '1520'],
        ['2024-03-08 19:00:00', '195.9500', '196.0000', '195.9000', '195.9500', '2310'],
        ['2024-03-08 15:00:00', '196.1100', '196.2400', '195.6000', '195.9400', '689122'],
      ]),
    }));
    const start = api.server.requests.length;
    const bars = await alphaVantage(Date.UTC(2025, 0, 1)).bars({ symbol: 'IBM', timeframe: '1h', from: Date.UTC(2024, 2, 8), to: Date.UTC(2024, 2, 12) });
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=TIME_SERIES_INTRADAY&interval=60min&symbol=IBM&month=2024-03&outputsize=full`]);
    expect(times(bars)).toEqual(['2024-03-08T20:00:00.000Z', '2024-03-09T00:00:00.000Z', '2024-03-11T08:00:00.000Z', '2024-03-11T13:00:00.000Z']);
    expect(bars[3]).toEqual({ time: Date.UTC(2024, 2, 11, 13), open: 195.09, high: 196.3, low: 194.9, close: 195.95, volume: 412_033 });
  });

  it('asks month by month across a month end and places the November change right', async () => {
    api.server.answer((request) => ({
      body:
        request.query.get('month') === '2024-10'
          ? intradayAnswer('IBM', '5min', [['2024-10-31 15:55:00', '206.5000', '206.9000', '206.4000', '206.7200', '351200']])
          : intradayAnswer('IBM', '5min', [
              ['2024-11-04 09:30:00', '205.0100', '205.8800', '204.9000', '205.6000', '158004'],
              ['2024-11-01 15:55:00', '207.9000', '208.3000', '207.8000', '208.2500', '290100'],
            ]),
    }));
    const start = api.server.requests.length;
    const bars = await alphaVantage(Date.UTC(2025, 5, 1)).bars({ symbol: 'IBM', timeframe: '5m', from: Date.UTC(2024, 9, 31), to: Date.UTC(2024, 10, 5) });
    expect(api.server.requests.slice(start).map((r) => r.query.get('month'))).toEqual(['2024-10', '2024-11']);
    // 15:55 EDT is 19:55 UTC; after the change 09:30 EST is 14:30 UTC.
    expect(times(bars)).toEqual(['2024-10-31T19:55:00.000Z', '2024-11-01T19:55:00.000Z', '2024-11-04T14:30:00.000Z']);
  });

  it('asks a range inside the trailing 30 days in one call without month', async () => {
    api.server.answer(() => ({ body: intradayAnswer('IBM', '1min', [['2024-03-11 09:30:00', '195.0900', '195.2000', '195.0000', '195.1000', '50211']]) }));
    const start = api.server.requests.length;
    const bars = await alphaVantage(Date.UTC(2024, 2, 12)).bars({ symbol: 'IBM', timeframe: '1m', from: Date.UTC(2024, 2, 11), to: Date.UTC(2024, 2, 12) });
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=TIME_SERIES_INTRADAY&interval=1min&symbol=IBM&outputsize=full`]);
    expect(times(bars)).toEqual(['2024-03-11T13:30:00.000Z']);
  });

  it('stamps daily bars 00:00 UTC of their date, compact for recent ranges and full for old ones', async () => {
    api.server.answer(() => ({
      body: dailyAnswer('IBM', [
        ['2024-01-05', '160.9000', '161.7700', '160.1700', '160.8600', '4156349'],
        ['2024-01-04', '161.0000', '161.6700', '160.0700', '160.7200', '4176592'],
        ['2024-01-03', '161.0000', '161.7300', '160.0800', '160.1000', '4086466'],
        ['2024-01-02', '162.8300', '163.2900', '160.7000', '161.8300', '4059441'],
      ]),
    }));
    const start = api.server.requests.length;
    const request = { symbol: 'IBM', timeframe: '1d', from: Date.UTC(2024, 0, 3), to: Date.UTC(2024, 0, 5) } as const;
    const bars = await alphaVantage(Date.UTC(2024, 0, 8)).bars(request);
    await alphaVantage(Date.UTC(2024, 11, 1)).bars(request);
    expect(requestLinesSince(api.server, start)).toEqual([
      `/query?apikey=${KEY}&function=TIME_SERIES_DAILY&symbol=IBM&outputsize=compact`,
      `/query?apikey=${KEY}&function=TIME_SERIES_DAILY&symbol=IBM&outputsize=full`,
    ]);
    expect(bars).toEqual([
      { time: Date.UTC(2024, 0, 3), open: 161, high: 161.73, low: 160.08, close: 160.1, volume: 4_086_466 },
      { time: Date.UTC(2024, 0, 4), open: 161, high: 161.67, low: 160.07, close: 160.72, volume: 4_176_592 },
    ]);
  });

  it('stamps weekly bars (keyed by their last trading day) on the Monday of their week', async () => {
    api.server.answer(() => ({
      body: weeklyAnswer('IBM', [
        ['2024-01-12', '160.4900', '166.2300', '158.6700', '165.8000', '23015411'],
        ['2024-01-05', '162.8300', '163.2900', '160.0700', '160.8600', '16478848'],
        ['2023-12-29', '162.4200', '164.0000', '161.3000', '163.5500', '11264960'],
      ]),
    }));
    const start = api.server.requests.length;
    const bars = await alphaVantage(Date.UTC(2024, 0, 13)).bars({ symbol: 'IBM', timeframe: '1w', from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 15) });
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=TIME_SERIES_WEEKLY&symbol=IBM`]);
    expect(bars.map((bar) => [new Date(bar.time).toISOString(), bar.close])).toEqual([
      ['2024-01-01T00:00:00.000Z', 160.86],
      ['2024-01-08T00:00:00.000Z', 165.8],
    ]);
  });

  it('aggregates 4h bars from 60min bars', async () => {
    api.server.answer(() => ({
      body: intradayAnswer('IBM', '60min', [
        ['2024-01-05 11:00:00', '161.0000', '161.5000', '160.9000', '161.4000', '300'],
        ['2024-01-05 10:00:00', '160.5000', '161.2000', '160.4000', '161.0000', '200'],
        ['2024-01-05 09:00:00', '160.0000', '160.6000', '159.9000', '160.5000', '100'],
      ]),
    }));
    const bars = await alphaVantage(Date.UTC(2025, 0, 1)).bars({ symbol: 'IBM', timeframe: '4h', from: Date.UTC(2024, 0, 5, 12), to: Date.UTC(2024, 0, 5, 20) });
    // 09:00-11:00 EST are 14:00-16:00 UTC: the first two fall in the 12:00 UTC bucket, the last in 16:00.
    expect(bars).toEqual([
      { time: Date.UTC(2024, 0, 5, 12), open: 160, high: 161.2, low: 159.9, close: 161, volume: 300 },
      { time: Date.UTC(2024, 0, 5, 16), open: 161, high: 161.5, low: 160.9, close: 161.4, volume: 300 },
    ]);
  });

  it.each([
    ['187.1500x', '"187.1500x"'],
    ['Infinity', '"Infinity"'],
    ['1e999', '"1e999"'],
    ['', '""'],
  ])('refuses the number text %j and names where it was', async (open, shown) => {
    api.server.answer(() => ({ body: dailyAnswer('IBM', [['2024-01-05', open, '161.7700', '160.1700', '160.8600', '4156349']]) }));
    await expect(alphaVantage(Date.UTC(2024, 0, 8)).bars({ symbol: 'IBM', timeframe: '1d', from: Date.UTC(2024, 0, 5), to: Date.UTC(2024, 0, 6) })).rejects.toMatchObject({
      kind: 'bad-response',
      message: `alphavantage: 1d bars of IBM: unexpected answer: Time Series (Daily)["2024-01-05"]["1. open"] is ${shown}, expected a decimal number as text`,
    });
  });

  it('asks one month per New York month, across New Year too', () => {
    expect(newYorkMonths(Date.UTC(2023, 11, 20), Date.UTC(2024, 1, 2))).toEqual(['2023-12', '2024-01', '2024-02']);
    // 2024-02-01 03:00 UTC is still January 31 in New York.
    expect(newYorkMonths(Date.UTC(2024, 0, 5), Date.UTC(2024, 1, 1, 3))).toEqual(['2024-01']);
  });

  it('refuses an intraday time that the zone skipped and a zone it does not know', async () => {
    api.server.answer(() => ({ body: intradayAnswer('IBM', '60min', [['2024-03-10 02:00:00', '1', '1', '1', '1', '1']]) }));
    const request = { symbol: 'IBM', timeframe: '1h', from: Date.UTC(2024, 2, 9), to: Date.UTC(2024, 2, 11) } as const;
    await expect(alphaVantage(Date.UTC(2025, 0, 1)).bars(request)).rejects.toThrow(
      'alphavantage: 1h bars of IBM: unexpected answer: Time Series (60min)["2024-03-10 02:00:00"] does not exist in US/Eastern: clocks skipped it for daylight saving',
    );
    api.server.answer(() => ({ body: intradayAnswer('IBM', '60min', [['2024-03-08 10:00:00', '1', '1', '1', '1', '1']], 'Moon/Base') }));
    await expect(alphaVantage(Date.UTC(2025, 0, 1)).bars(request)).rejects.toThrow('Meta Data names the time zone "Moon/Base", which is unknown');
  });
});
