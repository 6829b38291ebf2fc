import { and, asc, desc, eq, inArray, sql, type InferSelectModel } from 'drizzle-orm';
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

  /** A user's portfolios, oldest first. */
  async listForUser(userId: string): Promise<Portfolio[]> {
    if (!isUuid(userId)) return [];
    return this.db.select().from(portfolios).where(eq(portfolios.userId, userId)).orderBy(asc(portfolios.createdAt), asc(portfolios.id));
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

  /** A portfolio's orders, newest first, optionally only in some states. */
  async orders(portfolioId: string, statuses?: readonly OrderStatus[]): Promise<Order[]> {
    if (!isUuid(portfolioId)) return [];
    return this.db
      .select()
      .from(orders)
      .where(and(eq(orders.portfolioId, portfolioId), statuses === undefined ? undefined : inArray(orders.status, [...statuses])))
      .orderBy(desc(orders.createdAt), desc(orders.id));
  }

  /** Sets an order's state (cancelled, rejected, expired); `null` when there is no such order. */
  async setOrderStatus(orderId: string, status: OrderStatus): Promise<Order | null> {
    if (!isUuid(orderId)) return null;
    const [row] = await this.db.update(orders).set({ status, updatedAt: new Date() }).where(eq(orders.id, orderId)).returning();
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

  /** A portfolio's fills, newest first. */
  async fills(portfolioId: string): Promise<Fill[]> {
    if (!isUuid(portfolioId)) return [];
    return this.db.select().from(fills).where(eq(fills.portfolioId, portfolioId)).orderBy(desc(fills.time), desc(fills.id));
  }
}
