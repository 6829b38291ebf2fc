import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BusErrorHandler, BusEvent, MessageBus } from '../../bus/message-bus.js';

/** A bus as the contract tests it: the interface plus its subscriber count. */
export type BusUnderTest = MessageBus & { readonly subscriberCount: number };

/** Opens a fresh bus for one test; `onError` receives the subscribers' failures. */
export type OpenBus = (options: { readonly onError?: BusErrorHandler }) => Promise<BusUnderTest>;

const FLUSH_CHANNEL = 'quotes:ZZ.FLUSH';

/**
 * Resolves once every event published on `bus` before the call has reached its subscribers: a marker event is
 * published and awaited, and buses deliver in publication order (the in-process bus before `publish` resolves,
 * the Redis bus when the message comes back from Redis).
 */
export async function deliveredSoFar(bus: MessageBus, timeoutMs = 5000): Promise<void> {
  const marker = randomUUID();
  let unsubscribe = (): void => undefined;
  const seen = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the flush marker did not come back within ${timeoutMs} ms`)), timeoutMs);
    unsubscribe = bus.subscribe((event) => {
      if (event.channels[0] === FLUSH_CHANNEL && (event.data as { marker?: string }).marker === marker) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  try {
    await bus.publish({ type: 'quote', channels: [FLUSH_CHANNEL], data: { marker } });
    await seen;
    // Rejected handler promises are reported a microtask later.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    unsubscribe();
  }
}

/** Signal events only: the flush markers are left out of what the tests count. */
function isSignal(event: BusEvent): boolean {
  return event.type === 'signal';
}

const aaplSignal: BusEvent = { type: 'signal', channels: ['signals', 'signals:AAPL'], data: { symbol: 'AAPL', action: 'BUY', confidence: 0.71, stops: [1.5, null], note: 'ünïcode ✓' } };
const msftSignal: BusEvent = { type: 'signal', channels: ['signals', 'signals:MSFT'], data: { symbol: 'MSFT', action: 'SELL' } };

/** The behaviour every {@link MessageBus} shares, declared as a suite against the buses `open` gives. */
export function describeMessageBusContract(name: string, open: OpenBus): void {
  describe(`${name} (message bus contract)`, () => {
    const opened: MessageBus[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((bus) => bus.close()));
    });
    async function openBus(options: { onError?: BusErrorHandler } = {}): Promise<BusUnderTest> {
      const bus = await open(options);
      opened.push(bus);
      return bus;
    }

    it('hands each published event, unchanged, to every subscriber in subscription order', async () => {
      const bus = await openBus();
      const seen: string[] = [];
      const received: BusEvent[] = [];
      bus.subscribe((event) => void (isSignal(event) && seen.push(`first ${event.channels.join('+')}`)));
      bus.subscribe((event) => void (isSignal(event) && (seen.push('second'), received.push(event))));
      await bus.publish(aaplSignal);
      await deliveredSoFar(bus);
      expect(seen).toEqual(['first signals+signals:AAPL', 'second']);
      expect(received).toEqual([aaplSignal]);
    });

    it('delivers events in the order they were published', async () => {
      const bus = await openBus();
      const symbols: unknown[] = [];
      bus.subscribe((event) => void (isSignal(event) && symbols.push((event.data as { symbol: string }).symbol)));
      for (const event of [aaplSignal, msftSignal, aaplSignal, msftSignal]) await bus.publish(event);
      await deliveredSoFar(bus);
      expect(symbols).toEqual(['AAPL', 'MSFT', 'AAPL', 'MSFT']);
    });

    it('keeps delivering to the others when a subscriber throws or rejects, and reports both with the event', async () => {
      const failures: { error: unknown; event: BusEvent }[] = [];
      const bus = await openBus({ onError: (error, event) => failures.push({ error, event }) });
      const delivered: unknown[] = [];
      bus.subscribe((event) => {
        if (isSignal(event)) throw new Error('notifier down');
      });
      bus.subscribe(async (event) => {
        if (isSignal(event)) throw new Error('portfolio update failed');
      });
      bus.subscribe((event) => void (isSignal(event) && delivered.push(event.data)));
      await bus.publish(aaplSignal);
      await deliveredSoFar(bus);
      expect(delivered).toEqual([aaplSignal.data]);
      expect(failures.map((failure) => (failure.error as Error).message)).toEqual(['notifier down', 'portfolio update failed']);
      expect(failures[0].event).toEqual(aaplSignal);
    });

    it('stops delivering to a subscriber once it unsubscribes, and tells apart two subscriptions of one function', async () => {
      const bus = await openBus();
      let calls = 0;
      const handler = (event: BusEvent): void => void (isSignal(event) && calls++);
      const unsubscribeFirst = bus.subscribe(handler);
      bus.subscribe(handler);
      await bus.publish(aaplSignal);
      await deliveredSoFar(bus);
      unsubscribeFirst();
      unsubscribeFirst();
      await bus.publish(aaplSignal);
      await deliveredSoFar(bus);
      expect(calls).toBe(3);
      expect(bus.subscriberCount).toBe(1);
    });

    it('rejects a malformed event naming the field, and delivers nothing', async () => {
      const bus = await openBus();
      let calls = 0;
      bus.subscribe((event) => void (event.channels[0] !== FLUSH_CHANNEL && calls++));
      await expect(bus.publish({ type: 'news' as 'signal', channels: ['signals'], data: {} })).rejects.toThrow('bus event type "news" is not one of signal, quote, bar, portfolio');
      await expect(bus.publish({ type: 'signal', channels: [], data: {} })).rejects.toThrow('channels must be a non-empty array');
      await expect(bus.publish({ type: 'signal', channels: ['signals:aapl'], data: {} })).rejects.toThrow('channel "signals:aapl" is not canonical; publish "signals:AAPL"');
      await expect(bus.publish({ type: 'bar', channels: ['bars:AAPL:2d'], data: {} })).rejects.toThrow('timeframe "2d"');
      await expect(bus.publish({ type: 'quote', channels: ['quotes:AAPL'], data: undefined })).rejects.toThrow('bus event data is missing (quote event)');
      await deliveredSoFar(bus);
      expect(calls).toBe(0);
    });

    it('refuses publish and subscribe after close, and closing twice is harmless', async () => {
      const bus = await openBus();
      bus.subscribe(() => undefined);
      await bus.close();
      await bus.close();
      expect(bus.subscriberCount).toBe(0);
      await expect(bus.publish(aaplSignal)).rejects.toThrow('message bus is closed; cannot publish the signal event');
      expect(() => bus.subscribe(() => undefined)).toThrow('message bus is closed');
    });
  });
}
