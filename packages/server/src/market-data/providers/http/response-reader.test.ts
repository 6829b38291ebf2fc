import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { ResponseReader, parseStrictDecimal, pathOf } from './response-reader.js';

const reader = new ResponseReader((problem) => new ProviderError('testapi', 'bad-response', problem));

describe('parseStrictDecimal', () => {
  it('reads plain decimals and refuses everything else', () => {
    expect(['12', '-3.25', '.5', '1e-3', '187.4400'].map(parseStrictDecimal)).toEqual([12, -3.25, 0.5, 0.001, 187.44]);
    expect(['', ' 1', '1,5', 'Infinity', '1e999', '0x1f', '12%', 'None'].map(parseStrictDecimal).every(Number.isNaN)).toBe(true);
  });
});

describe('pathOf', () => {
  it('writes identifiers with a dot, other keys and indexes in brackets', () => {
    expect(pathOf('', 'results')).toBe('results');
    expect(pathOf('results[3]', 'h')).toBe('results[3].h');
    expect(pathOf('Meta Data', '6. Time Zone')).toBe('Meta Data["6. Time Zone"]');
    expect(pathOf('t', 4)).toBe('t[4]');
  });
});

describe('ResponseReader', () => {
  const row = { price: 12.5, text: '187.4400', none: 'None', dash: '-', empty: '', nil: null, word: 'abc', list: [1], name: 'Apple' };

  it('reads numbers, decimal texts and strings, with null for what the source marks absent', () => {
    expect(reader.number(row, 'price', 'row')).toBe(12.5);
    expect(reader.decimal(row, 'text', 'row')).toBe(187.44);
    expect([reader.optionalDecimal(row, 'none', 'row'), reader.optionalDecimal(row, 'dash', 'row'), reader.optionalDecimal(row, 'missing', 'row')]).toEqual([null, null, null]);
    expect([reader.optionalNumber(row, 'nil', 'row'), reader.optionalString(row, 'empty', 'row'), reader.string(row, 'name', 'row')]).toEqual([null, null, 'Apple']);
    expect(reader.optionalArrayField(row, 'missing', 'row')).toEqual([]);
  });

  it('names the path, the value and the expectation of every mismatch', () => {
    expect(() => reader.number(row, 'text', 'row')).toThrow('row.text is "187.4400", expected a finite number');
    expect(() => reader.decimal(row, 'price', 'row')).toThrow('row.price is 12.5, expected a decimal number as text');
    expect(() => reader.optionalDecimal(row, 'word', 'row')).toThrow('row.word is "abc", expected a decimal number as text');
    expect(() => reader.string(row, 'missing', 'row')).toThrow('row.missing is missing, expected a non-empty string');
    expect(() => reader.object(row.list, 'row.list')).toThrow('row.list is [1], expected an object');
    expect(() => reader.array(null, '')).toThrow('the body is null, expected an array');
    expect(() => reader.numberAt([1, '2'], 1, 'c')).toThrow('c[1] is "2", expected a finite number');
  });

  it('shortens a long value in the message', () => {
    expect(() => reader.number({ long: 'x'.repeat(100) }, 'long', '')).toThrow(`long is "${'x'.repeat(56)}..., expected a finite number`);
  });
});
