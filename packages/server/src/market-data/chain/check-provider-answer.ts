import type { Bar } from '@goldensignals/engine';
import type { BarRequest } from '../bar-request.js';
import { ProviderError } from '../provider-error.js';
import type { Quote } from '../quote.js';
import { describeBarRequest } from './describe-bar-request.js';

function barProblem(bar: Bar, previous: Bar | undefined, request: BarRequest): string | null {
  for (const field of ['time', 'open', 'high', 'low', 'close', 'volume'] as const) {
    if (typeof bar[field] !== 'number' || !Number.isFinite(bar[field])) return `${field} is ${String(bar[field])}, not a finite number`;
  }
  if (bar.time < request.from || bar.time >= request.to) return 'its time lies outside the requested range';
  if (previous !== undefined && bar.time <= previous.time) return `its time is not after the previous bar's (${new Date(previous.time).toISOString()})`;
  if (bar.low < 0) return `low ${bar.low} is negative`;
  if (bar.high < bar.low) return `high ${bar.high} is below low ${bar.low}`;
  if (bar.open < bar.low || bar.open > bar.high) return `open ${bar.open} lies outside [low ${bar.low}, high ${bar.high}]`;
  if (bar.close < bar.low || bar.close > bar.high) return `close ${bar.close} lies outside [low ${bar.low}, high ${bar.high}]`;
  if (bar.volume < 0) return `volume ${bar.volume} is negative`;
  return null;
}

/**
 * Checks a provider's bars before they are cached: inside the requested range, strictly ascending,
 * finite, OHLC-consistent. A violation is a `bad-response` (retried, then the next provider), so
 * wrong data never reaches the cache.
 */
export function checkProviderBars(provider: string, request: BarRequest, bars: readonly Bar[]): readonly Bar[] {
  if (!Array.isArray(bars)) throw new ProviderError(provider, 'bad-response', `${describeBarRequest(request)}: answered ${typeof bars}, not an array of bars`);
  for (let index = 0; index < bars.length; index += 1) {
    const problem = barProblem(bars[index], bars[index - 1], request);
    if (problem !== null) {
      const time = Number.isFinite(bars[index].time) ? new Date(bars[index].time).toISOString() : String(bars[index].time);
      throw new ProviderError(provider, 'bad-response', `${describeBarRequest(request)}: bar ${index} (${time}): ${problem}`);
    }
  }
  return bars;
}

/** Checks a provider's quote: a finite, positive price and a finite time. */
export function checkProviderQuote(provider: string, symbol: string, quote: Quote): Quote {
  if (typeof quote.price !== 'number' || !Number.isFinite(quote.price) || quote.price <= 0) {
    throw new ProviderError(provider, 'bad-response', `quote ${symbol}: price is ${String(quote.price)}, not a positive number`);
  }
  if (typeof quote.time !== 'number' || !Number.isFinite(quote.time)) throw new ProviderError(provider, 'bad-response', `quote ${symbol}: time is ${String(quote.time)}, not epoch ms`);
  return quote;
}
