import type { Strategy } from '../../strategy/strategy.js';

/**
 * The strategy, consulted only from bar `from`: its indicators see every bar, but it can place no
 * order before `from` (how a test window is run with warm-up taken from the bars before it).
 */
export function decidingFrom(strategy: Strategy, from: number): Strategy {
  if (from <= 0) return strategy;
  return {
    ...(strategy.name === undefined ? {} : { name: strategy.name }),
    init: (ctx) => strategy.init?.(ctx),
    next(bar, ctx) {
      if (ctx.index >= from) strategy.next(bar, ctx);
    },
  };
}
