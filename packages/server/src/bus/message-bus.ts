/**
 * The kinds of event the bus carries; each becomes the WebSocket message `type` of the same name, except `outcome`
 * (a signal closed by the scorecard, for the alert evaluators) which no socket is sent. `alert` goes only to the
 * sockets of the alert's owner (see `alertEvent`).
 */
// `models`: new ML model files were written; every server and worker reloads them (ai/ml/models-event.ts). No socket is sent it.
export const BUS_EVENT_TYPES = ['signal', 'quote', 'bar', 'portfolio', 'outcome', 'alert', 'models'] as const;

/** One of {@link BUS_EVENT_TYPES}. */
export type BusEventType = (typeof BUS_EVENT_TYPES)[number];

/**
 * An event on the bus. Plain JSON, so a Redis implementation carries it unchanged: published once with every
 * channel it belongs to (a new AAPL signal: `['signals', 'signals:AAPL']`), channels in canonical form.
 */
export interface BusEvent {
  readonly type: BusEventType;
  readonly channels: readonly string[];
  /** The payload as the REST API returns it (for a signal: the stored signal). */
  readonly data: unknown;
}

/** Receives every event published on the bus; a thrown error or rejected promise is reported, never propagated. */
export type BusEventHandler = (event: BusEvent) => void | Promise<void>;

/** Reports a subscriber's failure: the error and the event it failed on. */
export type BusErrorHandler = (error: unknown, event: BusEvent) => void;

/**
 * Fan-out of events to every subscriber (WebSocket hubs, notifiers, paper portfolios). In-process now; a Redis
 * pub/sub implementation later delivers to subscribers on every node.
 */
export interface MessageBus {
  /** Delivers the event to every subscriber; rejects when the event is malformed or the bus is closed. */
  publish(event: BusEvent): Promise<void>;
  /** Adds a handler; returns the function that removes it (calling it twice is harmless). */
  subscribe(handler: BusEventHandler): () => void;
  /** Stops delivery and drops every subscriber; later `publish` and `subscribe` calls fail. */
  close(): Promise<void>;
}
