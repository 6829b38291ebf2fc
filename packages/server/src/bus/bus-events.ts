import type { Timeframe } from '@goldensignals/engine';
import type { StoredSignal } from '../storage/index.js';
import type { BusEvent } from './message-bus.js';
import { canonicalChannel } from './channel.js';

/** A new or updated signal, on `signals` and `signals:<SYMBOL>`; `data` is the signal as the REST API returns it. */
export function signalEvent(signal: StoredSignal): BusEvent {
  const channel = canonicalChannel(`signals:${signal.symbol}`);
  return { type: 'signal', channels: ['signals', channel.name], data: signal };
}

/** A new quote, on `quotes:<SYMBOL>`. */
export function quoteEvent(quote: { readonly symbol: string }): BusEvent {
  return { type: 'quote', channels: [canonicalChannel(`quotes:${quote.symbol}`).name], data: quote };
}

/** A closed (or updating) bar of `symbol` at `timeframe`, on `bars:<SYMBOL>:<timeframe>`. */
export function barEvent(symbol: string, timeframe: Timeframe, bar: unknown): BusEvent {
  return { type: 'bar', channels: [canonicalChannel(`bars:${symbol}:${timeframe}`).name], data: bar };
}

/** A change to a paper portfolio (fill, position, equity), on `portfolio:<id>`. */
export function portfolioEvent(portfolioId: string, change: unknown): BusEvent {
  return { type: 'portfolio', channels: [canonicalChannel(`portfolio:${portfolioId}`).name], data: change };
}
