import type { OptionContract, OptionsChain } from '@goldensignals/engine';
import type { CallOrPut, OptionsResult } from 'yahoo-finance2/modules/options';
import { ProviderError } from '../../provider-error.js';

/** Below this, Yahoo's implied volatility is its placeholder for "none" (it sends 1e-5), not a market value. */
const PLACEHOLDER_VOLATILITY = 0.001;

/**
 * The engine's chain from Yahoo's options answer (the nearest expiry, which is what Yahoo answers
 * without a date). Missing bid, ask, volume or open interest are NaN (unknown), as the engine expects.
 * Yahoo has no risk-free rate: the caller's is used (NaN when it has none; the engine then uses 0).
 */
export function optionsChainFromYahoo(provider: string, symbol: string, result: OptionsResult, riskFreeRate: number): OptionsChain {
  const underlyingPrice = result.quote.regularMarketPrice;
  const asOf = result.quote.regularMarketTime;
  if (typeof underlyingPrice !== 'number' || !(asOf instanceof Date)) {
    throw new ProviderError(provider, 'bad-response', `options of ${symbol}: Yahoo sent no regularMarketPrice/regularMarketTime for the underlying`);
  }
  const contracts: OptionContract[] = [];
  for (const expiry of result.options) {
    for (const call of expiry.calls) contracts.push(contract('call', call));
    for (const put of expiry.puts) contracts.push(contract('put', put));
  }
  if (contracts.length === 0) throw new ProviderError(provider, 'not-found', `Yahoo lists no options for ${symbol}`);
  return { underlying: result.underlyingSymbol, underlyingPrice, asOf: asOf.getTime(), riskFreeRate, contracts };
}

function contract(type: 'call' | 'put', option: CallOrPut): OptionContract {
  return {
    type,
    strike: option.strike,
    expiry: option.expiration.getTime(),
    bid: option.bid ?? NaN,
    ask: option.ask ?? NaN,
    volume: option.volume ?? NaN,
    openInterest: option.openInterest ?? NaN,
    impliedVolatility: option.impliedVolatility >= PLACEHOLDER_VOLATILITY ? option.impliedVolatility : NaN,
  };
}
