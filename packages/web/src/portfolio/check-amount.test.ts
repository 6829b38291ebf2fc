import { describe, expect, it } from 'vitest';
import { checkAmount } from './check-amount.js';

describe('checkAmount', () => {
  it('accepts positive decimals within the places', () => {
    expect(['1', '2.5', '0.01', '100000', ' 42 '].map((text) => checkAmount(text, 2))).toEqual([null, null, null, null, null]);
  });

  it('says what is wrong with anything else', () => {
    expect(checkAmount('', 2)).toBe('required');
    expect(checkAmount('1e3', 2)).toBe('a positive number, like 10 or 2.5');
    expect(checkAmount('1,000', 2)).toBe('a positive number, like 10 or 2.5');
    expect(checkAmount('.5', 2)).toBe('a positive number, like 10 or 2.5');
    expect(checkAmount('0.000', 2)).toBe('at most 2 decimal places');
    expect(checkAmount('0.00', 2)).toBe('must be greater than 0');
    expect(checkAmount('12345678901234567', 2)).toBe('a positive number, like 10 or 2.5');
  });
});
