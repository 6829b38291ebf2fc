import { describe, expect, it } from 'vitest';
import { signalToMarker } from './signal-to-marker.js';

describe('signalToMarker', () => {
  it('draws a BUY as a blue arrow under its bar with the confidence', () => {
    expect(signalToMarker({ id: 'a', time: '2026-03-02T00:00:00.000Z', action: 'BUY', confidence: 0.734 })).toEqual({
      id: 'a',
      time: 1_772_409_600,
      position: 'belowBar',
      shape: 'arrowUp',
      color: '#2979ff',
      text: 'BUY 73%',
    });
  });

  it('draws a SELL as an orange arrow over its bar', () => {
    expect(signalToMarker({ id: 'b', time: '2026-03-02T15:00:00.000Z', action: 'SELL', confidence: 0.5 })).toMatchObject({
      position: 'aboveBar',
      shape: 'arrowDown',
      color: '#ff9100',
      text: 'SELL 50%',
    });
  });

  it('draws a HOLD as a small grey dot without text', () => {
    expect(signalToMarker({ id: 'c', time: '2026-03-02T00:00:00.000Z', action: 'HOLD', confidence: 0.2 })).toEqual({
      id: 'c',
      time: 1_772_409_600,
      position: 'aboveBar',
      shape: 'circle',
      color: '#b0bec5',
      size: 0.75,
    });
  });
});
