import { parseChannel } from './channel.js';
import { BUS_EVENT_TYPES, type BusEvent } from './message-bus.js';

/**
 * Checks an event before it is published: a known type, at least one channel, every channel in canonical form (a
 * `signals:aapl` would reach nobody, silently), and data present. Throws a TypeError naming the field otherwise.
 */
export function validateBusEvent(event: BusEvent): void {
  if (typeof event !== 'object' || event === null) throw new TypeError('bus event must be an object');
  if (!(BUS_EVENT_TYPES as readonly string[]).includes(event.type)) {
    throw new TypeError(`bus event type ${JSON.stringify(event.type)} is not one of ${BUS_EVENT_TYPES.join(', ')}`);
  }
  if (!Array.isArray(event.channels) || event.channels.length === 0) {
    throw new TypeError(`bus event channels must be a non-empty array of channel names (${event.type} event)`);
  }
  for (const channel of event.channels) {
    if (typeof channel !== 'string') throw new TypeError(`bus event channels must be strings, got ${typeof channel} (${event.type} event)`);
    const parsed = parseChannel(channel);
    if (!parsed.ok) throw new TypeError(`bus event channel: ${parsed.problem.message}`);
    if (parsed.channel.name !== channel) {
      throw new TypeError(`bus event channel ${JSON.stringify(channel)} is not canonical; publish ${JSON.stringify(parsed.channel.name)}`);
    }
  }
  if (event.data === undefined) throw new TypeError(`bus event data is missing (${event.type} event)`);
}
