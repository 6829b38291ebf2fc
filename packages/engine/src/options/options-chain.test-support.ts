import { blackScholesPrice } from './black-scholes.js';
import type { OptionContract, OptionsChain } from './options-chain.js';

const MS_PER_DAY = 86_400_000;

/** Options of {@link syntheticOptionsChain}. */
export interface SyntheticChainOptions {
  readonly underlying?: string;
  readonly spot?: number;
  readonly asOf: number;
  readonly rate?: number;
  readonly expiryDays?: readonly number[];
  /** Strikes as fractions of spot. */
  readonly moneyness?: readonly number[];
  /** Implied volatility of a contract (default 0.3 flat). */
  readonly volatility?: (type: 'call' | 'put', strikeOverSpot: number, days: number) => number;
  readonly volume?: (type: 'call' | 'put', strikeOverSpot: number, days: number) => number;
  readonly openInterest?: (type: 'call' | 'put', strikeOverSpot: number, days: number) => number;
  /** Report the IV in the contract (default) or NaN so consumers must solve it from the quotes. */
  readonly reportImpliedVolatility?: boolean;
}

/** A chain priced with Black-Scholes (bid/ask ±1 % around the model price) for tests. */
export function syntheticOptionsChain(options: SyntheticChainOptions): OptionsChain {
  const spot = options.spot ?? 100;
  const rate = options.rate ?? 0.03;
  const contracts: OptionContract[] = [];
  for (const days of options.expiryDays ?? [30]) {
    for (const m of options.moneyness ?? [0.7, 0.8, 0.85, 0.9, 0.95, 1, 1.05, 1.1, 1.15, 1.2, 1.3]) {
      for (const type of ['call', 'put'] as const) {
        const iv = options.volatility?.(type, m, days) ?? 0.3;
        const price = blackScholesPrice({ type, spot, strike: spot * m, timeToExpiry: days / 365, rate, volatility: iv });
        contracts.push({
          type,
          strike: spot * m,
          expiry: options.asOf + days * MS_PER_DAY,
          bid: price * 0.99,
          ask: price * 1.01,
          volume: options.volume?.(type, m, days) ?? 100,
          openInterest: options.openInterest?.(type, m, days) ?? 1000,
          impliedVolatility: options.reportImpliedVolatility === false ? NaN : iv,
        });
      }
    }
  }
  return { underlying: options.underlying ?? 'TEST', underlyingPrice: spot, asOf: options.asOf, riskFreeRate: rate, contracts };
}
