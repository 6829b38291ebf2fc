// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { useSessionStore } from '../auth/session-store.js';
import { channelsReached, LiveSocket, type ChannelMessage } from './live-socket.js';

/** A real WebSocket server on loopback that welcomes like GoldenSignals' hub and records what clients send. */
function startServer(): Promise<{ server: WebSocketServer; url: string; received: object[]; client: Promise<ServerSocket> }> {
  const received: object[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => 'goldensignals.v1' });
  const client = new Promise<ServerSocket>((resolve) => {
    server.on('connection', (socket) => {
      socket.on('message', (data) => received.push(JSON.parse(String(data)) as object));
      socket.send(JSON.stringify({ type: 'welcome', limits: { maxSubscriptions: 20, maxMessageBytes: 65_536 } }));
      resolve(socket);
    });
  });
  return new Promise((resolve) => server.on('listening', () => resolve({ server, url: `ws://127.0.0.1:${(server.address() as { port: number }).port}`, received, client })));
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('LiveSocket', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let socket: LiveSocket;

  beforeEach(async () => {
    server = await startServer();
    useSessionStore.setState({ accessToken: 'token-1' });
    socket = new LiveSocket(server.url);
  });

  afterEach(async () => {
    socket.stop();
    await new Promise((resolve) => server.server.close(resolve));
  });

  it('subscribes the channels listened to before the welcome in messages of at most the server limit', async () => {
    const channels = Array.from({ length: 45 }, (_, i) => `quotes:SYM${i}`);
    for (const channel of channels) socket.listen(channel, () => undefined);
    socket.start();
    await until(() => server.received.length === 3);
    expect(server.received).toEqual([
      { type: 'subscribe', channels: channels.slice(0, 20) },
      { type: 'subscribe', channels: channels.slice(20, 40) },
      { type: 'subscribe', channels: channels.slice(40) },
    ]);
  });

  it('sends the channels of many rows mounting at once in one message, and none for one that remounts', async () => {
    socket.start();
    await server.client;
    const stopFirst = socket.listen('quotes:AAPL', () => undefined);
    await until(() => server.received.length === 1);
    stopFirst();
    socket.listen('quotes:AAPL', () => undefined);
    for (let i = 0; i < 10; i++) socket.listen(`quotes:S${i}`, () => undefined);
    await until(() => server.received.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.received).toEqual([
      { type: 'subscribe', channels: ['quotes:AAPL'] },
      { type: 'subscribe', channels: Array.from({ length: 10 }, (_, i) => `quotes:S${i}`) },
    ]);
  });

  it('gives a signal pushed on its symbol channel to the feed listening to all signals too', async () => {
    const feed: ChannelMessage[] = [];
    const chart: ChannelMessage[] = [];
    socket.listen('signals', (message) => feed.push(message));
    socket.listen('signals:AAPL', (message) => chart.push(message));
    socket.start();
    const client = await server.client;
    client.send(JSON.stringify({ type: 'signal', channel: 'signals:AAPL', data: { symbol: 'AAPL' } }));
    client.send(JSON.stringify({ type: 'signal', channel: 'signals', data: { symbol: 'MSFT' } }));
    await until(() => feed.length === 2);
    expect(feed.map((message) => (message.data as { symbol: string }).symbol)).toEqual(['AAPL', 'MSFT']);
    expect(chart.map((message) => (message.data as { symbol: string }).symbol)).toEqual(['AAPL']);
  });
});

describe('channelsReached', () => {
  it('adds the all-signals feed to a symbol signal channel and nothing to other channels', () => {
    expect(channelsReached('signals:AAPL')).toEqual(['signals:AAPL', 'signals']);
    expect(channelsReached('quotes:AAPL')).toEqual(['quotes:AAPL']);
    expect(channelsReached('signals')).toEqual(['signals']);
  });
});
