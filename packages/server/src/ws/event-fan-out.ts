import type { BusEvent } from '../bus/index.js';
import type { SubscriptionIndex } from './subscription-index.js';

/** What the fan-out needs of a connection. */
export interface FanOutTarget {
  /** The last fan-out that reached it. */
  deliveryStamp: number;
  /** Sends a text frame (or drops a slow client); never throws. */
  send(frame: Buffer): boolean;
}

/** More colon-separated parts = more specific (`signals:AAPL` before `signals`). */
function specificity(channel: string): number {
  let parts = 1;
  for (let i = 0; i < channel.length; i++) if (channel.charCodeAt(i) === 58) parts++;
  return parts;
}

/**
 * Sends bus events to the subscribers of their channels. The data is serialised once per event and the frame
 * once per channel, whatever the number of clients; a client holding several of the event's channels gets it
 * once, on the most specific.
 */
export class EventFanOut<TTarget extends FanOutTarget> {
  #stamp = 0;

  constructor(
    private readonly index: SubscriptionIndex<TTarget>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Delivers one event; returns how many clients it was sent to. */
  deliver(event: BusEvent): number {
    const stamp = ++this.#stamp;
    const channels = event.channels.length > 1 ? [...event.channels].sort((a, b) => specificity(b) - specificity(a)) : event.channels;
    let data: string | undefined;
    let sent = 0;
    for (const channel of channels) {
      const subscribers = this.index.subscribersOf(channel);
      if (subscribers === undefined) continue;
      data ??= this.#serialise(event);
      if (data === undefined) return 0;
      const frame = Buffer.from(`{"type":${JSON.stringify(event.type)},"channel":${JSON.stringify(channel)},"data":${data}}`);
      for (const target of subscribers) {
        if (target.deliveryStamp === stamp) continue;
        target.deliveryStamp = stamp;
        if (target.send(frame)) sent++;
      }
    }
    return sent;
  }

  #serialise(event: BusEvent): string | undefined {
    try {
      const data: string | undefined = JSON.stringify(event.data);
      if (data === undefined) this.onError(new TypeError(`${event.type} event data is not JSON (${typeof event.data}); nothing was sent`));
      return data;
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }
}
