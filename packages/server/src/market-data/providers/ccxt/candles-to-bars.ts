import type { Bar } from '@goldensignals/engine';
import { ProviderError } from '../../provider-error.js';
import { barProblem } from '../http/finish-bars.js';

/**
 * Bars from ccxt candles (`[time, open, high, low, close, volume]`), ascending and without duplicate
 * times. A candle with a missing or non-numeric field, or breaking OHLC rules (see `barProblem`), is
 * a malformed answer: `bad-response` naming the candle, never repaired or dropped.
 */
export function candlesToBars(provider: string, what: string, candles: readonly (readonly (number | undefined)[])[]): Bar[] {
  const byTime = new Map<number, Bar>();
  for (const [index, candle] of candles.entries()) {
    const fields = candle.slice(0, 6);
    if (fields.length < 6 || !fields.every((value): value is number => typeof value === 'number' && Number.isFinite(value))) {
      throw new ProviderError(provider, 'bad-response', `${what}: candle ${index} is not [time, open, high, low, close, volume] numbers: ${JSON.stringify(candle)}`);
    }
    const [time, open, high, low, close, volume] = fields;
    const bar = { time, open, high, low, close, volume };
    const problem = barProblem(bar);
    if (problem !== undefined) throw new ProviderError(provider, 'bad-response', `${what}: the candle of ${new Date(time).toISOString()} is not a valid bar: ${problem}`);
    byTime.set(time, bar);
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}
