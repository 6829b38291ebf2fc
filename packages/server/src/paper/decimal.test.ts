import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';

const d = (text: string) => Decimal.parse(text);

describe('Decimal', () => {
  it('adds 0.1 and 0.2 to exactly 0.3, where floats give 0.30000000000000004', () => {
    expect(d('0.1').plus(d('0.2')).toString()).toBe('0.3');
    expect(d('0.1').plus(d('0.2')).compare(d('0.3'))).toBe(0);
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('parses database numerics, signs and exponents, and prints without trailing zeros', () => {
    expect(d('100000.00000000').toString()).toBe('100000');
    expect(d('-0.50').toString()).toBe('-0.5');
    expect(Decimal.of(1e-7).toString()).toBe('0.0000001');
    expect(Decimal.of(1.5e21).toString()).toBe('1500000000000000000000');
    expect(Decimal.of(187.43).toString()).toBe('187.43');
    expect(d('+007').toString()).toBe('7');
    expect(d('0.000').toString()).toBe('0');
    expect(d('12.3400').decimalPlaces).toBe(2);
  });

  it('names text that is not a decimal number', () => {
    expect(() => d('12,5')).toThrow('"12,5" is not a decimal number');
    expect(() => d('')).toThrow('is not a decimal number');
    expect(() => Decimal.of(Number.NaN)).toThrow('NaN is not a finite number');
  });

  it('multiplies exactly and rounds halves away from zero', () => {
    expect(d('0.3').times(d('60000.10')).toString()).toBe('18000.03');
    expect(d('1.005').round(2).toString()).toBe('1.01');
    expect(d('-1.005').round(2).toString()).toBe('-1.01');
    expect(d('1.0049').round(2).toString()).toBe('1');
    expect(d('2.5').round(0).toString()).toBe('3');
    expect(d('7').round(2).toString()).toBe('7');
  });

  it('divides to a chosen number of places', () => {
    expect(d('30.02').dividedBy(d('3'), 8).toString()).toBe('10.00666667');
    expect(d('-2').dividedBy(d('3'), 4).toString()).toBe('-0.6667');
    expect(d('1').dividedBy(d('0.125'), 2).toString()).toBe('8');
    expect(() => d('1').dividedBy(Decimal.ZERO, 2)).toThrow('division by zero');
  });

  it('compares across scales and reports its sign', () => {
    expect(d('1.10').compare(d('1.1'))).toBe(0);
    expect(d('1.09').compare(d('1.1'))).toBe(-1);
    expect(d('-3').sign).toBe(-1);
    expect(Decimal.ZERO.sign).toBe(0);
    expect(d('2.50').minus(d('0.5')).toNumber()).toBe(2);
    expect(JSON.stringify({ cash: d('10.50') })).toBe('{"cash":"10.5"}');
  });
});
