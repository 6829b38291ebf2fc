import type { Fill, Order, Portfolio } from '../storage/repositories/portfolio-repository.js';
import { Decimal } from './decimal.js';

/** A decimal column as the API writes it: exact text without trailing zeros (`"81999.94"`). */
export function decimalText(value: string): string {
  return Decimal.parse(value).toString();
}

/** A portfolio as the API returns it in lists: money as exact decimal strings. */
export interface PortfolioSummaryView {
  readonly id: string;
  readonly name: string;
  readonly currency: string;
  readonly initialCash: string;
  readonly cash: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An order as the API returns it. */
export interface OrderView {
  readonly id: string;
  readonly portfolioId: string;
  readonly symbol: string;
  readonly side: Order['side'];
  readonly type: Order['type'];
  readonly quantity: string;
  readonly limitPrice: string | null;
  readonly status: Order['status'];
  readonly filledQuantity: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A fill as the API returns it. */
export interface FillView {
  readonly id: string;
  readonly orderId: string;
  readonly portfolioId: string;
  readonly symbol: string;
  readonly side: Fill['side'];
  readonly quantity: string;
  readonly price: string;
  readonly commission: string;
  readonly time: string;
}

/** The list view of a portfolio row. */
export function portfolioSummaryView(row: Portfolio): PortfolioSummaryView {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    initialCash: decimalText(row.initialCash),
    cash: decimalText(row.cash),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The view of an order row. */
export function orderView(row: Order): OrderView {
  return {
    id: row.id,
    portfolioId: row.portfolioId,
    symbol: row.symbol,
    side: row.side,
    type: row.type,
    quantity: decimalText(row.quantity),
    limitPrice: row.limitPrice === null ? null : decimalText(row.limitPrice),
    status: row.status,
    filledQuantity: decimalText(row.filledQuantity),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The view of a fill row. */
export function fillView(row: Fill): FillView {
  return {
    id: row.id,
    orderId: row.orderId,
    portfolioId: row.portfolioId,
    symbol: row.symbol,
    side: row.side,
    quantity: decimalText(row.quantity),
    price: decimalText(row.price),
    commission: decimalText(row.commission),
    time: row.time.toISOString(),
  };
}
