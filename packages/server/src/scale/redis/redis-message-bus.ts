import type { Redis } from 'ioredis';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import type { BusErrorHandler, BusEvent, BusEventHandler, MessageBus } from '../../bus/message-bus.js';
import { validateBusEvent } from '../../bus/validate-bus-event.js';
import { closeRedis, describeRedisUrl, openRedis, redisReady } from './redis-connection.js';

/** Options of {@link RedisMessageBus.open}. */
export interface RedisMessageBusOptions {
  /** `redis://` or `rediss://` URL of the Redis shared by the nodes. */
  readonly url: string;
  /** Prefix of the pub/sub channel, `<prefix>bus` (default `goldensignals:`); tests isolate themselves with it. */
  readonly keyPrefix?: string;
  /** Told when a local subscriber throws or rejects (as for the in-process bus); the others still run. */
  readonly onError?: BusErrorHandler;
  /** Told of Redis connection errors and of malformed messages (which are dropped); the default writes to stderr. */
  readonly onRedisError?: (error: Error) => void;
  /** How long `open` waits for Redis before giving up (default 10 s). */
  readonly connectTimeoutMs?: number;
}

function reportToStderr(error: Error): void {
  console.error(`message bus (Redis): ${error.message}`);
}

/**
 * The bus of a scaled-out deployment: `publish` sends the event as JSON on the Redis channel `<prefix>bus`, and one
 * subscriber connection per node hands every message on that channel (published by any node, this one included)
 * to the node's subscribers, once. Local delivery reuses {@link InProcessMessageBus}, so a subscriber's failure is
 * isolated and reported exactly as in embedded mode. Unlike the in-process bus, `publish` resolves when Redis has
 * taken the event, before the local subscribers have seen it.
 *
 * Pub/sub is fire-and-forget: a node that is disconnected while an event is published misses it (the signal is
 * stored all the same; clients see it on their next fetch). ioredis reconnects and subscribes again by itself.
 * While Redis is unreachable `publish` rejects at once with an error saying the event was not published.
 */
export class RedisMessageBus implements MessageBus {
  readonly #local: InProcessMessageBus;
  #closed = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    /** The Redis channel carrying the events. */
    readonly channel: string,
    onError: BusErrorHandler | undefined,
    private readonly onRedisError: (error: Error) => void,
  ) {
    this.#local = new InProcessMessageBus({ onError });
    subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.#receive(message);
    });
  }

  /**
   * Connects a publishing and a subscribing connection and subscribes; rejects (closing both) when Redis does not
   * answer within `connectTimeoutMs`, so a node started without its Redis says so at once.
   */
  static async open(options: RedisMessageBusOptions): Promise<RedisMessageBus> {
    const onRedisError = options.onRedisError ?? reportToStderr;
    const channel = `${options.keyPrefix ?? 'goldensignals:'}bus`;
    const publisher = openRedis(options.url, { role: 'bus', onError: onRedisError, connectionName: 'goldensignals-bus-publisher' });
    const subscriber = openRedis(options.url, { role: 'subscriber', onError: onRedisError, connectionName: 'goldensignals-bus-subscriber' });
    const bus = new RedisMessageBus(publisher, subscriber, channel, options.onError, onRedisError);
    const timeoutMs = options.connectTimeoutMs ?? 10_000;
    try {
      await Promise.all([redisReady(publisher, timeoutMs), withTimeout(subscriber.subscribe(channel), timeoutMs, () => `Redis at ${describeRedisUrl(options.url)} did not confirm the bus subscription within ${timeoutMs} ms`)]);
    } catch (error) {
      await bus.close();
      throw new Error(`message bus: cannot start on Redis at ${describeRedisUrl(options.url)}: ${messageOf(error)}`, { cause: error });
    }
    return bus;
  }

  /** Number of this node's subscribers. */
  get subscriberCount(): number {
    return this.#local.subscriberCount;
  }

  async publish(event: BusEvent): Promise<void> {
    if (this.#closed) throw new Error(`message bus is closed; cannot publish the ${String(event.type)} event`);
    validateBusEvent(event);
    // Only the three fields travel, so every node receives exactly what validation checked.
    const message = JSON.stringify({ type: event.type, channels: event.channels, data: event.data });
    try {
      await this.publisher.publish(this.channel, message);
    } catch (error) {
      throw new Error(`message bus: the ${event.type} event (${event.channels.join(', ')}) was not published, Redis is unreachable: ${messageOf(error)}`, { cause: error });
    }
  }

  subscribe(handler: BusEventHandler): () => void {
    if (this.#closed) throw new Error('message bus is closed; cannot subscribe');
    return this.#local.subscribe(handler);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#local.close();
    await Promise.all([closeRedis(this.subscriber), closeRedis(this.publisher)]);
  }

  #receive(message: string): void {
    if (this.#closed) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch (error) {
      this.#dropped(message, error);
      return;
    }
    // Only the event's own fields are handed on; the local bus's publish checks them and rejects a malformed event.
    const event = (typeof parsed === 'object' && parsed !== null ? { type: get(parsed, 'type'), channels: get(parsed, 'channels'), data: get(parsed, 'data') } : parsed) as BusEvent;
    this.#local.publish(event).catch((error: unknown) => this.#dropped(message, error));
  }

  #dropped(message: string, error: unknown): void {
    const shown = message.length > 200 ? `${message.slice(0, 200)}…` : message;
    try {
      this.onRedisError(new Error(`dropped a malformed message on ${this.channel} (${messageOf(error)}): ${shown}`, { cause: error }));
    } catch {
      // A failing reporter must not stop the delivery of the next messages.
    }
  }
}

function get(record: object, field: string): unknown {
  return Object.hasOwn(record, field) ? (record as Record<string, unknown>)[field] : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(describe())), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
