import fc, { type JsonValue } from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './json-schema.js';
import { valueForSchema } from './value-for-schema.js';

/** The order body of the paper trading API, as its route declares it. */
const ORDER: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['symbol', 'side', 'quantity'],
  properties: {
    symbol: { type: 'string', pattern: '^[A-Za-z0-9.\\-=^/]{1,20}$' },
    side: { type: 'string', enum: ['buy', 'sell'] },
    quantity: { type: 'integer', minimum: 1, maximum: 1000 },
    tags: { type: 'array', maxItems: 3, uniqueItems: true, items: { type: 'string', enum: ['a', 'b', 'c'] } },
    placedAt: { type: 'string', format: 'date-time' },
  },
};

/** A hand check of ORDER (the validator the server uses is not a dependency of this package). */
function fitsOrder(value: JsonValue): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (!keys.every((key) => ['symbol', 'side', 'quantity', 'tags', 'placedAt'].includes(key))) return false;
  const { symbol, side, quantity, tags, placedAt } = value;
  if (typeof symbol !== 'string' || !/^[A-Za-z0-9.\-=^/]{1,20}$/.test(symbol)) return false;
  if (side !== 'buy' && side !== 'sell') return false;
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1000) return false;
  if (tags !== undefined && (!Array.isArray(tags) || tags.length > 3 || new Set(tags).size !== tags.length || !tags.every((tag) => tag === 'a' || tag === 'b' || tag === 'c'))) return false;
  if (placedAt !== undefined && (typeof placedAt !== 'string' || Number.isNaN(Date.parse(placedAt)) || !placedAt.includes('T'))) return false;
  return true;
}

describe('valueForSchema', () => {
  it('with no broken share, makes only values the schema accepts', () => {
    fc.assert(fc.property(valueForSchema(ORDER, { brokenShare: 0 }), (value) => fitsOrder(value)), { numRuns: 300 });
  });

  it('with a broken share of 1, makes values the schema refuses, nearly always', () => {
    const values = fc.sample(valueForSchema(ORDER, { brokenShare: 1 }), { numRuns: 300, seed: 7 });
    const fitting = values.filter(fitsOrder);
    expect(fitting.length).toBeLessThan(15);
  });

  it('by default mixes the two, mostly fitting', () => {
    const values = fc.sample(valueForSchema(ORDER), { numRuns: 400, seed: 11 });
    const share = values.filter(fitsOrder).length / values.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.75);
  });

  it('breaks objects by dropping required keys and adding prototype keys as own properties', () => {
    const values = fc.sample(valueForSchema(ORDER, { brokenShare: 1 }), { numRuns: 500, seed: 3 });
    const objects = values.filter((value): value is Record<string, JsonValue> => typeof value === 'object' && value !== null && !Array.isArray(value));
    expect(objects.some((value) => !('side' in value) && 'symbol' in value && 'quantity' in value)).toBe(true);
    expect(objects.some((value) => Object.hasOwn(value, '__proto__') && JSON.stringify(value).includes('"__proto__"'))).toBe(true);
  });

  it('puts numbers just outside their range', () => {
    const quantities = fc.sample(valueForSchema({ type: 'integer', minimum: 1, maximum: 1000 }, { brokenShare: 1 }), { numRuns: 300, seed: 5 });
    expect(quantities).toEqual(expect.arrayContaining([0, 1001, 0.5, '1e309']));
  });

  it('follows types given as a list and nullable', () => {
    const values = fc.sample(valueForSchema({ type: ['string', 'null'], maxLength: 3 }, { brokenShare: 0 }), { numRuns: 100, seed: 1 });
    expect(values.every((value) => value === null || (typeof value === 'string' && value.length <= 3))).toBe(true);
    expect(values).toContain(null);
  });
});
