import type { Fill, Order, PortfolioRepository, Position } from '../storage/repositories/portfolio-repository.js';
import { applyFill, type LedgerPosition } from './apply-fill.js';
import { Decimal } from './decimal.js';
import type { PaperCosts } from './paper-costs.js';

function ledgerPosition(row: Position | undefined): LedgerPosition | null {
  if (row === undefined) return null;
  return { quantity: Decimal.parse(row.quantity), averagePrice: Decimal.parse(row.averagePrice), realizedPnl: Decimal.parse(row.realizedPnl) };
}

/**
 * Fills what is left of a working order at `marketPrice` (slippage and commission added as the costs
 * say) and records the fill, the order, the position and the cash. Call it inside the portfolio's lock
 * after checking the order against the account. Returns the order as it now is and the fill.
 */
export async function executeFill(
  ledger: PortfolioRepository,
  order: Order,
  position: Position | undefined,
  marketPrice: Decimal,
  costs: PaperCosts,
  time: Date,
): Promise<{ order: Order; fill: Fill }> {
  const quantity = Decimal.parse(order.quantity).minus(Decimal.parse(order.filledQuantity));
  const price = costs.fillPrice(order.side, marketPrice);
  const commission = costs.commission(quantity, price);
  const effect = applyFill(ledgerPosition(position), { side: order.side, quantity, price, commission });
  const fill = await ledger.recordFill({
    orderId: order.id,
    quantity: quantity.toString(),
    price: price.toString(),
    commission: commission.toString(),
    time,
    orderStatus: 'filled',
    filledQuantity: order.quantity,
    position: { quantity: effect.position.quantity.toString(), averagePrice: effect.position.averagePrice.toString(), realizedPnl: effect.position.realizedPnl.toString() },
    cashChange: effect.cashChange.toString(),
  });
  const updated = await ledger.order(order.portfolioId, order.id);
  if (updated === null) throw new Error(`order ${order.id} vanished while it was filled`);
  return { order: updated, fill };
}
