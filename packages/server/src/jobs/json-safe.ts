/** A value after {@link jsonSafe}: what JSON can carry. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A copy of `value` that JSON carries exactly: NaN and ±Infinity (undefined statistics, a profit
 * factor without losses) become null rather than whatever a serializer makes of them; typed arrays
 * become arrays; undefined properties are dropped. Throws a TypeError for anything else (functions,
 * symbols, bigints), which would be a bug in what is being stored.
 */
export function jsonSafe(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<unknown>, (item) => jsonSafe(item));
  if (typeof value === 'object') {
    const copy: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = jsonSafe(item);
    return copy;
  }
  throw new TypeError(`${typeof value} cannot be stored as JSON`);
}
