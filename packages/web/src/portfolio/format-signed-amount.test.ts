import { describe, expect, it } from 'vitest';
import { formatSignedAmount } from './format-signed-amount.js';

describe('formatSignedAmount', () => {
  it('signs gains, groups thousands and shows two places', () => {
    expect(formatSignedAmount('1234.5')).toBe('+1,234.50');
    expect(formatSignedAmount('-12')).toBe('-12.00');
    expect(formatSignedAmount('0')).toBe('0.00');
  });

  it('shows a dash for an unknown amount', () => {
    expect(formatSignedAmount(null)).toBe('–');
  });
});
