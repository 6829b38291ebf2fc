import { describe, expect, it } from 'vitest';
import { describeBarColumns } from './describe-bar-columns.js';
import { parseBarsCsv, type ParsedBars } from './parse-bars-csv.js';

function only(parsed: ParsedBars) {
  expect(parsed.symbols.size).toBe(1);
  const [[symbol, bars]] = [...parsed.symbols];
  return { symbol, ...bars, series: bars.series };
}

describe('parseBarsCsv layouts', () => {
  it('reads a multi-symbol file with a Name column (the S&P 500 layout), keeping each symbol in first-seen order', () => {
    const text = [
      'date,open,high,low,close,volume,Name',
      '2013-02-08,15.07,15.12,14.63,14.75,8407500,AAL',
      '2013-02-11,14.89,15.01,14.26,14.46,8882000,AAL',
      '2013-02-08,67.7142,68.4014,66.8928,67.8542,158168416,AAPL',
      '',
    ].join('\n');
    const parsed = parseBarsCsv(text);
    expect([...parsed.symbols.keys()]).toEqual(['AAL', 'AAPL']);
    const aal = parsed.symbols.get('AAL');
    expect(aal?.labels).toEqual(['2013-02-08', '2013-02-11']);
    expect(Array.from(aal?.series.close ?? [])).toEqual([14.75, 14.46]);
    expect(aal?.series.bar(1)).toEqual({ time: Date.UTC(2013, 1, 11), open: 14.89, high: 15.01, low: 14.26, close: 14.46, volume: 8_882_000 });
    expect(parsed.symbols.get('AAPL')?.series.symbol).toBe('AAPL');
    expect(describeBarColumns(parsed.columns)).toBe(
      'time: date, open: open, high: high, low: low, close: close, volume: volume, symbol: Name (comma-separated, header on line 1)',
    );
    expect(parsed.rowCount).toBe(3);
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toMatchObject({
      delimiter: ',',
      headerRow: 1,
      time: { index: 0, name: 'date' },
      close: { index: 4, name: 'close' },
      volume: { index: 5, name: 'volume' },
      symbol: { index: 6, name: 'Name' },
    });
  });

  it('takes an unnamed first column as the time (pandas index, the backtesting.py layout)', () => {
    const text = ',Open,High,Low,Close,Volume\n2004-08-19,100,104.06,95.96,100.34,22351900\n2004-08-20,101.01,109.08,100.5,108.31,11428600\n';
    const bars = only(parseBarsCsv(text, { symbol: 'GOOG' }));
    expect(bars.symbol).toBe('GOOG');
    expect(bars.series.time[0]).toBe(Date.UTC(2004, 7, 19));
    expect(bars.series.high[1]).toBe(109.08);
    expect(parseBarsCsv(text).columns.time).toEqual({ index: 0, name: 'column 1 (unnamed)' });
    expect(describeBarColumns(parseBarsCsv(text).columns)).toBe(
      'time: column 1 (unnamed), open: Open, high: High, low: Low, close: Close, volume: Volume, symbol: (none: single symbol) (comma-separated, header on line 1)',
    );
  });

  it('reads tab-separated files (the Dukascopy layout) and infers the timeframe from the spacing', () => {
    const text = 'Time\tOpen\tHigh\tLow\tClose\tVolume\n2017-05-23 00:00:00\t2104.6\t2154.2\t2101.3\t2142.1\t81\n2017-05-23 01:00:00\t2142.4\t2181.1\t2117.5\t2152.7\t62';
    const parsed = parseBarsCsv(text, { defaultSymbol: 'BTCUSD' });
    const bars = only(parsed);
    expect(parsed.columns.delimiter).toBe('\t');
    expect(bars.symbol).toBe('BTCUSD');
    expect(bars.series.timeframe).toBe('1h');
    expect(bars.series.time[1]).toBe(Date.UTC(2017, 4, 23, 1));
    expect(bars.labels).toEqual(['2017-05-23 00:00:00', '2017-05-23 01:00:00']);
  });

  it('reads semicolon-separated files with any letter case in the header', () => {
    const text = 'DATE;OPEN;High;low;ClOsE;VOLUME\n2020-01-02;1;2;0.5;1.5;10\n2020-01-03;1.5;2.5;1;2;20\n';
    const bars = only(parseBarsCsv(text, { timeframe: '1d' }));
    expect(bars.series.timeframe).toBe('1d');
    expect(Array.from(bars.series.low)).toEqual([0.5, 1]);
  });

  it('picks the first exact time name in column order (timestamp_ms before datetime_utc), or the named timeColumn', () => {
    const text =
      'timestamp_ms,datetime_utc,symbol,open,high,low,close,volume_base,volume_quote,tradecount\r\n' +
      '1502942400000,2017-08-17T04:00:00Z,BTCUSDT,4261.48,4313.62,4261.32,4308.83,47.18,202366.14,171\r\n' +
      '1502946000000,2017-08-17T05:00:00Z,BTCUSDT,4308.83,4328.69,4291.37,4315.32,23.23,100304.82,\r\n';
    const parsed = parseBarsCsv(text);
    expect(parsed.columns.time.name).toBe('timestamp_ms');
    expect(parsed.columns.volume?.name).toBe('volume_base');
    const bars = only(parsed);
    expect(bars.symbol).toBe('BTCUSDT');
    expect(bars.labels).toEqual(['1502942400000', '1502946000000']);
    expect(bars.series.volume[1]).toBe(23.23);
    const byName = only(parseBarsCsv(text, { timeColumn: 'DateTime_UTC' }));
    expect(byName.labels).toEqual(['2017-08-17T04:00:00Z', '2017-08-17T05:00:00Z']);
    expect(Array.from(byName.series.time)).toEqual(Array.from(bars.series.time));
  });

  it('reads epoch seconds, ISO offsets and a ticker column', () => {
    const text = 'ticker,timestamp,open,high,low,close,volume\nX,1700000000,1,1,1,1,1\nY,2023-11-14T22:13:20+01:00,2,2,2,2,2\n';
    const parsed = parseBarsCsv(text);
    expect(parsed.symbols.get('X')?.series.time[0]).toBe(1_700_000_000_000);
    expect(parsed.symbols.get('Y')?.series.time[0]).toBe(1_700_000_000_000 - 3_600_000);
  });

  it('prefers an exact volume column over earlier volume-like ones, and falls back to a "Volume <X>" column', () => {
    expect(parseBarsCsv('date,open,high,low,close,volume_quote,Volume\n2020-01-01,1,1,1,1,5,6\n').columns.volume?.name).toBe('Volume');
    const raw = 'unix,date,symbol,open,high,low,close,Volume BTC,Volume USDT,tradecount\n1502942400.0,2017-08-17 04-AM,BTC/USDT,1,2,1,2,44.51,190952.85,NULL\n';
    const parsed = parseBarsCsv(raw);
    expect(parsed.columns.time.name).toBe('unix');
    expect(parsed.columns.volume?.name).toBe('Volume BTC');
    expect(parsed.symbols.get('BTC/USDT')?.series.volume[0]).toBe(44.51);
  });

  it('reads a file without volume as NaN volume and says so in a notice', () => {
    const parsed = parseBarsCsv('date,open,high,low,close\n2020-01-01,1,2,0.5,1.5\n');
    expect(only(parsed).series.volume[0]).toBeNaN();
    expect(parsed.columns.volume).toBeUndefined();
    expect(parsed.problems).toEqual([
      { row: 1, column: '', value: '', message: 'no volume column: volume is NaN', kind: 'no-volume', severity: 'notice' },
    ]);
  });

  it('handles a BOM, CRLF, blank lines, spaces around fields, quoted fields and a last line without newline', () => {
    const text = '\uFEFF"Date", "Open","High","Low","Close","Volume","Symbol"\r\n\r\n"2020-01-02", 1 ,"2","0.5","1.5","10","A,B"\r\n\r\n2020-01-03,1.5,2.5,1,2,20,"A,B"';
    const parsed = parseBarsCsv(text);
    const bars = only(parsed);
    expect(bars.symbol).toBe('A,B');
    expect(Array.from(bars.series.open)).toEqual([1, 1.5]);
    expect(bars.labels).toEqual(['2020-01-02', '2020-01-03']);
    expect(parsed.rowCount).toBe(2);
  });

  it('reads only the rows of options.symbol from a multi-symbol file', () => {
    const text = 'date,open,high,low,close,volume,Name\n2020-01-01,1,1,1,1,1,A\n2020-01-01,2,2,2,2,2,B\n2020-01-02,bad,2,2,2,2,A\n2020-01-02,3,3,3,3,3,B\n';
    // The bad row belongs to A, which is not read, so it is not reported either.
    const bars = only(parseBarsCsv(text, { symbol: 'B' }));
    expect(bars.symbol).toBe('B');
    expect(Array.from(bars.series.close)).toEqual([2, 3]);
  });

  it('accepts an explicit delimiter when the header is ambiguous', () => {
    const text = 'date;open;high;low;close;volume;comment,a,b,c,d,e,f\n2020-01-01;1;1;1;1;1;x,y,z,w,q,r,s\n';
    expect(() => parseBarsCsv(text)).toThrow(/as many of comma \(6\), semicolon \(6\); pass delimiter/);
    const bars = only(parseBarsCsv(text, { delimiter: ';' }));
    expect(bars.series.close[0]).toBe(1);
  });

  it('skips lines before the header when told to', () => {
    const text = 'https://www.CryptoDataDownload.com\ndate,open,high,low,close,volume\n2020-01-01,1,1,1,1,1\n';
    const parsed = parseBarsCsv(text, { skipLines: 1 });
    expect(parsed.columns.headerRow).toBe(2);
    expect(only(parsed).series.length).toBe(1);
  });
});
