import { describe, expect, it } from 'vitest';
import { TimeFieldParser } from './parse-time-field.js';

const parse = (text: string) => new TimeFieldParser().parse(text, 0, text.length);

describe('TimeFieldParser', () => {
  it('reads ISO dates as midnight UTC', () => {
    expect(parse('2013-02-08')).toBe(Date.UTC(2013, 1, 8));
    expect(parse('2016-02-29')).toBe(Date.UTC(2016, 1, 29));
    expect(parse('1900-01-01')).toBe(Date.UTC(1900, 0, 1));
  });

  it('reads date-times with a space or T, with or without seconds and fraction, as UTC when no zone is given', () => {
    expect(parse('2017-04-19 09:00:00')).toBe(Date.UTC(2017, 3, 19, 9));
    expect(parse('2017-08-17T04:00:00Z')).toBe(Date.UTC(2017, 7, 17, 4));
    expect(parse('2017-08-17T04:05')).toBe(Date.UTC(2017, 7, 17, 4, 5));
    expect(parse('2023-09-04 01:00:05.962')).toBe(Date.UTC(2023, 8, 4, 1, 0, 5, 962));
    expect(parse('2023-09-04 01:00:05.9629')).toBe(Date.UTC(2023, 8, 4, 1, 0, 5, 962));
    expect(parse('2023-09-04 01:00:05.5')).toBe(Date.UTC(2023, 8, 4, 1, 0, 5, 500));
  });

  it('applies offsets: +hh:mm, -hh:mm, +hhmm and +hh', () => {
    // Same instant four ways: 2023-09-04 01:00 at +03:00 is 2023-09-03 22:00 UTC.
    const instant = Date.UTC(2023, 8, 3, 22);
    expect(parse('2023-09-04T01:00:00+03:00')).toBe(instant);
    expect(parse('2023-09-04 01:00+0300')).toBe(instant);
    expect(parse('2023-09-04T01:00:00+03')).toBe(instant);
    expect(parse('2023-09-03T17:30:00-04:30')).toBe(instant);
  });

  it('decides epoch units by magnitude: seconds below 1e11, milliseconds from 1e11', () => {
    expect(parse('1502942400')).toBe(1_502_942_400_000);
    expect(parse('1502942400.0')).toBe(1_502_942_400_000);
    expect(parse('1502942400.5')).toBe(1_502_942_400_500);
    expect(parse('1609286400000')).toBe(1_609_286_400_000);
    expect(parse('100000000')).toBe(1e11); // 1e8 s = 1973-03-03, the smallest accepted
  });

  it('refuses what it cannot read without guessing', () => {
    for (const text of [
      '',
      '20130208', // compact date or epoch seconds in 1970? refused
      '100000000000000', // 1e14 and up: micro- or nanoseconds?
      '1609286400000000', // microseconds
      '-1502942400',
      '2013-02-30',
      '2013-13-01',
      '2013-2-8',
      '08.02.2013',
      '2017-08-17 04-AM',
      '2013-02-08 24:00',
      '2013-02-08 10:60',
      '2013-02-08 10:00:61',
      '2013-02-08 10:00:00.',
      '2013-02-08X10:00',
      '2013-02-08 10:00:00 UTC',
      '2013-02-08T10:00:00+3',
      '2013-02-08T10:00:00Z1',
      'yesterday',
    ]) {
      expect(parse(text), text).toBeNaN();
    }
  });

  it('does not let a cached day leak to an invalid date', () => {
    const parser = new TimeFieldParser();
    const text = '2013-02-28,2013-02-29';
    expect(parser.parse(text, 0, 10)).toBe(Date.UTC(2013, 1, 28));
    expect(parser.parse(text, 11, 21)).toBeNaN();
    expect(parser.parse(text, 0, 10)).toBe(Date.UTC(2013, 1, 28));
  });

  it('tells apart dates 32 years apart that share a cache slot', () => {
    const parser = new TimeFieldParser();
    expect(parser.parse('2000-03-01', 0, 10)).toBe(Date.UTC(2000, 2, 1));
    expect(parser.parse('2032-03-01', 0, 10)).toBe(Date.UTC(2032, 2, 1));
    expect(parser.parse('2000-03-01', 0, 10)).toBe(Date.UTC(2000, 2, 1));
  });
});
