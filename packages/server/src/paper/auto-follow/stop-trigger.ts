import type { AutoFollowTrigger } from '../../storage/schema/auto-follow-decisions.js';
import { formatAmount } from './format-figures.js';

/** A stop-loss or take-profit a price crossed, and the sentence that says so. */
export interface StopHit {
  readonly trigger: Exclude<AutoFollowTrigger, 'signal'>;
  readonly reason: string;
}

/**
 * Whether `price` closes a long position guarded by `stopLoss` (at or below it) or `takeProfit` (at or
 * above it); `null` while it is between them. A stop at or above the target (a degenerate signal) is
 * checked first, as the backtest does when both are hit: the pessimistic exit.
 */
export function stopHit(levels: { readonly stopLoss: number | null; readonly takeProfit: number | null }, price: number): StopHit | null {
  if (!Number.isFinite(price) || price <= 0) return null;
  if (levels.stopLoss !== null && price <= levels.stopLoss) return { trigger: 'stop', reason: `stop-loss ${formatAmount(levels.stopLoss)} hit at ${formatAmount(price)}` };
  if (levels.takeProfit !== null && price >= levels.takeProfit) return { trigger: 'target', reason: `take-profit ${formatAmount(levels.takeProfit)} reached at ${formatAmount(price)}` };
  return null;
}
