import { describe, expect, it } from 'vitest';
import { periodicReturns } from './periodic-returns.js';

const at = (...dates: string[]) => dates.map((d) => Date.parse(`${d}Z`));

describe('periodicReturns', () => {
  it('takes the last equity of each day, then the change between days', () => {
    const time = at('2024-01-01T10:00:00', '2024-01-01T16:00:00', '2024-01-02T10:00:00', '2024-01-03T16:00:00');
    expect([...periodicReturns(time, [100, 110, 99, 121], 'D')]).toEqual([99 / 110 - 1, 121 / 99 - 1]);
  });

  it('groups weeks ending on Sunday', () => {
    // Sat 6th and Sun 7th close the week of Mon 1st; Mon 8th opens the next one.
    const time = at('2024-01-05T00:00:00', '2024-01-06T00:00:00', '2024-01-07T23:00:00', '2024-01-08T00:00:00');
    expect([...periodicReturns(time, [1, 2, 4, 5], 'W')]).toEqual([5 / 4 - 1]);
  });

  it('groups calendar months and years', () => {
    const time = at('2024-01-31T00:00:00', '2024-02-01T00:00:00', '2024-02-29T00:00:00', '2025-03-31T00:00:00');
    expect([...periodicReturns(time, [100, 50, 120, 60], 'ME')]).toEqual([120 / 100 - 1, -0.5]);
    expect([...periodicReturns(time, [100, 50, 120, 60], 'YE')]).toEqual([-0.5]);
  });

  it('drops undefined returns after the equity reached 0 (0/0)', () => {
    const time = at('2024-01-01T00:00:00', '2024-01-02T00:00:00', '2024-01-03T00:00:00', '2024-01-04T00:00:00');
    expect([...periodicReturns(time, [100, 50, 0, 0], 'D')]).toEqual([-0.5, -1]);
  });
});
