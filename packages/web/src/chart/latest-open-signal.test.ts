import { describe, expect, it } from 'vitest';
import { chartTestSignal as signal } from './chart-test-signal.test-support.js';
import { latestOpenSignal } from './latest-open-signal.js';

const NOW = Date.parse('2026-03-05T12:00:00.000Z');

describe('latestOpenSignal', () => {
  it('picks the latest BUY or SELL that has no outcome and has not expired', () => {
    const open = latestOpenSignal(
      [
        signal({ id: 'older', time: '2026-03-02T00:00:00.000Z' }),
        signal({ id: 'latest', time: '2026-03-04T00:00:00.000Z', action: 'SELL' }),
        signal({ id: 'hold', time: '2026-03-05T00:00:00.000Z', action: 'HOLD', stopLoss: null, takeProfit: null }),
      ],
      NOW,
    );
    expect(open?.id).toBe('latest');
  });

  it('skips closed, expired and level-less signals', () => {
    const open = latestOpenSignal(
      [
        signal({ id: 'closed', time: '2026-03-04T00:00:00.000Z', outcome: { result: 'target', at: '2026-03-04T10:00:00.000Z', price: 110, return: 0.1 } }),
        signal({ id: 'expired', time: '2026-03-04T00:00:00.000Z', expiresAt: '2026-03-05T00:00:00.000Z' }),
        signal({ id: 'no levels', time: '2026-03-04T00:00:00.000Z', stopLoss: null, takeProfit: null }),
        signal({ id: 'open', time: '2026-03-01T00:00:00.000Z' }),
      ],
      NOW,
    );
    expect(open?.id).toBe('open');
  });

  it('answers null when nothing is open', () => {
    expect(latestOpenSignal([], NOW)).toBeNull();
  });
});
