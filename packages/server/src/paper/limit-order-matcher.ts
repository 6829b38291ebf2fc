import type { Database } from '../storage/database.js';
import { PortfolioRepository, WORKING_ORDER_STATUSES, type Order } from '../storage/repositories/portfolio-repository.js';
import { currentPrice } from './current-price.js';
import { Decimal } from './decimal.js';
import { executeFill } from './execute-fill.js';
import { OrderCapacity } from './order-capacity.js';
import { isMarketable, type PaperBroker } from './paper-broker.js';
import { fillView, orderView } from './portfolio-views.js';
import type { QuoteSource } from './price-quote.js';

/** Dependencies of the {@link LimitOrderMatcher}. */
export interface LimitOrderMatcherOptions {
  readonly database: Database;
  readonly quote: QuoteSource;
  /** The broker whose costs apply and whose listener hears about fills and rejections. */
  readonly broker: PaperBroker;
  readonly now?: () => number;
  /** Most working orders looked at per pass (oldest first). Default 1,000. */
  readonly batchSize?: number;
}

/** What one pass did. */
export interface MatchReport {
  readonly filled: number;
  /** Orders the account could no longer pay or deliver: moved to `rejected`, with why. */
  readonly rejected: readonly { readonly orderId: string; readonly reason: string }[];
  /** Symbols without a current price this pass (their orders wait for the next). */
  readonly unpriced: readonly { readonly symbol: string; readonly reason: string }[];
}

/**
 * Fills working limit orders whose limit the current quote has crossed, at that quote (never worse
 * than the limit), one pass per call; a timer or quote events drive it. Each fill re-checks the order
 * and the account under the portfolio's lock, so a cancel or another fill in between is respected.
 */
export class LimitOrderMatcher {
  private readonly repository: PortfolioRepository;
  private readonly now: () => number;

  constructor(private readonly options: LimitOrderMatcherOptions) {
    this.repository = new PortfolioRepository(options.database.db);
    this.now = options.now ?? Date.now;
  }

  /** One pass over the working limit orders. */
  async matchOnce(): Promise<MatchReport> {
    const working = await this.repository.workingLimitOrders(this.options.batchSize ?? 1000);
    const bySymbol = new Map<string, Order[]>();
    for (const order of working) bySymbol.set(order.symbol, [...(bySymbol.get(order.symbol) ?? []), order]);
    let filled = 0;
    const rejected: { orderId: string; reason: string }[] = [];
    const unpriced: { symbol: string; reason: string }[] = [];
    for (const [symbol, orders] of bySymbol) {
      let marketPrice: Decimal;
      try {
        marketPrice = (await currentPrice(this.options.quote, symbol, 'symbol')).price;
      } catch (error) {
        unpriced.push({ symbol, reason: error instanceof Error ? error.message : String(error) });
        continue;
      }
      for (const order of orders) {
        if (order.limitPrice === null || !isMarketable(this.options.broker.costs, order.side, Decimal.parse(order.limitPrice), marketPrice)) continue;
        const outcome = await this.matchOne(order, marketPrice);
        if (outcome === 'filled') filled++;
        else if (outcome !== null) rejected.push({ orderId: order.id, reason: outcome.reason });
      }
    }
    return { filled, rejected, unpriced };
  }

  private async matchOne(order: Order, marketPrice: Decimal): Promise<'filled' | { reason: string } | null> {
    const { broker } = this.options;
    const portfolioId = order.portfolioId;
    const outcome = await this.repository.withLock(portfolioId, async (ledger, portfolio) => {
      const current = await ledger.order(portfolioId, order.id);
      if (current === null || !WORKING_ORDER_STATUSES.includes(current.status)) return null;
      const positions = await ledger.positions(portfolioId);
      const others = (await ledger.orders(portfolioId, WORKING_ORDER_STATUSES)).filter((other) => other.id !== order.id);
      const capacity = new OrderCapacity(Decimal.parse(portfolio.cash), positions, others, broker.costs);
      const quantity = Decimal.parse(current.quantity).minus(Decimal.parse(current.filledQuantity));
      const reason = capacity.refusal({ symbol: current.symbol, side: current.side, quantity, price: broker.costs.fillPrice(current.side, marketPrice) });
      if (reason !== null) {
        const rejected = await ledger.finishWorkingOrder(portfolioId, order.id, 'rejected');
        return rejected === null ? null : { kind: 'rejected' as const, rejected, reason };
      }
      const position = positions.find((row) => row.symbol === current.symbol);
      return { kind: 'filled' as const, executed: await executeFill(ledger, current, position, marketPrice, broker.costs, new Date(this.now())) };
    });
    if (outcome === null) return null;
    if (outcome.kind === 'rejected') {
      broker.report(portfolioId, { kind: 'order', order: orderView(outcome.rejected) });
      return { reason: outcome.reason };
    }
    broker.report(portfolioId, { kind: 'fill', order: orderView(outcome.executed.order), fill: fillView(outcome.executed.fill) });
    return 'filled';
  }
}
