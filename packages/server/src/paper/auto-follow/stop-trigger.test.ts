import { describe, expect, it } from 'vitest';
import { stopHit } from './stop-trigger.js';

describe('stopHit', () => {
  const levels = { stopLoss: 181.2, takeProfit: 195 };

  it('closes at or below the stop-loss and at or above the take-profit, with the figures', () => {
    expect(stopHit(levels, 180.95)).toEqual({ trigger: 'stop', reason: 'stop-loss 181.20 hit at 180.95' });
    expect(stopHit(levels, 181.2)).toEqual({ trigger: 'stop', reason: 'stop-loss 181.20 hit at 181.20' });
    expect(stopHit(levels, 195.4)).toEqual({ trigger: 'target', reason: 'take-profit 195.00 reached at 195.40' });
    expect(stopHit({ stopLoss: 0.0812, takeProfit: null }, 0.08)).toEqual({ trigger: 'stop', reason: 'stop-loss 0.0812 hit at 0.08' });
  });

  it('keeps the position while the price is between them, or a level is missing', () => {
    expect(stopHit(levels, 187.2)).toBeNull();
    expect(stopHit({ stopLoss: null, takeProfit: null }, 1)).toBeNull();
    expect(stopHit({ stopLoss: null, takeProfit: 195 }, 100)).toBeNull();
  });

  it('ignores prices that are not positive numbers', () => {
    expect(stopHit(levels, Number.NaN)).toBeNull();
    expect(stopHit(levels, 0)).toBeNull();
  });

  it('takes the pessimistic exit when a degenerate signal puts the stop above the target', () => {
    expect(stopHit({ stopLoss: 200, takeProfit: 190 }, 195)).toMatchObject({ trigger: 'stop' });
  });
});
