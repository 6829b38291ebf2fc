import type { Order, Position } from '../storage/repositories/portfolio-repository.js';
import type { OrderSide } from '../storage/schema/orders.js';
import { notionalOf } from './apply-fill.js';
import { Decimal } from './decimal.js';
import type { PaperCosts } from './paper-costs.js';

/** An order to check: what it trades and the price per unit it may pay or get (slippage included). */
export interface OrderToCheck {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly quantity: Decimal;
  readonly price: Decimal;
}

function remainingOf(order: Order): Decimal {
  return Decimal.parse(order.quantity).minus(Decimal.parse(order.filledQuantity));
}

/**
 * What a cash account can still trade: its cash less what working buy orders reserve (their
 * quantity at their limit, commission included), and per symbol its holding less what working sell
 * orders reserve. Reserving at placement is what keeps a later fill of an open order always payable.
 */
export class OrderCapacity {
  private readonly reservedCash: Decimal;
  private readonly reservedUnits = new Map<string, Decimal>();
  private readonly held = new Map<string, Decimal>();

  constructor(
    private readonly cash: Decimal,
    positions: readonly Position[],
    working: readonly Order[],
    private readonly costs: PaperCosts,
  ) {
    for (const position of positions) this.held.set(position.symbol, Decimal.parse(position.quantity));
    let reserved = Decimal.ZERO;
    for (const order of working) {
      const remaining = remainingOf(order);
      if (order.side === 'sell') this.reservedUnits.set(order.symbol, (this.reservedUnits.get(order.symbol) ?? Decimal.ZERO).plus(remaining));
      else if (order.limitPrice !== null) reserved = reserved.plus(this.costOf(remaining, Decimal.parse(order.limitPrice)));
    }
    this.reservedCash = reserved;
  }

  /** Cash not reserved by working buy orders. */
  get buyingPower(): Decimal {
    return this.cash.minus(this.reservedCash);
  }

  /** Units of `symbol` held and not reserved by working sell orders. */
  sellable(symbol: string): Decimal {
    return (this.held.get(symbol) ?? Decimal.ZERO).minus(this.reservedUnits.get(symbol) ?? Decimal.ZERO);
  }

  /** Trade value plus commission of buying `quantity` at `price`. */
  costOf(quantity: Decimal, price: Decimal): Decimal {
    return notionalOf(quantity, price).plus(this.costs.commission(quantity, price));
  }

  /** Why the account cannot take the order, in a sentence with the figures; `null` when it can. */
  refusal(order: OrderToCheck): string | null {
    const units = `${order.quantity.toString()} ${order.symbol}`;
    if (order.side === 'sell') {
      const sellable = this.sellable(order.symbol);
      if (order.quantity.compare(sellable) <= 0) return null;
      const reserved = this.reservedUnits.get(order.symbol) ?? Decimal.ZERO;
      const holding = this.held.get(order.symbol) ?? Decimal.ZERO;
      return `selling ${units} exceeds the ${sellable.toString()} the portfolio can sell (holds ${holding.toString()}, ${reserved.toString()} reserved by open sell orders); short selling is not supported`;
    }
    const cost = this.costOf(order.quantity, order.price);
    if (cost.compare(this.buyingPower) <= 0) return null;
    return (
      `buying ${units} at ${order.price.toString()} costs ${cost.toString()} (commission included), more than the ${this.buyingPower.toString()} ` +
      `the portfolio can spend (cash ${this.cash.toString()}, ${this.reservedCash.toString()} reserved by open buy orders)`
    );
  }
}
