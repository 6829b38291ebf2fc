import type { Strategy } from '../strategy/strategy.js';
import { crossover } from './crossover.js';

/** Parameters of {@link smaCross}: the two simple moving average periods. */
export interface SmaCrossParams {
  readonly fast: number;
  readonly slow: number;
}

/**
 * backtesting.py's SmaCross: when SMA(fast) crosses above SMA(slow), close any position and buy with
 * all the available margin; when it crosses below, close and sell short with all of it.
 */
export function smaCross({ fast, slow }: SmaCrossParams): Strategy {
  let fastSma: Float64Array = new Float64Array(0);
  let slowSma: Float64Array = new Float64Array(0);
  return {
    name: `sma-cross(${fast},${slow})`,
    init(ctx) {
      fastSma = ctx.indicator('sma', fast);
      slowSma = ctx.indicator('sma', slow);
    },
    next(_bar, ctx) {
      const i = ctx.index;
      if (crossover(fastSma, slowSma, i)) {
        ctx.position.close();
        ctx.buy();
      } else if (crossover(slowSma, fastSma, i)) {
        ctx.position.close();
        ctx.sell();
      }
    },
  };
}
