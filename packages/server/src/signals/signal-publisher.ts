import type { StoredSignal } from '../storage/repositories/stored-signal.js';

/** Tells subscribers (WebSocket clients, notifiers) about a stored signal. */
export interface SignalPublisher {
  publishSignal(signal: StoredSignal): void;
}
