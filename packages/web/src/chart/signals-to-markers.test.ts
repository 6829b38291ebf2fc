import { describe, expect, it } from 'vitest';
import { chartTestSignal as signal } from './chart-test-signal.test-support.js';
import { signalsToMarkers } from './signals-to-markers.js';

const MAR_2 = 1_772_409_600;
const MAR_3 = MAR_2 + 86_400;

describe('signalsToMarkers', () => {
  it('marks the BUY and SELL signals of the chart timeframe on their bars, oldest first, HOLDs left out', () => {
    const markers = signalsToMarkers(
      [
        signal({ id: 'sell', time: '2026-03-03T00:00:00.000Z', action: 'SELL', confidence: 0.81 }),
        signal({ id: 'buy', time: '2026-03-02T00:00:00.000Z', action: 'BUY', confidence: 0.64 }),
        signal({ id: 'hold', time: '2026-03-02T00:00:00.000Z', action: 'HOLD', createdAt: '2026-03-04T00:00:00.000Z' }),
      ],
      '1d',
      new Set([MAR_2, MAR_3]),
      false,
    );
    expect(markers.map((marker) => [marker.id, marker.time, marker.text])).toEqual([
      ['buy', MAR_2, 'BUY 64%'],
      ['sell', MAR_3, 'SELL 81%'],
    ]);
  });

  it('marks HOLDs too when asked', () => {
    const markers = signalsToMarkers([signal({ id: 'hold', action: 'HOLD' })], '1d', new Set([MAR_2]), true);
    expect(markers.map((marker) => [marker.id, marker.shape])).toEqual([['hold', 'circle']]);
  });

  it('leaves out signals of another timeframe and signals whose bar is not on the chart', () => {
    const markers = signalsToMarkers(
      [signal({ id: 'hourly', timeframe: '1h' }), signal({ id: 'old', time: '2025-01-02T00:00:00.000Z' })],
      '1d',
      new Set([MAR_2]),
      true,
    );
    expect(markers).toEqual([]);
  });

  it('keeps the newest signal when two share a bar', () => {
    const markers = signalsToMarkers(
      [signal({ id: 'first', action: 'SELL', createdAt: '2026-03-03T00:00:00.000Z' }), signal({ id: 'second', action: 'BUY', createdAt: '2026-03-03T01:00:00.000Z' })],
      '1d',
      new Set([MAR_2]),
      true,
    );
    expect(markers.map((marker) => marker.id)).toEqual(['second']);
  });
});
