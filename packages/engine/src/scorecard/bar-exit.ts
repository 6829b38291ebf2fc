import type { Bar } from '../series/bar.js';
import type { OutcomeKind } from './signal-outcome.js';

/** Where a position left on a bar. */
export interface BarExit {
  readonly kind: Exclude<OutcomeKind, 'expired'>;
  readonly price: number;
}

/**
 * Whether a position in `direction` (+1 long, −1 short) with these stop and target (`null`: none) leaves
 * on `bar`, as the backtester's broker decides it: the stop is checked first, so a bar that reaches
 * both is a stop (the pessimistic case); a stop fills at the stop or at a worse open (a gap through it),
 * a target at the target or at a better open.
 */
export function barExit(direction: 1 | -1, stop: number | null, target: number | null, bar: Bar): BarExit | null {
  if (direction > 0) {
    if (stop !== null && bar.low <= stop) return { kind: 'stop', price: Math.min(bar.open, stop) };
    if (target !== null && bar.high >= target) return { kind: 'target', price: Math.max(bar.open, target) };
  } else {
    if (stop !== null && bar.high >= stop) return { kind: 'stop', price: Math.max(bar.open, stop) };
    if (target !== null && bar.low <= target) return { kind: 'target', price: Math.min(bar.open, target) };
  }
  return null;
}
