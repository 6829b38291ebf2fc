import type { FastStrategy } from './fast-strategy.js';
import { SIGNAL_BUY_WHEN_FLAT } from './signal-codes.js';

/** buy-and-hold's fast path: on every bar, buy with all the margin when flat; no indicators, so w = 0. */
export const BUY_AND_HOLD_FAST: FastStrategy = {
  name: 'buy-and-hold',
  prepare() {
    return {
      signals(_params, out, from, to) {
        out.fill(SIGNAL_BUY_WHEN_FLAT, from, to);
        return 0;
      },
    };
  },
};
