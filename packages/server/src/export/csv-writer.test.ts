import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvRecord, type CsvColumn } from './csv-writer.js';
import { parseCsv } from './parse-csv.test-support.js';

describe('csvCell', () => {
  it('writes plain text, numbers and booleans as they are, and nothing for missing or non-finite values', () => {
    expect(csvCell('AAPL')).toBe('AAPL');
    expect(csvCell(0.725)).toBe('0.725');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes cells holding commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvCell('rsi, macd')).toBe('"rsi, macd"');
    expect(csvCell('the "golden" cross')).toBe('"the ""golden"" cross"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('"')).toBe('""""');
  });

  it('prefixes text a spreadsheet would run as a formula with an apostrophe, and quotes it when needed', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // Only the first character counts: these are ordinary text.
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('BTC-USD')).toBe('BTC-USD');
  });
});

describe('csvRecord and csvDocument', () => {
  it('joins cells with commas and ends every record with CRLF', () => {
    expect(csvRecord(['a', 1, null, 'x,y'])).toBe('a,1,,"x,y"\r\n');
  });

  it('writes the header and one record per row in column order', () => {
    const columns: CsvColumn<{ symbol: string; note: string | null; price: number }>[] = [
      { header: 'symbol', value: (row) => row.symbol },
      { header: 'price', value: (row) => row.price },
      { header: 'note', value: (row) => row.note },
    ];
    const rows = [
      { symbol: 'AAPL', note: 'said "buy"', price: 189.5 },
      { symbol: 'EURUSD=X', note: null, price: 1.08 },
      { symbol: 'MSFT', note: '=cmd|calc', price: 410 },
    ];
    expect(csvDocument(columns, rows)).toBe('symbol,price,note\r\nAAPL,189.5,"said ""buy"""\r\nEURUSD=X,1.08,\r\nMSFT,410,\'=cmd|calc\r\n');
    expect(csvDocument(columns, [])).toBe('symbol,price,note\r\n');
  });

  it('reads back, with an RFC 4180 reader, as the values written (formula guards aside)', () => {
    const hostile = ['a,b', 'say "hi"', 'two\r\nlines', 'lone\nfeed', '', ' spaced ', 'ünïcødé 📈', '=1+1'];
    expect(parseCsv(csvRecord(hostile) + csvRecord([1.5, null, true]))).toEqual([
      ['a,b', 'say "hi"', 'two\r\nlines', 'lone\nfeed', '', ' spaced ', 'ünïcødé 📈', "'=1+1"],
      ['1.5', '', 'true'],
    ]);
  });
});
