import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { money, quantity, timestamptz } from './columns.js';
import { portfolios } from './portfolios.js';

/** Open holdings of a portfolio, one row per symbol; a negative quantity is a short position. */
export const positions = pgTable(
  'positions',
  {
    portfolioId: uuid('portfolio_id')
      .notNull()
      .references(() => portfolios.id, { onDelete: 'cascade' }),
    symbol: text('symbol').notNull(),
    quantity: quantity('quantity').notNull(),
    averagePrice: money('average_price').notNull(),
    realizedPnl: money('realized_pnl').notNull().default('0'),
    openedAt: timestamptz('opened_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'positions_pkey', columns: [t.portfolioId, t.symbol] })],
);
