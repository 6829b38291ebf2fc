import { describe, expect, it } from 'vitest';
import { partialMinute } from './partial-minute.js';

describe('partialMinute', () => {
  it('grows from the open into the full minute bar, visiting the low first on an up minute', () => {
    expect(partialMinute(100, 101, 99.5, 100.8, 600, 0, 100)).toEqual({ open: 100, high: 100, low: 100, close: 100, volume: 0 });
    expect(partialMinute(100, 101, 99.5, 100.8, 600, 1 / 3, 100)).toEqual({ open: 100, high: 100, low: 99.5, close: 99.5, volume: 200 });
    expect(partialMinute(100, 101, 99.5, 100.8, 600, 0.5, 100)).toEqual({ open: 100, high: 100.25, low: 99.5, close: 100.25, volume: 300 });
    expect(partialMinute(100, 101, 99.5, 100.8, 600, 0.999, 100)).toMatchObject({ high: 101, low: 99.5, close: 100.8 });
  });

  it('visits the high first on a down minute and stays on the tick grid', () => {
    const part = partialMinute(50, 50.4, 49.5, 49.7, 10, 0.2, 100);
    expect(part).toEqual({ open: 50, high: 50.24, low: 50, close: 50.24, volume: 2 });
  });
});
