import type { BusErrorHandler, BusEvent, BusEventHandler, MessageBus } from './message-bus.js';
import { validateBusEvent } from './validate-bus-event.js';

/** Options of {@link InProcessMessageBus}. */
export interface InProcessMessageBusOptions {
  /** Told when a subscriber throws or rejects; the default writes to stderr. The other subscribers still run. */
  readonly onError?: BusErrorHandler;
}

function reportToStderr(error: unknown, event: BusEvent): void {
  console.error(`message bus: a subscriber failed on a ${event.type} event (${event.channels.join(', ')}):`, error);
}

/**
 * The bus of one process: `publish` validates the event and hands it to every subscriber synchronously, in
 * subscription order, before it resolves (so WebSocket fan-out costs no extra event-loop turn).
 */
export class InProcessMessageBus implements MessageBus {
  readonly #handlers = new Set<BusEventHandler>();
  readonly #onError: BusErrorHandler;
  #closed = false;

  constructor(options: InProcessMessageBusOptions = {}) {
    this.#onError = options.onError ?? reportToStderr;
  }

  /** Number of current subscribers. */
  get subscriberCount(): number {
    return this.#handlers.size;
  }

  async publish(event: BusEvent): Promise<void> {
    if (this.#closed) throw new Error(`message bus is closed; cannot publish the ${String(event.type)} event`);
    validateBusEvent(event);
    // A copy, so a handler that unsubscribes (or subscribes) during delivery does not change who gets this event.
    for (const handler of [...this.#handlers]) this.#deliver(handler, event);
  }

  subscribe(handler: BusEventHandler): () => void {
    if (this.#closed) throw new Error('message bus is closed; cannot subscribe');
    // A wrapper per subscription, so subscribing the same function twice gives two independent subscriptions.
    const subscription: BusEventHandler = (event) => handler(event);
    this.#handlers.add(subscription);
    return () => {
      this.#handlers.delete(subscription);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#handlers.clear();
  }

  #deliver(handler: BusEventHandler, event: BusEvent): void {
    try {
      const result = handler(event);
      if (result instanceof Promise) result.catch((error: unknown) => this.#report(error, event));
    } catch (error) {
      this.#report(error, event);
    }
  }

  #report(error: unknown, event: BusEvent): void {
    try {
      this.#onError(error, event);
    } catch {
      // An onError that throws must not stop delivery to the remaining subscribers.
    }
  }
}
