import { BarSeries } from '../../series/bar-series.js';
import type { Strategy, StrategyContext } from '../strategy/strategy.js';

export const DAY = 86_400_000;
/** Monday 2024-01-01. */
export const MONDAY = Date.UTC(2024, 0, 1);

/** A daily series from [open, high, low, close] rows, one calendar day apart from `start`. */
export function barsOf(rows: readonly (readonly [number, number, number, number])[], start = MONDAY, step = DAY): BarSeries {
  return BarSeries.fromBars(
    { symbol: 'TEST', timeframe: '1d' },
    rows.map(([open, high, low, close], k) => ({ time: start + k * step, open, high, low, close, volume: 1000 })),
  );
}

/** A flat bar at `price`. */
export const flat = (price: number): [number, number, number, number] => [price, price, price, price];

/** A strategy that runs `actions[i]` at bar i (placing orders that fill from bar i + 1). */
export function scripted(actions: Readonly<Record<number, (ctx: StrategyContext) => void>>): Strategy {
  return {
    name: 'scripted',
    next(_bar, ctx) {
      actions[ctx.index]?.(ctx);
    },
  };
}
