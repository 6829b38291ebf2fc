import { checkAmount } from './check-amount.js';
import type { FieldProblems } from '../forms/field-problems.js';
import type { OrderFields } from './order-fields.js';
import type { OrderTicket } from './order-ticket.js';

// The ledger's places (server `paper-costs.ts`): prices in money places, quantities finer for fractional units.
const MONEY_PLACES = 8;
const QUANTITY_PLACES = 10;
const SYMBOL = /^[A-Za-z0-9.\-=^/]{1,20}$/;

/** The order the form's fields describe, or what is wrong with them, by field. */
export function validateOrderFields(fields: OrderFields): { readonly ticket: OrderTicket; readonly problems?: undefined } | { readonly ticket?: undefined; readonly problems: FieldProblems } {
  const problems: Record<string, string> = {};
  const symbol = fields.symbol.trim().toUpperCase();
  if (symbol === '') problems.symbol = 'required';
  else if (!SYMBOL.test(symbol)) problems.symbol = 'letters, digits and . - = ^ / only, up to 20 characters';
  const quantity = checkAmount(fields.quantity, QUANTITY_PLACES);
  if (quantity !== null) problems.quantity = quantity;
  if (fields.type === 'limit') {
    const limitPrice = checkAmount(fields.limitPrice, MONEY_PLACES);
    if (limitPrice !== null) problems.limitPrice = limitPrice;
  }
  if (Object.keys(problems).length > 0) return { problems };
  const base = { symbol, side: fields.side, quantity: fields.quantity.trim(), type: fields.type };
  return { ticket: fields.type === 'limit' ? { ...base, limitPrice: fields.limitPrice.trim() } : base };
}
