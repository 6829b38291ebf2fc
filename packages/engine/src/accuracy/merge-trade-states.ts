import { decayFactor } from './decay.js';
import type { TradeRecordState } from './trade-record.js';

/**
 * Two trade records of the same symbol class and timeframe as one: decayed sums brought to the later of
 * the two last times and added, trade counts added (order does not matter; see `mergeAccuracyCellStates`).
 */
export function mergeTradeRecordStates(a: TradeRecordState, b: TradeRecordState, halfLifeMs: number): TradeRecordState {
  if (a.symbolClass !== b.symbolClass || a.timeframe !== b.timeframe) {
    throw new RangeError(`cannot merge the trade record of ${a.symbolClass} ${a.timeframe} with that of ${b.symbolClass} ${b.timeframe}`);
  }
  const lastTime = a.lastTime === null ? b.lastTime : b.lastTime === null ? a.lastTime : Math.max(a.lastTime, b.lastTime);
  const decayA = a.lastTime === null || lastTime === null ? 1 : decayFactor(a.lastTime, lastTime, halfLifeMs);
  const decayB = b.lastTime === null || lastTime === null ? 1 : decayFactor(b.lastTime, lastTime, halfLifeMs);
  return {
    symbolClass: a.symbolClass,
    timeframe: a.timeframe,
    wins: a.wins * decayA + b.wins * decayB,
    losses: a.losses * decayA + b.losses * decayB,
    winSum: a.winSum * decayA + b.winSum * decayB,
    lossSum: a.lossSum * decayA + b.lossSum * decayB,
    trades: a.trades + b.trades,
    lastTime,
  };
}
