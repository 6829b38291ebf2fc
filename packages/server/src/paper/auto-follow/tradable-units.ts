import { assetClassOf } from '../../market-data/calendar/asset-class.js';
import { Decimal } from '../decimal.js';

/** Decimal places of a crypto quantity auto-follow buys (the ledger keeps 10; exchanges rarely take more than 8). */
export const CRYPTO_UNIT_PLACES = 8;

/** Decimal places a quantity of `symbol` may have: 8 for crypto, none (whole shares or units) for anything else. */
export function unitPlacesOf(symbol: string): number {
  return assetClassOf(symbol) === 'crypto' ? CRYPTO_UNIT_PLACES : 0;
}

/** The most units at `price` that `budget` pays for, rounded down to `places` decimals (0 when it buys none). */
export function affordableUnits(budget: Decimal, price: Decimal, places: number): Decimal {
  if (budget.sign <= 0 || price.sign <= 0) return Decimal.ZERO;
  const step = Decimal.parse(`1e-${places}`);
  // dividedBy rounds half away from zero; one step back when that rounded up past the budget.
  const rounded = budget.dividedBy(price, places);
  const units = rounded.times(price).compare(budget) > 0 ? rounded.minus(step) : rounded;
  return units.sign > 0 ? units : Decimal.ZERO;
}
