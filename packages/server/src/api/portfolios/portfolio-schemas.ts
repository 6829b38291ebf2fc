import { ORDER_SIDES, ORDER_STATUSES, ORDER_TYPES } from '../../storage/schema/orders.js';

const DECIMAL_TEXT = { type: 'string', description: 'exact decimal, e.g. "81999.94"' } as const;
const NULLABLE_DECIMAL_TEXT = { type: ['string', 'null'], description: 'exact decimal, null when unknown' } as const;
const TIME = { type: 'string', format: 'date-time' } as const;

/**
 * A positive amount in a request: a decimal string, to keep every digit, or a JSON number (the
 * validator turns it into its text). The route checks it is above 0 and its places fit the ledger.
 */
export function positiveAmountSchema(description: string) {
  return { type: 'string', pattern: '^[0-9]{1,16}(\\.[0-9]{1,20})?$', description: `${description}; a decimal string or a number` } as const;
}

/** A portfolio in lists. */
export const PORTFOLIO_SUMMARY_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'currency', 'initialCash', 'cash', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    currency: { type: 'string' },
    initialCash: DECIMAL_TEXT,
    cash: DECIMAL_TEXT,
    createdAt: TIME,
    updatedAt: TIME,
  },
} as const;

const POSITION_SCHEMA = {
  type: 'object',
  required: ['symbol', 'quantity', 'averagePrice', 'costBasis', 'realizedPnl', 'lastPrice', 'marketValue', 'unrealizedPnl', 'simulated', 'stale'],
  properties: {
    symbol: { type: 'string' },
    quantity: DECIMAL_TEXT,
    averagePrice: { ...DECIMAL_TEXT, description: 'cost per unit, buy commissions included' },
    costBasis: DECIMAL_TEXT,
    realizedPnl: DECIMAL_TEXT,
    lastPrice: NULLABLE_DECIMAL_TEXT,
    priceTime: { type: ['string', 'null'], format: 'date-time' },
    marketValue: NULLABLE_DECIMAL_TEXT,
    unrealizedPnl: NULLABLE_DECIMAL_TEXT,
    unrealizedPnlPercent: { type: ['number', 'null'] },
    simulated: { type: 'boolean' },
    stale: { type: 'boolean' },
    priceError: { type: 'string', description: 'why the position has no current price' },
  },
} as const;

/** A portfolio valued at current quotes. */
export const PORTFOLIO_VALUATION_SCHEMA = {
  type: 'object',
  required: [...PORTFOLIO_SUMMARY_SCHEMA.required, 'positions', 'marketValue', 'equity', 'realizedPnl', 'unrealizedPnl', 'returnPercent', 'simulated', 'stale'],
  properties: {
    ...PORTFOLIO_SUMMARY_SCHEMA.properties,
    positions: { type: 'array', items: POSITION_SCHEMA },
    marketValue: NULLABLE_DECIMAL_TEXT,
    equity: { ...NULLABLE_DECIMAL_TEXT, description: 'cash + market value; null while a position has no price' },
    realizedPnl: DECIMAL_TEXT,
    unrealizedPnl: NULLABLE_DECIMAL_TEXT,
    returnPercent: { type: ['number', 'null'] },
    simulated: { type: 'boolean', description: 'true when any price came from the market simulator' },
    stale: { type: 'boolean' },
  },
} as const;

/** An order. */
export const ORDER_SCHEMA = {
  type: 'object',
  required: ['id', 'portfolioId', 'symbol', 'side', 'type', 'quantity', 'limitPrice', 'status', 'filledQuantity', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    portfolioId: { type: 'string' },
    symbol: { type: 'string' },
    side: { type: 'string', enum: [...ORDER_SIDES] },
    type: { type: 'string', enum: [...ORDER_TYPES] },
    quantity: DECIMAL_TEXT,
    limitPrice: NULLABLE_DECIMAL_TEXT,
    status: { type: 'string', enum: [...ORDER_STATUSES] },
    filledQuantity: DECIMAL_TEXT,
    createdAt: TIME,
    updatedAt: TIME,
  },
} as const;

/** A fill. */
export const FILL_SCHEMA = {
  type: 'object',
  required: ['id', 'orderId', 'portfolioId', 'symbol', 'side', 'quantity', 'price', 'commission', 'time'],
  properties: {
    id: { type: 'string' },
    orderId: { type: 'string' },
    portfolioId: { type: 'string' },
    symbol: { type: 'string' },
    side: { type: 'string', enum: [...ORDER_SIDES] },
    quantity: DECIMAL_TEXT,
    price: { ...DECIMAL_TEXT, description: 'per unit, slippage included' },
    commission: DECIMAL_TEXT,
    time: TIME,
  },
} as const;

/** The answer to placing an order. */
export const PLACED_ORDER_SCHEMA = {
  type: 'object',
  required: ['order', 'fill', 'quote'],
  properties: {
    order: ORDER_SCHEMA,
    fill: { anyOf: [FILL_SCHEMA, { type: 'null' }] },
    quote: {
      type: 'object',
      required: ['price', 'time', 'simulated'],
      properties: { price: DECIMAL_TEXT, time: TIME, simulated: { type: 'boolean' } },
      description: 'the quote the order was checked (and, if it filled, filled) against',
    },
  },
} as const;
