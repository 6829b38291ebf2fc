import type { Trade } from '../broker/trade.js';
import { formatTimedelta } from '../statistics/format-timedelta.js';
import { isoTime } from '../../signal/iso-time.js';
import type { BacktestTrade } from './backtest-result.js';

/** The broker's closed trades as result records. */
export function tradeRecords(closed: readonly Trade[], time: ArrayLike<number>): BacktestTrade[] {
  return closed.map((trade) => {
    const { size, entryPrice, exitPrice, commissions } = trade;
    const record: BacktestTrade = {
      size,
      entryBar: trade.entryBar,
      exitBar: trade.exitBar,
      entryPrice,
      exitPrice,
      entryTime: isoTime(time[trade.entryBar]),
      exitTime: isoTime(time[trade.exitBar]),
      pnl: size * (exitPrice - entryPrice) - commissions,
      returnPct: Math.sign(size) * (exitPrice / entryPrice - 1) - commissions / (Math.abs(size) * entryPrice),
      commission: commissions,
      duration: formatTimedelta(time[trade.exitBar] - time[trade.entryBar]),
    };
    const { sl, tp } = trade;
    if (Number.isNaN(sl) && Number.isNaN(tp)) return record;
    return { ...record, ...(Number.isNaN(sl) ? {} : { sl }), ...(Number.isNaN(tp) ? {} : { tp }) };
  });
}
