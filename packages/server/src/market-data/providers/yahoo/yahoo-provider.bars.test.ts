import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { checkReplaysAfterEach, replayedYahoo } from './yahoo-replay-provider.test-support.js';
import { hasYahooRecordings, loadRecording } from './yahoo-recordings.test-support.js';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const at = (iso: string): number => Date.parse(iso);

/** The parts of Yahoo's chart answer the edits below touch. */
interface ChartBody {
  chart: { result: [{ meta: Record<string, unknown>; timestamp?: number[]; indicators: { quote: [Record<string, (number | null)[]>] } }] };
}
const chartOf = (body: unknown): ChartBody['chart']['result'][0] => (body as ChartBody).chart.result[0];

describe.skipIf(!hasYahooRecordings())('YahooProvider bars (recorded chart answers)', () => {
  checkReplaysAfterEach();

  it('answers AAPL 2020-01-01..01-03 with the exact recorded OHLCV, dated on its trading day', async () => {
    const { provider, replay } = replayedYahoo(['chart-AAPL-2020-01-01-to-2020-01-03.json']);
    const bars = await provider.bars({ symbol: 'AAPL', timeframe: '1d', from: day('2020-01-01'), to: day('2020-01-03') });
    // Yahoo stamps the row 2020-01-02T14:30Z (the session open); our daily bars start at 00:00 UTC.
    expect(bars).toEqual([{ time: day('2020-01-02'), open: 74.05999755859375, high: 75.1500015258789, low: 73.79750061035156, close: 75.0875015258789, volume: 135480400 }]);
    const [request] = replay.requests;
    expect(request.url.pathname).toBe('/v8/finance/chart/AAPL');
    const sent = Object.fromEntries(['interval', 'period1', 'period2', 'includePrePost'].map((name) => [name, request.url.searchParams.get(name)]));
    expect(sent).toEqual({ interval: '1d', period1: '1577836800', period2: '1578009600', includePrePost: 'false' });
  });

  it('answers BTC-USD around the clock and leaves out the row Yahoo adds at period2', async () => {
    const { provider } = replayedYahoo(['chart-BTC-USD-2020-01-01-to-2020-01-03.json']);
    const bars = await provider.bars({ symbol: 'BTC-USD', timeframe: '1d', from: day('2020-01-01'), to: day('2020-01-03') });
    expect(bars).toEqual([
      { time: day('2020-01-01'), open: 7194.89208984375, high: 7254.33056640625, low: 7174.9443359375, close: 7200.17431640625, volume: 18565664997 },
      { time: day('2020-01-02'), open: 7202.55126953125, high: 7212.1552734375, low: 6935.27001953125, close: 6985.47021484375, volume: 20802083465 },
    ]);
  });

  it('answers EURUSD=X with the volume of 0 Yahoo reports for currencies', async () => {
    const { provider } = replayedYahoo(['chart-EURUSD=X-2020-01-01-to-2020-01-03.json']);
    const bars = await provider.bars({ symbol: 'EURUSD=X', timeframe: '1d', from: day('2020-01-01'), to: day('2020-01-03') });
    expect(bars).toEqual([
      { time: day('2020-01-01'), open: 1.1220825910568237, high: 1.1228384971618652, low: 1.115946888923645, close: 1.1220825910568237, volume: 0 },
      { time: day('2020-01-02'), open: 1.1218937635421753, high: 1.12271249294281, low: 1.1166820526123047, close: 1.1220825910568237, volume: 0 },
    ]);
  });

  it('answers an empty list for the 1-minute chart of a weekend', async () => {
    const { provider, replay } = replayedYahoo(['chart-AAPL-2025-02-01-to-2025-02-02-includePrePost-false-interval-1m.json']);
    expect(await provider.bars({ symbol: 'AAPL', timeframe: '1m', from: day('2025-02-01'), to: day('2025-02-02') })).toEqual([]);
    expect(replay.requests).toHaveLength(1);
  });

  it('skips rows Yahoo sends as nulls instead of zero-filling them', async () => {
    // Yahoo's shape for a missing bar: every field null at that timestamp (put on 2020-09-03 here).
    const recording = loadRecording('chart-AAPL-2020-08-31-to-2020-11-07.json', {
      body: (body) => {
        const quote = chartOf(body).indicators.quote[0];
        for (const field of ['open', 'high', 'low', 'close', 'volume']) quote[field][3] = null;
        return body;
      },
    });
    const { provider } = replayedYahoo([recording]);
    const bars = await provider.bars({ symbol: 'AAPL', timeframe: '1d', from: day('2020-08-31'), to: day('2020-11-07') });
    expect(bars).toHaveLength(48);
    expect(bars.slice(2, 4)).toEqual([
      { time: day('2020-09-02'), open: 137.58999633789062, high: 137.97999572753906, low: 127, close: 131.39999389648438, volume: 200119000 },
      { time: day('2020-09-04'), open: 120.06999969482422, high: 123.69999694824219, low: 110.88999938964844, close: 120.95999908447266, volume: 332607200 },
    ]);
    expect(bars.at(-1)?.time).toBe(day('2020-11-06'));
  });

  it('refuses a row that breaks OHLC rules with bad-response naming it, rather than repairing it', async () => {
    const recording = loadRecording('chart-AAPL-2020-01-01-to-2020-01-03.json', {
      body: (body) => {
        chartOf(body).indicators.quote[0].high[0] = 70;
        return body;
      },
    });
    const { provider } = replayedYahoo([recording]);
    const error = await provider.bars({ symbol: 'AAPL', timeframe: '1d', from: day('2020-01-01'), to: day('2020-01-03') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'bad-response', message: 'yahoo: 1d bars of AAPL: the row of 2020-01-02T14:30:00.000Z is not a valid bar: high 70 is below max(open 74.05999755859375, close 75.0875015258789)' });
  });

  it('builds weekly bars from daily ones, weeks starting Monday 00:00 UTC', async () => {
    // The recording ends on Saturday 2020-11-07; asked to Monday 11-09, Yahoo sends the same rows.
    const recording = loadRecording('chart-AAPL-2020-08-31-to-2020-11-07.json', { query: { period2: String(day('2020-11-09') / 1000) } });
    const { provider } = replayedYahoo([recording]);
    const weeks = await provider.bars({ symbol: 'AAPL', timeframe: '1w', from: day('2020-08-31'), to: day('2020-11-09') });
    expect(weeks).toHaveLength(10);
    expect(weeks[0]).toEqual({ time: day('2020-08-31'), open: 127.58000183105469, high: 137.97999572753906, low: 110.88999938964844, close: 120.95999908447266, volume: 1167976600 });
    expect(weeks[1]).toEqual({ time: day('2020-09-07'), open: 113.94999694824219, high: 120.5, low: 110, close: 112, volume: 771441800 });
    expect(weeks[9]).toEqual({ time: day('2020-11-02'), open: 109.11000061035156, high: 119.62000274658203, low: 107.31999969482422, close: 118.69000244140625, volume: 609571800 });
  });

  it('builds 4h bars from 1h bars and drops the still-forming row Yahoo stamps with its last trade', async () => {
    // The library's hand-made 1h answer has no rows; these are filled in in Yahoo's format: seven
    // hourly bars of the regular session from 14:30 UTC, then the forming bar stamped 20:47:12.
    const rows = [[14.5, 10], [15.5, 11], [16.5, 12], [17.5, 13], [18.5, 14], [19.5, 15], [20.5, 16], [20 + 47 / 60 + 12 / 3600, 17]];
    const recording = loadRecording('chart-TSLA-2025-01-01-to-2025-01-02-interval-1h.fake.json', {
      body: (body) => {
        const chart = chartOf(body);
        chart.timestamp = rows.map(([hour]) => Math.round(day('2025-01-01') / 1000 + hour * 3600));
        chart.indicators.quote[0] = {
          open: rows.map(([, price]) => price),
          high: rows.map(([, price]) => price + 0.5),
          low: rows.map(([, price]) => price - 0.5),
          close: rows.map(([, price]) => price + 0.25),
          volume: rows.map(() => 100),
        };
        return body;
      },
    });
    const { provider } = replayedYahoo([recording]);
    const bars = await provider.bars({ symbol: 'TSLA', timeframe: '4h', from: day('2025-01-01'), to: day('2025-01-02') });
    expect(bars).toEqual([
      { time: at('2025-01-01T12:00:00Z'), open: 10, high: 11.5, low: 9.5, close: 11.25, volume: 200 },
      { time: at('2025-01-01T16:00:00Z'), open: 12, high: 15.5, low: 11.5, close: 15.25, volume: 400 },
      { time: at('2025-01-01T20:00:00Z'), open: 16, high: 16.5, low: 15.5, close: 16.25, volume: 100 },
    ]);
  });

  it('fetches a day earlier for an exchange whose session opens before 00:00 UTC, so its first date is not lost', async () => {
    // The Jakarta recording relabelled as Sydney (session 10:00 AEDT = 23:00 UTC the day before):
    // asked from 01-02, Yahoo leaves out the 01-02 session that opened 01-01T23:00Z; asked from 01-01, it sends it.
    const sydney = (rows: number[]) => (body: unknown) => {
      const chart = chartOf(body);
      chart.meta.exchangeTimezoneName = 'Australia/Sydney';
      const periods = chart.meta.currentTradingPeriod as Record<string, unknown>;
      periods.regular = { timezone: 'AEDT', start: at('2025-02-19T23:00:00Z') / 1000, end: at('2025-02-20T05:00:00Z') / 1000, gmtoffset: 39600 };
      delete (chart.indicators as Record<string, unknown>).adjclose;
      if (rows.length === 0) {
        // How Yahoo answers a range without rows (see the weekend 1m recording).
        delete chart.timestamp;
        chart.indicators.quote[0] = {};
        return body;
      }
      chart.timestamp = rows;
      chart.indicators.quote[0] = { open: rows.map(() => 1), high: rows.map(() => 2), low: rows.map(() => 0.5), close: rows.map(() => 1.5), volume: rows.map(() => 10) };
      return body;
    };
    const late = loadRecording('chart-WSKT.JK-2020-01-01-to-2020-01-03.json', { query: { period1: String(day('2020-01-02') / 1000) }, body: sydney([]) });
    const early = loadRecording('chart-WSKT.JK-2020-01-01-to-2020-01-03.json', { body: sydney([at('2020-01-01T23:00:00Z') / 1000]) });
    const { provider, replay } = replayedYahoo([late, early]);
    const bars = await provider.bars({ symbol: 'WSKT.JK', timeframe: '1d', from: day('2020-01-02'), to: day('2020-01-03') });
    expect(bars).toEqual([{ time: day('2020-01-02'), open: 1, high: 2, low: 0.5, close: 1.5, volume: 10 }]);
    expect(replay.requests.map((request) => request.url.searchParams.get('period1'))).toEqual(['1577923200', '1577836800']);
    // Known from then on: the next range is fetched from a day earlier at once.
    await provider.bars({ symbol: 'WSKT.JK', timeframe: '1d', from: day('2020-01-02'), to: day('2020-01-03') });
    expect(replay.requests.map((request) => request.url.searchParams.get('period1'))).toEqual(['1577923200', '1577836800', '1577836800']);
  });

  it('answers an empty range without asking Yahoo and refuses a reversed one', async () => {
    const { provider, replay } = replayedYahoo([]);
    expect(await provider.bars({ symbol: 'AAPL', timeframe: '1d', from: day('2020-01-02'), to: day('2020-01-02') })).toEqual([]);
    expect(replay.requests).toHaveLength(0);
    const error = await provider.bars({ symbol: 'AAPL', timeframe: '1d', from: day('2020-01-03'), to: day('2020-01-02') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'bad-request', message: 'yahoo: bars of AAPL: from (1578009600000) must not be after to (1577923200000)' });
  });
});
