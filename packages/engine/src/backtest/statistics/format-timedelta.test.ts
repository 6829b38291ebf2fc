import { describe, expect, it } from 'vitest';
import { formatTimedelta } from './format-timedelta.js';

describe('formatTimedelta', () => {
  it('prints days and a clock as pandas prints a Timedelta', () => {
    expect(formatTimedelta(3116 * 86_400_000)).toBe('3116 days 00:00:00');
    expect(formatTimedelta(86_400_000)).toBe('1 days 00:00:00');
    expect(formatTimedelta(0)).toBe('0 days 00:00:00');
    expect(formatTimedelta(5_400_000)).toBe('0 days 01:30:00');
    expect(formatTimedelta(2 * 86_400_000 + 3_723_000)).toBe('2 days 01:02:03');
  });

  it('adds microseconds only when there are fractions of a second', () => {
    expect(formatTimedelta(500)).toBe('0 days 00:00:00.500000');
    expect(formatTimedelta(1.5)).toBe('0 days 00:00:00.001500');
  });

  it('prints a negative duration with negative days and a positive clock', () => {
    expect(formatTimedelta(-3_600_000)).toBe('-1 days +23:00:00');
  });
});
