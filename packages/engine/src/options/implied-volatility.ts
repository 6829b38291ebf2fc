import { assertOptionParameters, priceUnchecked, type OptionParameters } from './black-scholes.js';
import { normalDensity } from './standard-normal.js';

/** Inputs of {@link impliedVolatility}: the option without its volatility, plus its market price. */
export type ImpliedVolatilityInput = Omit<OptionParameters, 'volatility'> & { readonly price: number };

/** Search limits of {@link impliedVolatility}. */
export interface ImpliedVolatilityOptions {
  /** Stop when the volatility bracket or Newton step is narrower than this. Default 1e-12. */
  readonly volatilityTolerance?: number;
  /** Highest volatility searched. Default 10 (1000 %). */
  readonly maxVolatility?: number;
  /** Default 100. */
  readonly maxIterations?: number;
}

/**
 * Black-Scholes-Merton implied volatility. Newton's method on the volatility (the derivative is
 * vega) inside a bracket that every evaluation tightens; when a Newton step leaves the bracket or
 * vega vanishes (deep in or out of the money) the step falls back to bisection, so the search
 * always converges. Starts from the Manaster-Koehler (1982) guess, or Brenner-Subrahmanyam (1988)
 * near the money. Returns NaN when the price violates the no-arbitrage bounds or needs a volatility
 * above `maxVolatility`, and 0 for a price at the lower bound.
 */
export function impliedVolatility(input: ImpliedVolatilityInput, options: ImpliedVolatilityOptions = {}): number {
  assertOptionParameters(input);
  const { type, spot: s, strike: k, timeToExpiry: t, rate: r, price } = input;
  const q = input.dividendYield ?? 0;
  const tolerance = options.volatilityTolerance ?? 1e-12;
  const maxVolatility = options.maxVolatility ?? 10;
  const maxIterations = options.maxIterations ?? 100;
  if (!Number.isFinite(price)) throw new RangeError(`price must be a finite number, got ${price}`);
  if (t === 0) return NaN;
  const dq = Math.exp(-q * t);
  const dr = Math.exp(-r * t);
  const forwardIntrinsic = type === 'call' ? s * dq - k * dr : k * dr - s * dq;
  const lowerBound = Math.max(0, forwardIntrinsic);
  const upperBound = type === 'call' ? s * dq : k * dr;
  const slack = 1e-14 * upperBound;
  if (price < lowerBound - slack || price >= upperBound) return NaN;
  if (price <= lowerBound + slack) return 0;
  if (priceUnchecked(type, s, k, t, r, q, maxVolatility) < price) return NaN;

  const sqrtT = Math.sqrt(t);
  const logMoneyness = Math.log((s * dq) / (k * dr));
  let sigma = Math.sqrt((2 * Math.abs(logMoneyness)) / t);
  if (sigma < 0.05) sigma = (Math.sqrt((2 * Math.PI) / t) * price) / (s * dq);
  let lo = 0;
  let hi = maxVolatility;
  if (!(sigma > lo && sigma < hi)) sigma = 0.5 * (lo + hi);
  for (let i = 0; i < maxIterations; i++) {
    const diff = priceUnchecked(type, s, k, t, r, q, sigma) - price;
    if (diff === 0) return sigma;
    if (diff > 0) hi = sigma;
    else lo = sigma;
    if (hi - lo < tolerance) return 0.5 * (lo + hi);
    const sd = sigma * sqrtT;
    const d1 = logMoneyness / sd + 0.5 * sd;
    const vega = s * dq * normalDensity(d1) * sqrtT;
    let next = vega > 0 ? sigma - diff / vega : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - sigma) < tolerance) return next;
    sigma = next;
  }
  return sigma;
}
