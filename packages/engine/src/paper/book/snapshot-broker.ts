import type { Broker } from '../../backtest/broker/broker.js';
import type { Order } from '../../backtest/broker/order.js';
import type { Trade } from '../../backtest/broker/trade.js';
import { toMaybe, type BrokerSnapshot, type OrderSnapshot, type TradeRef, type TradeSnapshot } from './broker-snapshot.js';

function tradeSnapshot(trade: Trade, closed: boolean): TradeSnapshot {
  return {
    size: trade.size,
    entryPrice: trade.entryPrice,
    entryBar: trade.entryBar,
    commissions: trade.commissions,
    exitPrice: toMaybe(trade.exitPrice),
    exitBar: trade.exitBar,
    sl: closed ? toMaybe(trade.sl) : null,
    tp: closed ? toMaybe(trade.tp) : null,
  };
}

/** The broker's state between bars; `ids` names the portfolio's entry orders. */
export function snapshotBroker(broker: Broker, ids: ReadonlyMap<Order, number>): BrokerSnapshot {
  const openIndex = new Map(broker.trades.map((trade, k) => [trade, k]));
  const closedIndex = new Map(broker.closedTrades.map((trade, k) => [trade, k]));
  const refOf = (trade: Trade): TradeRef => {
    const open = openIndex.get(trade);
    if (open !== undefined) return { list: 'open', index: open };
    const closed = closedIndex.get(trade);
    if (closed !== undefined) return { list: 'closed', index: closed };
    throw new Error('an order refers to a trade the broker does not hold');
  };
  const orders = broker.orders.map((order): OrderSnapshot => {
    const parent = order.parentTrade;
    const role = parent === null ? 'entry' : parent.slOrder === order ? 'sl' : parent.tpOrder === order ? 'tp' : 'close';
    return {
      id: ids.get(order) ?? null,
      role,
      size: order.size,
      relative: order.relative,
      limit: toMaybe(order.limit),
      stop: toMaybe(order.stop),
      sl: toMaybe(order.sl),
      tp: toMaybe(order.tp),
      trade: parent === null ? null : refOf(parent),
    };
  });
  return {
    cash: broker.cash,
    open: broker.trades.map((trade) => tradeSnapshot(trade, false)),
    closed: broker.closedTrades.map((trade) => tradeSnapshot(trade, true)),
    orders,
    marginCancels: broker.marginCancels,
    firstMarginCancelBar: broker.firstMarginCancelBar,
  };
}
