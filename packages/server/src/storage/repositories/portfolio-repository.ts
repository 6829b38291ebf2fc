import { and, asc, desc, eq, inArray, isNull, sql, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { fills } from '../schema/fills.js';
import { orders, type OrderSide, type OrderStatus, type OrderType } from '../schema/orders.js';
import { portfolios } from '../schema/portfolios.js';
import { positions } from '../schema/positions.js';
import { isUuid } from './is-uuid.js';

/** A paper portfolio; money fields are exact decimal strings. */
export type Portfolio = InferSelectModel<typeof portfolios>;
/** An open position. */
export type Position = InferSelectModel<typeof positions>;
/** An order. */
export type Order = InferSelectModel<typeof orders>;
/** An execution. */
export type Fill = InferSelectModel<typeof fills>;

/** An order to place (decimal strings for quantities and prices). */
export interface NewOrder {
  readonly portfolioId: string;
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly quantity: string;
  readonly limitPrice?: string | null;
  readonly stopPrice?: string | null;
  readonly signalId?: string | null;
}

/** An execution and what it did to the order, the position and the cash, as the executor computed it. */
export interface FillEntry {
  readonly orderId: string;
  readonly quantity: string;
  readonly price: string;
  readonly commission?: string;
  readonly time: Date;
  /** The order's state and filled quantity after this fill. */
  readonly orderStatus: OrderStatus;
  readonly filledQuantity: string;
  /** The position after this fill; `null` when it is now flat. */
  readonly position: { readonly quantity: string; readonly averagePrice: string; readonly realizedPnl: string } | null;
  /** Signed change of cash (decimal string), applied in SQL so no update is lost. */
  readonly cashChange: string;
}

/** Orders still working: they may fill or be cancelled. */
export const WORKING_ORDER_STATUSES: readonly OrderStatus[] = ['open', 'partially_filled'];

/** Paper-trading ledger: portfolios, positions, orders and fills. */
export class PortfolioRepository {
  constructor(private readonly db: Queryable) {}

  /** Opens a portfolio with its starting cash. */
  async create(input: { readonly userId: string | null; readonly name: string; readonly initialCash: string; readonly currency?: string }): Promise<Portfolio> {
    const [row] = await this.db
      .insert(portfolios)
      .values({ userId: input.userId, name: input.name, initialCash: input.initialCash, cash: input.initialCash, ...(input.currency ? { currency: input.currency } : {}) })
      .returning();
    return row;
  }

  /** The portfolio with this id, or `null`. */
  async byId(id: string): Promise<Portfolio | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(portfolios).where(eq(portfolios.id, id));
    return row ?? null;
  }

  /** A user's portfolios, oldest first; `null` is the owner of an install without accounts. */
  async listForUser(userId: string | null): Promise<Portfolio[]> {
    if (userId !== null && !isUuid(userId)) return [];
    return this.db
      .select()
      .from(portfolios)
      .where(userId === null ? isNull(portfolios.userId) : eq(portfolios.userId, userId))
      .orderBy(asc(portfolios.createdAt), asc(portfolios.id));
  }

  /**
   * Runs `work` in one transaction that holds the portfolio's row lock, with the portfolio as it is
   * then and a repository on that transaction: checks against cash and holdings and the fills they
   * allow happen one portfolio at a time. `null` when there is no such portfolio.
   */
  async withLock<T>(portfolioId: string, work: (ledger: PortfolioRepository, portfolio: Portfolio) => Promise<T>): Promise<T | null> {
    if (!isUuid(portfolioId)) return null;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(portfolios).where(eq(portfolios.id, portfolioId)).for('update');
      return row === undefined ? null : work(new PortfolioRepository(tx), row);
    });
  }

  /** A portfolio's open positions by symbol. */
  async positions(portfolioId: string): Promise<Position[]> {
    if (!isUuid(portfolioId)) return [];
    return this.db.select().from(positions).where(eq(positions.portfolioId, portfolioId)).orderBy(asc(positions.symbol));
  }

  /** Places an order (state `open`). */
  async placeOrder(input: NewOrder): Promise<Order> {
    const [row] = await this.db
      .insert(orders)
      .values({ ...input, limitPrice: input.limitPrice ?? null, stopPrice: input.stopPrice ?? null, signalId: input.signalId ?? null })
      .returning();
    return row;
  }

  /** A portfolio's orders, newest first, optionally only in some states and at most `limit`. */
  async orders(portfolioId: string, statuses?: readonly OrderStatus[], limit?: number): Promise<Order[]> {
    if (!isUuid(portfolioId)) return [];
    const query = this.db
      .select()
      .from(orders)
      .where(and(eq(orders.portfolioId, portfolioId), statuses === undefined ? undefined : inArray(orders.status, [...statuses])))
      .orderBy(desc(orders.createdAt), desc(orders.id));
    return limit === undefined ? query : query.limit(limit);
  }

  /** The order with this id if it belongs to the portfolio, else `null`. */
  async order(portfolioId: string, orderId: string): Promise<Order | null> {
    if (!isUuid(portfolioId) || !isUuid(orderId)) return null;
    const [row] = await this.db.select().from(orders).where(and(eq(orders.id, orderId), eq(orders.portfolioId, portfolioId)));
    return row ?? null;
  }

  /** Working limit orders of every portfolio, oldest first (at most `limit`): the ones a price move may fill. */
  async workingLimitOrders(limit = 1000): Promise<Order[]> {
    return this.db
      .select()
      .from(orders)
      .where(and(eq(orders.type, 'limit'), inArray(orders.status, [...WORKING_ORDER_STATUSES])))
      .orderBy(asc(orders.createdAt), asc(orders.id))
      .limit(limit);
  }

  /** Sets an order's state (cancelled, rejected, expired); `null` when there is no such order. */
  async setOrderStatus(orderId: string, status: OrderStatus): Promise<Order | null> {
    if (!isUuid(orderId)) return null;
    const [row] = await this.db.update(orders).set({ status, updatedAt: new Date() }).where(eq(orders.id, orderId)).returning();
    return row ?? null;
  }

  /**
   * Moves a working order of the portfolio to a final state (cancelled, rejected, expired); `null` when
   * the portfolio has no such order or it is no longer working (filled or cancelled meanwhile).
   */
  async finishWorkingOrder(portfolioId: string, orderId: string, status: OrderStatus): Promise<Order | null> {
    if (!isUuid(portfolioId) || !isUuid(orderId)) return null;
    const [row] = await this.db
      .update(orders)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(orders.id, orderId), eq(orders.portfolioId, portfolioId), inArray(orders.status, [...WORKING_ORDER_STATUSES])))
      .returning();
    return row ?? null;
  }

  /**
   * Records a fill in one transaction: the fill, the order's new state, the position and the cash. The
   * portfolio row is locked first, so fills of one portfolio are applied one at a time.
   */
  async recordFill(entry: FillEntry): Promise<Fill> {
    return this.db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, entry.orderId));
      if (order === undefined) throw new RangeError(`no order ${entry.orderId}`);
      await tx.select({ id: portfolios.id }).from(portfolios).where(eq(portfolios.id, order.portfolioId)).for('update');
      const now = new Date();
      const [fill] = await tx
        .insert(fills)
        .values({ orderId: order.id, portfolioId: order.portfolioId, symbol: order.symbol, side: order.side, quantity: entry.quantity, price: entry.price, commission: entry.commission ?? '0', time: entry.time })
        .returning();
      await tx.update(orders).set({ status: entry.orderStatus, filledQuantity: entry.filledQuantity, updatedAt: now }).where(eq(orders.id, order.id));
      const key = and(eq(positions.portfolioId, order.portfolioId), eq(positions.symbol, order.symbol));
      if (entry.position === null) await tx.delete(positions).where(key);
      else {
        await tx
          .insert(positions)
          .values({ portfolioId: order.portfolioId, symbol: order.symbol, ...entry.position })
          .onConflictDoUpdate({ target: [positions.portfolioId, positions.symbol], set: { ...entry.position, updatedAt: now } });
      }
      await tx
        .update(portfolios)
        .set({ cash: sql`${portfolios.cash} + ${entry.cashChange}::numeric`, updatedAt: now })
        .where(eq(portfolios.id, order.portfolioId));
      return fill;
    });
  }

  /** A portfolio's fills, newest first, at most `limit`. */
  async fills(portfolioId: string, limit?: number): Promise<Fill[]> {
    if (!isUuid(portfolioId)) return [];
    const query = this.db.select().from(fills).where(eq(fills.portfolioId, portfolioId)).orderBy(desc(fills.time), desc(fills.createdAt), desc(fills.id));
    return limit === undefined ? query : query.limit(limit);
  }
}
