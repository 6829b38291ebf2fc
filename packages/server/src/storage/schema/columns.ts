import { numeric, timestamp } from 'drizzle-orm/pg-core';

/** A `timestamptz` column read as a Date: every time in the database is an instant, never a local time. */
export function timestamptz<TName extends string>(name: TName) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}

/** A money amount in the ledger: exact decimal (read as a string), never a float. */
export function money<TName extends string>(name: TName) {
  return numeric(name, { precision: 24, scale: 8 });
}

/** A position or order quantity: exact decimal with room for fractional crypto units. */
export function quantity<TName extends string>(name: TName) {
  return numeric(name, { precision: 28, scale: 10 });
}
