import { BUY_AND_HOLD_FAST } from './buy-and-hold-fast.js';
import type { FastStrategy } from './fast-strategy.js';
import { SMA_CROSS_FAST } from './sma-cross-fast.js';

/** The built-in strategies that have a vectorised fast path; the others run event-driven. */
export const FAST_STRATEGIES: readonly FastStrategy[] = [SMA_CROSS_FAST, BUY_AND_HOLD_FAST];
