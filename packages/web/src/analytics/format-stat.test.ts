import { describe, expect, it } from 'vitest';
import { formatStat } from './format-stat.js';
import { orderedStatNames } from './ordered-stat-names.js';

describe('statistics display', () => {
  it('shortens ISO times, keeps durations and rounds numbers', () => {
    expect(formatStat('2025-06-30T00:00:00.000Z')).toBe('2025-06-30');
    expect(formatStat('2025-06-30T14:30:00.000Z')).toBe('2025-06-30 14:30');
    expect(formatStat('179 days 00:00:00')).toBe('179 days 00:00:00');
    expect(formatStat(10_932.2917)).toBe('10,932.29');
    expect(formatStat(null)).toBe('—');
    expect(formatStat(Number.NaN)).toBe('—');
  });

  it("orders statistics as backtesting.py does, whatever the answer's key order, unknown ones last", () => {
    expect(orderedStatNames({ SQN: 1, End: 'x', 'Custom [%]': 2, Start: 'y' }, { '# Trades': 3 })).toEqual(['Start', 'End', '# Trades', 'SQN', 'Custom [%]']);
  });
});
