import { AppError } from '../errors/app-error.js';
import type { Database } from '../storage/database.js';
import { PortfolioRepository, WORKING_ORDER_STATUSES } from '../storage/repositories/portfolio-repository.js';
import type { OrderSide } from '../storage/schema/orders.js';
import { currentPrice } from './current-price.js';
import { Decimal } from './decimal.js';
import { executeFill } from './execute-fill.js';
import { OrderCapacity } from './order-capacity.js';
import { PaperCosts, type PaperCostOptions } from './paper-costs.js';
import { fillView, orderView, type FillView, type OrderView } from './portfolio-views.js';
import type { QuoteSource } from './price-quote.js';

/** What changed in a portfolio, as pushed on its `portfolio:<id>` channel. */
export type PortfolioChange =
  | { readonly kind: 'order'; readonly order: OrderView }
  | { readonly kind: 'fill'; readonly order: OrderView; readonly fill: FillView };

/** Dependencies and settings of the {@link PaperBroker}. */
export interface PaperBrokerOptions {
  readonly database: Database;
  readonly quote: QuoteSource;
  /** Commission and slippage, as the engine's broker takes them; default none. */
  readonly costs?: PaperCostOptions;
  /** Told about every order placed, cancelled or rejected and every fill, after it is committed; must not throw. */
  readonly onChange?: (portfolioId: string, change: PortfolioChange) => void;
  readonly now?: () => number;
}

/** An order to place; quantities and prices are exact decimals. */
export interface PaperOrderInput {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: 'market' | 'limit';
  readonly quantity: Decimal;
  /** Required for limit orders. */
  readonly limitPrice: Decimal | null;
}

/** A placed order, its fill when it filled at once, and the quote it was checked against. */
export interface PlacedOrder {
  readonly order: OrderView;
  readonly fill: FillView | null;
  readonly quote: { readonly price: string; readonly time: string; readonly simulated: boolean };
}

/** True when a limit order would fill at `marketPrice` (slippage included for buys). */
export function isMarketable(costs: PaperCosts, side: OrderSide, limitPrice: Decimal, marketPrice: Decimal): boolean {
  return side === 'buy' ? costs.fillPrice('buy', marketPrice).compare(limitPrice) <= 0 : marketPrice.compare(limitPrice) >= 0;
}

/**
 * The simulated broker of paper portfolios (a cash account: no shorting, no leverage). Market orders
 * and marketable limit orders fill at once at the current quote; other limit orders stay open,
 * reserving their cash or units, until {@link LimitOrderMatcher} fills them. Every check against cash
 * and holdings and the fill it allows happen under the portfolio's row lock, in one transaction.
 */
export class PaperBroker {
  readonly costs: PaperCosts;
  private readonly repository: PortfolioRepository;
  private readonly now: () => number;

  constructor(private readonly options: PaperBrokerOptions) {
    this.costs = PaperCosts.of(options.costs);
    this.repository = new PortfolioRepository(options.database.db);
    this.now = options.now ?? Date.now;
  }

  /** Places an order; refusals (cash, holdings) are 400s naming `body.quantity`, an unknown portfolio a 404. */
  async place(portfolioId: string, input: PaperOrderInput): Promise<PlacedOrder> {
    const { price: marketPrice, quote } = await currentPrice(this.options.quote, input.symbol, 'body.symbol');
    const fillsNow = input.limitPrice === null || isMarketable(this.costs, input.side, input.limitPrice, marketPrice);
    const placed = await this.repository.withLock(portfolioId, async (ledger, portfolio) => {
      const positions = await ledger.positions(portfolioId);
      const capacity = new OrderCapacity(Decimal.parse(portfolio.cash), positions, await ledger.orders(portfolioId, WORKING_ORDER_STATUSES), this.costs);
      const checkPrice = fillsNow || input.limitPrice === null ? this.costs.fillPrice(input.side, marketPrice) : input.limitPrice;
      const refusal = capacity.refusal({ symbol: input.symbol, side: input.side, quantity: input.quantity, price: checkPrice });
      if (refusal !== null) throw AppError.invalid('body.quantity', refusal);
      const order = await ledger.placeOrder({
        portfolioId,
        symbol: input.symbol,
        side: input.side,
        type: input.type,
        quantity: input.quantity.toString(),
        limitPrice: input.limitPrice?.toString() ?? null,
      });
      if (!fillsNow) return { order, fill: null };
      const position = positions.find((row) => row.symbol === input.symbol);
      return executeFill(ledger, order, position, marketPrice, this.costs, new Date(this.now()));
    });
    if (placed === null) throw AppError.notFound(`no portfolio ${portfolioId}`);
    const order = orderView(placed.order);
    const fill = placed.fill === null ? null : fillView(placed.fill);
    this.report(portfolioId, fill === null ? { kind: 'order', order } : { kind: 'fill', order, fill });
    return { order, fill, quote: { price: marketPrice.toString(), time: new Date(quote.time).toISOString(), simulated: quote.simulated } };
  }

  /** Cancels a working order: 404 when the portfolio has no such order, 409 when it is no longer working. */
  async cancel(portfolioId: string, orderId: string): Promise<OrderView> {
    const row = await this.repository.finishWorkingOrder(portfolioId, orderId, 'cancelled');
    if (row !== null) {
      const order = orderView(row);
      this.report(portfolioId, { kind: 'order', order });
      return order;
    }
    const order = await this.repository.order(portfolioId, orderId);
    if (order === null) throw AppError.notFound(`portfolio ${portfolioId} has no order ${orderId}`);
    throw new AppError('GS_ERR_CONFLICT', `order ${orderId} is ${order.status}; only open orders can be cancelled`);
  }

  /** Tells the `onChange` listener about a committed change (the limit order matcher's fills and rejections). */
  report(portfolioId: string, change: PortfolioChange): void {
    this.options.onChange?.(portfolioId, change);
  }
}
