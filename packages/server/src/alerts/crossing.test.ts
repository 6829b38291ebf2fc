import { describe, expect, it } from 'vitest';
import { crossed } from './crossing.js';
import { LastPrices } from './last-prices.js';

describe('crossed', () => {
  it('is true only when the level lies between the previous value and the new one, in the direction asked', () => {
    expect(crossed('above', 199.5, 200.5, 200)).toBe(true);
    expect(crossed('above', 200, 200.01, 200)).toBe(true);
    expect(crossed('above', 200.5, 201, 200)).toBe(false); // already above: no new crossing
    expect(crossed('above', 199, 200, 200)).toBe(false); // touching is not crossing above
    expect(crossed('above', 201, 199, 200)).toBe(false); // the other way
    expect(crossed('below', 30.2, 29.8, 30)).toBe(true);
    expect(crossed('below', 29, 28, 30)).toBe(false);
    expect(crossed('below', 31, 30, 30)).toBe(false);
  });
});

describe('LastPrices', () => {
  it('answers the previous price of the symbol: none the first time, none for an older observation', () => {
    const prices = new LastPrices();
    expect(prices.observe({ symbol: 'AAPL', price: 199, time: 1_000 })).toBeUndefined();
    expect(prices.observe({ symbol: 'MSFT', price: 400, time: 1_000 })).toBeUndefined();
    expect(prices.observe({ symbol: 'AAPL', price: 201, time: 2_000 })).toEqual({ symbol: 'AAPL', price: 199, time: 1_000 });
    // A late bar close from before the last quote is ignored and does not move the baseline.
    expect(prices.observe({ symbol: 'AAPL', price: 198, time: 1_500 })).toBeNull();
    expect(prices.observe({ symbol: 'AAPL', price: 202, time: 3_000 })).toEqual({ symbol: 'AAPL', price: 201, time: 2_000 });
  });

  it('forgets the symbol updated longest ago beyond its capacity', () => {
    const prices = new LastPrices(2);
    prices.observe({ symbol: 'A', price: 1, time: 1 });
    prices.observe({ symbol: 'B', price: 1, time: 1 });
    prices.observe({ symbol: 'A', price: 2, time: 2 });
    prices.observe({ symbol: 'C', price: 1, time: 1 });
    expect(prices.observe({ symbol: 'B', price: 2, time: 2 })).toBeUndefined();
    expect(prices.observe({ symbol: 'C', price: 2, time: 2 })).toEqual({ symbol: 'C', price: 1, time: 1 });
  });
});
