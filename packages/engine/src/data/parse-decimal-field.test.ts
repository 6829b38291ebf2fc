import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import { parseDecimalField } from './parse-decimal-field.js';

const parse = (text: string) => parseDecimalField(text, 0, text.length);

describe('parseDecimalField', () => {
  it('reads plain decimals exactly as Number() does', () => {
    for (const text of ['0', '15.07', '-3.5', '+2', '.5', '5.', '0.1', '4515.664000000001', '27385.00000000', '1502942400.0', '8407500']) {
      expect(parse(text)).toBe(Number(text));
    }
  });

  it('agrees bit for bit with Number() on 20,000 random prices of 1 to 17 significant digits', () => {
    const random = createSeededRandom(7);
    for (let k = 0; k < 20_000; k++) {
      const digits = 1 + Math.floor(random.next() * 17);
      let text = '';
      for (let d = 0; d < digits; d++) text += String(Math.floor(random.next() * 10));
      const point = Math.floor(random.next() * (digits + 1));
      text = `${text.slice(0, point)}.${text.slice(point)}`;
      expect(parse(text)).toBe(Number(text));
    }
  });

  it('falls back to Number() for exponents and very long digit strings', () => {
    expect(parse('1e5')).toBe(100_000);
    expect(parse('2.5E-3')).toBe(0.0025);
    expect(parse('123456789012345678901234')).toBe(Number('123456789012345678901234'));
    expect(parse('0.12345678901234567890123456')).toBe(Number('0.12345678901234567890123456'));
  });

  it('answers NaN for empty and non-numeric fields, including forms Number() would accept', () => {
    for (const text of ['', '-', '.', 'NULL', 'n/a', '1,5', '12abc', '0x10', 'Infinity', '1e']) expect(parse(text)).toBeNaN();
  });

  it('reads only the given range of a longer text', () => {
    const line = '2013-02-08,15.07,15.12';
    expect(parseDecimalField(line, 11, 16)).toBe(15.07);
  });
});
