import { describe, expect, it } from 'vitest';
import { pythonFixed } from './python-fixed.js';

describe('pythonFixed', () => {
  it('formats like toFixed away from ties', () => {
    expect(pythonFixed(589.353922, 5)).toBe('589.35392');
    expect(pythonFixed(0.1 + 0.2, 5)).toBe('0.30000');
    expect(pythonFixed(2.675, 2)).toBe('2.67'); // 2.67499999... in binary: no tie
    expect(pythonFixed(-33.0812345, 2)).toBe('-33.08');
  });

  it('rounds exact ties half to even, as Python does', () => {
    expect(pythonFixed(0.015625, 5)).toBe('0.01562');
    expect(pythonFixed(0.046875, 5)).toBe('0.04688');
    expect(pythonFixed(0.5, 0)).toBe('0');
    expect(pythonFixed(1.5, 0)).toBe('2');
    expect(pythonFixed(2.5, 0)).toBe('2');
    expect(pythonFixed(-0.125, 2)).toBe('-0.12');
  });

  it('keeps the sign of negative zero and of values rounding to zero, spells out huge values, names non-finite ones', () => {
    expect(pythonFixed(-0, 5)).toBe('-0.00000');
    expect(pythonFixed(-0.000001, 5)).toBe('-0.00000');
    expect(pythonFixed(1e21, 2)).toBe('1000000000000000000000.00');
    expect([pythonFixed(NaN, 5), pythonFixed(Infinity, 5), pythonFixed(-Infinity, 5)]).toEqual(['nan', 'inf', '-inf']);
  });
});
