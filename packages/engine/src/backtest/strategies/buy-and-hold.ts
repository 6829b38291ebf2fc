import type { Strategy } from '../strategy/strategy.js';

/** Buys with all the available margin on the first bar and holds (retrying while the order cannot fill). */
export function buyAndHold(): Strategy {
  return {
    name: 'buy-and-hold',
    next(_bar, ctx) {
      if (ctx.position.size === 0 && ctx.orders.length === 0) ctx.buy();
    },
  };
}
