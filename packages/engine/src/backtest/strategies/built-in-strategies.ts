import { buyAndHold } from './buy-and-hold.js';
import { smaCross } from './sma-cross.js';
import type { StrategyDefinition } from './strategy-definition.js';

/** The strategies every build knows by name. */
export const BUILT_IN_STRATEGIES: readonly StrategyDefinition[] = [
  {
    name: 'sma-cross',
    description: 'Long when SMA(fast) crosses above SMA(slow), short when it crosses below (always in the market after the first cross).',
    params: [
      { name: 'fast', description: 'period of the fast simple moving average', type: 'integer', min: 1, default: 10 },
      { name: 'slow', description: 'period of the slow simple moving average', type: 'integer', min: 1, default: 20 },
    ],
    create: (params) => smaCross({ fast: params.fast, slow: params.slow }),
  },
  {
    name: 'buy-and-hold',
    description: 'Buys with all the cash on the first tradable bar and holds.',
    params: [],
    create: () => buyAndHold(),
  },
];
