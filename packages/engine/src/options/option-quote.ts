import type { OptionContract, OptionsChain } from './options-chain.js';
import { impliedVolatility } from './implied-volatility.js';

const MS_PER_YEAR = 365 * 86_400_000;

/** Shares per listed equity option contract (US convention), for premium in currency. */
export const CONTRACT_MULTIPLIER = 100;

/** Mid of bid and ask; the ask alone when there is no bid; NaN when there is no usable quote. */
export function contractMid(contract: OptionContract): number {
  const { bid, ask } = contract;
  if (bid > 0 && ask >= bid) return 0.5 * (bid + ask);
  if (ask > 0 && !(bid > 0)) return ask;
  return NaN;
}

/** Years from the chain's snapshot to the contract's expiry (365-day year, as Hull counts calendar time). */
export function yearsToExpiry(chain: OptionsChain, expiry: number): number {
  return (expiry - chain.asOf) / MS_PER_YEAR;
}

/**
 * The contract's implied volatility: the source's figure when it has one, else solved from the mid
 * quote with Black-Scholes (no dividend yield, since the chain carries none). NaN when neither works.
 */
export function contractImpliedVolatility(chain: OptionsChain, contract: OptionContract): number {
  if (contract.impliedVolatility > 0 && Number.isFinite(contract.impliedVolatility)) return contract.impliedVolatility;
  const mid = contractMid(contract);
  const t = yearsToExpiry(chain, contract.expiry);
  if (!(mid > 0) || !(t > 0) || !(chain.underlyingPrice > 0) || !(contract.strike > 0)) return NaN;
  return impliedVolatility({
    type: contract.type,
    spot: chain.underlyingPrice,
    strike: contract.strike,
    timeToExpiry: t,
    rate: Number.isFinite(chain.riskFreeRate) ? chain.riskFreeRate : 0,
    price: mid,
  });
}
