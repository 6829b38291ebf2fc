import type { OptionsChain } from './options-chain.js';
import { CONTRACT_MULTIPLIER, contractMid } from './option-quote.js';

/** Thresholds that make a contract's activity unusual. */
export interface UnusualActivityCriteria {
  /** Minimum contracts traded today. */
  readonly minVolume: number;
  /** Minimum volume / open interest (a contract with no open interest counts when its volume qualifies). */
  readonly minVolumeToOpenInterest: number;
}

/** The chain's unusual contracts, summed by side. Premium is mid × volume × contract multiplier. */
export interface UnusualActivity {
  readonly totalVolume: number;
  readonly unusualContracts: number;
  readonly callVolume: number;
  readonly putVolume: number;
  readonly callPremium: number;
  readonly putPremium: number;
  /** Highest volume / open interest among the unusual contracts (Infinity when open interest was 0). */
  readonly maxVolumeToOpenInterest: number;
}

/**
 * Contracts trading far more than their open interest: volume above open interest means most of the
 * day's trades opened new positions, the pattern scanners flag as fresh, possibly informed, flow.
 */
export function unusualOptionsActivity(chain: OptionsChain, criteria: UnusualActivityCriteria): UnusualActivity {
  let totalVolume = 0;
  let unusualContracts = 0;
  let callVolume = 0;
  let putVolume = 0;
  let callPremium = 0;
  let putPremium = 0;
  let maxVolumeToOpenInterest = 0;
  for (const c of chain.contracts) {
    const volume = c.volume > 0 ? c.volume : 0;
    totalVolume += volume;
    if (volume < criteria.minVolume || volume === 0) continue;
    const openInterest = c.openInterest > 0 ? c.openInterest : 0;
    const ratio = openInterest > 0 ? volume / openInterest : Infinity;
    if (ratio < criteria.minVolumeToOpenInterest) continue;
    const mid = contractMid(c);
    const premium = mid > 0 ? mid * volume * CONTRACT_MULTIPLIER : 0;
    unusualContracts++;
    if (ratio > maxVolumeToOpenInterest) maxVolumeToOpenInterest = ratio;
    if (c.type === 'call') {
      callVolume += volume;
      callPremium += premium;
    } else {
      putVolume += volume;
      putPremium += premium;
    }
  }
  return { totalVolume, unusualContracts, callVolume, putVolume, callPremium, putPremium, maxVolumeToOpenInterest };
}
