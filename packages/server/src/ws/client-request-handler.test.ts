import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocketHubErrorContext } from './websocket-hub-options.js';
import { startHubServer, type HubServer } from './websocket-hub.test-support.js';

interface Account {
  readonly id: string;
  readonly portfolioId: string;
}

const accounts = new Map<string, Account>([
  ['token-alice', { id: 'alice', portfolioId: 'pf-alice' }],
  ['token-bob', { id: 'bob', portfolioId: 'pf-bob' }],
]);

/** Portfolio channels only for their owner; everything else for anyone. */
function canSubscribe(principal: Account | null, channel: string): boolean {
  if (!channel.startsWith('portfolio:')) return true;
  return principal !== null && channel === `portfolio:${principal.portfolioId}`;
}

let server: HubServer<Account> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('ClientRequestHandler auth hooks', () => {
  it('without an authenticate hook answers auth with GS_ERR_AUTH_FAILED and lets anonymous clients hold every channel', async () => {
    server = await startHubServer<Account>();
    const client = await server.connect();
    client.send({ type: 'auth', token: 'token-alice', id: 1 });
    expect(await client.next('error')).toMatchObject({ code: 'GS_ERR_AUTH_FAILED', id: 1, message: expect.stringContaining('no authentication configured') });
    expect((await client.subscribe('portfolio:pf-bob')).channels).toEqual(['portfolio:pf-bob']);
  });

  it('answers a rejected token with GS_ERR_AUTH_FAILED and an accepted one with authenticated and the principal id', async () => {
    server = await startHubServer<Account>({ authenticate: async (token) => accounts.get(token) ?? null, canSubscribe });
    const client = await server.connect();
    client.send({ type: 'auth', token: 'stolen' });
    const rejected = await client.next('error');
    expect(rejected.code).toBe('GS_ERR_AUTH_FAILED');
    expect(rejected.message).not.toContain('stolen');
    client.send({ type: 'auth', token: 'token-alice', id: 'login' });
    expect(await client.next('authenticated')).toEqual({ type: 'authenticated', principalId: 'alice', id: 'login' });
    expect(server.hub.stats().authenticatedConnections).toBe(1);
    client.send({ type: 'auth', token: 'token-bob' });
    expect((await client.next('error')).message).toContain('already authenticated');
  });

  it('refuses a forbidden channel with GS_ERR_FORBIDDEN_CHANNEL, subscribing nothing of that request', async () => {
    server = await startHubServer<Account>({ authenticate: async (token) => accounts.get(token) ?? null, canSubscribe });
    const anonymous = await server.connect();
    anonymous.send({ type: 'subscribe', channels: ['signals', 'portfolio:pf-alice'] });
    expect(await anonymous.next('error')).toMatchObject({
      code: 'GS_ERR_FORBIDDEN_CHANNEL',
      channel: 'portfolio:pf-alice',
      message: 'channel "portfolio:pf-alice" is not allowed for an anonymous connection; authenticate first',
    });
    const bob = await server.connect();
    bob.send({ type: 'auth', token: 'token-bob' });
    await bob.next('authenticated');
    bob.send({ type: 'subscribe', channels: ['portfolio:pf-alice'] });
    expect((await bob.next('error')).message).toBe('channel "portfolio:pf-alice" is not allowed for this account');
    expect(server.hub.stats().subscriptionsByKind).toMatchObject({ signals: 0, portfolio: 0 });
  });

  it('serves messages sent while a token is being checked after the check, in order', async () => {
    let release: () => void = () => undefined;
    const checked = new Promise<void>((resolve) => (release = resolve));
    server = await startHubServer<Account>({
      authenticate: async (token) => {
        await checked;
        return accounts.get(token) ?? null;
      },
      canSubscribe,
    });
    const client = await server.connect();
    client.send({ type: 'auth', token: 'token-alice' });
    client.send({ type: 'subscribe', channels: ['portfolio:pf-alice'] });
    client.send({ type: 'ping', id: 'after' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.messages.map((message) => message.type)).toEqual(['welcome']);
    release();
    await client.next('pong');
    expect(client.messages.map((message) => message.type)).toEqual(['welcome', 'authenticated', 'subscribed', 'pong']);
  });

  it('answers GS_ERR_INTERNAL when the authenticate hook throws, and reports the error without the token', async () => {
    const reports: { error: unknown; context: WebSocketHubErrorContext }[] = [];
    server = await startHubServer<Account>({
      authenticate: async () => {
        throw new Error('database unreachable');
      },
      onError: (error, context) => reports.push({ error, context }),
    });
    const client = await server.connect();
    client.send({ type: 'auth', token: 'token-alice' });
    expect((await client.next('error')).code).toBe('GS_ERR_INTERNAL');
    expect(reports).toHaveLength(1);
    expect(reports[0].context).toMatchObject({ during: 'authenticate', connectionId: client.messages[0].connectionId });
    expect(JSON.stringify(reports[0].context)).not.toContain('token-alice');
  });
});
