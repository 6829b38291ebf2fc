import { CHANNEL_KINDS, type ChannelKind } from '../bus/index.js';

/** Who holds which channel: the fan-out looks up subscribers per channel, not per client. */
export class SubscriptionIndex<TSubscriber> {
  readonly #byChannel = new Map<string, Set<TSubscriber>>();
  readonly #countByKind = new Map<ChannelKind, number>(CHANNEL_KINDS.map((kind) => [kind, 0]));

  /** Adds the subscriber to the channel; false when it already held it. */
  add(channel: string, kind: ChannelKind, subscriber: TSubscriber): boolean {
    let subscribers = this.#byChannel.get(channel);
    if (subscribers === undefined) {
      subscribers = new Set();
      this.#byChannel.set(channel, subscribers);
    }
    if (subscribers.has(subscriber)) return false;
    subscribers.add(subscriber);
    this.#countByKind.set(kind, (this.#countByKind.get(kind) ?? 0) + 1);
    return true;
  }

  /** Removes the subscriber from the channel; false when it did not hold it. */
  remove(channel: string, kind: ChannelKind, subscriber: TSubscriber): boolean {
    const subscribers = this.#byChannel.get(channel);
    if (subscribers === undefined || !subscribers.delete(subscriber)) return false;
    if (subscribers.size === 0) this.#byChannel.delete(channel);
    this.#countByKind.set(kind, (this.#countByKind.get(kind) ?? 0) - 1);
    return true;
  }

  /** The subscribers of a channel (live: do not keep it across changes). */
  subscribersOf(channel: string): ReadonlySet<TSubscriber> | undefined {
    return this.#byChannel.get(channel);
  }

  /** Number of distinct channels someone holds. */
  get channelCount(): number {
    return this.#byChannel.size;
  }

  /** Subscriptions held, by channel kind. */
  countsByKind(): Record<ChannelKind, number> {
    return Object.fromEntries(CHANNEL_KINDS.map((kind) => [kind, this.#countByKind.get(kind) ?? 0])) as Record<ChannelKind, number>;
  }
}
