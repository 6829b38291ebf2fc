/** Which way a level must be crossed. */
export type CrossingDirection = 'above' | 'below';

/**
 * True when going from `previous` to `current` crossed `level` in `direction`: from at or below it to above it, or
 * from at or above it to below it. Staying on one side is no crossing, however long, so a rule fires once per cross.
 */
export function crossed(direction: CrossingDirection, previous: number, current: number, level: number): boolean {
  return direction === 'above' ? previous <= level && current > level : previous >= level && current < level;
}
