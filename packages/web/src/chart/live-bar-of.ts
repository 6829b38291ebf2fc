import type { BarView } from './historical-bars-answer.js';

/** A bar pushed on `bars:<SYMBOL>:<tf>`: the bar and whether the simulator made it. */
export interface LiveBar {
  readonly bar: BarView;
  readonly simulated: boolean;
}

const PRICES = ['open', 'high', 'low', 'close', 'volume'] as const;

/** The bar of a pushed message's `data`, or `null` when it is not one (the socket is outside the type system). */
export function liveBarOf(data: unknown): LiveBar | null {
  if (typeof data !== 'object' || data === null) return null;
  const fields = data as Record<string, unknown>;
  if (typeof fields.time !== 'string' || Number.isNaN(Date.parse(fields.time))) return null;
  if (!PRICES.every((name) => typeof fields[name] === 'number' && Number.isFinite(fields[name]))) return null;
  const bar = { time: fields.time, open: fields.open, high: fields.high, low: fields.low, close: fields.close, volume: fields.volume } as BarView;
  return { bar, simulated: fields.simulated === true };
}
