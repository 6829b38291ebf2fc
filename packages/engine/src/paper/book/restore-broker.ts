import { Broker } from '../../backtest/broker/broker.js';
import { Order } from '../../backtest/broker/order.js';
import { Trade } from '../../backtest/broker/trade.js';
import type { ResolvedBacktestOptions } from '../../backtest/options/backtest-options.js';
import type { BarColumns } from '../../series/bar-series.js';
import { fromMaybe, type BrokerSnapshot, type TradeSnapshot } from './broker-snapshot.js';

/** A restored broker and the portfolio's ids of its entry orders. */
export interface RestoredBroker {
  readonly broker: Broker;
  readonly ids: Map<Order, number>;
}

function tradeOf(broker: Broker, snapshot: TradeSnapshot): Trade {
  const trade = new Trade(broker, snapshot.size, snapshot.entryPrice, snapshot.entryBar);
  trade.commissions = snapshot.commissions;
  trade.exitPrice = fromMaybe(snapshot.exitPrice);
  trade.exitBar = snapshot.exitBar;
  return trade;
}

/** A closed trade's SL/TP live on in (dequeued) orders, which is where the trade records read them. */
function detached(broker: Broker, trade: Trade, stop: number, limit: number): Order {
  const order = new Order(broker, -trade.size, false, limit, stop, NaN, NaN, trade);
  order.live = false;
  return order;
}

/**
 * A new broker over `columns` holding exactly the state of `snapshot`: same cash, trades, and
 * pending orders in the same queue order, so it fills the next bar exactly as the original would.
 * Its current bar is the last of `columns` until `next(i)` moves it.
 */
export function restoreBroker(columns: BarColumns, options: ResolvedBacktestOptions, snapshot: BrokerSnapshot): RestoredBroker {
  const broker = new Broker(columns, options, new Float64Array(columns.close.length));
  broker.cash = snapshot.cash;
  broker.marginCancels = snapshot.marginCancels;
  broker.firstMarginCancelBar = snapshot.firstMarginCancelBar;
  const open = snapshot.open.map((t) => tradeOf(broker, t));
  const closed = snapshot.closed.map((t) => {
    const trade = tradeOf(broker, t);
    trade.isOpen = false;
    if (t.sl !== null) trade.slOrder = detached(broker, trade, t.sl, NaN);
    if (t.tp !== null) trade.tpOrder = detached(broker, trade, NaN, t.tp);
    return trade;
  });
  broker.trades.push(...open);
  broker.closedTrades.push(...closed);
  const ids = new Map<Order, number>();
  for (const o of snapshot.orders) {
    const parent = o.trade === null ? null : (o.trade.list === 'open' ? open : closed)[o.trade.index];
    if (parent === undefined) throw new RangeError(`order refers to missing ${o.trade?.list} trade ${o.trade?.index}`);
    const order = new Order(broker, o.size, o.relative, fromMaybe(o.limit), fromMaybe(o.stop), fromMaybe(o.sl), fromMaybe(o.tp), parent);
    if (parent !== null && o.role === 'sl') parent.slOrder = order;
    if (parent !== null && o.role === 'tp') parent.tpOrder = order;
    broker.orders.push(order);
    if (o.id !== null) ids.set(order, o.id);
  }
  return { broker, ids };
}
