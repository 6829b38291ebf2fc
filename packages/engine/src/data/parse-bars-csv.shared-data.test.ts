import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BarSeries } from '../series/bar-series.js';
import { resampleBars } from '../series/resample-bars.js';
import { hasSharedData, sharedDataPath } from '../test-support/shared-data.test-support.js';
import { BarsCsvError } from './bars-csv-error.js';
import { parseBarsCsv, type ParseBarsOptions, type ParsedBars } from './parse-bars-csv.js';

// Facts asserted here come from each folder's SOURCE.md under ../shared/data and from the files
// themselves (first/last lines read with head/tail). Where SOURCE.md and the file disagree it is said.

const HOUR = 3_600_000;
const read = (...parts: string[]): string => readFileSync(sharedDataPath(...parts), 'utf8');
const iso = (time: number): string => new Date(time).toISOString();

function single(parsed: ParsedBars): { series: BarSeries; labels: readonly string[] } {
  expect(parsed.symbols.size).toBe(1);
  const [bars] = parsed.symbols.values();
  return bars;
}

function errorOf(text: string, options?: ParseBarsOptions): BarsCsvError {
  try {
    parseBarsCsv(text, options);
  } catch (error) {
    if (error instanceof BarsCsvError) return error;
    throw error;
  }
  throw new Error('expected a BarsCsvError');
}

function spacingsOtherThan(series: BarSeries, step: number): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < series.length; i++) if (series.time[i] - series.time[i - 1] !== step) gaps.push(series.time[i] - series.time[i - 1]);
  return gaps;
}

const SP500 = ['ohlcv-sp500-daily', 'all_stocks_5yr.csv.gz'] as const;

describe.runIf(hasSharedData(...SP500))('S&P 500 daily (all_stocks_5yr.csv.gz: 505 symbols, 619,040 rows)', () => {
  let text = '';
  let parsed: ParsedBars;
  beforeAll(() => {
    text = new TextDecoder().decode(gunzipSync(readFileSync(sharedDataPath(...SP500))));
    parsed = parseBarsCsv(text, { invalidRows: 'skip' });
  });

  it('reports the 11 rows with empty open/high/low, with their line numbers, under error', () => {
    const error = errorOf(text);
    const emptyRows = [...new Set(error.problems.filter((problem) => problem.kind === 'empty-value').map((problem) => problem.row))];
    // SOURCE.md: "11 rows have an empty open/high/low field"; line numbers from `zcat | awk -F, '$2==""'`.
    expect(emptyRows).toEqual([82951, 165736, 165859, 205078, 239834, 434381, 434504, 478596, 558215, 581908, 598238]);
    expect(error.problems.find((problem) => problem.row === 82951)).toEqual({
      row: 82951,
      column: 'open',
      value: '',
      message: 'price is empty',
      kind: 'empty-value',
      severity: 'error',
    });
    // Besides those: one high < low (AOS 2014-05-19) and 11 opens/closes outside [low, high].
    expect(error.problems.filter((problem) => problem.kind === 'high-below-low').map((problem) => problem.row)).toEqual([53004]);
    expect(error.problems.filter((problem) => problem.kind === 'outside-range').map((problem) => problem.row)).toEqual([
      78686, 113364, 114652, 165573, 303086, 349478, 434168, 434218, 516106, 558260, 598460,
    ]);
    expect(error.problems).toHaveLength(39);
    expect(error.message.split('\n')[0]).toBe('bar file: 39 problems in 23 rows');
  });

  it('skips exactly those 23 rows under skip and keeps the other 619,017 bars of 505 symbols', () => {
    expect(parsed.rowCount).toBe(619_040);
    expect(parsed.symbols.size).toBe(505);
    let bars = 0;
    for (const { series } of parsed.symbols.values()) bars += series.length;
    expect(bars).toBe(619_040 - 23);
    expect(new Set(parsed.problems.map((problem) => problem.row)).size).toBe(23);
    expect(parsed.columns.symbol?.name).toBe('Name');
  });

  it('reads AAPL from 2013-02-08 to 2018-02-07 as daily bars with the file values', () => {
    const aapl = parsed.symbols.get('AAPL');
    expect(aapl?.series.length).toBe(1259);
    expect(aapl?.series.timeframe).toBe('1d');
    expect(aapl?.labels[0]).toBe('2013-02-08');
    expect(aapl?.series.bar(0)).toEqual({ time: Date.UTC(2013, 1, 8), open: 67.7142, high: 68.4014, low: 66.8928, close: 67.8542, volume: 158_168_416 });
    expect(aapl?.labels[1258]).toBe('2018-02-07');
    expect(aapl?.series.close[1258]).toBe(159.54);
    // SOURCE.md: GOOG (class C) has 975 rows, APTV 44; BHF has 143 rows, one of them (2017-07-26) empty.
    expect(parsed.symbols.get('GOOG')?.series.length).toBe(975);
    expect(parsed.symbols.get('APTV')?.series.length).toBe(44);
    expect(parsed.symbols.get('BHF')?.series.length).toBe(142);
    expect(parsed.symbols.get('BHF')?.labels).not.toContain('2017-07-26');
    expect(parsed.symbols.get('ZTS')?.series.close.at(-1)).toBe(73.86);
  });

  it('reads one symbol alone with options.symbol', () => {
    const zts = single(parseBarsCsv(text, { symbol: 'ZTS' }));
    expect(zts.series.symbol).toBe('ZTS');
    expect(zts.series.length).toBe(1259);
  });
});

describe.runIf(hasSharedData('backtesting-py', 'GOOG.csv'))('backtesting.py files (unnamed index column)', () => {
  it('reads GOOG.csv: 2148 daily bars 2004-08-19 to 2013-03-01', () => {
    const goog = single(parseBarsCsv(read('backtesting-py', 'GOOG.csv'), { symbol: 'GOOG' }));
    expect(goog.series.length).toBe(2148);
    expect(goog.series.timeframe).toBe('1d');
    expect([goog.labels[0], goog.labels.at(-1)]).toEqual(['2004-08-19', '2013-03-01']);
    expect(goog.series.close[0]).toBe(100.34);
    expect(goog.series.close.at(-1)).toBe(806.19);
  });

  it('reads EURUSD.csv: 5000 hourly bars 2017-04-19 09:00 to 2018-02-07 15:00', () => {
    const eurusd = single(parseBarsCsv(read('backtesting-py', 'EURUSD.csv')));
    expect(eurusd.series.length).toBe(5000);
    expect(eurusd.series.timeframe).toBe('1h');
    expect(iso(eurusd.series.time[0])).toBe('2017-04-19T09:00:00.000Z');
    expect(eurusd.labels.at(-1)).toBe('2018-02-07 15:00:00');
    expect(eurusd.series.close.at(-1)).toBe(1.22904);
  });

  it('reads BTCUSD.csv: 156 monthly bars with fractional volume, timeframe not one of ours', () => {
    const btc = single(parseBarsCsv(read('backtesting-py', 'BTCUSD.csv')));
    expect(btc.series.length).toBe(156);
    expect(btc.series.timeframe).toBeUndefined();
    expect([btc.labels[0], btc.labels.at(-1)]).toEqual(['2012-01-31', '2024-12-31']);
    expect(btc.series.volume.at(-1)).toBe(25342.80228337);
  });
});

describe.runIf(hasSharedData('ohlcv-crypto', 'binance_BTCUSDT_1h.normalized.csv'))('Binance normalized files (timestamp_ms, CRLF)', () => {
  for (const [base, asset] of [['BTC', 'BTCUSDT'], ['ETH', 'ETHUSDT']] as const) {
    it(`reads ${asset} 1h: 29,532 bars with 4 gaps of 2-5 h, and 1d: 1232 bars without gaps`, () => {
      const hourly = parseBarsCsv(read('ohlcv-crypto', `binance_${base}USDT_1h.normalized.csv`));
      const bars = single(hourly);
      expect(hourly.columns.time.name).toBe('timestamp_ms');
      expect(bars.series.symbol).toBe(asset);
      expect(bars.series.length).toBe(29_532);
      expect(bars.series.timeframe).toBe('1h');
      expect(iso(bars.series.time[0])).toBe('2017-08-17T04:00:00.000Z');
      expect(iso(bars.series.time.at(-1) ?? NaN)).toBe('2020-12-30T00:00:00.000Z');
      expect(spacingsOtherThan(bars.series, HOUR).map((gap) => gap / HOUR)).toEqual([5, 2, 4, 2]);
      const daily = single(parseBarsCsv(read('ohlcv-crypto', `binance_${base}USDT_d.normalized.csv`)));
      expect(daily.series.length).toBe(1232);
      expect(spacingsOtherThan(daily.series, 24 * HOUR)).toEqual([]);
    });
  }

  it('reads the first hourly BTC bar as it is (open = high = 16199.91, a known bad print): the reader does not clean data', () => {
    // SOURCE.md: "the first hourly BTC bar (2017-08-17 04:00) has open=high=16199.91, a bad print in the source".
    // It breaks none of the row rules (low 4261.32 <= open <= high), so only a user decision can drop it.
    const btc = single(parseBarsCsv(read('ohlcv-crypto', 'binance_BTCUSDT_1h.normalized.csv')));
    expect(btc.series.bar(0)).toMatchObject({ open: 16199.91, high: 16199.91, low: 4261.32, close: 4308.83 });
  });
});

describe.runIf(hasSharedData('ohlcv-crypto', 'raw', 'Binance_BTCUSDT_1h.csv'))('Binance raw files (URL line, newest first)', () => {
  it('explains the URL line and suggests skipLines: 1', () => {
    const error = errorOf(read('ohlcv-crypto', 'raw', 'Binance_BTCUSDT_1h.csv'));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ row: 1, kind: 'no-header', value: 'https://www.CryptoDataDownload.com' });
    expect(error.message).toContain('line 2 looks like the header (unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount): pass skipLines: 1');
  });

  it('then says the rows run newest-first and suggests sort', () => {
    const error = errorOf(read('ohlcv-crypto', 'raw', 'Binance_BTCUSDT_1h.csv'), { skipLines: 1 });
    expect(error.problems.map((problem) => problem.message)).toEqual([
      'rows of BTC/USDT run newest-first (29531 of 32180 consecutive rows go back in time); pass sort: true (CLI --sort) to read them in ascending order',
    ]);
  });

  it('then reports the 2649 hours given twice (ms and seconds format) as duplicates', () => {
    const error = errorOf(read('ohlcv-crypto', 'raw', 'Binance_BTCUSDT_1h.csv'), { skipLines: 1, sort: true });
    const duplicates = error.problems.filter((problem) => problem.kind === 'duplicate-time');
    expect(duplicates).toHaveLength(2649);
    expect(duplicates[0]).toMatchObject({ row: 952, column: 'unix', value: '1605855600.0', message: 'duplicate time: same as row 951' });
  });

  for (const [raw, normalized] of [
    ['Binance_BTCUSDT_1h.csv', 'binance_BTCUSDT_1h.normalized.csv'],
    ['Binance_BTCUSDT_d.csv', 'binance_BTCUSDT_d.normalized.csv'],
    ['Binance_ETHUSDT_1h.csv', 'binance_ETHUSDT_1h.normalized.csv'],
    ['Binance_ETHUSDT_d.csv', 'binance_ETHUSDT_d.normalized.csv'],
  ] as const) {
    it(`reproduces ${normalized} exactly from ${raw} with skipLines 1, sort and skip (the earlier, full-precision row of each duplicate is kept)`, () => {
      const fromRaw = single(parseBarsCsv(read('ohlcv-crypto', 'raw', raw), { skipLines: 1, sort: true, invalidRows: 'skip' })).series;
      const expected = single(parseBarsCsv(read('ohlcv-crypto', normalized))).series;
      for (const field of ['time', 'open', 'high', 'low', 'close', 'volume'] as const) {
        expect(Array.from(fromRaw[field]), field).toEqual(Array.from(expected[field]));
      }
    });
  }
});

const DUKASCOPY = 'ohlcv-crypto/thesnowguru-dukascopy';
describe.runIf(hasSharedData(DUKASCOPY, 'BTCUSD_H1.tsv'))('Dukascopy crypto TSV files', () => {
  // SOURCE.md gives one row fewer for each file (e.g. D1 1966): the files end without a newline, and
  // `wc -l` minus the header undercounts by one. `awk 'END{print NR-1}'` agrees with the counts here.
  const cases = [
    ['BTCUSD_D1.tsv', 1967, '1d', '2017-05-23 00:00:00', '2023-09-11 00:00:00', 25563.7],
    ['BTCUSD_H1.tsv', 39214, '1h', '2017-05-23 00:00:00', '2023-09-11 11:00:00', 25563.7],
    ['BTCUSD_M30.tsv', 78408, '30m', '2017-05-23 00:00:00', '2023-09-11 11:30:00', 25563.7],
    ['ETHUSD_D1.tsv', 1793, '1d', '2017-12-11 00:00:00', '2023-09-11 00:00:00', 1586.2],
    ['ETHUSD_H1.tsv', 35944, '1h', '2017-12-11 23:00:00', '2023-09-11 10:00:00', 1586.2],
    ['ETHUSD_M30.tsv', 71877, '30m', '2017-12-11 23:30:00', '2023-09-11 10:30:00', 1586.2],
  ] as const;
  for (const [file, rows, timeframe, first, last, lastClose] of cases) {
    it(`reads ${file}: ${rows} ${timeframe} bars ${first} to ${last}`, () => {
      const parsed = parseBarsCsv(read(DUKASCOPY, file), { defaultSymbol: file.slice(0, 6) });
      const bars = single(parsed);
      expect(parsed.columns.delimiter).toBe('\t');
      expect(bars.series.length).toBe(rows);
      expect(bars.series.timeframe).toBe(timeframe);
      expect([bars.labels[0], bars.labels.at(-1)]).toEqual([first, last]);
      expect(bars.series.close.at(-1)).toBe(lastClose);
    });
  }

  it('resamples M30 to exactly the H1 file, and H1 to exactly the D1 file', () => {
    const load = (file: string) => single(parseBarsCsv(read(DUKASCOPY, file))).series;
    for (const [fine, coarse, timeframe] of [['BTCUSD_M30.tsv', 'BTCUSD_H1.tsv', '1h'], ['BTCUSD_H1.tsv', 'BTCUSD_D1.tsv', '1d']] as const) {
      const resampled = resampleBars(load(fine), timeframe);
      const expected = load(coarse);
      for (const field of ['time', 'open', 'high', 'low', 'close', 'volume'] as const) {
        expect(Array.from(resampled[field]), `${fine} -> ${timeframe} ${field}`).toEqual(Array.from(expected[field]));
      }
    }
  });
});

const INTRADAY = 'ohlcv-intraday-stocks';
describe.runIf(hasSharedData(INTRADAY, 'AAPLUSUSD_M15.tsv'))('intraday stock TSV files', () => {
  // Row counts: SOURCE.md gives one fewer per file, for the same missing final newline as above.
  const cases = [
    ['AAPLUSUSD', [11667, 43105, 21594], '2017-02-01'],
    ['NFLXUSUSD', [11632, 43004, 21539], '2017-02-01'],
    ['TSLAUSUSD', [11676, 43175, 21623], '2017-01-27'],
  ] as const;
  for (const [symbol, [h1, m15, m30], firstDay] of cases) {
    it(`reads ${symbol} H1 (${h1}), M15 (${m15}) and M30 (${m30}) bars from ${firstDay} to 2023-09-08`, () => {
      for (const [suffix, rows, timeframe, firstTime, lastTime] of [
        ['H1', h1, '1h', '14:00:00', '2023-09-08 19:00:00'],
        ['M15', m15, '15m', '14:30:00', '2023-09-08 19:45:00'],
        ['M30', m30, '30m', '14:30:00', '2023-09-08 19:30:00'],
      ] as const) {
        const bars = single(parseBarsCsv(read(INTRADAY, `${symbol}_${suffix}.tsv`), { symbol }));
        expect(bars.series.length, suffix).toBe(rows);
        expect(bars.series.timeframe, suffix).toBe(timeframe);
        expect([bars.labels[0], bars.labels.at(-1)], suffix).toEqual([`${firstDay} ${firstTime}`, lastTime]);
      }
    });
  }

  it('resamples AAPL M15 to exactly the H1 and M30 files (first H1 bar 127.07/128.26/127.06/128.103, volume 30)', () => {
    const load = (suffix: string) => single(parseBarsCsv(read(INTRADAY, `AAPLUSUSD_${suffix}.tsv`))).series;
    const m15 = load('M15');
    const hourly = resampleBars(m15, '1h');
    expect(hourly.bar(0)).toEqual({ time: Date.UTC(2017, 1, 1, 14), open: 127.07, high: 128.26, low: 127.06, close: 128.103, volume: 30 });
    for (const [suffix, resampled] of [['H1', hourly], ['M30', resampleBars(m15, '30m')]] as const) {
      const expected = load(suffix);
      for (const field of ['time', 'open', 'high', 'low', 'close', 'volume'] as const) {
        expect(Array.from(resampled[field]), `${suffix} ${field}`).toEqual(Array.from(expected[field]));
      }
    }
  });

  it('refuses the S&P 500 CFD tick file, naming the columns it has', () => {
    const error = errorOf(read(INTRADAY, 'USA500.IDXUSD_ticks_2023-09-04.csv'));
    expect(error.problems).toMatchObject([
      { kind: 'missing-column', message: 'missing columns open, high, low, close; found 5 columns: Local time, Ask, Bid, AskVolume, BidVolume' },
    ]);
  });
});
