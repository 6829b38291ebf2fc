/**
 * Throws a RangeError naming the option when `value` is not a number in `[min, max]` (or `(min, max]`
 * with `exclusiveMin`). Options of the consensus, accuracy and risk modules are checked with it once,
 * when they are resolved, never per bar. Lives outside those modules because all three use it.
 */
export function assertInRange(name: string, value: number, min: number, max: number, exclusiveMin = false): void {
  const aboveMin = exclusiveMin ? value > min : value >= min;
  if (typeof value !== 'number' || Number.isNaN(value) || !aboveMin || value > max) {
    throw new RangeError(`${name} must be a number in ${exclusiveMin ? '(' : '['}${min}, ${max}], got ${String(value)}`);
  }
}
