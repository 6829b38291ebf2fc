import { describe, expect, it } from 'vitest';
import type { BarView } from './historical-bars-answer.js';
import { mergeBars } from './merge-bars.js';

function bar(hour: number, close: number): BarView {
  return { time: `2026-03-02T${String(hour).padStart(2, '0')}:00:00.000Z`, open: 1, high: 2, low: 0.5, close, volume: 10 };
}

describe('mergeBars', () => {
  it('replaces the forming bar when it updates and appends the next one', () => {
    const bars = [bar(14, 1), bar(15, 1.1)];
    expect(mergeBars(bars, [bar(15, 1.2), bar(16, 1.3)]).map((item) => [item.time.slice(11, 13), item.close])).toEqual([
      ['14', 1],
      ['15', 1.2],
      ['16', 1.3],
    ]);
    expect(bars[1].close).toBe(1.1);
  });

  it('puts a late older bar in its place', () => {
    expect(mergeBars([bar(14, 1), bar(16, 1)], [bar(15, 2)]).map((item) => item.time.slice(11, 13))).toEqual(['14', '15', '16']);
  });

  it('starts from nothing', () => {
    expect(mergeBars([], [bar(9, 5)])).toEqual([bar(9, 5)]);
  });
});
