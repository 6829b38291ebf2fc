import type { EntryOrderSpec, OrderRequest } from './order-request.js';

/** backtesting.py's default order size: "all available margin", 1 − machine epsilon. */
export const ALL_AVAILABLE = 1 - Number.EPSILON;

function price(name: string, value: number | undefined): number {
  if (value === undefined) return NaN;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a positive finite price, got ${String(value)}`);
  }
  return value;
}

function units(value: number, fractional: boolean, what: string): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${what} must be a positive finite number, got ${value}`);
  if (!fractional && !Number.isInteger(value)) {
    throw new RangeError(`${what} must be a whole number of units, got ${value} (pass fractional: true to trade fractions)`);
  }
  return value;
}

/** Checks a buy (`direction` 1) or sell (-1) request and turns it into a signed order spec. */
export function entryOrderSpec(request: OrderRequest, direction: 1 | -1, fractional: boolean): EntryOrderSpec {
  if (request.size !== undefined && request.units !== undefined) throw new RangeError('give size or units, not both');
  let size: number;
  let relative: boolean;
  if (request.units !== undefined) {
    size = units(request.units, fractional, 'units');
    relative = false;
  } else {
    const requested = request.size ?? ALL_AVAILABLE;
    if (typeof requested !== 'number' || !(requested > 0) || !Number.isFinite(requested)) {
      throw new RangeError(`size must be a share of the margin in (0, 1) or a number of units >= 1, got ${String(requested)}`);
    }
    relative = requested < 1;
    size = relative ? requested : units(requested, fractional, 'size');
  }
  return {
    size: direction * size,
    relative,
    limit: price('limit', request.limit),
    stop: price('stop', request.stop),
    sl: price('sl', request.sl),
    tp: price('tp', request.tp),
  };
}
