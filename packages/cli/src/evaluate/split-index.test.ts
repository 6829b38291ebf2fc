import { describe, expect, it } from 'vitest';
import { splitIndex } from './split-index.js';

const days = Array.from({ length: 10 }, (_, d) => Date.UTC(2024, 0, 1 + d));

describe('splitIndex', () => {
  it('splits at the floor of n × fraction, or at the first bar on or after the date', () => {
    expect(splitIndex(days, { kind: 'fraction', fraction: 0.6 })).toBe(6);
    expect(splitIndex(days, { kind: 'date', time: Date.UTC(2024, 0, 4) })).toBe(3);
  });

  it('refuses a split that leaves no train bars or fewer than 2 test bars', () => {
    expect(() => splitIndex(days, { kind: 'date', time: Date.UTC(2023, 0, 1) })).toThrow('no train bars');
    expect(() => splitIndex(days, { kind: 'fraction', fraction: 0.95 })).toThrow('fewer than 2 test bars');
  });
});
