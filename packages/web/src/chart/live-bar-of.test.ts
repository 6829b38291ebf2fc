import { describe, expect, it } from 'vitest';
import { liveBarOf } from './live-bar-of.js';

describe('liveBarOf', () => {
  it('reads the bar and the simulated flag of a pushed bar message', () => {
    const data = { symbol: 'AAPL', timeframe: '1m', time: '2026-03-02T15:31:00.000Z', open: 1, high: 2, low: 0.5, close: 1.5, volume: 300, simulated: true };
    expect(liveBarOf(data)).toEqual({ bar: { time: '2026-03-02T15:31:00.000Z', open: 1, high: 2, low: 0.5, close: 1.5, volume: 300 }, simulated: true });
  });

  it('refuses data that is not a bar', () => {
    expect(liveBarOf(null)).toBeNull();
    expect(liveBarOf({ time: 'yesterday', open: 1, high: 1, low: 1, close: 1, volume: 1 })).toBeNull();
    expect(liveBarOf({ time: '2026-03-02T15:31:00.000Z', open: 1, high: 1, low: 1, close: '1', volume: 1 })).toBeNull();
  });
});
