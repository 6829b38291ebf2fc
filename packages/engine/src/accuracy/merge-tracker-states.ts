import { TIMEFRAME_MS } from '../series/timeframe.js';
import type { AccuracyCellState } from './accuracy-cell.js';
import type { AccuracyOptions } from './accuracy-options.js';
import type { AccuracyTrackerState } from './accuracy-state.js';
import { cellSettings } from './cell-settings.js';
import { mergeAccuracyCellStates } from './merge-cell-states.js';
import { mergeTradeRecordStates } from './merge-trade-states.js';
import type { TradeRecordState } from './trade-record.js';

function cellKey(record: { readonly agent: string; readonly symbolClass: string; readonly timeframe: string }): string {
  return `${record.agent}\u0000${record.symbolClass}\u0000${record.timeframe}`;
}

function tradeKey(record: { readonly symbolClass: string; readonly timeframe: string }): string {
  return `${record.symbolClass}\u0000${record.timeframe}`;
}

/** Throws a RangeError naming the first option in which two tracker states differ: their records cannot be pooled. */
export function assertSameAccuracyOptions(a: AccuracyTrackerState['options'], b: AccuracyTrackerState['options']): void {
  for (const name of Object.keys(a) as (keyof AccuracyOptions)[]) {
    if (a[name] !== b[name]) throw new RangeError(`accuracy tracker states differ in ${name} (${a[name]} and ${b[name]}): they cannot be merged`);
  }
}

/**
 * Two tracker states (say, the shared one and what one process learned since it last synced) as one:
 * records and trade records of the same key merged (see `mergeAccuracyCellStates`), the others kept;
 * `a`'s order first, then `b`'s new records. Both must have the same options.
 */
export function mergeAccuracyTrackerStates(a: AccuracyTrackerState, b: AccuracyTrackerState): AccuracyTrackerState {
  assertSameAccuracyOptions(a.options, b.options);
  const options = a.options;
  const fromB = new Map(b.records.map((record) => [cellKey(record), record]));
  const records: AccuracyCellState[] = a.records.map((record) => {
    const other = fromB.get(cellKey(record));
    if (other === undefined) return record;
    fromB.delete(cellKey(record));
    return mergeAccuracyCellStates(record, other, cellSettings(options, record.timeframe));
  });
  records.push(...fromB.values());
  const tradesOfB = new Map(b.trades.map((record) => [tradeKey(record), record]));
  const trades: TradeRecordState[] = a.trades.map((record) => {
    const other = tradesOfB.get(tradeKey(record));
    if (other === undefined) return record;
    tradesOfB.delete(tradeKey(record));
    return mergeTradeRecordStates(record, other, options.halfLifeBars * TIMEFRAME_MS[record.timeframe]);
  });
  trades.push(...tradesOfB.values());
  return { version: 1, options, records, trades };
}
