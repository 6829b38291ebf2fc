import { describe, expect, it } from 'vitest';
import { BarsCsvError } from './bars-csv-error.js';
import type { CsvProblem } from './csv-problem.js';
import { parseBarsCsv, type ParseBarsOptions } from './parse-bars-csv.js';

const HEADER = 'date,open,high,low,close,volume';

/** The error parseBarsCsv throws for `text` (fails the test when it does not throw one). */
function errorOf(text: string, options?: ParseBarsOptions): BarsCsvError {
  try {
    parseBarsCsv(text, options);
  } catch (error) {
    if (error instanceof BarsCsvError) return error;
    throw error;
  }
  throw new Error('expected a BarsCsvError');
}

/** The problems of one bad row under `skip`, without the `kind`/`severity` fields. */
function skipped(...rows: string[]): Pick<CsvProblem, 'row' | 'column' | 'value' | 'message'>[] {
  const parsed = parseBarsCsv([HEADER, ...rows].join('\n'), { invalidRows: 'skip' });
  return parsed.problems.map(({ row, column, value, message }) => ({ row, column, value, message }));
}

describe('parseBarsCsv row rules', () => {
  it('reports an empty price with its row, column and value', () => {
    expect(skipped('2020-01-01,1,1,1,1,1', '2020-01-02,,2,1,1.5,5')).toEqual([
      { row: 3, column: 'open', value: '', message: 'price is empty' },
    ]);
  });

  it('reports a non-numeric price and a non-numeric volume', () => {
    expect(skipped('2020-01-02,1,2,1,n/a,NULL')).toEqual([
      { row: 2, column: 'close', value: 'n/a', message: 'price is not a number' },
      { row: 2, column: 'volume', value: 'NULL', message: 'volume is not a number' },
    ]);
  });

  it('reports negative prices and negative volume', () => {
    expect(skipped('2020-01-02,-1,2,-3,1,5', '2020-01-03,1,2,1,1.5,-5')).toEqual([
      { row: 2, column: 'open', value: '-1', message: 'price is negative' },
      { row: 2, column: 'low', value: '-3', message: 'price is negative' },
      { row: 3, column: 'volume', value: '-5', message: 'volume is negative' },
    ]);
  });

  it('reports high below low once, without also flagging open and close against the impossible range', () => {
    // The S&P 500 file has one such row: AOS 2014-05-19 (line 53004).
    expect(skipped('2014-05-19,23.89,23.595,23.85,24.445,1944854')).toEqual([
      { row: 2, column: 'high', value: '23.595', message: 'high is below low (23.85)' },
    ]);
  });

  it('reports open or close outside [low, high] as errors', () => {
    // Real rows of the S&P 500 file: CHD 2014-05-19 (line 113364) and LNT 2016-05-19 (line 349478).
    expect(skipped('2014-05-19,18.77,33.9525,33.695,33.895,1078888', '2016-05-20,35.19,35.785,35.085,36.87,1231722')).toEqual([
      { row: 2, column: 'open', value: '18.77', message: 'open is below low (33.695)' },
      { row: 3, column: 'close', value: '36.87', message: 'close is above high (35.785)' },
    ]);
  });

  it('reports a time it cannot read, naming the accepted forms, and an out-of-range epoch number', () => {
    const problems = skipped('2017-08-17 04-AM,1,1,1,1,1', '20130208,1,1,1,1,1', ',1,1,1,1,1');
    expect(problems.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 2, column: 'date', value: '2017-08-17 04-AM' },
      { row: 3, column: 'date', value: '20130208' },
      { row: 4, column: 'date', value: '' },
    ]);
    expect(problems[0].message).toMatch(/^time not understood: expected a date \(YYYY-MM-DD\)/);
    expect(problems[1].message).toBe('epoch number out of range: seconds must be in [1e8, 1e11), milliseconds in [1e11, 1e14)');
    expect(problems[2].message).toBe('time is empty');
  });

  it('reports a duplicate time and keeps the first row under skip', () => {
    const parsed = parseBarsCsv([HEADER, '2020-01-01,1,1,1,1,1', '2020-01-01,2,2,2,2,2'].join('\n'), { invalidRows: 'skip' });
    expect(parsed.problems).toMatchObject([{ row: 3, column: 'date', value: '2020-01-01', message: 'duplicate time: same as row 2', kind: 'duplicate-time' }]);
    expect(parsed.symbols.get('UNKNOWN')?.series.close[0]).toBe(1);
  });

  it('reports a row earlier than the previous one of the same symbol, naming that row and its time', () => {
    expect(skipped('2020-01-01,1,1,1,1,1', '2020-01-03,1,1,1,1,1', '2020-01-02,1,1,1,1,1', '2020-01-04,1,1,1,1,1')).toEqual([
      {
        row: 4,
        column: 'date',
        value: '2020-01-02',
        message: 'time is earlier than row 3 (2020-01-03); rows must ascend (sort: true, CLI --sort, sorts them)',
      },
    ]);
  });

  it('checks order per symbol, so interleaved symbols are fine', () => {
    const text = 'date,open,high,low,close,volume,symbol\n2020-01-01,1,1,1,1,1,A\n2020-01-01,1,1,1,1,1,B\n2020-01-02,1,1,1,1,1,A\n2020-01-02,1,1,1,1,1,B\n';
    const parsed = parseBarsCsv(text);
    expect(parsed.symbols.get('A')?.series.length).toBe(2);
    expect(parsed.symbols.get('B')?.series.length).toBe(2);
  });

  it('reports a row with a different number of fields than the header', () => {
    expect(skipped('2020-01-01,1,1,1,1', '2020-01-02,1,1,1,1,1,extra')).toEqual([
      { row: 2, column: '', value: '2020-01-01,1,1,1,1', message: 'row has 5 fields, the header has 6' },
      { row: 3, column: '', value: '2020-01-02,1,1,1,1,1,extra', message: 'row has 7 fields, the header has 6' },
    ]);
  });

  it('reports an empty symbol', () => {
    const parsed = parseBarsCsv('date,open,high,low,close,volume,ticker\n2020-01-01,1,1,1,1,1,\n2020-01-01,1,1,1,1,1,X\n', { invalidRows: 'skip' });
    expect(parsed.problems).toMatchObject([{ row: 2, column: 'ticker', value: '', message: 'symbol is empty' }]);
    expect([...parsed.symbols.keys()]).toEqual(['X']);
  });

  it('counts line numbers over blank lines and lines skipped before the header', () => {
    const problems = parseBarsCsv(`title\n${HEADER}\n\n2020-01-01,x,1,1,1,1\n`, { skipLines: 1, invalidRows: 'skip' }).problems;
    expect(problems).toMatchObject([{ row: 4, column: 'open', value: 'x' }]);
  });
});

describe('parseBarsCsv invalid-row policy', () => {
  const text = [HEADER, '2020-01-01,1,2,0.5,1.5,10', '2020-01-02,,2,1,1.5,5', '2020-01-03,1,2,1,abc,5', '2020-01-04,1,2,1,1.5,5'].join('\n');

  it('throws BarsCsvError (GS_ERR_CSV) with every problem under error, the default', () => {
    const error = errorOf(text);
    expect(error.code).toBe('GS_ERR_CSV');
    expect(error.problems.map((problem) => [problem.row, problem.column, problem.value])).toEqual([
      [3, 'open', ''],
      [4, 'close', 'abc'],
    ]);
    expect(error.message).toBe(
      'bar file: 2 problems in 2 rows\n' +
        'row 3, column open, value "": price is empty\n' +
        'row 4, column close, value "abc": price is not a number',
    );
  });

  it('drops exactly the bad rows under skip and returns them as problems', () => {
    const parsed = parseBarsCsv(text, { invalidRows: 'skip' });
    const series = parsed.symbols.get('UNKNOWN')?.series;
    expect(Array.from(series?.time ?? [])).toEqual([Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 4)]);
    expect(parsed.problems.map((problem) => problem.row)).toEqual([3, 4]);
    expect(parsed.rowCount).toBe(4);
  });

  it('shows the first 20 problems in the message and the total', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2020-03-${String(i + 1).padStart(2, '0')},x,1,1,1,1`);
    const error = errorOf([HEADER, ...rows].join('\n'));
    expect(error.problems).toHaveLength(30);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('bar file: 30 problems in 30 rows');
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('row 21, column open, value "x": price is not a number');
    expect(lines[21]).toBe('… and 10 more problems in 10 more rows');
  });

  it('rejects an unknown policy and a negative skipLines, naming the option', () => {
    // The cast stands for a caller without type checking (JavaScript, parsed JSON) passing a bad policy.
    expect(() => parseBarsCsv(text, { invalidRows: 'drop' as 'skip' })).toThrow('invalidRows must be "error" or "skip", got "drop"');
    expect(() => parseBarsCsv(text, { skipLines: -1 })).toThrow('skipLines must be an integer >= 0, got -1');
  });
});

describe('parseBarsCsv row order', () => {
  const newestFirst = [HEADER, '2020-01-03,3,3,3,3,3', '2020-01-02,2,2,2,2,2', '2020-01-02,2.5,2.5,2.5,2.5,2', '2020-01-01,1,1,1,1,1'].join('\n');

  it('rejects a newest-first file with one message suggesting sort, under either policy', () => {
    for (const invalidRows of ['error', 'skip'] as const) {
      const error = errorOf(newestFirst, { invalidRows });
      expect(error.problems).toEqual([
        {
          row: 3,
          column: 'date',
          value: '2020-01-02',
          message: 'rows of UNKNOWN run newest-first (2 of 3 consecutive rows go back in time); pass sort: true (CLI --sort) to read them in ascending order',
          kind: 'newest-first',
          severity: 'error',
        },
      ]);
    }
  });

  it('sorts when asked, with a notice, and reports the later of two equal times as a duplicate', () => {
    const parsed = parseBarsCsv(newestFirst, { sort: true, invalidRows: 'skip' });
    const bars = parsed.symbols.get('UNKNOWN');
    expect(bars?.labels).toEqual(['2020-01-01', '2020-01-02', '2020-01-03']);
    expect(Array.from(bars?.series.close ?? [])).toEqual([1, 2, 3]);
    expect(parsed.problems).toEqual([
      {
        row: 3,
        column: 'date',
        value: '2020-01-02',
        message: 'rows of UNKNOWN were not in time order (2 went back in time); sorted as asked',
        kind: 'sorted',
        severity: 'notice',
      },
      { row: 4, column: 'date', value: '2020-01-02', message: 'duplicate time: same as row 3', kind: 'duplicate-time', severity: 'error' },
    ]);
    expect(errorOf(newestFirst, { sort: true }).problems.map((problem) => problem.kind)).toEqual(['sorted', 'duplicate-time']);
  });

  it('leaves an ascending file untouched under sort, without a notice', () => {
    const parsed = parseBarsCsv([HEADER, '2020-01-01,1,1,1,1,1', '2020-01-02,2,2,2,2,2'].join('\n'), { sort: true });
    expect(parsed.problems).toEqual([]);
    expect(parsed.symbols.get('UNKNOWN')?.labels).toEqual(['2020-01-01', '2020-01-02']);
  });
});

describe('parseBarsCsv file-level errors', () => {
  it('says the file is empty, or has a header but no rows', () => {
    expect(errorOf('').problems).toMatchObject([{ kind: 'empty-file', message: 'the file is empty' }]);
    expect(errorOf('\n \n').problems).toMatchObject([{ kind: 'empty-file' }]);
    expect(errorOf(`${HEADER}\n\n`).problems).toMatchObject([{ kind: 'empty-file', row: 1, message: 'the file has a header but no data rows' }]);
    expect(errorOf(HEADER, { skipLines: 3 }).problems).toMatchObject([{ kind: 'no-header', message: 'no header line after skipping 3 line(s)' }]);
  });

  it('refuses bare carriage-return line ends instead of reading the whole file as one header', () => {
    expect(errorOf('date,open,high,low,close\r2020-01-01,1,1,1,1\r').problems).toMatchObject([
      { row: 1, value: 'date,open,high,low,close', message: 'lines end with a bare carriage return (classic Mac format); save the file with LF or CRLF line ends' },
    ]);
  });

  it('fails without the required columns, listing the columns it found (the tick file layout)', () => {
    const error = errorOf('Local time,Ask,Bid,AskVolume,BidVolume\n04.09.2023 01:00:05.962 GMT+0300,4516.181,4515.664,0.0006,0.0006\n');
    expect(error.problems).toEqual([
      {
        row: 1,
        column: '',
        value: 'Local time,Ask,Bid,AskVolume,BidVolume',
        message: 'missing columns open, high, low, close; found 5 columns: Local time, Ask, Bid, AskVolume, BidVolume',
        kind: 'missing-column',
        severity: 'error',
      },
    ]);
  });

  it('names a missing time column and a missing timeColumn', () => {
    expect(errorOf('open,high,low,close\n1,1,1,1\n').problems[0].message).toBe(
      'missing column time (date, datetime, time, timestamp, … or an unnamed first column); found 4 columns: open, high, low, close',
    );
    expect(errorOf(`${HEADER}\n2020-01-01,1,1,1,1,1\n`, { timeColumn: 'when' }).problems[0].message).toBe(
      'time column "when" not found; found 6 columns: date, open, high, low, close, volume',
    );
  });

  it('recognises a file without a header row', () => {
    expect(errorOf('2020-01-01,1,2,0.5,1.5,10\n2020-01-02,1,2,0.5,1.5,10\n').problems[0].message).toMatch(
      /; the first line looks like data: the file seems to have no header row \(add one, such as date,open,high,low,close,volume\)$/,
    );
  });

  it('explains a URL line before the header and how many lines to skip (the CryptoDataDownload layout)', () => {
    const error = errorOf('https://www.CryptoDataDownload.com\nunix,date,symbol,open,high,low,close,Volume BTC\n1,2,3,4,5,6,7,8\n');
    expect(error.problems).toMatchObject([
      {
        row: 1,
        value: 'https://www.CryptoDataDownload.com',
        kind: 'no-header',
        message:
          'this line has no comma, tab or semicolon, so it is not a header row of bar columns; line 2 looks like the header ' +
          '(unix,date,symbol,open,high,low,close,Volume BTC): pass skipLines: 1 (CLI --skip-lines 1)',
      },
    ]);
  });

  it('says which symbols a multi-symbol file has when options.symbol is not among them', () => {
    const error = errorOf('date,open,high,low,close,volume,Name\n2020-01-01,1,1,1,1,1,AAL\n2020-01-01,1,1,1,1,1,AAPL\n', { symbol: 'MSFT' });
    expect(error.problems).toMatchObject([{ kind: 'unknown-symbol', column: 'Name', value: 'MSFT', message: 'symbol "MSFT" has no rows in column Name; the file has AAL, AAPL' }]);
  });
});
