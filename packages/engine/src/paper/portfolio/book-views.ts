import type { Order } from '../../backtest/broker/order.js';
import { tradeRecords } from '../../backtest/run/trade-records.js';
import { isoTime } from '../../signal/iso-time.js';
import type { SymbolBook } from '../book/symbol-book.js';
import { toMaybe } from '../book/broker-snapshot.js';
import { roundCents } from '../money/round-cents.js';
import type { PaperOrderView, PaperPosition, PaperTrade } from './paper-views.js';

/** The book's open trades as a position, or null when flat. */
export function positionOf(book: SymbolBook): PaperPosition | null {
  const trades = book.broker.trades;
  if (trades.length === 0) return null;
  const last = book.lastPrice;
  let size = 0;
  let cost = 0;
  for (const trade of trades) {
    size += trade.size;
    cost += Math.abs(trade.size) * trade.entryPrice;
  }
  const units = trades.reduce((sum, t) => sum + Math.abs(t.size), 0);
  return {
    symbol: book.symbol,
    size,
    averagePrice: cost / units,
    lastPrice: last,
    marketValue: roundCents(Math.abs(size) * last),
    unrealizedPnl: roundCents(book.unrealized),
    lots: trades.map((trade) => ({
      size: trade.size,
      entryPrice: trade.entryPrice,
      entryBar: trade.entryBar,
      entryTime: isoTime(book.tape.time[trade.entryBar]),
      sl: toMaybe(trade.sl),
      tp: toMaybe(trade.tp),
      unrealizedPnl: roundCents(trade.size * (last - trade.entryPrice)),
    })),
  };
}

function typeOf(order: Order): PaperOrderView['type'] {
  const limit = !Number.isNaN(order.limit);
  const stop = !Number.isNaN(order.stop);
  return limit && stop ? 'stop-limit' : limit ? 'limit' : stop ? 'stop' : 'market';
}

/** The book's pending orders in processing order; `idOf` names each (assigning new ids as needed). */
export function ordersOf(book: SymbolBook, idOf: (order: Order) => number): PaperOrderView[] {
  return book.broker.orders.map((order) => {
    const parent = order.parentTrade;
    return {
      id: idOf(order),
      symbol: book.symbol,
      role: parent === null ? 'entry' : parent.slOrder === order ? 'sl' : parent.tpOrder === order ? 'tp' : 'close',
      type: typeOf(order),
      size: order.size,
      relative: order.relative,
      limit: toMaybe(order.limit),
      stop: toMaybe(order.stop),
      sl: toMaybe(order.sl),
      tp: toMaybe(order.tp),
    };
  });
}

/** The book's closed trades as the backtester records them, with the symbol. */
export function tradesOf(book: SymbolBook): PaperTrade[] {
  return tradeRecords(book.broker.closedTrades, book.tape.time).map((trade) => ({ symbol: book.symbol, ...trade }));
}
