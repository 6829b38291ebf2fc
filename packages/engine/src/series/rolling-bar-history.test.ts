import { describe, expect, it } from 'vitest';
import { RollingBarHistory } from './rolling-bar-history.js';

const bar = (i: number) => ({ time: i * 1000, open: i, high: i + 1, low: i - 1, close: i + 0.5, volume: 10 * i });

describe('RollingBarHistory', () => {
  it('indexes bars by how many bars ago, the current bar at 0', () => {
    const h = new RollingBarHistory(5);
    for (let i = 1; i <= 3; i++) h.push(bar(i));
    expect(h.length).toBe(3);
    expect(h.close(0)).toBe(3.5);
    expect(h.close(2)).toBe(1.5);
    expect(h.volume(1)).toBe(20);
  });

  it('keeps only the most recent bars once full', () => {
    const h = new RollingBarHistory(3);
    for (let i = 1; i <= 7; i++) h.push(bar(i));
    expect(h.length).toBe(3);
    expect([h.time(0), h.time(1), h.time(2)]).toEqual([7000, 6000, 5000]);
  });

  it('answers NaN outside the window and for future bars', () => {
    const h = new RollingBarHistory(3);
    h.push(bar(1));
    expect(h.close(1)).toBeNaN();
    expect(h.close(-1)).toBeNaN();
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new RollingBarHistory(0)).toThrow(/positive integer/);
  });
});
