import { describe, expect, it } from 'vitest';
import { outcomeLabel } from './outcome-label.js';

describe('outcomeLabel', () => {
  it('reads a resolved signal as its result and signed return', () => {
    expect(outcomeLabel({ action: 'BUY', outcome: { result: 'target', at: '2026-01-02T00:00:00Z', price: 110, return: 0.0512 } })).toEqual({ text: 'Target +5.12%', tone: 'gain' });
    expect(outcomeLabel({ action: 'SELL', outcome: { result: 'stop', at: '2026-01-02T00:00:00Z', price: 110, return: -0.013 } })).toEqual({ text: 'Stop −1.30%', tone: 'loss' });
  });

  it('reads a followed BUY or SELL as open and a HOLD as nothing to follow', () => {
    expect(outcomeLabel({ action: 'BUY', outcome: null })).toEqual({ text: 'Open', tone: 'neutral' });
    expect(outcomeLabel({ action: 'HOLD', outcome: null })).toEqual({ text: '–', tone: 'neutral' });
  });
});
