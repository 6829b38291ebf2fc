import { contractImpliedVolatility, contractMid, putCallRatios, volatilitySkew, type OptionsChain } from '@goldensignals/engine';
import type { SourcedData } from '../../market-data/chain/sourced-data.js';
import { sourceFieldsOf } from './source-fields.js';

/** The skew the IV-skew agent measures by default: the 25-delta risk reversal of the expiry nearest 30 days (7–90). */
const SKEW_OPTIONS = { targetDays: 30, minDays: 7, maxDays: 90, wingDelta: 0.25 } as const;

/** JSON has no NaN or Infinity: a figure the source lacks or a ratio without a denominator is null. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

function skewBody(chain: OptionsChain) {
  const skew = volatilitySkew(chain, SKEW_OPTIONS);
  if (skew.kind === 'missing') return { kind: skew.kind, reason: skew.reason };
  return {
    kind: skew.kind,
    expiry: iso(skew.expiry),
    daysToExpiry: skew.daysToExpiry,
    putWingVolatility: skew.putWingVolatility,
    callWingVolatility: skew.callWingVolatility,
    atTheMoneyVolatility: skew.atTheMoneyVolatility,
    riskReversal: skew.riskReversal,
    relativeSkew: finite(skew.relativeSkew),
    quotedContracts: skew.quotedContracts,
    volume: skew.volume,
  };
}

/**
 * An option chain as the API answers it: times ISO, every contract with its mid and implied
 * volatility (the source's, else solved from the mid with Black-Scholes), the put/call ratios and the
 * 25-delta skew from the engine's helpers, and where the chain came from.
 */
export function optionsChainBody(answer: SourcedData<OptionsChain>) {
  const chain = answer.data;
  const ratios = putCallRatios(chain);
  return {
    underlying: chain.underlying,
    underlyingPrice: chain.underlyingPrice,
    asOf: iso(chain.asOf),
    riskFreeRate: chain.riskFreeRate,
    expiries: [...new Set(chain.contracts.map((contract) => contract.expiry))].sort((a, b) => a - b).map(iso),
    contracts: chain.contracts.map((contract) => ({
      type: contract.type,
      strike: contract.strike,
      expiry: iso(contract.expiry),
      bid: finite(contract.bid),
      ask: finite(contract.ask),
      mid: finite(contractMid(contract)),
      volume: finite(contract.volume),
      openInterest: finite(contract.openInterest),
      impliedVolatility: finite(contractImpliedVolatility(chain, contract)),
    })),
    putCallRatio: { ...ratios, volumeRatio: finite(ratios.volumeRatio), openInterestRatio: finite(ratios.openInterestRatio) },
    volatilitySkew: skewBody(chain),
    ...sourceFieldsOf({ ...answer, simulated: answer.simulated || chain.simulated === true }),
  };
}
