import { describe, expect, it } from 'vitest';
import { exposureBars } from './exposure-bars.js';

const span = (entryBar: number, exitBar: number) => ({ entryBar, exitBar, pnl: 0, returnPct: 0, commission: 0 });

describe('exposureBars', () => {
  it('counts each bar with an open trade once, entry and exit bars included', () => {
    expect(exposureBars([span(2, 4), span(4, 6), span(9, 9)])).toBe(6);
  });

  it('handles overlapping and unsorted trades', () => {
    expect(exposureBars([span(5, 8), span(0, 10), span(3, 4)])).toBe(11);
    expect(exposureBars([])).toBe(0);
  });
});
