import { describe, expect, it } from 'vitest';
import { InProcessMessageBus } from './in-process-message-bus.js';
import type { BusEvent } from './message-bus.js';

const aaplSignal: BusEvent = { type: 'signal', channels: ['signals', 'signals:AAPL'], data: { symbol: 'AAPL', action: 'BUY' } };

describe('InProcessMessageBus', () => {
  it('hands each published event to every subscriber in subscription order before publish resolves', async () => {
    const bus = new InProcessMessageBus();
    const seen: string[] = [];
    bus.subscribe((event) => void seen.push(`first ${event.type}`));
    bus.subscribe((event) => void seen.push(`second ${event.channels.join('+')}`));
    await bus.publish(aaplSignal);
    expect(seen).toEqual(['first signal', 'second signals+signals:AAPL']);
  });

  it('keeps delivering to the others when a subscriber throws or rejects, and reports both', async () => {
    const failures: { error: unknown; event: BusEvent }[] = [];
    const bus = new InProcessMessageBus({ onError: (error, event) => failures.push({ error, event }) });
    const delivered: unknown[] = [];
    bus.subscribe(() => {
      throw new Error('notifier down');
    });
    bus.subscribe(async () => {
      throw new Error('portfolio update failed');
    });
    bus.subscribe((event) => void delivered.push(event.data));
    await bus.publish(aaplSignal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(delivered).toEqual([{ symbol: 'AAPL', action: 'BUY' }]);
    expect(failures.map((failure) => (failure.error as Error).message)).toEqual(['notifier down', 'portfolio update failed']);
    expect(failures[0].event).toBe(aaplSignal);
  });

  it('stops delivering to a subscriber once it unsubscribes, and tells apart two subscriptions of one function', async () => {
    const bus = new InProcessMessageBus();
    let calls = 0;
    const handler = (): void => void calls++;
    const unsubscribeFirst = bus.subscribe(handler);
    bus.subscribe(handler);
    await bus.publish(aaplSignal);
    unsubscribeFirst();
    unsubscribeFirst();
    await bus.publish(aaplSignal);
    expect(calls).toBe(3);
    expect(bus.subscriberCount).toBe(1);
  });

  it('rejects a malformed event naming the field, and delivers nothing', async () => {
    const bus = new InProcessMessageBus();
    let calls = 0;
    bus.subscribe(() => void calls++);
    await expect(bus.publish({ type: 'news' as 'signal', channels: ['signals'], data: {} })).rejects.toThrow('bus event type "news" is not one of signal, quote, bar, portfolio');
    await expect(bus.publish({ type: 'signal', channels: [], data: {} })).rejects.toThrow('channels must be a non-empty array');
    await expect(bus.publish({ type: 'signal', channels: ['signals:aapl'], data: {} })).rejects.toThrow('channel "signals:aapl" is not canonical; publish "signals:AAPL"');
    await expect(bus.publish({ type: 'bar', channels: ['bars:AAPL:2d'], data: {} })).rejects.toThrow('timeframe "2d"');
    await expect(bus.publish({ type: 'quote', channels: ['quotes:AAPL'], data: undefined })).rejects.toThrow('bus event data is missing (quote event)');
    expect(calls).toBe(0);
  });

  it('refuses publish and subscribe after close', async () => {
    const bus = new InProcessMessageBus();
    bus.subscribe(() => undefined);
    await bus.close();
    expect(bus.subscriberCount).toBe(0);
    await expect(bus.publish(aaplSignal)).rejects.toThrow('message bus is closed; cannot publish the signal event');
    expect(() => bus.subscribe(() => undefined)).toThrow('message bus is closed');
  });
});
