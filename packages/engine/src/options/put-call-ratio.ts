import type { OptionsChain } from './options-chain.js';

/** Put and call totals of a chain and their ratios. */
export interface PutCallRatios {
  readonly putVolume: number;
  readonly callVolume: number;
  readonly putOpenInterest: number;
  readonly callOpenInterest: number;
  /** Put volume / call volume; Infinity with puts but no calls, NaN with neither. */
  readonly volumeRatio: number;
  /** Put open interest / call open interest, same conventions. */
  readonly openInterestRatio: number;
}

/** Put/call volume and open-interest ratios over every contract of the chain (all strikes and expiries). */
export function putCallRatios(chain: OptionsChain): PutCallRatios {
  let putVolume = 0;
  let callVolume = 0;
  let putOpenInterest = 0;
  let callOpenInterest = 0;
  for (const c of chain.contracts) {
    // Sources report missing volume as NaN or negative; count those as no trades.
    const volume = c.volume > 0 ? c.volume : 0;
    const openInterest = c.openInterest > 0 ? c.openInterest : 0;
    if (c.type === 'put') {
      putVolume += volume;
      putOpenInterest += openInterest;
    } else {
      callVolume += volume;
      callOpenInterest += openInterest;
    }
  }
  return {
    putVolume,
    callVolume,
    putOpenInterest,
    callOpenInterest,
    volumeRatio: putVolume / callVolume,
    openInterestRatio: putOpenInterest / callOpenInterest,
  };
}
