import type { Trade } from '../../backtest/broker/trade.js';
import { isoTime } from '../../signal/iso-time.js';
import type { PaperFill } from '../portfolio/paper-views.js';

/** What a book held before a bar, to tell afterwards which trades the bar opened and closed. */
export interface FillsBefore {
  readonly open: ReadonlySet<Trade>;
  readonly closedCount: number;
}

/**
 * The fills of one broker step, read off its trade lists (the broker keeps no fill log): exits of
 * trades held before the bar, then each new trade's entry (and its exit when its SL/TP hit in the
 * same bar). A trade split off by a partial close carries its parent's entry, so it is an exit only.
 */
export function newFills(
  symbol: string,
  time: ArrayLike<number>,
  before: FillsBefore,
  trades: readonly Trade[],
  closed: readonly Trade[],
): PaperFill[] {
  const isOld = (trade: Trade): boolean =>
    before.open.has(trade) || [...before.open].some((t) => t.entryBar === trade.entryBar && t.entryPrice === trade.entryPrice);
  const entry = (trade: Trade): PaperFill => ({
    symbol,
    kind: 'entry',
    size: trade.size,
    price: trade.entryPrice,
    bar: trade.entryBar,
    time: isoTime(time[trade.entryBar]),
  });
  const exit = (trade: Trade): PaperFill => ({
    symbol,
    kind: 'exit',
    size: -trade.size,
    price: trade.exitPrice,
    bar: trade.exitBar,
    time: isoTime(time[trade.exitBar]),
  });
  const justClosed = closed.slice(before.closedCount);
  const fills = justClosed.filter(isOld).map(exit);
  for (const trade of justClosed) if (!isOld(trade)) fills.push(entry(trade), exit(trade));
  for (const trade of trades) if (!isOld(trade)) fills.push(entry(trade));
  return fills;
}
