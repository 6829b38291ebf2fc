import type { Timeframe } from '@goldensignals/engine';
import type { StoredSignal } from '../storage/index.js';
import type { BusEvent } from './message-bus.js';
import { canonicalChannel } from './channel.js';

/** A new or updated signal, on `signals` and `signals:<SYMBOL>`; `data` is the signal as the REST API returns it. */
export function signalEvent(signal: StoredSignal): BusEvent {
  const channel = canonicalChannel(`signals:${signal.symbol}`);
  return { type: 'signal', channels: ['signals', channel.name], data: signal };
}

/**
 * The id of the signal a `signal` event carries, else `undefined`. Signal events are delivered at least once (a
 * process that finds a bar's signal stored announces it again, in case its maker died before doing so); consumers
 * act on each id once.
 */
export function signalIdOf(event: BusEvent): string | undefined {
  if (event.type !== 'signal' || typeof event.data !== 'object' || event.data === null) return undefined;
  const id: unknown = (event.data as { readonly id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
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

/**
 * A signal the scorecard closed (target, stop or expiry), on `signals` and `signals:<SYMBOL>`; `data` is the stored
 * signal with its `outcome` set. For alert rules on outcomes; WebSocket clients are not sent it.
 */
export function outcomeEvent(signal: StoredSignal): BusEvent {
  const channel = canonicalChannel(`signals:${signal.symbol}`);
  return { type: 'outcome', channels: ['signals', channel.name], data: signal };
}

/** An alert as its owner's sockets receive it on the `alerts` channel. */
export interface AlertNotice {
  readonly alertId: string;
  readonly triggerId: string;
  readonly eventType: string;
  readonly subject: string;
  readonly text: string;
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly url?: string;
  readonly action?: string;
  /** ISO-8601. */
  readonly firedAt: string;
}

/** A fired alert for the sockets of its owner (`userId`; `null` = the install owner, who has no account to connect with). */
export function alertEvent(userId: string | null, alert: AlertNotice): BusEvent {
  return { type: 'alert', channels: ['alerts'], data: { userId, alert } };
}

/** The owner and the alert of an `alert` event, or `undefined` for another event or a malformed one. */
export function alertOfEvent(event: BusEvent): { readonly userId: string | null; readonly alert: AlertNotice } | undefined {
  if (event.type !== 'alert' || typeof event.data !== 'object' || event.data === null) return undefined;
  const { userId, alert } = event.data as { readonly userId?: unknown; readonly alert?: unknown };
  if ((userId !== null && typeof userId !== 'string') || typeof alert !== 'object' || alert === null) return undefined;
  const { alertId, triggerId } = alert as { readonly alertId?: unknown; readonly triggerId?: unknown };
  if (typeof alertId !== 'string' || typeof triggerId !== 'string') return undefined;
  return { userId, alert: alert as AlertNotice };
}
