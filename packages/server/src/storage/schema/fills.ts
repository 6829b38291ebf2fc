import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { money, quantity, timestamptz } from './columns.js';
import { ORDER_SIDES, orders, type OrderSide } from './orders.js';
import { portfolios } from './portfolios.js';

/** Executions of orders: the ledger a portfolio's cash and positions are derived from. */
export const fills = pgTable(
  'fills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    portfolioId: uuid('portfolio_id')
      .notNull()
      .references(() => portfolios.id, { onDelete: 'cascade' }),
    symbol: text('symbol').notNull(),
    side: text('side').$type<OrderSide>().notNull(),
    quantity: quantity('quantity').notNull(),
    price: money('price').notNull(),
    commission: money('commission').notNull().default('0'),
    time: timestamptz('time').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('fills_portfolio_time_idx').on(t.portfolioId, t.time.desc()),
    index('fills_order_idx').on(t.orderId),
    check('fills_side_check', checkIn(t.side, ORDER_SIDES)),
    check('fills_quantity_check', sql`${t.quantity} > 0`),
    check('fills_price_check', sql`${t.price} >= 0`),
  ],
);
