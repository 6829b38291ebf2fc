import { afterEach, describe, expect, it } from 'vitest';
import { startHubServer, type HubServer } from './websocket-hub.test-support.js';

let server: HubServer<{ id: string }> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ClientConnection send budget', () => {
  it('closes a client that stops reading with 4001 "slow consumer" while a reading client still gets every message', async () => {
    server = await startHubServer({ maxBufferedBytes: 64 * 1024, closeTimeoutMs: 10_000 });
    const slow = await server.connect();
    const fast = await server.connect();
    await slow.subscribe('quotes:AAPL');
    await fast.subscribe('quotes:AAPL');
    slow.pauseReading();

    // 32 KB quotes, one per event-loop turn, until the stalled client's kernel buffers are full and its backlog
    // passes the limit; how many that takes depends on the machine's socket buffer sizes.
    const padding = 'x'.repeat(32 * 1024);
    let published = 0;
    const publish = async (): Promise<void> => {
      await server?.bus.publish({ type: 'quote', channels: ['quotes:AAPL'], data: { sequence: published++, padding } });
      await tick();
    };
    while (server.hub.stats().slowClientsDropped === 0) {
      if (published >= 5_000) throw new Error('the stalled client was never dropped');
      await publish();
    }
    for (let i = 0; i < 20; i++) await publish();

    await fast.roundTrip();
    const sequences = fast.ofType('quote').map((quote) => (quote.data as { sequence: number }).sequence);
    expect(sequences).toEqual(Array.from({ length: published }, (_, i) => i));
    expect(server.hub.stats()).toMatchObject({ connections: 1, slowClientsDropped: 1, subscriptionsByKind: { quotes: 1 } });

    slow.resumeReading();
    const closed = await slow.closed;
    expect(closed.code).toBe(4001);
    expect(closed.reason).toMatch(/^slow consumer: \d+ bytes unsent, limit 65536$/);
    expect(slow.ofType('quote').length).toBeLessThan(published);
  });
});
