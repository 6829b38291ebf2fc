import { afterEach, describe, expect, it } from 'vitest';
import { TestClient, startHubServer, type HubServer } from './websocket-hub.test-support.js';

let server: HubServer<{ id: string }> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const authenticate = async (token: string): Promise<{ id: string } | null> => (token === 'good-token' ? { id: 'carol' } : null);

describe('websocketRoutes', () => {
  it('answers a plain GET /ws with 426 and a JSON error', async () => {
    server = await startHubServer();
    const response = await server.app.inject({ method: 'GET', url: '/ws' });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toEqual({ code: 'GS_ERR_UPGRADE_REQUIRED', message: 'this endpoint speaks WebSocket; connect with a WebSocket client' });
  });

  it('takes a token from the Sec-WebSocket-Protocol header, answers goldensignals.v1 and welcomes as authenticated', async () => {
    server = await startHubServer({ authenticate });
    const client = await server.connect(['goldensignals.v1', 'bearer.good-token']);
    expect(client.socket.protocol).toBe('goldensignals.v1');
    expect(client.messages[0]).toMatchObject({ type: 'welcome', authenticated: true });
    expect(server.hub.stats().authenticatedConnections).toBe(1);
  });

  it('sends nothing before the welcome while a handshake token is being checked, heartbeats included', async () => {
    server = await startHubServer({
      heartbeatIntervalMs: 20,
      authenticate: async (token) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return authenticate(token);
      },
    });
    const client = await server.connect(['goldensignals.v1', 'bearer.good-token']);
    expect(client.messages[0]).toMatchObject({ type: 'welcome', authenticated: true });
    await client.next('heartbeat');
  });

  it('welcomes a rejected handshake token as anonymous, then answers GS_ERR_AUTH_FAILED', async () => {
    server = await startHubServer({ authenticate });
    const client = await server.connect(['goldensignals.v1', 'bearer.bad-token']);
    expect(client.messages[0]).toMatchObject({ type: 'welcome', authenticated: false });
    expect((await client.next('error')).code).toBe('GS_ERR_AUTH_FAILED');
    expect(client.socket.readyState).toBe(client.socket.OPEN);
  });

  it('on app.close() sends every client GS_ERR_SHUTTING_DOWN, then a 1001 close, and resolves once they are closed', async () => {
    server = await startHubServer();
    const clients = [await server.connect(), await server.connect()];
    await clients[0].subscribe('signals');
    await server.app.close();
    for (const client of clients) {
      const closed = await client.closed;
      expect(closed).toEqual({ code: 1001, reason: 'server shutting down' });
      expect(client.messages.at(-1)).toMatchObject({ type: 'error', code: 'GS_ERR_SHUTTING_DOWN' });
    }
    expect(server.hub.stats()).toMatchObject({ connections: 0, subscriptionsByKind: { signals: 0 } });
  });

  it('tells a connection that arrives after the hub closed that it is shutting down, and closes it with 1001', async () => {
    server = await startHubServer();
    await server.hub.close();
    const late = await TestClient.open(server.url);
    expect(await late.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    expect(late.messages).toEqual([{ type: 'error', code: 'GS_ERR_SHUTTING_DOWN', message: 'the server is shutting down; reconnect in a moment' }]);
  });

  it('finishes closing within the close timeout when a client never answers the close', async () => {
    server = await startHubServer({ closeTimeoutMs: 200 });
    const stalled = await server.connect();
    const polite = await server.connect();
    stalled.pauseReading();
    const started = Date.now();
    await server.hub.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await polite.closed).code).toBe(1001);
    expect(server.hub.stats().connections).toBe(0);
  });
});
