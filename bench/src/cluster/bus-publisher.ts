import { performance } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { signalEvent, validateBusEvent, type StoredSignal } from '@goldensignals/server';
import { openBenchRedis } from './redis-bench-client.js';

/** One signal published: its id, when (epoch ms with sub-ms precision, the clock the clients stamp with) and its symbol. */
export type Published = readonly [id: string, publishedAt: number, symbol: string];

/**
 * Publishes signal events on a cluster's Redis bus as a node does, straight from the bench: a worker generating
 * 1,000 signals takes minutes, and what is measured is the fan-out from the bus to the clients. The message is what
 * the server's `RedisMessageBus.publish` sends (`{ type, channels, data }` as JSON on the channel `<keyPrefix>bus`);
 * that class is not exported by `@goldensignals/server`, so its wire format is repeated here. A mismatch would show
 * as every delivery lost.
 */
export class BusPublisher {
  private constructor(
    private readonly redis: Redis,
    private readonly channel: string,
  ) {}

  static async open(redisUrl: string, keyPrefix: string): Promise<BusPublisher> {
    return new BusPublisher(await openBenchRedis(redisUrl), `${keyPrefix}bus`);
  }

  /**
   * Publishes the signals back to back (a burst: every message is serialised first, then each is stamped just
   * before it goes to Redis) and resolves once Redis has taken all of them.
   */
  async burst(signals: readonly StoredSignal[]): Promise<Published[]> {
    const messages = signals.map((signal) => {
      const event = signalEvent(signal);
      validateBusEvent(event);
      return JSON.stringify({ type: event.type, channels: event.channels, data: event.data });
    });
    const published: Published[] = [];
    const sent: Promise<number>[] = [];
    for (let i = 0; i < messages.length; i++) {
      published.push([signals[i].id, performance.timeOrigin + performance.now(), signals[i].symbol]);
      sent.push(this.redis.publish(this.channel, messages[i]));
    }
    const receivers = await Promise.all(sent);
    const unheard = receivers.filter((count) => count === 0).length;
    if (unheard > 0) throw new Error(`${unheard} signals were published on ${this.channel} with no node subscribed`);
    return published;
  }

  close(): void {
    this.redis.disconnect();
  }
}
