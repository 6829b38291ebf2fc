import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './read-csv-records.js';

describe('readCsvRecords', () => {
  it('splits plain and quoted fields, undoubling quotes and keeping delimiters inside quotes', () => {
    const records = readCsvRecords('sentence,label\n"Sales rose, margins too",positive\n"He said ""no""",neutral\n', ',');
    expect(records).toEqual([
      { line: 1, fields: ['sentence', 'label'] },
      { line: 2, fields: ['Sales rose, margins too', 'positive'] },
      { line: 3, fields: ['He said "no"', 'neutral'] },
    ]);
  });

  it('keeps a line break inside quotes and numbers the following records by their real lines', () => {
    const records = readCsvRecords('a,b\r\n"first\r\nsecond",x\r\n\r\nlast,y', ',');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['first\r\nsecond', 'x'] },
      { line: 5, fields: ['last', 'y'] },
    ]);
  });

  it('reads a quoted field after spaces as quoted', () => {
    expect(readCsvRecords('1, "Sales rose, again" ,positive\n', ',')).toEqual([{ line: 1, fields: ['1', 'Sales rose, again ', 'positive'] }]);
  });

  it('reads tab-separated text and empty trailing fields', () => {
    expect(readCsvRecords('x\t\ty\t\n', '\t')).toEqual([{ line: 1, fields: ['x', '', 'y', ''] }]);
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => readCsvRecords('a,b\nok,1\n"open,2\nmore,3\n', ',')).toThrow('line 3: a quoted field is never closed');
  });
});
