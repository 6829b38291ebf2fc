import type { OrderSide } from '../storage/schema/orders.js';
import { Decimal } from './decimal.js';
import { MONEY_PLACES } from './paper-costs.js';

/** A holding in exact decimals: units, average cost per unit (commissions included) and the P&L its sales realised. */
export interface LedgerPosition {
  readonly quantity: Decimal;
  readonly averagePrice: Decimal;
  readonly realizedPnl: Decimal;
}

/** One execution in exact decimals. */
export interface LedgerFill {
  readonly side: OrderSide;
  readonly quantity: Decimal;
  /** Per unit, slippage included. */
  readonly price: Decimal;
  readonly commission: Decimal;
}

/** What a fill does to the position and the cash. */
export interface FillEffect {
  /** The position after the fill; a closed one has quantity 0 and keeps its realised P&L. */
  readonly position: LedgerPosition;
  /** Signed: negative for a buy. */
  readonly cashChange: Decimal;
  /** P&L this fill realised (0 for a buy). */
  readonly realizedPnl: Decimal;
}

/** The trade value of a fill: quantity × price, rounded to the ledger's places. */
export function notionalOf(quantity: Decimal, price: Decimal): Decimal {
  return quantity.times(price).round(MONEY_PLACES);
}

/**
 * Applies a fill to a long-only position with average-cost accounting. Cash moves by exactly the trade
 * value and the commission; the average price includes the buys' commissions (the cost basis a broker
 * reports) and is rounded to the ledger's places, so a sale realises `proceeds − quantity × average`.
 * A position sold down to 0 is kept (quantity 0) so the P&L it realised is not lost.
 * Throws a RangeError when a sale exceeds the holding: callers check that first and answer the client.
 */
export function applyFill(position: LedgerPosition | null, fill: LedgerFill): FillEffect {
  const held = position?.quantity ?? Decimal.ZERO;
  const notional = notionalOf(fill.quantity, fill.price);
  if (fill.side === 'buy') {
    const cost = notional.plus(fill.commission);
    const quantity = held.plus(fill.quantity);
    const heldCost = position === null ? Decimal.ZERO : notionalOf(held, position.averagePrice);
    return {
      position: { quantity, averagePrice: heldCost.plus(cost).dividedBy(quantity, MONEY_PLACES), realizedPnl: position?.realizedPnl ?? Decimal.ZERO },
      cashChange: cost.negated(),
      realizedPnl: Decimal.ZERO,
    };
  }
  if (position === null || fill.quantity.compare(held) > 0) {
    throw new RangeError(`cannot sell ${fill.quantity.toString()} units of a holding of ${held.toString()}`);
  }
  const proceeds = notional.minus(fill.commission);
  const realized = proceeds.minus(notionalOf(fill.quantity, position.averagePrice));
  const quantity = held.minus(fill.quantity);
  return {
    position: { quantity, averagePrice: position.averagePrice, realizedPnl: position.realizedPnl.plus(realized) },
    cashChange: proceeds,
    realizedPnl: realized,
  };
}
