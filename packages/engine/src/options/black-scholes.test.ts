import { describe, expect, it } from 'vitest';
import { blackScholesDelta, blackScholesGreeks, blackScholesPrice, type OptionParameters } from './black-scholes.js';
import { impliedVolatility } from './implied-volatility.js';
import { normalCdf } from './standard-normal.js';

/** Relative closeness, for values computed with 40-digit mpmath (scripted in the PR description). */
function expectRelative(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

// Hull, "Options, Futures, and Other Derivatives" (9th/10th ed.), ch. 15, Example 15.6.
const hullExample156: Omit<OptionParameters, 'type'> = { spot: 42, strike: 40, timeToExpiry: 0.5, rate: 0.1, volatility: 0.2 };
// Hull, same book, ch. 19 "The Greek Letters": the 20-week call of Table 19.1 and Examples 19.1-19.7.
const hullGreeksExample: Omit<OptionParameters, 'type'> = { spot: 49, strike: 50, timeToExpiry: 20 / 52, rate: 0.05, volatility: 0.2 };

describe('normalCdf', () => {
  // Reference values: mpmath.ncdf at 40 significant digits.
  const table: [number, number][] = [
    [-37, 5.7255712225245768e-300],
    [-20, 2.7536241186062337e-89],
    [-8, 6.2209605742717841e-16],
    [-5, 2.8665157187919391e-7],
    [-3, 0.0013498980316300945],
    [-1.96, 0.024997895148220434],
    [-1, 0.15865525393145705],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1, 0.84134474606854295],
    [1.96, 0.97500210485177957],
    [3, 0.99865010196836991],
    [5, 0.99999971334842812],
    [7.5, 0.99999999999996809],
  ];

  it('matches 40-digit reference values to 3e-16 absolute and the left tail to 1e-8 relative', () => {
    for (const [x, expected] of table) {
      expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(3e-16);
      if (x < 0) expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-8);
    }
  });

  it('is symmetric: Φ(x) + Φ(-x) = 1', () => {
    for (let x = -6; x <= 6; x += 0.37) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
  });
});

describe('blackScholesPrice', () => {
  it('prices Hull Example 15.6: call 4.76, put 0.81', () => {
    const call = blackScholesPrice({ type: 'call', ...hullExample156 });
    const put = blackScholesPrice({ type: 'put', ...hullExample156 });
    expect(call).toBeCloseTo(4.76, 2);
    expect(put).toBeCloseTo(0.81, 2);
    expectRelative(call, 4.7594223928715334);
    expectRelative(put, 0.80859937290009365);
  });

  it('satisfies put-call parity c - p = S e^(-qT) - K e^(-rT)', () => {
    for (const q of [0, 0.02]) {
      for (const strike of [60, 95, 100, 140]) {
        const base = { spot: 100, strike, timeToExpiry: 0.75, rate: 0.03, volatility: 0.35, dividendYield: q };
        const parity = blackScholesPrice({ type: 'call', ...base }) - blackScholesPrice({ type: 'put', ...base });
        expectRelative(parity, 100 * Math.exp(-q * 0.75) - strike * Math.exp(-0.03 * 0.75), 1e-13);
      }
    }
  });

  it('falls back to the discounted forward intrinsic value at expiry or zero volatility', () => {
    expect(blackScholesPrice({ type: 'call', spot: 105, strike: 100, timeToExpiry: 0, rate: 0.05, volatility: 0.3 })).toBe(5);
    expect(blackScholesPrice({ type: 'put', spot: 105, strike: 100, timeToExpiry: 0, rate: 0.05, volatility: 0.3 })).toBe(0);
    expectRelative(blackScholesPrice({ type: 'call', spot: 100, strike: 100, timeToExpiry: 1, rate: 0.05, volatility: 0 }), 100 - 100 * Math.exp(-0.05));
  });

  it('rejects invalid inputs naming the parameter', () => {
    expect(() => blackScholesPrice({ type: 'call', ...hullExample156, spot: 0 })).toThrow(/spot must be/);
    expect(() => blackScholesPrice({ type: 'call', ...hullExample156, strike: -1 })).toThrow(/strike must be/);
    expect(() => blackScholesPrice({ type: 'call', ...hullExample156, timeToExpiry: -0.1 })).toThrow(/timeToExpiry must be/);
    expect(() => blackScholesPrice({ type: 'call', ...hullExample156, volatility: Number.NaN })).toThrow(/volatility must be/);
    expect(() => blackScholesPrice({ type: 'call', ...hullExample156, rate: Infinity })).toThrow(/rate must be/);
  });
});

describe('blackScholesGreeks', () => {
  it('reproduces Hull ch. 19: delta 0.522, gamma 0.066, vega 12.1, theta -4.31/yr, rho 8.91', () => {
    const g = blackScholesGreeks({ type: 'call', ...hullGreeksExample });
    expect(g.price).toBeCloseTo(2.4, 2);
    expect(g.delta).toBeCloseTo(0.522, 3);
    expect(g.gamma).toBeCloseTo(0.066, 3);
    expect(g.vega).toBeCloseTo(12.1, 1);
    expect(g.vegaPerPoint).toBeCloseTo(0.121, 3);
    expect(g.thetaPerYear).toBeCloseTo(-4.31, 2);
    // Hull: "-4.31 / 365 = -0.0118 per calendar day".
    expect(g.thetaPerDay).toBeCloseTo(-0.0118, 4);
    expect(g.rho).toBeCloseTo(8.91, 2);
  });

  it('agrees with 40-digit mpmath greeks for calls and puts, with and without a dividend yield', () => {
    // Columns: price, delta, gamma, theta per year, vega, rho.
    const cases: [OptionParameters, number[]][] = [
      [{ type: 'call', ...hullGreeksExample }, [2.4005273232717147, 0.52160466106639639, 0.065544039347844394, -4.3053298229325736, 12.1054798826288, 8.9069619496083495]],
      [{ type: 'put', ...hullGreeksExample }, [2.4481754412818496, -0.47839533893360361, 0.065544039347844394, -1.8529474170320668, 12.1054798826288, -9.957518095780164]],
      [{ type: 'put', ...hullExample156 }, [0.80859937290009365, -0.22086870905733106, 0.049962670405911853, -0.7541744965897705, 8.8134150596028514, -5.0425425766539992]],
      [
        { type: 'call', spot: 100, strike: 95, timeToExpiry: 0.75, rate: 0.03, volatility: 0.35, dividendYield: 0.02 },
        [14.554902082095149, 0.6256928811150684, 0.01221441717466344, -7.67037633813357, 32.062845083491528, 36.010789522058769],
      ],
      [
        { type: 'put', spot: 100, strike: 95, timeToExpiry: 0.75, rate: 0.03, volatility: 0.35, dividendYield: 0.02 },
        [8.9300756551558373, -0.35941905848799426, 0.01221441717466344, -6.8540091913386868, 32.062845083491528, -33.653986127966447],
      ],
    ];
    for (const [params, [price, delta, gamma, theta, vega, rho]] of cases) {
      const g = blackScholesGreeks(params);
      expectRelative(g.price, price);
      expectRelative(g.delta, delta);
      expectRelative(g.gamma, gamma);
      expectRelative(g.thetaPerYear, theta);
      expectRelative(g.vega, vega);
      expectRelative(g.rho, rho);
      expectRelative(blackScholesDelta(params.type, params.spot, params.strike, params.timeToExpiry, params.rate, params.dividendYield ?? 0, params.volatility), delta);
    }
  });

  it('matches finite differences of the price (delta, gamma, vega, rho, theta)', () => {
    const base: OptionParameters = { type: 'put', spot: 100, strike: 110, timeToExpiry: 0.4, rate: 0.04, volatility: 0.25, dividendYield: 0.01 };
    const g = blackScholesGreeks(base);
    const h = 1e-4;
    const at = (change: Partial<OptionParameters>) => blackScholesPrice({ ...base, ...change });
    expect(g.delta).toBeCloseTo((at({ spot: 100 + h }) - at({ spot: 100 - h })) / (2 * h), 7);
    expect(g.gamma).toBeCloseTo((at({ spot: 100 + h }) - 2 * g.price + at({ spot: 100 - h })) / (h * h), 4);
    expect(g.vega).toBeCloseTo((at({ volatility: 0.25 + h }) - at({ volatility: 0.25 - h })) / (2 * h), 6);
    expect(g.rho).toBeCloseTo((at({ rate: 0.04 + h }) - at({ rate: 0.04 - h })) / (2 * h), 6);
    expect(g.thetaPerYear).toBeCloseTo(-(at({ timeToExpiry: 0.4 + h }) - at({ timeToExpiry: 0.4 - h })) / (2 * h), 6);
  });
});

describe('impliedVolatility', () => {
  it('recovers the volatility from Black-Scholes prices across strikes, expiries and both types', () => {
    let checkedFlat = 0;
    for (const type of ['call', 'put'] as const) {
      for (const strike of [50, 80, 100, 120, 180]) {
        for (const timeToExpiry of [7 / 365, 0.25, 2]) {
          for (const volatility of [0.05, 0.2, 0.6, 1.5]) {
            const params = { type, spot: 100, strike, timeToExpiry, rate: 0.03, dividendYield: 0.01, volatility };
            const price = blackScholesPrice(params);
            const implied = impliedVolatility({ ...params, price });
            // Always: the implied volatility reprices the option.
            expect(Math.abs(blackScholesPrice({ ...params, volatility: implied }) - price)).toBeLessThan(1e-11);
            // Where the price depends on volatility at all (vega not ~0), the volatility itself comes back.
            if (blackScholesGreeks(params).vega > 1e-3) expect(Math.abs(implied - volatility)).toBeLessThan(1e-9);
            else checkedFlat++;
          }
        }
      }
    }
    // Deep in/out-of-the-money short-dated cases whose price carries no volatility information.
    expect(checkedFlat).toBeLessThan(40);
  });

  it('recovers Hull Example 15.6: the 4.76 call price implies about 20 % volatility', () => {
    expect(impliedVolatility({ type: 'call', spot: 42, strike: 40, timeToExpiry: 0.5, rate: 0.1, price: 4.7594223928715334 })).toBeCloseTo(0.2, 12);
    expect(impliedVolatility({ type: 'call', spot: 42, strike: 40, timeToExpiry: 0.5, rate: 0.1, price: 4.76 })).toBeCloseTo(0.20007, 5);
  });

  it('answers NaN for prices outside the no-arbitrage bounds and 0 at the lower bound', () => {
    const option = { type: 'call' as const, spot: 100, strike: 100, timeToExpiry: 1, rate: 0 };
    expect(impliedVolatility({ ...option, price: 100 })).toBeNaN();
    expect(impliedVolatility({ ...option, price: -1 })).toBeNaN();
    expect(impliedVolatility({ ...option, price: 0 })).toBe(0);
    expect(impliedVolatility({ ...option, price: 99.99999 })).toBeNaN();
    expect(impliedVolatility({ ...option, timeToExpiry: 0, price: 1 })).toBeNaN();
  });
});
