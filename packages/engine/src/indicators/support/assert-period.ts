/** Throws a RangeError naming the option when `value` is not an integer of at least `min`. */
export function assertPeriod(name: string, value: number, min = 1): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
  }
}
