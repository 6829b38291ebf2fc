import { afterEach, describe, expect, it } from 'vitest';
import { signalEvent, type BusEvent } from '../bus/index.js';
import type { StoredSignal } from '../storage/index.js';
import { startHubServer, type HubServer } from './websocket-hub.test-support.js';

function storedSignal(symbol: string, action: StoredSignal['action'] = 'BUY'): StoredSignal {
  return {
    id: `sig-${symbol}`,
    symbol,
    timeframe: '1d',
    time: '2024-05-01T00:00:00.000Z',
    action,
    confidence: 0.7,
    consensusStrength: 0.8,
    price: 100,
    entry: 100,
    stopLoss: 96,
    takeProfit: 108,
    riskLevel: 'medium',
    positionSize: 0.05,
    expiresAt: '2024-05-11T00:00:00.000Z',
    summary: `${action} ${symbol} at 100.00.`,
    simulated: true,
    createdAt: '2024-05-01T21:00:00.000Z',
    outcome: null,
  };
}

let server: HubServer<{ id: string }> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('WebSocketHub protocol', () => {
  it('greets a new connection with welcome: id, server time, heartbeat interval, anonymous, the channel forms and limits', async () => {
    server = await startHubServer({ heartbeatIntervalMs: 25_000, maxSubscriptions: 50 });
    const client = await server.connect();
    const welcome = client.messages[0];
    expect(welcome).toMatchObject({
      type: 'welcome',
      heartbeatIntervalMs: 25_000,
      authenticated: false,
      channelForms: ['signals', 'signals:<SYMBOL>', 'quotes:<SYMBOL>', 'bars:<SYMBOL>:<timeframe>', 'portfolio:<id>', 'alerts'],
      timeframes: ['1m', '5m', '15m', '30m', '1h', '4h', '1d', '1w'],
      limits: { maxSubscriptions: 50, maxMessageBytes: 16_384 },
    });
    expect(welcome.connectionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(Date.parse(String(welcome.serverTime)) - Date.now())).toBeLessThan(60_000);
    expect(server.hub.stats().connections).toBe(1);
  });

  it('subscribes and unsubscribes, answering with canonical channel names and counting subscriptions by kind', async () => {
    server = await startHubServer();
    const client = await server.connect();
    client.send({ type: 'subscribe', channels: ['signals', 'signals:aapl', 'bars:btc/usdt:1h', 'signals:AAPL'], id: 7 });
    expect(await client.next('subscribed')).toEqual({ type: 'subscribed', channels: ['signals', 'signals:AAPL', 'bars:BTC/USDT:1h'], id: 7 });
    expect(server.hub.stats().subscriptionsByKind).toEqual({ signals: 1, symbolSignals: 1, quotes: 0, bars: 1, portfolio: 0, alerts: 0 });

    client.send({ type: 'unsubscribe', channels: ['signals:aapl', 'quotes:MSFT'] });
    expect(await client.next('unsubscribed')).toEqual({ type: 'unsubscribed', channels: ['signals:AAPL', 'quotes:MSFT'] });
    expect(server.hub.stats().subscriptionsByKind).toEqual({ signals: 1, symbolSignals: 0, quotes: 0, bars: 1, portfolio: 0, alerts: 0 });
  });

  it('delivers a bus signal to exactly the subscribers of its channels, once each, on the most specific channel held', async () => {
    server = await startHubServer();
    const all = await server.connect();
    const aapl = await server.connect();
    const both = await server.connect();
    const msft = await server.connect();
    const quotes = await server.connect();
    await all.subscribe('signals');
    await aapl.subscribe('signals:AAPL');
    await both.subscribe('signals', 'signals:AAPL');
    await msft.subscribe('signals:MSFT');
    await quotes.subscribe('quotes:AAPL');

    const signal = storedSignal('AAPL');
    await server.bus.publish(signalEvent(signal));
    for (const client of [all, aapl, both, msft, quotes]) await client.roundTrip();

    expect(all.ofType('signal')).toEqual([{ type: 'signal', channel: 'signals', data: signal }]);
    expect(aapl.ofType('signal')).toEqual([{ type: 'signal', channel: 'signals:AAPL', data: signal }]);
    expect(both.ofType('signal')).toEqual([{ type: 'signal', channel: 'signals:AAPL', data: signal }]);
    expect(msft.ofType('signal')).toEqual([]);
    expect(quotes.ofType('signal')).toEqual([]);
  });

  it('pushes a signal announced twice (at-least-once bus) to its subscribers once', async () => {
    server = await startHubServer();
    const client = await server.connect();
    await client.subscribe('signals');
    const [first, second] = [storedSignal('AAPL'), storedSignal('MSFT')];
    for (const signal of [first, first, second, first]) await server.bus.publish(signalEvent(signal));
    await client.roundTrip();
    expect(client.ofType('signal').map((message) => message.data)).toEqual([first, second]);
  });

  it('carries quote, bar and portfolio events with their own message type, and stops after unsubscribe', async () => {
    server = await startHubServer();
    const client = await server.connect();
    await client.subscribe('quotes:AAPL', 'bars:AAPL:5m', 'portfolio:p-1');
    const events: BusEvent[] = [
      { type: 'quote', channels: ['quotes:AAPL'], data: { symbol: 'AAPL', price: 190.5 } },
      { type: 'bar', channels: ['bars:AAPL:5m'], data: { close: 190.4 } },
      { type: 'bar', channels: ['bars:AAPL:1h'], data: { close: 191 } },
      { type: 'portfolio', channels: ['portfolio:p-1'], data: { equity: 10_250 } },
    ];
    for (const event of events) await server.bus.publish(event);
    client.send({ type: 'unsubscribe', channels: ['quotes:AAPL'] });
    await client.next('unsubscribed');
    await server.bus.publish(events[0]);
    await client.roundTrip();
    expect(client.messages.filter((message) => ['quote', 'bar', 'portfolio'].includes(message.type))).toEqual([
      { type: 'quote', channel: 'quotes:AAPL', data: { symbol: 'AAPL', price: 190.5 } },
      { type: 'bar', channel: 'bars:AAPL:5m', data: { close: 190.4 } },
      { type: 'portfolio', channel: 'portfolio:p-1', data: { equity: 10_250 } },
    ]);
  });

  it('answers ping with pong, echoing the id', async () => {
    server = await startHubServer();
    const client = await server.connect();
    client.send({ type: 'ping', id: 'abc' });
    const pong = await client.next('pong');
    expect(pong.id).toBe('abc');
    expect(typeof pong.serverTime).toBe('string');
    client.send({ type: 'ping' });
    expect(Object.keys(await client.next('pong')).sort()).toEqual(['serverTime', 'type']);
  });

  it('answers bad JSON, a non-object, a missing or unknown type and a missing field with their codes, and keeps the socket open', async () => {
    server = await startHubServer();
    const client = await server.connect();
    const cases: [unknown, string, string][] = [
      ['{"type":"subscribe",', 'GS_ERR_BAD_JSON', 'not valid JSON'],
      ['[1,2]', 'GS_ERR_INVALID_MESSAGE', 'got an array'],
      [{ channels: ['signals'] }, 'GS_ERR_MISSING_FIELD', 'no "type"'],
      [{ type: 'subscrbe', channels: ['signals'] }, 'GS_ERR_UNKNOWN_TYPE', 'unknown message type "subscrbe"; expected one of auth, subscribe, unsubscribe, ping'],
      [{ type: 'subscribe', id: 3 }, 'GS_ERR_MISSING_FIELD', 'subscribe needs "channels"'],
      [{ type: 'subscribe', channels: ['signals', 5] }, 'GS_ERR_INVALID_MESSAGE', '"channels[1]" must be a string'],
    ];
    for (const [message, code, text] of cases) {
      client.send(message);
      const error = await client.next('error');
      expect(error.code).toBe(code);
      expect(error.message).toContain(text);
    }
    expect(client.messages.find((message) => message.type === 'error' && message.code === 'GS_ERR_MISSING_FIELD' && message.id === 3)).toBeDefined();
    await client.roundTrip();
    expect(server.hub.stats()).toMatchObject({ connections: 1, errorsSent: 6 });
  });

  it('refuses an unknown channel, a bad timeframe or a bad symbol naming the channel, and subscribes nothing of that request', async () => {
    server = await startHubServer();
    const client = await server.connect();
    const cases: [string, string, string][] = [
      ['news:AAPL', 'GS_ERR_UNKNOWN_CHANNEL', 'unknown channel "news:AAPL"; channels are signals, signals:<SYMBOL>'],
      ['bars:AAPL:2d', 'GS_ERR_INVALID_CHANNEL', 'timeframe "2d" is not one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w'],
      ['quotes:AA PL', 'GS_ERR_INVALID_CHANNEL', 'symbol "AA PL" is not valid'],
    ];
    for (const [channel, code, text] of cases) {
      client.send({ type: 'subscribe', channels: ['signals', channel] });
      const error = await client.next('error');
      expect(error).toMatchObject({ code, channel });
      expect(error.message).toContain(text);
    }
    expect(server.hub.stats().subscriptionsByKind.signals).toBe(0);
    await server.bus.publish(signalEvent(storedSignal('AAPL')));
    await client.roundTrip();
    expect(client.ofType('signal')).toEqual([]);
  });

  it('refuses subscriptions beyond the per-connection limit and keeps the ones held', async () => {
    server = await startHubServer({ maxSubscriptions: 3 });
    const client = await server.connect();
    await client.subscribe('signals:A', 'signals:B');
    client.send({ type: 'subscribe', channels: ['signals:B', 'signals:C', 'signals:D'] });
    const error = await client.next('error');
    expect(error.code).toBe('GS_ERR_TOO_MANY_SUBSCRIPTIONS');
    expect(error.message).toBe('subscribing to 2 more channel(s) would hold 4; the limit is 3 per connection');
    expect((await client.subscribe('signals:C')).channels).toEqual(['signals:C']);
    expect(server.hub.stats().subscriptionsByKind.symbolSignals).toBe(3);
  });

  it('answers a message over the size limit and a binary frame with an error, and keeps serving', async () => {
    server = await startHubServer({ maxMessageBytes: 1_024 });
    const client = await server.connect();
    client.send({ type: 'subscribe', channels: Array.from({ length: 100 }, (_, i) => `signals:S${i}`) });
    const tooLarge = await client.next('error');
    expect(tooLarge.code).toBe('GS_ERR_MESSAGE_TOO_LARGE');
    expect(tooLarge.message).toMatch(/^message of \d+ bytes exceeds the limit of 1024 bytes$/);
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next('error')).toMatchObject({ code: 'GS_ERR_INVALID_MESSAGE', message: 'binary frames are not accepted; send JSON text' });
    expect((await client.subscribe('signals')).channels).toEqual(['signals']);
  });

  it('closes a connection that keeps sending bad messages with 4002', async () => {
    server = await startHubServer({ maxErrorsPerMinute: 5 });
    const client = await server.connect();
    for (let i = 0; i < 6; i++) client.send('not json');
    expect(await client.closed).toEqual({ code: 4002, reason: 'more than 5 invalid messages per minute' });
    expect(client.ofType('error')).toHaveLength(6);
    expect(server.hub.stats()).toMatchObject({ connections: 0, abusiveClientsClosed: 1 });
  });

  it('drops messages beyond the per-second budget with GS_ERR_RATE_LIMITED, and serves the connection again later', async () => {
    server = await startHubServer({ maxMessagesPerSecond: 2, maxErrorsPerMinute: 100 });
    const client = await server.connect();
    for (let i = 0; i < 6; i++) client.send({ type: 'ping', id: `p${i}` });
    await client.next('error');
    const pongs = client.ofType('pong').length;
    // A burst of twice the rate passes; the rest is refused, each message answered.
    expect(pongs).toBeLessThanOrEqual(4);
    expect(client.ofType('error').every((error) => error.code === 'GS_ERR_RATE_LIMITED')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await client.subscribe('signals')).channels).toEqual(['signals']);
  });

  it('answers in order while an access check runs asynchronously', async () => {
    server = await startHubServer({
      canSubscribe: (_principal, channel) => (channel.startsWith('portfolio:') ? new Promise((resolve) => setTimeout(() => resolve(false), 30)) : true),
    });
    const client = await server.connect();
    client.send({ type: 'subscribe', channels: ['portfolio:0f8fad5b-d9cb-469f-a165-70867728950e'], id: 'slow' });
    client.send({ type: 'subscribe', channels: ['signals'], id: 'fast' });
    const refused = await client.next('error');
    expect(refused).toMatchObject({ code: 'GS_ERR_FORBIDDEN_CHANNEL', id: 'slow' });
    expect(await client.next('subscribed')).toMatchObject({ channels: ['signals'], id: 'fast' });
  });

  it('sends a heartbeat every interval', async () => {
    server = await startHubServer({ heartbeatIntervalMs: 40 });
    const client = await server.connect();
    const first = await client.next('heartbeat');
    const second = await client.next('heartbeat');
    expect(Date.parse(String(second.serverTime))).toBeGreaterThanOrEqual(Date.parse(String(first.serverTime)));
  });

  it('terminates a connection that stops answering protocol pings, and keeps one that answers', async () => {
    server = await startHubServer({ heartbeatIntervalMs: 40 });
    const silent = await server.connect([], { autoPong: false });
    const alive = await server.connect();
    expect((await silent.closed).code).toBe(1006);
    await alive.next('heartbeat');
    await alive.next('heartbeat');
    expect(alive.socket.readyState).toBe(alive.socket.OPEN);
    expect(server.hub.stats()).toMatchObject({ connections: 1, unresponsiveClientsTerminated: 1 });
  });
});

describe('WebSocketHub.disconnectPrincipal', () => {
  it("closes only that principal's connections with 4003 and the reason", async () => {
    server = await startHubServer({ authenticate: async (token) => ({ id: token.replace('token-', '') }) });
    const dave = [await server.connect(), await server.connect()];
    const erin = await server.connect();
    for (const [client, token] of [[dave[0], 'token-dave'], [dave[1], 'token-dave'], [erin, 'token-erin']] as const) {
      client.send({ type: 'auth', token });
      await client.next('authenticated');
    }
    expect(server.hub.disconnectPrincipal('dave', 'token revoked')).toBe(2);
    for (const client of dave) expect(await client.closed).toEqual({ code: 4003, reason: 'token revoked' });
    await erin.roundTrip();
    expect(server.hub.stats()).toMatchObject({ connections: 1, authenticatedConnections: 1 });
  });
});
