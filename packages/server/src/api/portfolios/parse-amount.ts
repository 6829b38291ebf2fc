import { AppError } from '../../errors/app-error.js';
import { Decimal } from '../../paper/decimal.js';

/**
 * A positive amount from a request (decimal text, shape already checked by the schema) as an exact
 * decimal with at most `places` decimal places; a 400 naming `field` otherwise.
 */
export function parseAmount(field: string, value: string, places: number): Decimal {
  let amount: Decimal;
  try {
    amount = Decimal.of(value);
  } catch (error) {
    throw AppError.invalid(field, error instanceof Error ? error.message : String(error));
  }
  if (amount.sign <= 0) throw AppError.invalid(field, `must be greater than 0, got ${amount.toString()}`);
  if (amount.decimalPlaces > places) throw AppError.invalid(field, `must have at most ${places} decimal places, got ${amount.toString()}`);
  return amount;
}
