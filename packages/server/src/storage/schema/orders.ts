import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { money, quantity, timestamptz } from './columns.js';
import { portfolios } from './portfolios.js';
import { signals } from './signals.js';

/** Order sides. */
export const ORDER_SIDES = ['buy', 'sell'] as const;
/** Order types of the simulated broker. */
export const ORDER_TYPES = ['market', 'limit', 'stop', 'stop_limit'] as const;
/** Order lifecycle states; the last four are final. */
export const ORDER_STATUSES = ['open', 'partially_filled', 'filled', 'cancelled', 'rejected', 'expired'] as const;

/** A buy or sell order. */
export type OrderSide = (typeof ORDER_SIDES)[number];
/** An order type. */
export type OrderType = (typeof ORDER_TYPES)[number];
/** An order's state. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Paper-trading orders, optionally placed from a signal. */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    portfolioId: uuid('portfolio_id')
      .notNull()
      .references(() => portfolios.id, { onDelete: 'cascade' }),
    signalId: uuid('signal_id').references(() => signals.id, { onDelete: 'set null' }),
    symbol: text('symbol').notNull(),
    side: text('side').$type<OrderSide>().notNull(),
    type: text('type').$type<OrderType>().notNull(),
    quantity: quantity('quantity').notNull(),
    limitPrice: money('limit_price'),
    stopPrice: money('stop_price'),
    status: text('status').$type<OrderStatus>().notNull().default('open'),
    filledQuantity: quantity('filled_quantity').notNull().default('0'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('orders_portfolio_created_idx').on(t.portfolioId, t.createdAt.desc()),
    index('orders_working_idx').on(t.symbol).where(sql`${t.status} IN ('open', 'partially_filled')`),
    check('orders_side_check', checkIn(t.side, ORDER_SIDES)),
    check('orders_type_check', checkIn(t.type, ORDER_TYPES)),
    check('orders_status_check', checkIn(t.status, ORDER_STATUSES)),
    check('orders_quantity_check', sql`${t.quantity} > 0`),
  ],
);
